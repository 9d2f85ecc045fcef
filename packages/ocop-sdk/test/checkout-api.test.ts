import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, expect, it } from "vitest"
import { createOcopClient } from "../src/index.js"

interface Seen {
  method: string
  path: string
  key: string | undefined
  body: unknown
}

let server: Server
let baseUrl = ""
const seen: Seen[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => {
      raw += chunk
    })
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        path: new URL(req.url ?? "/", "http://localhost").pathname,
        key: req.headers["x-publishable-api-key"] as string | undefined,
        body: raw ? JSON.parse(raw) : undefined,
      })
      res.setHeader("content-type", "application/json")
      res.end("{}")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

it("puts age confirmation and e-invoice requests on the cart, the VietQR under payments", async () => {
  const client = createOcopClient({ baseUrl, publishableKey: "pk_web" })
  await client.checkout.confirmAge("cart/01", { birth_date: "1990-04-30" })
  await client.checkout.requestEinvoice("cart_01", { email: "a@b.vn", buyer_name: "Nguyễn Văn A" })
  await client.checkout.retrieveEinvoiceRequest("cart_01")
  await client.payments.store.retrieveOrderVietQr("order_01")
  expect(seen).toEqual([
    {
      method: "POST",
      path: `/store/carts/${encodeURIComponent("cart/01")}/age-confirmation`,
      key: "pk_web",
      body: { birth_date: "1990-04-30" },
    },
    {
      method: "POST",
      path: "/store/carts/cart_01/einvoice-request",
      key: "pk_web",
      body: { email: "a@b.vn", buyer_name: "Nguyễn Văn A" },
    },
    {
      method: "GET",
      path: "/store/carts/cart_01/einvoice-request",
      key: "pk_web",
      body: undefined,
    },
    {
      method: "GET",
      path: "/store/payments-vn/orders/order_01/vietqr",
      key: "pk_web",
      body: undefined,
    },
  ])
})
