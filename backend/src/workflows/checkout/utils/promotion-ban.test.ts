import { discountableBannedLines, discountableChanges, PROMOTION_BAN_MARKER } from "./promotion-ban"

const banned = new Set(["prod_ruou"])

describe("promotion ban on products and lines", () => {
  it("turns a banned product off and marks it; leaves one already off alone", () => {
    expect(
      discountableChanges(
        [
          { id: "prod_ruou", discountable: true, metadata: { note: "x" } },
          { id: "prod_quyt", discountable: true, metadata: null },
        ],
        banned
      )
    ).toEqual([
      {
        id: "prod_ruou",
        discountable: false,
        metadata: { note: "x", [PROMOTION_BAN_MARKER]: true },
      },
    ])
    expect(
      discountableChanges([{ id: "prod_ruou", discountable: false, metadata: null }], banned)
    ).toEqual([])
  })

  it("turns a product back on when its ban is lifted, only if the ban had turned it off", () => {
    const marked = {
      id: "prod_ruou",
      discountable: false,
      metadata: { [PROMOTION_BAN_MARKER]: true, a: 1 },
    }
    expect(discountableChanges([marked], new Set())).toEqual([
      { id: "prod_ruou", discountable: true, metadata: { a: 1 } },
    ])
    // an admin's own "not discountable" stays
    expect(discountableChanges([{ ...marked, metadata: { a: 1 } }], new Set())).toEqual([])
  })

  it("finds banned lines the promotion engine could still discount", () => {
    const lines = [
      { id: "1", product_id: "prod_ruou", is_discountable: true },
      { id: "2", product_id: "prod_ruou", is_discountable: false },
      { id: "3", product_id: "prod_ruou" },
      { id: "4", product_id: "prod_quyt", is_discountable: true },
      { id: "5", product_id: null },
    ]
    expect(discountableBannedLines(lines, banned).map((line) => line.id)).toEqual(["1", "3"])
  })
})
