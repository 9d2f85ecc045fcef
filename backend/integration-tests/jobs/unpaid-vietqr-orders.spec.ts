import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  adminOrder,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  listTransfers,
  PRICES,
  setConfigEnv,
  signedWebhook,
  vietQrNotification,
  WEBHOOK_SECRET,
} from "../http/payments-fixtures"
import { createStockedVariant, stockLevel } from "../http/payments-stock-fixtures"

// Scheduled jobs run as workflows named "job-<name>"; the engine runs them as the scheduler would.
const JOB = "job-cancel-unpaid-vietqr-orders"
const HOUR_MS = 60 * 60 * 1000
const HONEY = 200_000

setConfigEnv({ VIETQR_WEBHOOK_SECRET: WEBHOOK_SECRET })

// Each case places several orders through HTTP; on a busy two-core machine that takes a minute.
const SLOW = 180_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let world: CheckoutWorld

    beforeEach(async () => {
      container = getContainer()
      world = await createCheckoutWorld(container)
    })

    async function runJob(scheduledFor: Date) {
      const engine = container.resolve(Modules.WORKFLOW_ENGINE)
      await engine.run(JOB, { input: { scheduledFor }, throwOnError: true })
    }

    /** An order placed with `provider`, and the reference its VietQR session shows (if any). */
    async function placeOrder(variantId: string, provider: string) {
      const cartId = await cartWith(api, world, [{ variant_id: variantId, quantity: 1 }])
      const session = await choosePayment(api, world, cartId, provider)
      const reference = session.data.payment_collection.payment_sessions[0].data?.reference
      const completed = await completeCart(api, world, cartId)
      expect(completed.data.type).toBe("order")
      return { orderId: completed.data.order.id as string, reference: reference as string }
    }

    /** The order was placed `hours` earlier than it was: the clock of the database, moved. */
    async function placedHoursAgo(orderIds: string[], hours: number) {
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(
        `update "order" set created_at = created_at - make_interval(hours => ?) where id = any(?)`,
        [hours, orderIds]
      )
    }

    async function deadlineOf(orderId: string) {
      const response = await api.get(
        `/admin/payments-vn/orders/${orderId}/payment-deadline`,
        world.admin
      )
      return response.data.payment_deadline
    }

    it(
      "cancels VietQR orders unpaid after 24 hours and releases their stock; COD and younger orders stay; a later transfer waits for staff",
      async () => {
        const honey = await createStockedVariant(container, world, {
          handle: "mat-ong-rung",
          title: "Mật ong rừng",
          price: HONEY,
          quantity: 5,
        })
        const stale = await placeOrder(honey.variantId, "pp_vietqr_vietqr")
        const cod = await placeOrder(honey.variantId, "pp_cod_cod")
        const fresh = await placeOrder(honey.variantId, "pp_vietqr_vietqr")
        expect(await stockLevel(container, world, honey)).toEqual({ stocked: 5, reserved: 3 })

        await placedHoursAgo([stale.orderId, cod.orderId], 25)
        const before = await deadlineOf(stale.orderId)
        expect(before).toMatchObject({ state: "awaiting_payment", ttl_hours: 24 })
        expect(new Date(before.deadline).getTime() - new Date(before.placed_at).getTime()).toBe(
          24 * HOUR_MS
        )
        expect(new Date(before.deadline).getTime()).toBeLessThan(Date.now())
        expect(await deadlineOf(cod.orderId)).toMatchObject({
          state: "not_applicable",
          deadline: null,
        })

        await runJob(new Date())

        expect((await adminOrder(api, world, stale.orderId)).status).toBe("canceled")
        expect((await adminOrder(api, world, cod.orderId)).status).toBe("pending")
        expect((await adminOrder(api, world, fresh.orderId)).status).toBe("pending")
        expect(await stockLevel(container, world, honey)).toEqual({ stocked: 5, reserved: 2 })
        expect(await deadlineOf(stale.orderId)).toMatchObject({ state: "cancelled" })
        const freshDeadline = await deadlineOf(fresh.orderId)
        expect(freshDeadline.state).toBe("awaiting_payment")

        // The customer pays the cancelled order late: the money waits for staff, nothing captured.
        const late = signedWebhook(
          vietQrNotification(stale.reference, HONEY + PRICES.shipping, "FT-LATE")
        )
        const response = await api.post("/hooks/vietqr", late.raw, late.config)
        expect(response.data.transfer).toMatchObject({
          status: "needs_review",
          review_reason: "order_cancelled",
          order_id: stale.orderId,
        })
        expect((await listTransfers(api, world, "needs_review")).map((t) => t.id)).toEqual([
          response.data.transfer.id,
        ])
        const cancelled = await adminOrder(api, world, stale.orderId)
        expect(cancelled.payment_collections[0].payments).toHaveLength(0)

        // A run scheduled a day later sees the younger order past its deadline too; COD never.
        await runJob(new Date(new Date(freshDeadline.deadline).getTime() + 60_000))
        expect((await adminOrder(api, world, fresh.orderId)).status).toBe("canceled")
        expect((await adminOrder(api, world, cod.orderId)).status).toBe("pending")
        expect(await stockLevel(container, world, honey)).toEqual({ stocked: 5, reserved: 1 })
      },
      SLOW
    )

    it(
      "leaves a VietQR order that was paid in time",
      async () => {
        const { orderId, reference } = await placeOrder(world.variants.quyt, "pp_vietqr_vietqr")
        const paid = signedWebhook(
          vietQrNotification(reference, PRICES.quyt + PRICES.shipping, "FT-IN-TIME")
        )
        expect((await api.post("/hooks/vietqr", paid.raw, paid.config)).data.transfer.status).toBe(
          "confirmed"
        )
        await placedHoursAgo([orderId], 48)
        await runJob(new Date())
        const order = await adminOrder(api, world, orderId)
        expect(order.status).toBe("pending")
        expect(order.payment_status).toBe("captured")
        expect(await deadlineOf(orderId)).toMatchObject({ state: "paid" })
      },
      SLOW
    )
  },
})
