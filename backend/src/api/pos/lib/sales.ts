import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { PosSale, PosSaleInput, PosSaleOutcome } from "@ocop/sdk"
import type PosModuleService from "../../../modules/pos/service"
import { recordPosSalesWorkflow } from "../../../workflows/pos/record-sales"
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

const saleLockKey = (clientId: string) => `pos-sale:${clientId}`
const STILL_RECORDING = "client_id: this sale is still being recorded; retry shortly"

/** A workflow or module error, as the tablet should treat it for one sale. */
function outcomeOfError(clientId: string, error: unknown): PosSaleOutcome {
  const message = error instanceof Error ? error.message : String(error)
  if (MedusaError.isMedusaError(error)) {
    const type = (error as MedusaError).type
    if (type === MedusaError.Types.FORBIDDEN) {
      return { client_id: clientId, status: "refused", code: 403, message }
    }
    if (type === MedusaError.Types.INVALID_DATA || type === MedusaError.Types.NOT_ALLOWED) {
      return { client_id: clientId, status: "refused", code: 400, message }
    }
    if (type === MedusaError.Types.CONFLICT) {
      return { client_id: clientId, status: "refused", code: 409, message }
    }
  }
  return { client_id: clientId, status: "retry", message }
}

/**
 * Records sales that are not recorded yet, the whole lot in one workflow run. Should the run
 * fail as a whole (a module refusing one sale's data, a database hiccup), each sale is tried on
 * its own so that one bad sale cannot hold back the others. Runs under the sales' locks.
 */
async function recordUnrecorded(
  container: MedusaContainer,
  session: PosSession,
  sales: PosSaleInput[]
): Promise<Map<string, PosSaleOutcome>> {
  const outcomes = new Map<string, PosSaleOutcome>()
  if (sales.length === 0) return outcomes
  const pos = posService(container)
  try {
    const { result } = await recordPosSalesWorkflow(container).run({
      input: { register_id: session.registerId, device_id: session.deviceId, sales },
    })
    const presented = await presentSales(container, result.recorded as SaleRow[])
    for (const sale of presented) {
      outcomes.set(sale.client_id, {
        client_id: sale.client_id,
        status: "accepted",
        created: true,
        sale,
      })
    }
    for (const refusal of result.refused) {
      outcomes.set(refusal.client_id, {
        client_id: refusal.client_id,
        status: "refused",
        code: refusal.kind === "forbidden" ? 403 : 400,
        message: refusal.message,
      })
    }
    return outcomes
  } catch (error) {
    if (sales.length > 1) {
      for (const sale of sales) {
        const [one] = [...(await recordUnrecorded(container, session, [sale])).values()]
        if (one) outcomes.set(sale.client_id, one)
      }
      return outcomes
    }
    const sale = sales[0] as PosSaleInput
    // Another instance recorded the same UUID meanwhile (the unique index stopped us).
    const [row] = await pos.listPosSales({ client_id: sale.client_id })
    if (row?.status === "recorded" && row.register_id === session.registerId) {
      outcomes.set(sale.client_id, {
        client_id: sale.client_id,
        status: "accepted",
        created: false,
        sale: await presentOne(container, row),
      })
    } else {
      outcomes.set(sale.client_id, outcomeOfError(sale.client_id, error))
    }
    return outcomes
  }
}

/**
 * Records a batch of a till's sales exactly once each, in the order given (oldest first). The
 * sales' client UUIDs are locked for the duration (Medusa's locking module: Redis across
 * instances), so retries of one UUID, in a batch or alone, queue and find the sale the first
 * one recorded; the unique index on the UUID is the last line of defence. Every sale gets an
 * outcome: accepted (new or earlier), refused with the reason, or retry.
 */
export async function recordSales(
  container: MedusaContainer,
  session: PosSession,
  sales: PosSaleInput[]
): Promise<PosSaleOutcome[]> {
  const pos = posService(container)
  const clientIds = [...new Set(sales.map((sale) => sale.client_id))]
  const locking = container.resolve(Modules.LOCKING)
  const outcomes = await locking.execute(
    // one order for every caller: two batches sharing UUIDs never wait on each other in a cycle
    clientIds.sort().map(saleLockKey),
    async () => {
      const rows = await pos.listPosSales({ client_id: clientIds })
      const earlier = new Map(rows.map((row) => [row.client_id, row]))
      const settled = new Map<string, PosSaleOutcome>()
      const recordedRows = rows.filter(
        (row) => row.status === "recorded" && row.register_id === session.registerId
      )
      const presented = new Map(
        (await presentSales(container, recordedRows)).map((sale) => [sale.client_id, sale])
      )
      const todo: PosSaleInput[] = []
      for (const sale of sales) {
        const queued = todo.some((other) => other.client_id === sale.client_id)
        if (settled.has(sale.client_id) || queued) continue
        const row = earlier.get(sale.client_id)
        if (!row) {
          todo.push(sale)
          continue
        }
        if (row.register_id !== session.registerId) {
          settled.set(sale.client_id, {
            client_id: sale.client_id,
            status: "refused",
            code: 403,
            message: "client_id: a sale of another register",
          })
        } else if (row.status === "recorded") {
          settled.set(sale.client_id, {
            client_id: sale.client_id,
            status: "accepted",
            created: false,
            sale: presented.get(sale.client_id) as PosSale,
          })
        } else {
          settled.set(sale.client_id, {
            client_id: sale.client_id,
            status: "retry",
            message: STILL_RECORDING,
          })
        }
      }
      for (const [clientId, outcome] of await recordUnrecorded(container, session, todo)) {
        settled.set(clientId, outcome)
      }
      return settled
    },
    { timeout: 120 }
  )
  return sales.map(
    (sale) =>
      outcomes.get(sale.client_id) ?? {
        client_id: sale.client_id,
        status: "retry",
        message: "the sale was not processed; send it again",
      }
  )
}

/**
 * Records one sale (POST /pos/sales): 201 when recorded now, 200 for a repeat of its UUID (also
 * twenty at once give one order); a refusal is thrown as the 400/403/409 it is.
 */
export async function recordSale(
  container: MedusaContainer,
  session: PosSession,
  sale: PosSaleInput
): Promise<PosSaleOutcome> {
  const [outcome] = await recordSales(container, session, [sale])
  if (!outcome) throw new Error("recordSales returned no outcome")
  if (outcome.status === "refused") {
    const type =
      outcome.code === 403
        ? MedusaError.Types.FORBIDDEN
        : outcome.code === 409
          ? MedusaError.Types.CONFLICT
          : MedusaError.Types.INVALID_DATA
    throw new MedusaError(type, outcome.message)
  }
  return outcome
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
