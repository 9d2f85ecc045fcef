import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  moveReservationsToFulfillmentLocation,
  type ReservationMove,
  restoreReservations,
} from "../click-and-collect/fulfillment-location"

type OrderCreatedHook = (
  handler: (
    input: { order_id: string; cart_id: string },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<ReservationMove[], ReservationMove[]>>,
  compensate: (
    moves: ReservationMove[] | undefined,
    context: { container: MedusaContainer }
  ) => Promise<void>
) => void

// Medusa 2.21 declares the `orderCreated` hook of completeCartWorkflow (inside the transaction,
// after the reservations and the payment) but types only `validate`; its integration test fails
// if a Medusa upgrade renames it.
const hooks = completeCartWorkflow.hooks as unknown as { orderCreated?: OrderCreatedHook }
if (!hooks.orderCreated) {
  throw new Error(
    "completeCartWorkflow has no orderCreated hook: click & collect cannot reserve at the chosen store"
  )
}

/**
 * Click & collect: the web store sells from the warehouse and both OCOP stores, and Medusa reserves
 * at whichever has stock. Inside cart completion, the order's reservations move to the location of
 * its shipping option — the chosen store for pick-up — or the completion fails (and is rolled back,
 * payment included) when that store lacks the goods.
 */
hooks.orderCreated(
  async ({ order_id }, { container }) => {
    const moves = await moveReservationsToFulfillmentLocation(container, order_id)
    return new StepResponse(moves, moves)
  },
  async (moves, { container }) => {
    if (moves) await restoreReservations(container, moves)
  }
)
