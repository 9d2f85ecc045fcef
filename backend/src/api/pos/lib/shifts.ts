import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type {
  PosCashMovementInput,
  PosShift,
  PosShiftCloseInput,
  PosShiftOpenInput,
  PosZReport,
} from "@ocop/sdk"
import type PosModuleService from "../../../modules/pos/service"
import {
  closePosShiftWorkflow,
  openPosShiftWorkflow,
  recordPosCashMovementWorkflow,
} from "../../../workflows/pos/shifts"
import { buildZReport, type ZReportSale } from "../../../workflows/pos/utils/z-report"
import { posService } from "./register-view"
import type { PosSession } from "./session"

type ShiftRow = Awaited<ReturnType<PosModuleService["listPosShifts"]>>[number]

/** A refusal the tablet should wait out or fix (409): e.g. sales not synced yet. */
export class ShiftConflict extends Error {}

export function presentShift(row: ShiftRow): PosShift {
  return {
    id: row.id,
    client_id: row.client_id,
    register_id: row.register_id,
    status: row.status,
    opened_at: new Date(row.opened_at).toISOString(),
    closed_at: row.closed_at ? new Date(row.closed_at).toISOString() : null,
    opening_float: row.opening_float,
    z_report: (row.z_report as unknown as PosZReport | null) ?? null,
  }
}

/** The register's shift by its id or the client UUID it was opened with. */
export async function findShift(
  container: MedusaContainer,
  session: PosSession,
  ref: string
): Promise<ShiftRow> {
  const [shift] = await posService(container).listPosShifts({
    $or: [{ id: ref }, { client_id: ref }],
  })
  if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shift ${ref} was not found`)
  if (shift.register_id !== session.registerId) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "shift: another register's shift")
  }
  return shift
}

async function assertOwnClerk(container: MedusaContainer, session: PosSession, clerkId: string) {
  const [clerk] = await posService(container).listPosClerks({
    id: clerkId,
    register_id: session.registerId,
  })
  if (!clerk) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `clerk_id: not a clerk of this register`)
  }
}

/** Opens a shift, idempotent on its client UUID: a retry gets the same shift (created: false). */
export async function openShift(
  container: MedusaContainer,
  session: PosSession,
  body: PosShiftOpenInput
): Promise<{ created: boolean; shift: PosShift }> {
  const pos = posService(container)
  const [earlier] = await pos.listPosShifts({ client_id: body.client_id })
  if (earlier) {
    if (earlier.register_id !== session.registerId) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "client_id: another register's shift")
    }
    return { created: false, shift: presentShift(earlier) }
  }
  await assertOwnClerk(container, session, body.clerk_id)
  const { result } = await openPosShiftWorkflow(container).run({
    input: { ...body, register_id: session.registerId },
  })
  return { created: true, shift: presentShift(result) }
}

export async function recordCashMovement(
  container: MedusaContainer,
  session: PosSession,
  shiftRef: string,
  body: PosCashMovementInput
): Promise<{ created: boolean; shift: PosShift }> {
  const shift = await findShift(container, session, shiftRef)
  const pos = posService(container)
  const [earlier] = await pos.listPosCashMovements({ client_id: body.client_id })
  if (earlier) {
    if (earlier.shift_id !== shift.id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "client_id: used by another movement")
    }
    return { created: false, shift: presentShift(shift) }
  }
  if (shift.status !== "open") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "shift: it is closed")
  }
  await assertOwnClerk(container, session, body.clerk_id)
  await recordPosCashMovementWorkflow(container).run({
    input: { ...body, shift_id: shift.id, register_id: session.registerId },
  })
  return { created: true, shift: presentShift(shift) }
}

function sameCount(a: PosShiftCloseInput["counted"], b: unknown): boolean {
  const other = b as PosShiftCloseInput["counted"] | null
  return (
    Boolean(other) && a.cash === other?.cash && a.vietqr === other.vietqr && a.card === other.card
  )
}

/**
 * Closes a shift with the clerk's blind count. The server refuses (409) while it holds fewer
 * sales of the shift than the tablet says it made, or the same number with another total: a sale
 * still queued on the tablet would be missing from the Z report. A retry of the same close gets
 * the same Z report; another count for a closed shift is refused.
 */
export async function closeShift(
  container: MedusaContainer,
  session: PosSession,
  shiftRef: string,
  body: PosShiftCloseInput
): Promise<PosShift> {
  const found = await findShift(container, session, shiftRef)
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(`pos-shift:${found.id}`, async () => {
    const pos = posService(container)
    const [shift] = await pos.listPosShifts({ id: found.id })
    if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Shift not found")
    if (shift.status === "closed") {
      if (sameCount(body.counted, shift.counted)) return presentShift(shift)
      throw new ShiftConflict("shift: already closed with another count; its Z report stands")
    }
    await assertOwnClerk(container, session, body.clerk_id)
    const [sales, movements, [register]] = await Promise.all([
      pos.listPosSales({ shift_id: shift.id, status: "recorded" }),
      pos.listPosCashMovements({ shift_id: shift.id }),
      pos.listPosRegisters({ id: shift.register_id }),
    ])
    const held = { count: sales.length, total: sales.reduce((sum, sale) => sum + sale.total, 0) }
    const tablet = body.sales
    if (tablet && held.count < tablet.count) {
      throw new ShiftConflict(
        `sales: the tablet made ${tablet.count} sales in this shift and the server holds ` +
          `${held.count}; sync the rest before closing`
      )
    }
    if (tablet && held.count === tablet.count && held.total !== tablet.total) {
      throw new ShiftConflict(
        `sales: the tablet's sales total ${tablet.total} but the server's ${held.total}`
      )
    }
    const z_report = buildZReport({
      shift_id: shift.id,
      register_code: register?.code ?? "",
      opened_at: new Date(shift.opened_at),
      closed_at: new Date(body.closed_at),
      opened_by: shift.opened_by,
      closed_by: body.clerk_id,
      opening_float: shift.opening_float,
      movements: movements.map((movement) => ({ kind: movement.kind, amount: movement.amount })),
      sales: sales.map(
        (sale): ZReportSale => ({
          total: sale.total,
          discount_total: sale.discount_total,
          tenders: sale.tenders as unknown as ZReportSale["tenders"],
          vat_by_rate: sale.vat_by_rate as unknown as ZReportSale["vat_by_rate"],
        })
      ),
      counted: body.counted,
    })
    const { result } = await closePosShiftWorkflow(container).run({
      input: {
        shift_id: shift.id,
        clerk_id: body.clerk_id,
        closed_at: body.closed_at,
        counted: body.counted,
        z_report,
      },
    })
    return presentShift(result)
  })
}
