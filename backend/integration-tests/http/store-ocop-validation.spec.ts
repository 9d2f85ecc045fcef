import { createStoreChannel } from "../helpers/auth"
import { medusaIntegrationTestRunner } from "../helpers/runner"

interface ErrorResponse {
  status: number
  data: { type: string; message: string }
}

/** Each bad query parameter is a 400 whose message names the parameter. */
const BAD_QUERIES: Array<{ path: string; query: string; field: string }> = [
  { path: "/store/ocop/products", query: "stars=6", field: "stars" },
  { path: "/store/ocop/products", query: "stars=x", field: "stars" },
  { path: "/store/ocop/products", query: "stars=4,,5", field: "stars" },
  { path: "/store/ocop/products", query: "stars=4.5", field: "stars" },
  { path: "/store/ocop/products", query: "min_stars=0", field: "min_stars" },
  { path: "/store/ocop/products", query: "min_stars=6", field: "min_stars" },
  { path: "/store/ocop/products", query: "min_stars=many", field: "min_stars" },
  { path: "/store/ocop/products", query: "sort=cheapest", field: "sort" },
  { path: "/store/ocop/products", query: "limit=0", field: "limit" },
  { path: "/store/ocop/products", query: "limit=101", field: "limit" },
  { path: "/store/ocop/products", query: "limit=ten", field: "limit" },
  { path: "/store/ocop/products", query: "offset=-1", field: "offset" },
  { path: "/store/ocop/products", query: "group=snacks", field: "group" },
  { path: "/store/ocop/products", query: `q=${"a".repeat(201)}`, field: "q" },
  { path: "/store/ocop/products", query: "region_id=reg_missing", field: "region_id" },
  { path: "/store/ocop/products", query: "colour=red", field: "colour" },
  { path: "/store/ocop/products/anything", query: "region_id=reg_missing", field: "region_id" },
  { path: "/store/ocop/producers", query: "limit=1000", field: "limit" },
  { path: "/store/ocop/producers/anyone", query: "sort=random", field: "sort" },
  { path: "/store/ocop/producers/anyone", query: "offset=x", field: "offset" },
  // Every number is bounded: nothing out of PostgreSQL's integer range reaches the database.
  { path: "/store/ocop/products", query: "offset=3000000000", field: "offset" },
  { path: "/store/ocop/products", query: "offset=100001", field: "offset" },
  { path: "/store/ocop/products", query: "limit=3000000000", field: "limit" },
  { path: "/store/ocop/products", query: "min_stars=3000000000", field: "min_stars" },
  { path: "/store/ocop/products", query: "stars=3000000000", field: "stars" },
  { path: "/store/ocop/producers", query: "offset=3000000000", field: "offset" },
  { path: "/store/ocop/producers/anyone", query: "offset=3000000000", field: "offset" },
  { path: "/store/ocop/producers/anyone", query: "limit=3000000000", field: "limit" },
  { path: "/store/ocop/suggestions", query: "q=qu&limit=9", field: "limit" },
  { path: "/store/ocop/suggestions", query: "q=qu&limit=0", field: "limit" },
  { path: "/store/ocop/suggestions", query: `q=${"a".repeat(101)}`, field: "q" },
  { path: "/store/ocop/suggestions", query: "limit=3", field: "q" },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("store OCOP API validation", () => {
      let headers: { headers: Record<string, string> }
      beforeAll(async () => {
        headers = (await createStoreChannel(getContainer(), "Validation store")).headers
      })

      for (const { path, query, field } of BAD_QUERIES) {
        it(`${path}?${query.slice(0, 40)} → 400 naming ${field}`, async () => {
          const response: ErrorResponse = await api
            .get(`${path}?${query}`, headers)
            .catch((error: { response: ErrorResponse }) => error.response)
          expect(response.status).toBe(400)
          expect(response.data.type).toBe("invalid_data")
          expect(response.data.message).toContain(field)
        })
      }

      it("accepts good and empty parameters", async () => {
        const response = await api.get(
          "/store/ocop/products?stars=4,5&min_stars=3&sort=price_asc&limit=100&offset=0&q=&group=food&ward=&legacy_district=",
          headers
        )
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ products: [], count: 0, limit: 100, offset: 0 })
        const repeated = await api.get("/store/ocop/products?stars=4&stars=5", headers)
        expect(repeated.status).toBe(200)
        const deepest = await api.get("/store/ocop/products?offset=100000", headers)
        expect(deepest.data).toMatchObject({ products: [], offset: 100_000 })
        const suggestions = await api.get("/store/ocop/suggestions?q=&limit=8", headers)
        expect(suggestions.data).toEqual({ suggestions: [] })
      })
    })
  },
})
