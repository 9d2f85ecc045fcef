import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { createOcopClient, FetchError } from "../src/index.js"

interface Call {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
}

let server: Server
let baseUrl = ""
const calls: Call[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    let raw = ""
    req.on("data", (chunk) => {
      raw += chunk
    })
    req.on("end", () => {
      calls.push({
        method: req.method ?? "",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: raw ? JSON.parse(raw) : undefined,
      })
      res.setHeader("content-type", "application/json")
      if (url.pathname.endsWith("/revoke") && !raw.includes("reason")) {
        res.statusCode = 400
        res.end(JSON.stringify({ type: "invalid_data", message: "Field 'reason' is required" }))
        return
      }
      res.end("{}")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const admin = () => createOcopClient({ baseUrl, apiKey: "sk_test" }).admin
const last = () => calls.at(-1)

it("reads: paths, ids encoded, filters as query", async () => {
  await admin().listProducers({ q: "Mỏ Mắm", limit: 200 })
  expect(last()).toMatchObject({
    method: "GET",
    path: "/admin/ocop/producers",
    query: { q: "Mỏ Mắm", limit: "200" },
  })
  await admin().retrieveProducer("ocpr/01")
  expect(last()?.path).toBe("/admin/ocop/producers/ocpr%2F01")
  await admin().retrieveProduct("prod_01")
  expect(last()?.path).toBe("/admin/ocop/products/prod_01")
  await admin().listExpiringCertificates({ expiring_within_days: 30, include_expired: true })
  expect(last()).toMatchObject({
    path: "/admin/ocop/certificates",
    query: { expiring_within_days: "30", include_expired: "true" },
  })
  await admin().reference()
  expect(last()?.path).toBe("/admin/ocop/reference")
})

it("writes: method, path and JSON body", async () => {
  const producer = { name: "HTX Quýt vàng", kind: "cooperative" as const, province_code: "20" }
  await admin().createProducer(producer)
  expect(last()).toMatchObject({ method: "POST", path: "/admin/ocop/producers", body: producer })
  await admin().updateProducer("ocpr_1", { phone: "0205 3833 111" })
  expect(last()).toMatchObject({
    path: "/admin/ocop/producers/ocpr_1",
    body: { phone: "0205 3833 111" },
  })
  await admin().deleteProducer("ocpr_1")
  expect(last()).toMatchObject({ method: "DELETE", path: "/admin/ocop/producers/ocpr_1" })
  await admin().setProfile("prod_1", { product_group: "food", province_code: "20" })
  expect(last()).toMatchObject({ method: "POST", path: "/admin/ocop/products/prod_1" })
  const decision = {
    stars: 4,
    decision_number: "4261/QĐ-UBND",
    decision_date: "2021-01-28",
    issuer_name: "UBND tỉnh Lạng Sơn",
    issuer_level: "province" as const,
    legal_basis: "1048/QĐ-TTg",
  }
  await admin().issueCertificate("prod_1", decision)
  expect(last()).toMatchObject({ path: "/admin/ocop/products/prod_1/certificates", body: decision })
  await admin().revokeCertificate("ocert_1", { reason: "Hết điều kiện" })
  expect(last()).toMatchObject({
    path: "/admin/ocop/certificates/ocert_1/revoke",
    body: { reason: "Hết điều kiện" },
  })
})

it("rejects with the API's message and status, which forms show next to the field", async () => {
  const refused = admin().revokeCertificate("ocert_1", {} as { reason: string })
  await expect(refused).rejects.toBeInstanceOf(FetchError)
  await expect(refused).rejects.toMatchObject({
    status: 400,
    message: "Field 'reason' is required",
  })
})
