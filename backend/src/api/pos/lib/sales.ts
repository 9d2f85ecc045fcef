import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { PosSale, PosSaleInput } from "@ocop/sdk"
import type PosModuleService from "../../../modules/pos/service"
import { recordPosSaleWorkflow } from "../../../workflows/pos/record-sale"
import { posService } from "./register-view"
import type { PosSession } from "./session"

type SaleRow = Awaited<ReturnType<PosModuleService["listPosSales"]>>[number]

/** A sale as the tablet keeps it: totals, order, stock exceptions, VietQR state. */
export async function presentSales(
  container: MedusaContainer,
  rows: SaleRow[]
): Promise<PosSale[]> {
  if (rows.length === 0) return []
  const pos = posService(container)
  const ids = rows.map((row) => row.id)
  const [exceptions, vietqr] = await Promise.all([
    pos.listPosStockExceptions({ sale_id: ids }),
    pos.listPosVietQrPayments({ sale_id: ids }),
  ])
  return rows.map((row) => ({
    id: row.id,
    client_id: row.client_id,
    sale_number: row.sale_number,
    register_id: row.register_id,
    shift_id: row.shift_id,
    clerk_id: row.clerk_id,
    order_id: row.order_id ?? "",
    order_display_id: row.order_display_id ?? 0,
    total: row.total,
    vat_total: row.vat_total,
    change_due: row.change_due,
    created_at: new Date(row.rung_up_at).toISOString(),
    stock_exceptions: exceptions
      .filter((exception) => exception.sale_id === row.id)
      .map((exception) => ({
        variant_id: exception.variant_id,
        title: exception.title,
        sold: exception.sold,
        stock_after: exception.stock_after,
      })),
    vietqr: vietqr
      .filter((payment) => payment.sale_id === row.id)
      .map((payment) => ({
        reference: payment.reference,
        amount: payment.expected_amount ?? 0,
        status: payment.status,
      })),
  }))
}

async function presentOne(container: MedusaContainer, row: SaleRow): Promise<PosSale> {
  return (await presentSales(container, [row]))[0] as PosSale
}

function ownSale(row: SaleRow, session: PosSession, field: string): void {
  if (row.register_id !== session.registerId) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `${field}: a sale of another register`)
  }
}

/**
 * Records a till's sale exactly once. Retries of one client UUID queue on a lock and find the
 * sale the first one recorded (the unique constraint is the last line of defence, across
 * instances without shared locking too): twenty at once give one order.
 */
export async function recordSale(
  container: MedusaContainer,
  session: PosSession,
  sale: PosSaleInput
): Promise<{ created: boolean; sale: PosSale }> {
  const pos = posService(container)
  const findRecorded = async () => {
    const [row] = await pos.listPosSales({ client_id: sale.client_id })
    if (row) ownSale(row, session, "client_id")
    return row
  }
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    `pos-sale:${sale.client_id}`,
    async () => {
      const earlier = await findRecorded()
      if (earlier?.status === "recorded") {
        return { created: false, sale: await presentOne(container, earlier) }
      }
      if (earlier) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "client_id: this sale is still being recorded; retry shortly"
        )
      }
      try {
        const { result } = await recordPosSaleWorkflow(container).run({
          input: { register_id: session.registerId, device_id: session.deviceId, sale },
        })
        return { created: true, sale: await presentOne(container, result) }
      } catch (error) {
        // Another instance recorded the same UUID meanwhile (the unique index stopped us).
        const recorded = await findRecorded()
        if (recorded?.status === "recorded") {
          return { created: false, sale: await presentOne(container, recorded) }
        }
        throw error
      }
    },
    { timeout: 120 }
  )
}

/** A sale of the clerk's register by id or client UUID; another register's is forbidden. */
export async function loadSale(
  container: MedusaContainer,
  session: PosSession,
  idOrClientId: string
): Promise<PosSale> {
  const [row] = await posService(container).listPosSales({
    $or: [{ id: idOrClientId }, { client_id: idOrClientId }],
  })
  if (row?.status !== "recorded") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sale ${idOrClientId} was not found`)
  }
  ownSale(row, session, "id")
  return presentOne(container, row)
}
