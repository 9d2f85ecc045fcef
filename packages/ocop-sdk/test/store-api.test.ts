import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, expect, it } from "vitest"
import { createOcopClient } from "../src/index.js"

let server: Server
let baseUrl = ""
const seen: IncomingMessage[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req)
    res.setHeader("content-type", "application/json")
    res.end(JSON.stringify({ products: [], count: 0, limit: 20, offset: 0, facets: {} }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

it("sends the publishable key and the listing's filters to /store/ocop/products", async () => {
  const client = createOcopClient({ baseUrl, publishableKey: "pk_test" })
  const page = await client.store.listProducts({ stars: [4, 5], q: "quyt vang", limit: 20 })
  expect(page.count).toBe(0)
  const request = seen.at(-1)
  const url = new URL(request?.url ?? "", baseUrl)
  expect(url.pathname).toBe("/store/ocop/products")
  // qs encoding, which Medusa parses back into an array
  expect([url.searchParams.get("stars[0]"), url.searchParams.get("stars[1]")]).toEqual(["4", "5"])
  expect(url.searchParams.get("q")).toBe("quyt vang")
  expect(request?.headers["x-publishable-api-key"]).toBe("pk_test")
})

it("asks for suggestions, a product page and a producer in the given locale", async () => {
  const client = createOcopClient({ baseUrl, publishableKey: "pk_test" })
  await client.store.suggest({ q: "quýt v", locale: "en-US" })
  let url = new URL(seen.at(-1)?.url ?? "", baseUrl)
  expect(url.pathname).toBe("/store/ocop/suggestions")
  expect(url.searchParams.get("q")).toBe("quýt v")
  expect(url.searchParams.get("locale")).toBe("en-US")

  await client.store.retrieveProduct("quyt-vang-bac-son", { locale: "en-US", region_id: "reg_1" })
  url = new URL(seen.at(-1)?.url ?? "", baseUrl)
  expect(url.pathname).toBe("/store/ocop/products/quyt-vang-bac-son")
  expect(url.searchParams.get("locale")).toBe("en-US")
  expect(url.searchParams.get("region_id")).toBe("reg_1")

  await client.store.retrieveProducer("htx quýt", { limit: 5, offset: 10 })
  url = new URL(seen.at(-1)?.url ?? "", baseUrl)
  expect(url.pathname).toBe(`/store/ocop/producers/${encodeURIComponent("htx quýt")}`)
  expect([url.searchParams.get("limit"), url.searchParams.get("offset")]).toEqual(["5", "10"])
})
