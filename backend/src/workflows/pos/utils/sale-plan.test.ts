import type { PosSaleInput } from "@ocop/sdk"
import { isCounterReference, type PlanVariant, planPosSale, type SaleFacts } from "./sale-plan"

const variant = (over: Partial<PlanVariant>): PlanVariant => ({
  id: "variant_quyt",
  title: "1 kg",
  sku: "QUYT-1KG",
  barcode: "8930000000019",
  product_id: "prod_quyt",
  product_title: "Quýt vàng Bắc Sơn",
  thumbnail: null,
  manage_inventory: true,
  inventory_items: [{ inventory_item_id: "iitem_quyt", required_quantity: 1 }],
  in_channel: true,
  list_price: 120_000,
  is_alcohol: false,
  abv: null,
  vat_category: "fresh_produce",
  ...over,
})

const facts = (over: Partial<SaleFacts> = {}): SaleFacts => ({
  register: {
    id: "preg_1",
    code: "CH1",
    sales_channel_id: "sc_1",
    stock_location_id: "sloc_1",
    region_id: "reg_1",
    currency_code: "vnd",
    discount_approval_percent: 10,
  },
  shift: { id: "pshf_1", client_id: "c-shift", register_id: "preg_1", status: "open" },
  clerks: [
    { id: "pclk_clerk", register_id: "preg_1", role: "clerk" },
    { id: "pclk_manager", register_id: "preg_1", role: "manager" },
    { id: "pclk_other", register_id: "preg_2", role: "manager" },
  ],
  variants: [
    variant({}),
    variant({
      id: "variant_gift",
      product_id: "prod_gift",
      product_title: "Thiệp",
      manage_inventory: false,
      inventory_items: [],
      vat_category: "mystery",
      list_price: null,
    }),
  ],
  ...over,
})

const sale = (over: Partial<PosSaleInput> = {}): PosSaleInput => ({
  client_id: "6f1c1f38-8f0e-4a51-9f8e-1b9f6a4a0c11",
  sale_number: "CH1A-000001",
  shift_id: "pshf_1",
  clerk_id: "pclk_clerk",
  created_at: "2026-05-01T03:00:00.000Z",
  lines: [{ variant_id: "variant_quyt", quantity: 2, unit_price: 110_000 }],
  tenders: [{ kind: "cash", amount: 220_000, received: 250_000 }],
  ...over,
})

describe("planning a till sale", () => {
  it("keeps the till's price, records today's list price beside it, and VAT per line", () => {
    const plan = planPosSale(sale(), facts())
    expect(plan).toMatchObject({ total: 220_000, change_due: 30_000, shift_id: "pshf_1" })
    expect(plan.vat_by_rate).toEqual([{ rate_percent: 5, vat: 10_476, gross: 220_000 }])
    const [item] = plan.order.items ?? []
    expect(item).toMatchObject({
      unit_price: 110_000,
      quantity: 2,
      is_tax_inclusive: true,
      tax_lines: [{ code: "VAT_VN_5", rate: 5, description: "VAT 5 %" }],
      adjustments: [],
      metadata: { pos_line: 0, list_unit_price: 120_000, price_differs_from_list: true },
    })
    expect(plan.hand_over).toEqual([
      {
        line: 0,
        variant_id: "variant_quyt",
        title: "Quýt vàng Bắc Sơn – 1 kg",
        quantity: 2,
        inventory: [{ inventory_item_id: "iitem_quyt", quantity: 2 }],
      },
    ])
  })

  it("turns discounts into tax-inclusive adjustments, and names the approving manager", () => {
    const plan = planPosSale(
      sale({
        lines: [
          {
            variant_id: "variant_quyt",
            quantity: 1,
            unit_price: 120_000,
            discount: { type: "amount", value: 20_000 },
          },
          { variant_id: "variant_gift", quantity: 1, unit_price: 10_000 },
        ],
        order_discount: { type: "amount", value: 11_000 },
        discount_approved_by: "pclk_manager",
        tenders: [{ kind: "card", amount: 99_000, reference: "SLIP-1" }],
      }),
      facts()
    )
    expect(plan.total).toBe(99_000)
    expect(plan.discount_total).toBe(31_000)
    expect(plan.order.items?.[0]?.adjustments).toEqual([
      { code: "POS_LINE_DISCOUNT", amount: 20_000, is_tax_inclusive: true },
      { code: "POS_ORDER_DISCOUNT", amount: 10_000, is_tax_inclusive: true },
    ])
    // An unknown VAT category sells at the standard rate; an untracked item takes no stock.
    expect(plan.order.items?.[1]?.tax_lines?.[0]?.rate).toBe(10)
    expect(plan.hand_over[1]?.inventory).toEqual([])
  })

  it.each<[string, Partial<PosSaleInput>, Partial<SaleFacts>, RegExp]>([
    ["no shift", {}, { shift: null }, /^shift_id: no shift/],
    [
      "a closed shift",
      {},
      { shift: { id: "pshf_1", client_id: "c", register_id: "preg_1", status: "closed" } },
      /already closed/,
    ],
    ["another register's clerk", { clerk_id: "pclk_other" }, {}, /^clerk_id: /],
    ["an unknown clerk", { clerk_id: "pclk_nobody" }, {}, /^clerk_id: /],
    [
      "a variant not sold here",
      {},
      { variants: [variant({ in_channel: false })] },
      /^lines\.0\.variant_id: .* not sold at register CH1/,
    ],
    [
      "cash given to a card",
      { tenders: [{ kind: "card", amount: 220_000, received: 300_000, reference: "S" }] },
      {},
      /^tenders\.0\.received: only cash/,
    ],
    [
      "a card confirmed offline",
      { tenders: [{ kind: "card", amount: 220_000, reference: "S", confirmed_offline: true }] },
      {},
      /^tenders\.0\.confirmed_offline: /,
    ],
    [
      "one reference for two VietQR tenders",
      {
        tenders: [
          { kind: "vietqr", amount: 110_000, reference: "CH1A000001" },
          { kind: "vietqr", amount: 110_000, reference: "CH1A000001" },
        ],
      },
      {},
      /^tenders: one VietQR reference/,
    ],
    [
      "an ID check by a stranger",
      {
        lines: [{ variant_id: "variant_quyt", quantity: 1, unit_price: 120_000 }],
        tenders: [{ kind: "cash", amount: 120_000 }],
        age_check: { checked_by: "pclk_other", checked_at: "2026-05-01T03:00:00.000Z" },
      },
      { variants: [variant({ is_alcohol: true, abv: 12 })] },
      /^age_check\.checked_by: /,
    ],
  ])("refuses %s", (_label, over, factsOver, message) => {
    expect(() => planPosSale(sale(over), facts(factsOver))).toThrow(message)
  })

  it("refuses a shift of another register as forbidden", () => {
    expect(() =>
      planPosSale(
        sale(),
        facts({ shift: { id: "pshf_9", client_id: "c", register_id: "preg_2", status: "open" } })
      )
    ).toThrow(expect.objectContaining({ kind: "forbidden" }))
  })

  it("knows its register's counter references", () => {
    expect(isCounterReference("CH1", "CH1A000123")).toBe(true)
    expect(isCounterReference("CH1", "CH1Q000123")).toBe(true)
    expect(isCounterReference("CH1", "CH2A000123")).toBe(false)
    expect(isCounterReference("CH1", "CH1A12345")).toBe(false)
  })
})
