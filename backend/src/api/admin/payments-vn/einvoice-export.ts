import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatDateTimeVi } from "@ocop/core"
import { EINVOICE_MODULE } from "../../../modules/einvoice"
import type EinvoiceModuleService from "../../../modules/einvoice/service"
import type { AdminListEinvoiceRequests } from "./validators"

export interface EinvoiceExportRow {
  id: string
  requested_at: string
  order_id: string | null
  order_display_id: number | null
  order_date: string | null
  order_total: number | null
  order_tax_total: number | null
  buyer_tax_id: string | null
  tax_id_kind: string | null
  company_name: string | null
  buyer_name: string | null
  address: string | null
  email: string
}

export const EINVOICE_CSV_HEADER = [
  "request_id",
  "requested_at",
  "order_display_id",
  "order_id",
  "order_date",
  "order_total_vnd",
  "order_vat_vnd",
  "buyer_tax_id",
  "tax_id_kind",
  "company_name",
  "buyer_name",
  "address",
  "email",
] as const

function whole(value: unknown): number | null {
  if (value === null || value === undefined) return null
  return Number(new BigNumber(value as number).numeric)
}

/** E-invoice requests with their order's number, date and totals, oldest first. */
export async function listEinvoiceExportRows(
  container: MedusaContainer,
  filters: AdminListEinvoiceRequests
): Promise<EinvoiceExportRow[]> {
  const service = container.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
  const created: Record<string, Date> = {}
  if (filters.created_from) created.$gte = new Date(filters.created_from)
  if (filters.created_to) created.$lte = new Date(filters.created_to)
  const requests = await service.listEinvoiceRequests(
    {
      ...(filters.include_carts ? {} : { order_id: { $ne: null } }),
      ...(Object.keys(created).length ? { created_at: created } : {}),
    },
    { order: { created_at: "ASC" } }
  )
  const orderIds = requests.flatMap((request) => (request.order_id ? [request.order_id] : []))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", "created_at", "total", "tax_total"],
        filters: { id: orderIds },
      })
    : { data: [] }
  const byId = new Map(orders.map((order) => [order.id, order]))
  return requests.map((request) => {
    const order = request.order_id ? byId.get(request.order_id) : undefined
    return {
      id: request.id,
      requested_at: formatDateTimeVi(new Date(request.created_at)),
      order_id: request.order_id,
      order_display_id: order?.display_id ?? null,
      order_date: order ? formatDateTimeVi(new Date(order.created_at as string | Date)) : null,
      order_total: whole(order?.total),
      order_tax_total: whole(order?.tax_total),
      buyer_tax_id: request.buyer_tax_id,
      tax_id_kind: request.tax_id_kind,
      company_name: request.company_name,
      buyer_name: request.buyer_name,
      address: request.address,
      email: request.email,
    }
  })
}

export function einvoiceCsvRow(row: EinvoiceExportRow) {
  return [
    row.id,
    row.requested_at,
    row.order_display_id,
    row.order_id,
    row.order_date,
    row.order_total,
    row.order_tax_total,
    row.buyer_tax_id,
    row.tax_id_kind,
    row.company_name,
    row.buyer_name,
    row.address,
    row.email,
  ]
}
