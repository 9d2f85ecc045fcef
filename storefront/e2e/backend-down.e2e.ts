import { createServer } from "node:net"
import { buildStorefront, startStorefront } from "./support/shop"

/**
 * With the backend unreachable the shop still answers: a friendly page with a retry link and
 * status 503 (no stack trace), and a missing configuration stops the server with its name.
 */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : 0
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe("storefront without its backend", () => {
  let storefront: Awaited<ReturnType<typeof startStorefront>> | undefined

  beforeAll(async () => {
    await buildStorefront()
    storefront = await startStorefront({
      backendUrl: `http://127.0.0.1:${await closedPort()}`,
      publishableKey: "pk_e2e_unused",
    })
  })

  afterAll(async () => {
    await storefront?.stop()
  })

  it("answers 503 with a friendly page and a retry, on pages that need the catalog", async () => {
    for (const path of ["/", "/products", "/products/quyt-vang-bac-son", "/en/products"]) {
      const response = await fetch(`${storefront?.url}${path}`)
      expect(response.status, path).toBe(503)
      expect(response.headers.get("retry-after")).toBe("30")
      const html = await response.text()
      expect(html).toMatch(/Cửa hàng tạm thời gián đoạn|The shop is briefly unavailable/)
      expect(html).toMatch(/Thử lại|Try again/)
      expect(html).not.toMatch(/ECONNREFUSED|at .*\.js:\d+|stack/i)
    }
  })

  it("still serves pages that need no backend", async () => {
    const info = await fetch(`${storefront?.url}/info/alcohol`)
    expect(info.status).toBe(200)
    expect(await info.text()).toContain("44/2019/QH14")
  })
})
