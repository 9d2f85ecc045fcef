import { stockExceptionsBySale, unitsTaken } from "./stock-exceptions"

const line = (variant: string, item: string, quantity: number) => ({
  variant_id: variant,
  title: `Title ${variant}`,
  quantity,
  inventory: [{ inventory_item_id: item, quantity }],
})

describe("stockExceptionsBySale", () => {
  it("takes each sale's units from what the sales before it left, in order", () => {
    const sales = [
      { client_id: "a", lines: [line("v1", "i1", 1)] },
      { client_id: "b", lines: [line("v1", "i1", 1), line("v2", "i2", 3)] },
      { client_id: "c", lines: [line("v1", "i1", 2)] },
    ]
    const flagged = stockExceptionsBySale(sales, { i1: 1, i2: 5 })
    expect(flagged.get("a")).toEqual([])
    expect(flagged.get("b")).toEqual([
      { variant_id: "v1", inventory_item_id: "i1", title: "Title v1", sold: 1, stock_after: -1 },
    ])
    expect(flagged.get("c")).toEqual([
      { variant_id: "v1", inventory_item_id: "i1", title: "Title v1", sold: 2, stock_after: -3 },
    ])
  })

  it("reads a sale's stock after all of its lines, and an item never stocked as zero", () => {
    const sales = [{ client_id: "a", lines: [line("v1", "i1", 1), line("v1b", "i1", 1)] }]
    const flagged = stockExceptionsBySale(sales, { i1: 1 })
    expect(flagged.get("a")?.map((e) => e.stock_after)).toEqual([-1, -1])
    expect(
      stockExceptionsBySale([{ client_id: "x", lines: [line("v", "new", 1)] }], {}).get("x")
    ).toHaveLength(1)
  })

  it("leaves untracked lines alone", () => {
    const sales = [
      {
        client_id: "a",
        lines: [{ variant_id: "gift", title: "Thiệp", quantity: 4, inventory: [] }],
      },
    ]
    expect(stockExceptionsBySale(sales, {}).get("a")).toEqual([])
  })
})

describe("unitsTaken", () => {
  it("sums the batch's units per inventory item", () => {
    const sales = [
      { client_id: "a", lines: [line("v1", "i1", 1), line("v2", "i2", 2)] },
      { client_id: "b", lines: [line("v1", "i1", 3)] },
    ]
    expect(Object.fromEntries(unitsTaken(sales))).toEqual({ i1: 4, i2: 2 })
  })
})
