import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PosSaleInput } from "@ocop/sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import {
  type PlanClerk,
  type PlanRegister,
  type PlanShift,
  type PlanVariant,
  planPosSale,
  type SalePlan,
  SaleRefusal,
} from "../utils/sale-plan"
import { posModule } from "./pos-service"

export interface PreparePosSalesInput {
  register_id: string
  sales: PosSaleInput[]
}

/** A sale the plan accepted: what the later steps write, keyed by the tablet's UUID. */
export interface PlannedSale {
  sale: PosSaleInput
  plan: SalePlan
}

/** A sale the plan refused: nothing is written for it; the tablet keeps it for a manager. */
export interface RefusedSale {
  client_id: string
  kind: "invalid" | "forbidden"
  message: string
}

export interface PreparedSales {
  register_id: string
  stock_location_id: string
  planned: PlannedSale[]
  refused: RefusedSale[]
}

interface GraphVariant {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  manage_inventory: boolean
  product_id: string
  product?: { id: string; title: string; thumbnail: string | null; status: string } | null
  inventory_items?: Array<{ inventory_item_id: string; required_quantity: number } | null> | null
  calculated_price?: { calculated_amount: number | string | null } | null
}

interface Graph {
  graph(config: Record<string, unknown>): Promise<{ data: Array<Record<string, unknown>> }>
}

interface BatchFacts {
  register: PlanRegister
  shifts: PlanShift[]
  clerks: PlanClerk[]
  variants: PlanVariant[]
}

/** Everything the batch's sales refer to, read once for all of them (a handful of queries). */
async function loadBatchFacts(
  container: MedusaContainer,
  registerId: string,
  sales: PosSaleInput[]
): Promise<BatchFacts> {
  const pos = posModule(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Graph
  const [register] = await pos.listPosRegisters({ id: registerId })
  if (!register) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Register not found")
  const clerkIds = [
    ...new Set(
      sales.flatMap((sale) =>
        [sale.clerk_id, sale.age_check?.checked_by, sale.discount_approved_by].filter(
          (id): id is string => Boolean(id)
        )
      )
    ),
  ]
  const shiftIds = [...new Set(sales.map((sale) => sale.shift_id))]
  const variantIds = [...new Set(sales.flatMap((sale) => sale.lines.map((l) => l.variant_id)))]
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["currency_code"],
    filters: { id: register.region_id },
  })
  const currencyCode = (regions[0]?.currency_code as string | undefined) ?? "vnd"
  const [shifts, clerks, { data: variants }] = await Promise.all([
    pos.listPosShifts({ $or: [{ id: shiftIds }, { client_id: shiftIds }] }),
    pos.listPosClerks({ id: clerkIds }),
    query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "sku",
        "barcode",
        "manage_inventory",
        "product_id",
        "product.id",
        "product.title",
        "product.thumbnail",
        "product.status",
        "inventory_items.inventory_item_id",
        "inventory_items.required_quantity",
        "calculated_price.calculated_amount",
      ],
      filters: { id: variantIds },
      context: {
        calculated_price: QueryContext({
          region_id: register.region_id,
          currency_code: currencyCode,
        }),
      },
    }),
  ])
  const found = variants as unknown as GraphVariant[]
  const productIds = [...new Set(found.map((variant) => variant.product_id))]
  const [{ data: links }, profiles] = productIds.length
    ? await Promise.all([
        query.graph({
          entity: "product_sales_channel",
          fields: ["product_id"],
          filters: { sales_channel_id: register.sales_channel_id, product_id: productIds },
        }),
        container
          .resolve<OcopModuleService>(OCOP_MODULE)
          .listOcopProductProfiles({ product_id: productIds }),
      ])
    : [{ data: [] }, []]
  const sold = new Set(links.map((link) => link.product_id as string))
  const profileOf = new Map(profiles.map((profile) => [profile.product_id, profile]))
  return {
    register: {
      id: register.id,
      code: register.code,
      sales_channel_id: register.sales_channel_id,
      stock_location_id: register.stock_location_id,
      region_id: register.region_id,
      currency_code: currencyCode,
      discount_approval_percent: register.discount_approval_percent,
    },
    shifts: shifts.map((shift) => ({
      id: shift.id,
      client_id: shift.client_id,
      register_id: shift.register_id,
      status: shift.status,
    })),
    clerks: clerks
      .filter((clerk) => clerk.is_active)
      .map((clerk) => ({ id: clerk.id, register_id: clerk.register_id, role: clerk.role })),
    variants: found.map((variant): PlanVariant => {
      const profile = profileOf.get(variant.product_id)
      const listPrice = variant.calculated_price?.calculated_amount
      return {
        id: variant.id,
        title: variant.title,
        sku: variant.sku,
        barcode: variant.barcode,
        product_id: variant.product_id,
        product_title: variant.product?.title ?? "",
        thumbnail: variant.product?.thumbnail ?? null,
        manage_inventory: variant.manage_inventory,
        inventory_items: (variant.inventory_items ?? []).flatMap((item) =>
          item
            ? [
                {
                  inventory_item_id: item.inventory_item_id,
                  required_quantity: item.required_quantity,
                },
              ]
            : []
        ),
        in_channel: sold.has(variant.product_id) && variant.product?.status === "published",
        list_price: listPrice == null ? null : Number(listPrice),
        is_alcohol: profile?.is_alcohol ?? false,
        abv: profile?.abv ?? null,
        vat_category: profile?.vat_category ?? "standard",
      }
    }),
  }
}

/**
 * Loads what the batch's sales refer to and plans each one (utils/sale-plan.ts). Writes nothing.
 * A refused sale is set aside with its reason (the tablet shows it to a manager); the others go
 * on. Two sales of one batch with the same UUID are one sale: the later copy is dropped here.
 */
export const preparePosSalesStep = createStep(
  "prepare-pos-sales",
  async (input: PreparePosSalesInput, { container }) => {
    const facts = await loadBatchFacts(container, input.register_id, input.sales)
    const planned: PlannedSale[] = []
    const refused: RefusedSale[] = []
    const seen = new Set<string>()
    for (const sale of input.sales) {
      if (seen.has(sale.client_id)) continue
      seen.add(sale.client_id)
      const shift =
        facts.shifts.find((s) => s.id === sale.shift_id) ??
        facts.shifts.find((s) => s.client_id === sale.shift_id) ??
        null
      try {
        planned.push({
          sale,
          plan: planPosSale(sale, {
            register: facts.register,
            shift,
            clerks: facts.clerks,
            variants: facts.variants,
          }),
        })
      } catch (error) {
        if (!(error instanceof SaleRefusal)) throw error
        refused.push({ client_id: sale.client_id, kind: error.kind, message: error.message })
      }
    }
    return new StepResponse<PreparedSales>({
      register_id: facts.register.id,
      stock_location_id: facts.register.stock_location_id,
      planned,
      refused,
    })
  }
)
