import { medusaIntegrationTestRunner } from "../helpers/runner"

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("backend on PostgreSQL", () => {
      it("answers /health", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })

      it("refuses the store API without a publishable key", async () => {
        const response = await api
          .get("/store/products")
          .catch((error: { response: unknown }) => error.response)
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.data)).toMatch(/publishable/i)
      })
    })
  },
})
