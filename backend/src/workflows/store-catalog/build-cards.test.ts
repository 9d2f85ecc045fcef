import { buildStoreCatalogWrite, channelAvailability, type SourceProduct } from "./build-cards"

const variant = (
  items: Array<{ required: number; levels: Array<[string, number, number]> }>
): Parameters<typeof channelAvailability>[0] => ({
  inventory_items: items.map((item) => ({
    required_quantity: item.required,
    inventory: {
      location_levels: item.levels.map(([location_id, stocked, reserved]) => ({
        location_id,
        stocked_quantity: stocked,
        reserved_quantity: reserved,
      })),
    },
  })),
})

describe("channelAvailability", () => {
  const channelLocations = new Set(["sloc_web"])

  it("counts stocked minus reserved at the channel's locations only", () => {
    const single = variant([
      {
        required: 1,
        levels: [
          ["sloc_web", 10, 3],
          ["sloc_booth", 50, 0],
        ],
      },
    ])
    expect(channelAvailability(single, channelLocations)).toBe(7)
  })

  it("divides by the quantity one unit needs and lets the scarcest item decide", () => {
    const giftBox = variant([
      { required: 2, levels: [["sloc_web", 9, 0]] },
      { required: 1, levels: [["sloc_web", 3, 0]] },
    ])
    expect(channelAvailability(giftBox, channelLocations)).toBe(3)
    const scarce = variant([
      { required: 2, levels: [["sloc_web", 5, 0]] },
      { required: 1, levels: [["sloc_web", 30, 0]] },
    ])
    expect(channelAvailability(scarce, channelLocations)).toBe(2)
  })

  it("is null without inventory items and 0 when the channel holds none", () => {
    expect(channelAvailability(variant([]), channelLocations)).toBeNull()
    const elsewhere = variant([{ required: 1, levels: [["sloc_booth", 8, 0]] }])
    expect(channelAvailability(elsewhere, channelLocations)).toBe(0)
  })
})

describe("buildStoreCatalogWrite", () => {
  const at = new Date("2026-06-15T05:00:00Z")
  const product = (id: string, overrides: Partial<SourceProduct> = {}): SourceProduct => ({
    id,
    handle: `handle-${id}`,
    title: "Quýt vàng Bắc Sơn",
    subtitle: null,
    thumbnail: null,
    status: "published",
    created_at: "2026-01-01T00:00:00Z",
    sales_channels: [{ id: "sc_web" }, { id: "sc_booth" }],
    variants: [
      {
        id: `${id}_1kg`,
        title: "1 kg",
        sku: null,
        barcode: null,
        manage_inventory: true,
        allow_backorder: false,
        variant_rank: 1,
        inventory_items: [
          {
            required_quantity: 1,
            inventory: {
              location_levels: [
                { location_id: "sloc_web", stocked_quantity: 5, reserved_quantity: 2 },
                { location_id: "sloc_booth", stocked_quantity: 0, reserved_quantity: 0 },
              ],
            },
          },
        ],
      },
      {
        id: `${id}_500g`,
        title: "500 g",
        sku: null,
        barcode: null,
        manage_inventory: false,
        allow_backorder: false,
        variant_rank: 0,
        inventory_items: [],
      },
    ],
    ...overrides,
  })
  const profile = (product_id: string) => ({
    product_id,
    product_group: "food",
    sub_group: null,
    origin_label: "Quýt vàng Bắc Sơn",
    province_code: "20",
    ward_code: "06325",
    address_schema: "2025",
    legacy_district: null,
    is_alcohol: false,
    abv: null,
    vat_category: "fresh_produce",
    producer: {
      id: "ocpr_1",
      handle: "htx",
      name: "HTX Nông nghiệp Bắc Sơn",
      kind: "cooperative",
      legacy_district: "Bắc Sơn",
    },
  })
  const price = (amount: number) => ({
    calculated_amount: amount,
    original_amount: amount,
    currency_code: "vnd",
    is_calculated_price_tax_inclusive: true,
    price_list_type: null,
  })

  it("writes one card per channel with that channel's stock, prices by region and badge periods", () => {
    const write = buildStoreCatalogWrite(
      {
        product_ids: ["p1", "p2", "p3", "gone"],
        products: [product("p1"), product("p2", { status: "draft" }), product("p3")],
        prices: {
          reg_vn: { p1_1kg: price(120_000), p1_500g: price(65_000) },
          reg_intl: {},
        },
        channel_locations: { sc_web: ["sloc_web"], sc_booth: ["sloc_booth"] },
        profiles: [profile("p1"), profile("p2")],
        certificates: [
          {
            id: "ocert_1",
            product_id: "p1",
            stars: 4,
            valid_from: "2025-01-01T00:00:00+07:00",
            valid_to: "2026-06-30T00:00:00+07:00",
            revoked_at: null,
            superseded_by_id: null,
            superseded_at: null,
          },
        ],
      },
      at
    )
    // p2 is a draft, p3 has no OCOP profile, "gone" no longer exists: none of them has a card.
    expect(write.product_ids).toEqual(["p1", "p2", "p3", "gone"])
    expect(write.cards.map((card) => [card.product_id, card.sales_channel_id])).toEqual([
      ["p1", "sc_web"],
      ["p1", "sc_booth"],
    ])
    const [web, booth] = write.cards
    expect(web?.variants.map((variant) => variant.title)).toEqual(["500 g", "1 kg"])
    expect(web?.variants[1]).toMatchObject({ inventory_quantity: 3, in_stock: true })
    expect(booth?.variants[1]).toMatchObject({ inventory_quantity: 0, in_stock: false })
    expect(booth?.in_stock).toBe(true)
    expect(web?.stock_quantity).toBe(3)
    expect(web?.variants[0]?.prices.reg_vn?.calculated_amount).toBe(65_000)
    // a row in every region, null where the product has no price (the price sorts read it last)
    expect(write.prices).toEqual([
      { product_id: "p1", region_id: "reg_vn", min_amount: 65_000 },
      { product_id: "p1", region_id: "reg_intl", min_amount: null },
    ])
    expect(web?.search_words).toEqual(
      expect.arrayContaining(["quyt", "vang", "bac", "son", "htx", "nong", "nghiep"])
    )
    expect(web?.legacy_district).toBe("Bắc Sơn")
    // 4★ until the last valid day, then none: one period that ends the day after valid_to.
    expect(web?.badges).toEqual([
      {
        stars: 4,
        from: new Date("2026-06-14T17:00:00Z"),
        until: new Date("2026-06-30T17:00:00Z"),
      },
    ])
    expect(web?.badge_recheck_at).toBeNull()
  })
})
