import { vietnamDayBounds } from "./list-products"
import { channelAvailability } from "./products"

const variant = (
  items: Array<{ required: number; levels: Array<[string, number, number]> }>
): Parameters<typeof channelAvailability>[0] => ({
  id: "variant_1",
  title: null,
  sku: null,
  barcode: null,
  manage_inventory: true,
  allow_backorder: false,
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

describe("vietnamDayBounds", () => {
  it("spans midnight to midnight in Asia/Ho_Chi_Minh (UTC+7)", () => {
    // 23:30 on 28 Feb 2026 in Vietnam is 16:30 UTC.
    const { start, next } = vietnamDayBounds(new Date("2026-02-28T16:30:00Z"))
    expect(start.toISOString()).toBe("2026-02-27T17:00:00.000Z")
    expect(next.toISOString()).toBe("2026-02-28T17:00:00.000Z")
    // 00:30 on 1 Mar in Vietnam is already the next day.
    expect(vietnamDayBounds(new Date("2026-02-28T17:30:00Z")).start.toISOString()).toBe(
      "2026-02-28T17:00:00.000Z"
    )
  })
})
