import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { vatIncluded } from "@ocop/core"
import type { PosSaleInput, PosSaleOutcome } from "@ocop/sdk"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { settle } from "./payments-fixtures"
import {
  cashSale,
  createPosWorld,
  openShift,
  POS_PINS,
  POS_PRICES,
  POS_STOCK,
  type PosWorld,
  signedInClerk,
} from "./pos-fixtures"

type Headers = { headers: Record<string, string> }

interface AdminOrderItem {
  variant_id: string
  unit_price: number
  metadata: Record<string, unknown> | null
  tax_lines: { rate: number }[]
  adjustments: { amount: number }[]
}

interface AdminPayment {
  amount: number
  captures: unknown[]
}

interface AdminPaymentSession {
  data: { pos_tender?: string; tender_reference?: string; received?: number }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: PosWorld
    let clerkA: Headers
    let shiftA: string

    beforeEach(async () => {
      world = await createPosWorld(getContainer())
      clerkA = (
        await signedInClerk(api, world, world.registers.a, world.clerks.clerkA, POS_PINS.clerkA)
      ).headers
      shiftA = (await openShift(api, clerkA, world.clerks.clerkA)).id
    })

    async function stockAt(inventoryItemId: string) {
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: world.locationId })
      return Number(level?.stocked_quantity) - Number(level?.reserved_quantity)
    }

    async function adminOrder(orderId: string) {
      const response = await api.get(
        `/admin/orders/${orderId}?fields=id,display_id,status,version,total,tax_total,discount_total,summary,sales_channel_id,payment_status,fulfillment_status,*items,*items.tax_lines,*items.adjustments,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payment_sessions,*fulfillments`,
        world.admin
      )
      return response.data.order
    }

    it("a sale becomes one order with its lines, VAT, tenders and the stock taken at the register's location", async () => {
      // 2 kg quýt at a price the till showed before today's change, 1 bánh chưng with 10 % off
      // approved by the manager, rượu men lá with the buyer's ID checked; paid by cash and card.
      const shownQuyt = 115_000
      const sale: PosSaleInput = {
        client_id: randomUUID(),
        sale_number: "TAA-000001",
        shift_id: shiftA,
        clerk_id: world.clerks.clerkA,
        created_at: new Date().toISOString(),
        lines: [
          { variant_id: world.variants.quyt, quantity: 2, unit_price: shownQuyt },
          {
            variant_id: world.variants.banhChung,
            quantity: 1,
            unit_price: POS_PRICES.banhChung,
            discount: { type: "percent", value: 20 },
          },
          { variant_id: world.variants.ruou, quantity: 1, unit_price: POS_PRICES.ruou },
        ],
        discount_approved_by: world.clerks.managerA,
        age_check: { checked_by: world.clerks.clerkA, checked_at: new Date().toISOString() },
        tenders: [
          { kind: "cash", amount: 278_000, received: 300_000 },
          { kind: "card", amount: 250_000, reference: "SLIP-0042" },
        ],
        einvoice: {
          kind: "company",
          tax_id: "0100112437",
          name: "Công ty TNHH Thử Nghiệm",
          address: "1 Trần Đăng Ninh, Lạng Sơn",
          email: "KeToan@Example.vn",
          buyer_name: "Nguyễn Văn A",
        },
      }
      const response = await api.post("/pos/sales", sale, clerkA)
      expect(response.status).toBe(201)
      const recorded = response.data.sale
      const total = 2 * shownQuyt + 48_000 + POS_PRICES.ruou
      expect(recorded).toMatchObject({
        client_id: sale.client_id,
        sale_number: "TAA-000001",
        register_id: world.registers.a,
        shift_id: shiftA,
        clerk_id: world.clerks.clerkA,
        total,
        change_due: 22_000,
        stock_exceptions: [],
        vietqr: [],
      })
      const expectedVat =
        vatIncluded(2 * shownQuyt, 5) + vatIncluded(48_000, 8) + vatIncluded(POS_PRICES.ruou, 10)
      expect(recorded.vat_total).toBe(expectedVat)

      const order = await adminOrder(recorded.order_id)
      expect(order.sales_channel_id).toBe(world.channels.a)
      // the receipt's QR and the manager's list name the order by its display id
      expect(recorded.order_display_id).toBeGreaterThan(0)
      expect(recorded.order_display_id).toBe(order.display_id)
      expect(order.status).toBe("completed")
      expect(Number(order.total)).toBe(total)
      expect(order.payment_status).toBe("captured")
      expect(order.fulfillment_status).toBe("delivered")
      // paid in full: the captures are the order's transactions, nothing is outstanding
      expect(Number(order.summary.paid_total)).toBe(total)
      expect(Number(order.summary.pending_difference)).toBe(0)
      const items = order.items as AdminOrderItem[]
      const quyt = items.find((item) => item.variant_id === world.variants.quyt)
      expect(Number(quyt?.unit_price)).toBe(shownQuyt)
      expect(quyt?.metadata).toMatchObject({
        list_unit_price: POS_PRICES.quyt,
        price_differs_from_list: true,
      })
      expect(quyt?.tax_lines.map((line) => Number(line.rate))).toEqual([5])
      const banh = items.find((item) => item.variant_id === world.variants.banhChung)
      expect(banh?.tax_lines.map((line) => Number(line.rate))).toEqual([8])
      expect(banh?.adjustments.map((a) => Number(a.amount))).toEqual([12_000])
      const ruou = items.find((item) => item.variant_id === world.variants.ruou)
      expect(ruou?.metadata?.price_differs_from_list).toBe(false)
      expect(Math.round(Number(order.tax_total))).toBeGreaterThanOrEqual(expectedVat - 2)
      expect(Math.round(Number(order.tax_total))).toBeLessThanOrEqual(expectedVat + 2)

      const payments = order.payment_collections[0].payments as AdminPayment[]
      expect(payments.map((payment) => Number(payment.amount)).sort()).toEqual([250_000, 278_000])
      expect(payments.every((payment) => payment.captures.length === 1)).toBe(true)
      const sessions = order.payment_collections[0].payment_sessions as AdminPaymentSession[]
      expect(sessions.map((session) => session.data.pos_tender).sort()).toEqual(["card", "cash"])
      expect(sessions.find((session) => session.data.pos_tender === "card")?.data).toMatchObject({
        tender_reference: "SLIP-0042",
      })
      expect(sessions.find((session) => session.data.pos_tender === "cash")?.data).toMatchObject({
        received: 300_000,
      })

      expect(await stockAt(world.inventoryItems.quyt)).toBe(POS_STOCK.quyt - 2)
      expect(await stockAt(world.inventoryItems.banhChung)).toBe(POS_STOCK.banhChung - 1)
      expect(await stockAt(world.inventoryItems.ruou)).toBe(POS_STOCK.ruou - 1)
      expect(order.fulfillments[0].location_id).toBe(world.locationId)

      const [einvoice] = await getContainer()
        .resolve<{ listEinvoiceRequests: (f: object) => Promise<Record<string, unknown>[]> }>(
          "einvoice"
        )
        .listEinvoiceRequests({ order_id: recorded.order_id })
      expect(einvoice).toMatchObject({
        cart_id: `pos:${sale.client_id}`,
        buyer_tax_id: "0100112437",
        company_name: "Công ty TNHH Thử Nghiệm",
        buyer_name: "Nguyễn Văn A",
        email: "ketoan@example.vn",
      })

      const again = await api.get(`/pos/sales/${sale.client_id}`, clerkA)
      expect(again.data.sale).toEqual(recorded)
    })

    it("20 concurrent repeats of one UUID give one order", async () => {
      const sale = cashSale(shiftA, world.clerks.clerkA, [
        { variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt },
      ])
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => settle(api.post("/pos/sales", sale, clerkA)))
      )
      expect(responses.map((response) => response.status).sort()).toEqual([
        200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
        200, 201,
      ])
      const orderIds = new Set(responses.map((response) => response.data.sale.order_id))
      expect(orderIds.size).toBe(1)
      const orders = await getContainer()
        .resolve(Modules.ORDER)
        .listOrders({ sales_channel_id: world.channels.a })
      expect(orders).toHaveLength(1)
      expect(await stockAt(world.inventoryItems.quyt)).toBe(POS_STOCK.quyt - 1)
    })

    it("two registers selling the last unit both succeed, and the line that went below zero is flagged", async () => {
      const clerkB = (
        await signedInClerk(api, world, world.registers.b, world.clerks.clerkB, POS_PINS.clerkB)
      ).headers
      const shiftB = (await openShift(api, clerkB, world.clerks.clerkB)).id
      const line = {
        variant_id: world.variants.banhChung,
        quantity: 1,
        unit_price: POS_PRICES.banhChung,
      }
      const [a, b] = await Promise.all([
        api.post("/pos/sales", cashSale(shiftA, world.clerks.clerkA, [line]), clerkA),
        api.post(
          "/pos/sales",
          cashSale(shiftB, world.clerks.clerkB, [line], { prefix: "TBA" }),
          clerkB
        ),
      ])
      expect([a.status, b.status]).toEqual([201, 201])
      const flagged = [a.data.sale, b.data.sale].filter((sale) => sale.stock_exceptions.length)
      expect(flagged).toHaveLength(1)
      expect(flagged[0].stock_exceptions).toEqual([
        {
          variant_id: world.variants.banhChung,
          title: "Bánh chưng đen – Mặc định",
          sold: 1,
          stock_after: POS_STOCK.banhChung - 2,
        },
      ])
      expect(await stockAt(world.inventoryItems.banhChung)).toBe(POS_STOCK.banhChung - 2)

      const list = await api.get(`/admin/pos/stock-exceptions`, world.admin)
      expect(list.data.exceptions).toHaveLength(1)
      expect(list.data.exceptions[0].sale_number).toBe(flagged[0].sale_number)
    })

    it("a batch records each sale once, refuses only the bad ones with their reason, and a repeat creates nothing", async () => {
      const quyt = { variant_id: world.variants.quyt, quantity: 2, unit_price: POS_PRICES.quyt }
      const banh = {
        variant_id: world.variants.banhChung,
        quantity: 1,
        unit_price: POS_PRICES.banhChung,
      }
      const first = cashSale(shiftA, world.clerks.clerkA, [quyt])
      const unknown = {
        ...cashSale(shiftA, world.clerks.clerkA, [quyt]),
        lines: [{ variant_id: "variant_nope", quantity: 1, unit_price: 1000 }],
        tenders: [{ kind: "cash" as const, amount: 1000 }],
      }
      const malformed = { ...cashSale(shiftA, world.clerks.clerkA, [{ ...quyt, quantity: -1 }]) }
      const last = cashSale(shiftA, world.clerks.clerkA, [quyt, banh])
      const sales = [first, unknown, malformed, last, first]

      const response = await api.post("/pos/sales/batch", { sales }, clerkA)
      expect(response.status).toBe(200)
      const results = response.data.results as PosSaleOutcome[]
      expect(results.map((result) => result.status)).toEqual([
        "accepted",
        "refused",
        "refused",
        "accepted",
        "accepted",
      ])
      expect(results[1]).toMatchObject({ client_id: unknown.client_id, code: 400 })
      expect(results[1]?.status === "refused" && results[1].message).toMatch(
        /^lines\.0\.variant_id: unknown variant/
      )
      expect(results[2]).toMatchObject({ client_id: malformed.client_id, code: 400 })
      expect(results[2]?.status === "refused" && results[2].message).toMatch(
        /^lines\.0\.quantity: /
      )
      const firstSale = results[0]?.status === "accepted" ? results[0].sale : null
      expect(results[0]).toMatchObject({ created: true, client_id: first.client_id })
      expect(results[4]).toEqual(results[0])
      expect(firstSale?.total).toBe(2 * POS_PRICES.quyt)

      // the answer was lost: the tablet sends the same batch again
      const again = await api.post("/pos/sales/batch", { sales: [first, last] }, clerkA)
      expect(
        (again.data.results as PosSaleOutcome[]).map((r) => r.status === "accepted" && r.created)
      ).toEqual([false, false])
      const orders = await getContainer()
        .resolve(Modules.ORDER)
        .listOrders({ sales_channel_id: world.channels.a })
      expect(orders).toHaveLength(2)
      expect(await stockAt(world.inventoryItems.quyt)).toBe(POS_STOCK.quyt - 4)
      expect(await stockAt(world.inventoryItems.banhChung)).toBe(POS_STOCK.banhChung - 1)
      const order = await adminOrder(firstSale?.order_id as string)
      expect(order.fulfillment_status).toBe("delivered")
      expect(order.payment_status).toBe("captured")

      // another register replaying this register's UUID learns nothing and changes nothing
      const clerkB = (
        await signedInClerk(api, world, world.registers.b, world.clerks.clerkB, POS_PINS.clerkB)
      ).headers
      const replay = await api.post("/pos/sales/batch", { sales: [first] }, clerkB)
      expect(replay.data.results).toEqual([
        {
          client_id: first.client_id,
          status: "refused",
          code: 403,
          message: "client_id: a sale of another register",
        },
      ])
    })

    it("a clerk reaches only their register's sales", async () => {
      const recorded = await api.post(
        "/pos/sales",
        cashSale(shiftA, world.clerks.clerkA, [
          { variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt },
        ]),
        clerkA
      )
      const clerkB = (
        await signedInClerk(api, world, world.registers.b, world.clerks.clerkB, POS_PINS.clerkB)
      ).headers
      const read = await settle(api.get(`/pos/sales/${recorded.data.sale.id}`, clerkB))
      expect(read.status).toBe(403)
      // Replaying register A's sale from register B does not reveal or touch it.
      const sale = cashSale(shiftA, world.clerks.clerkA, [
        { variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt },
      ])
      const replay = await settle(
        api.post("/pos/sales", { ...sale, client_id: recorded.data.sale.client_id }, clerkB)
      )
      expect(replay.status).toBe(403)
      // Selling into register A's shift from register B is refused as well.
      const intoA = await settle(api.post("/pos/sales", sale, clerkB))
      expect(intoA.status).toBe(403)
      expect(intoA.data.message).toMatch(/^shift_id: /)
    })

    it("refuses malformed sales with 400 naming the field, and writes nothing", async () => {
      const good = () =>
        cashSale(shiftA, world.clerks.clerkA, [
          { variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt },
        ])
      const cases: Array<[string, PosSaleInput | Record<string, unknown>, RegExp]> = [
        [
          "unknown variant",
          {
            ...good(),
            lines: [{ variant_id: "variant_nope", quantity: 1, unit_price: 1000 }],
            tenders: [{ kind: "cash", amount: 1000 }],
          },
          /lines\.0\.variant_id: unknown variant/,
        ],
        [
          "negative quantity",
          {
            ...good(),
            lines: [{ variant_id: world.variants.quyt, quantity: -1, unit_price: POS_PRICES.quyt }],
          },
          /lines\.0\.quantity: /,
        ],
        [
          "fractional quantity",
          {
            ...good(),
            lines: [
              { variant_id: world.variants.quyt, quantity: 1.5, unit_price: POS_PRICES.quyt },
            ],
          },
          /lines\.0\.quantity: /,
        ],
        [
          "tenders short of the total",
          { ...good(), tenders: [{ kind: "cash", amount: POS_PRICES.quyt - 1000 }] },
          /^tenders: they pay \d+ but the total is \d+/,
        ],
        [
          "discount on rượu men lá",
          {
            ...good(),
            lines: [
              {
                variant_id: world.variants.ruou,
                quantity: 1,
                unit_price: POS_PRICES.ruou,
                discount: { type: "amount", value: 10_000 },
              },
            ],
            tenders: [{ kind: "cash", amount: POS_PRICES.ruou - 10_000 }],
            age_check: { checked_by: world.clerks.clerkA, checked_at: new Date().toISOString() },
            discount_approved_by: world.clerks.managerA,
          },
          /lines\.0\.discount: no discount on alcohol of 15 % ABV or more/,
        ],
        ["bad UUID", { ...good(), client_id: "not-a-uuid" }, /^client_id: must be a UUID/],
        [
          "too many lines",
          {
            ...good(),
            lines: Array.from({ length: 201 }, () => ({
              variant_id: world.variants.quyt,
              quantity: 1,
              unit_price: POS_PRICES.quyt,
            })),
          },
          /^lines: a sale has at most 200 lines/,
        ],
        [
          "alcohol without the ID check",
          {
            ...good(),
            lines: [
              { variant_id: world.variants.ruouNhe, quantity: 1, unit_price: POS_PRICES.ruouNhe },
            ],
            tenders: [{ kind: "cash", amount: POS_PRICES.ruouNhe }],
          },
          /^age_check: /,
        ],
        [
          "a discount above the threshold without a manager",
          {
            ...good(),
            order_discount: { type: "percent", value: 15 },
            tenders: [{ kind: "cash", amount: POS_PRICES.quyt - 18_000 }],
          },
          /^discount_approved_by: /,
        ],
        [
          "a clerk approving a discount",
          {
            ...good(),
            order_discount: { type: "percent", value: 15 },
            discount_approved_by: world.clerks.clerkA,
            tenders: [{ kind: "cash", amount: POS_PRICES.quyt - 18_000 }],
          },
          /^discount_approved_by: .* is not a manager/,
        ],
        [
          "a clerk of another register",
          { ...good(), clerk_id: world.clerks.clerkB },
          /^clerk_id: /,
        ],
        [
          "a VietQR tender without the register's reference",
          { ...good(), tenders: [{ kind: "vietqr", amount: POS_PRICES.quyt, reference: "XYZ1" }] },
          /^tenders\.0\.reference: /,
        ],
        [
          "a card tender without its slip",
          { ...good(), tenders: [{ kind: "card", amount: POS_PRICES.quyt }] },
          /^tenders\.0\.reference: /,
        ],
        ["an unknown field", { ...good(), price_override: true }, /price_override: unknown field/],
        [
          "an e-invoice with a bad tax code",
          {
            ...good(),
            einvoice: {
              kind: "company",
              tax_id: "12345",
              name: "Công ty",
              address: "Lạng Sơn",
              email: "a@b.vn",
            },
          },
          /^einvoice\.tax_id: /,
        ],
      ]
      for (const [label, body, message] of cases) {
        const response = await settle(api.post("/pos/sales", body, clerkA))
        expect(response.status, label).toBe(400)
        expect(response.data.message, label).toMatch(message)
      }
      // An oversized body is refused by the parser before anything reads it.
      const huge = { ...good(), customer: { name: "x".repeat(600_000) } }
      expect((await settle(api.post("/pos/sales", huge, clerkA))).status).toBe(413)

      const pos = getContainer().resolve("pos") as { listPosSales: () => Promise<unknown[]> }
      expect(await pos.listPosSales()).toHaveLength(0)
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({})
      expect(orders).toHaveLength(0)
      expect(await stockAt(world.inventoryItems.quyt)).toBe(POS_STOCK.quyt)
    })
  },
})
