import { createAdminHeaders, createStoreChannel } from "../helpers/auth"
import { medusaIntegrationTestRunner } from "../helpers/runner"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("test helpers", () => {
      it("an admin token opens the admin API", async () => {
        const admin = await createAdminHeaders(getContainer())
        const response = await api.get("/admin/users/me", admin)
        expect(response.status).toBe(200)
        expect(response.data.user.email).toBe("admin@test.ocop")
      })

      it("a channel's publishable key opens the store API", async () => {
        const store = await createStoreChannel(getContainer(), "Test web store")
        const response = await api.get("/store/products", store.headers)
        expect(response.status).toBe(200)
      })
    })
  },
})
