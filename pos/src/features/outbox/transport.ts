import type { OcopClient, PosSaleOutcome } from "@ocop/sdk"
import type { OutboxEntry, PosDatabase } from "../../db/schema"
import type { SaleToSend, SendResult } from "./outbox"

/**
 * The token the outbox sends with: the signed-in clerk's, else the freshest one on this tablet
 * (sales of a clerk who signed in offline go out once anyone has signed in online).
 */
export async function outboxToken(db: PosDatabase, activeClerkId: string | null) {
  const clerks = await db.clerks.toArray()
  const active = clerks.find((clerk) => clerk.id === activeClerkId && clerk.token)
  if (active?.token) return active.token
  const freshest = clerks
    .filter((clerk) => clerk.token)
    .sort((a, b) => (b.tokenIssuedAt ?? "").localeCompare(a.tokenIssuedAt ?? ""))[0]
  return freshest?.token ?? null
}

/** Maps an outbox entry onto the SDK call that delivers it. */
export function sendWith(client: OcopClient) {
  return async (entry: OutboxEntry, serverShiftId: string | null): Promise<SendResult> => {
    switch (entry.kind) {
      case "shift_open": {
        const response = await client.pos.openShift(entry.payload)
        return { kind: "shift", shiftId: response.shift.id }
      }
      case "cash_movement": {
        const response = await client.pos.recordCashMovement(serverShiftId ?? "", entry.payload)
        return { kind: "shift", shiftId: response.shift.id }
      }
      case "sale": {
        const response = await client.pos.recordSale({
          ...entry.payload,
          shift_id: serverShiftId ?? entry.payload.shift_id,
        })
        return { kind: "sale", sale: response.sale }
      }
      case "lockout": {
        const response = await client.pos.recordLockout(entry.payload)
        return { kind: "lockout", lockoutId: response.lockout.id }
      }
    }
  }
}

/** Queued sales in one request (POST /pos/sales/batch), each with its shift's server id. */
export function sendSalesWith(client: OcopClient) {
  return async (sales: SaleToSend[]): Promise<PosSaleOutcome[]> => {
    const response = await client.pos.recordSales({
      sales: sales.map(({ entry, serverShiftId }) => ({
        ...entry.payload,
        shift_id: serverShiftId,
      })),
    })
    return response.results
  }
}
