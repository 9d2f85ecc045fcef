import {
  listingSearch,
  PAGE_SIZE,
  readListingState,
  toApiQuery,
  toggleStar,
} from "../app/features/catalog/listing-query"
import { localePath, switchLocalePath } from "../app/lib/paths"

describe("listing filters in the URL", () => {
  it("reads filters, ignores junk and writes them back in one canonical form", () => {
    const state = readListingState(
      new URLSearchParams("q=quyt%20vang&stars=5&stars=4,9&group=food&sort=bogus&page=2")
    )
    expect(state).toEqual({
      q: "quyt vang",
      stars: [4, 5],
      group: "food",
      district: null,
      ward: null,
      producer: null,
      sort: null,
      page: 2,
    })
    expect(listingSearch(state)).toBe("?q=quyt+vang&stars=4%2C5&group=food&page=2")
    expect(readListingState(new URLSearchParams(listingSearch(state).slice(1)))).toEqual(state)
  })

  it("maps to the store API query with paging", () => {
    const state = readListingState(new URLSearchParams("stars=4&district=Bắc Sơn&page=3"))
    expect(toApiQuery(state)).toEqual({
      stars: [4],
      legacy_district: "Bắc Sơn",
      limit: PAGE_SIZE,
      offset: 2 * PAGE_SIZE,
    })
  })

  it("toggles a star filter and returns to page 1", () => {
    const state = readListingState(new URLSearchParams("stars=4&page=2"))
    expect(toggleStar(state, 5)).toMatchObject({ stars: [4, 5], page: 1 })
    expect(toggleStar(state, 4)).toMatchObject({ stars: [], page: 1 })
  })
})

describe("language paths", () => {
  it("puts English under /en and keeps the query when switching", () => {
    expect(localePath("vi", "/products")).toBe("/products")
    expect(localePath("en", "/products")).toBe("/en/products")
    expect(localePath("en", "/")).toBe("/en")
    expect(switchLocalePath("/products/na-chi-lang", "?x=1", "en")).toBe(
      "/en/products/na-chi-lang?x=1"
    )
    expect(switchLocalePath("/en/products", "", "vi")).toBe("/products")
    expect(switchLocalePath("/en", "", "vi")).toBe("/")
    expect(switchLocalePath("/english-tea", "", "en")).toBe("/en/english-tea")
  })
})
