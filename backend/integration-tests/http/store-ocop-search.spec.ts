import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BACKEND_DIR, runStep } from "@ocop/dev-stack"
import { listPublishableKeys } from "../../src/scripts/seed/publishable-keys"
import { WEB_STORE_CHANNEL } from "../../src/scripts/seed-data/channels"
import { SEED_PRODUCTS } from "../../src/scripts/seed-data/products"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { resetStoreCaches } from "../helpers/store-catalog"

interface Listing {
  products: { handle: string; title: string }[]
  count: number
}

/**
 * What a shopper types, and the demo seed's product that must come first. Each query has at
 * most one slip per word: no tone marks (an English keyboard), wrong tone marks, Telex keys left
 * in the word, a letter swapped, missing, doubled or wrong, or a producer's name misspelt.
 */
const TYPO_TABLE: { query: string; first: string; slip: string }[] = [
  { query: "quyt vang bac son", first: "quyt-vang-bac-son", slip: "no tone marks" },
  { query: "ruou men la suoi mo mam", first: "ruou-men-la-suoi-mo-mam", slip: "no tone marks" },
  { query: "banh chung den", first: "banh-chung-den-bac-son", slip: "no tone marks, đ typed as d" },
  { query: "che shan tuyet mau son", first: "che-shan-tuyet-mau-son", slip: "no tone marks" },
  { query: "quyt vang bac xon", first: "quyt-vang-bac-son", slip: "s typed as x" },
  { query: "qyut vang", first: "quyt-vang-bac-son", slip: "two letters swapped" },
  { query: "mat ong rung huu lein", first: "mat-ong-rung-huu-lien", slip: "two letters swapped" },
  { query: "tram den muio", first: "tram-den-muoi-huu-lung", slip: "two letters swapped" },
  { query: "hong khng hat", first: "hong-khong-hat-bao-lam", slip: "a letter missing" },
  { query: "mien dng huu lung", first: "mien-dong-huu-lung", slip: "a letter missing" },
  { query: "thach denn trang dinh", first: "thach-den-trang-dinh", slip: "a letter doubled" },
  { query: "sirro dao", first: "siro-dao-mau-son", slip: "a letter doubled" },
  { query: "quýt vảng bắc sớn", first: "quyt-vang-bac-son", slip: "wrong tone marks" },
  { query: "rựou mèn lả", first: "ruou-men-la-suoi-mo-mam", slip: "wrong tone marks" },
  { query: "quyts vangf", first: "quyt-vang-bac-son", slip: "Telex tone keys left in" },
  { query: "ddaof maaux sown", first: "dao-mau-son", slip: "Telex keys left in" },
  { query: "maatj ong ruwngf", first: "mat-ong-rung-huu-lien", slip: "Telex keys left in" },
  { query: "khan thoo cam", first: "khan-tho-cam-tay", slip: "Telex keys left in" },
  { query: "mien dong yen bihn", first: "mien-dong-huu-lung", slip: "producer misspelt" },
  { query: "yen bihn", first: "mien-dong-huu-lung", slip: "producer only, misspelt" },
  { query: "banh chung vu lnag", first: "banh-chung-den-bac-son", slip: "producer misspelt" },
  { query: "nep cai hnug vu", first: "gao-nep-cai-hoa-vang-bac-son", slip: "producer misspelt" },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    const search = async (query: string): Promise<Listing> => {
      const response = await api.get(
        `/store/ocop/products?q=${encodeURIComponent(query)}&limit=20`,
        headers
      )
      expect(response.status).toBe(200)
      return response.data
    }
    const handles = (listing: Listing) => listing.products.map((product) => product.handle)

    beforeAll(async () => {
      // The demo seed as `npm run seed` runs it (it builds the store read model), in a process of
      // its own: imported here, the seed's workflows would be registered a second time next to
      // the application's. The runner snapshots the database after this hook.
      const container = getContainer()
      const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      await runStep({
        name: "seed",
        command: "npx medusa exec ./src/scripts/seed.ts",
        cwd: BACKEND_DIR,
        env: { ...process.env, DATABASE_URL: projectConfig.databaseUrl, NODE_OPTIONS: "" },
      })
      const web = (await listPublishableKeys({ container })).find(
        (key) => key.channel === WEB_STORE_CHANNEL
      )
      if (!web) throw new Error("the demo seed made no web store key")
      headers = { headers: { "x-publishable-api-key": web.token } }
      // the seed boots a second application: minutes on a busy machine (2:18 at load average 15)
    }, 600_000)

    beforeEach(() => resetStoreCaches(getContainer()))

    describe("typo-tolerant search over the demo seed", () => {
      it("the table's products are seeded", () => {
        const seeded = new Set(SEED_PRODUCTS.map((product) => product.handle))
        expect(TYPO_TABLE.length).toBeGreaterThanOrEqual(15)
        for (const row of TYPO_TABLE) expect(seeded).toContain(row.first)
      })

      it("finds each query's product first", async () => {
        // one test for the table (the runner restores the database before each test); the diff
        // names every query whose first product is wrong
        const found: Record<string, string | null> = {}
        for (const { query } of TYPO_TABLE) found[query] = handles(await search(query))[0] ?? null
        expect(found).toEqual(Object.fromEntries(TYPO_TABLE.map((row) => [row.query, row.first])))
      })

      it("exact words keep their relevance order: the title starting with the query first", async () => {
        const listing = await search("dao mau son")
        expect(handles(listing)[0]).toBe("dao-mau-son")
        // the other products of the phrase follow; nothing that only resembles it
        expect(handles(listing).sort()).toEqual(
          ["dao-mau-son", "ruou-dao-mau-son", "siro-dao-mau-son"].sort()
        )
      })

      it("a word spelt right is not widened to its look-alikes", async () => {
        // only "dng" has a slip: "lung" is a word and does not also stand for "rung" (which would
        // bring in Mật ong rừng Hữu Liên through "ong" ≈ "dng" and "huu")
        expect(handles(await search("mien dng huu lung"))).toEqual(["mien-dong-huu-lung"])
      })

      it("among equal matches, the title with fewer words the query did not ask for", async () => {
        // Hồng sấy Bảo Lâm (3★) before Hồng không hạt Bảo Lâm (4★): stars only break true ties
        expect(handles(await search("hong bao lma"))).toEqual([
          "hong-say-bao-lam",
          "hong-khong-hat-bao-lam",
        ])
      })

      it("a word more than one slip away from every word finds nothing", async () => {
        expect((await search("quyt xyzw")).count).toBe(0)
      })
    })
  },
})
