import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PosSaleInput } from "@ocop/sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import {
  type PlanVariant,
  planPosSale,
  type SaleFacts,
  type SalePlan,
  SaleRefusal,
} from "../utils/sale-plan"
import { posModule } from "./pos-service"

export interface PreparePosSaleInput {
  register_id: string
  sale: PosSaleInput
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

async function loadFacts(
  container: MedusaContainer,
  input: PreparePosSaleInput
): Promise<SaleFacts> {
  const pos = posModule(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Graph
  const { sale } = input
  const [register] = await pos.listPosRegisters({ id: input.register_id })
  if (!register) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Register not found")
  const clerkIds = [sale.clerk_id, sale.age_check?.checked_by, sale.discount_approved_by].filter(
    (id): id is string => Boolean(id)
  )
  const variantIds = [...new Set(sale.lines.map((line) => line.variant_id))]
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["currency_code"],
    filters: { id: register.region_id },
  })
  const currencyCode = (regions[0]?.currency_code as string | undefined) ?? "vnd"
  const [shifts, clerks, { data: variants }] = await Promise.all([
    pos.listPosShifts({ $or: [{ id: sale.shift_id }, { client_id: sale.shift_id }] }),
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
  const shift = shifts[0]
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
    shift: shift
      ? {
          id: shift.id,
          client_id: shift.client_id,
          register_id: shift.register_id,
          status: shift.status,
        }
      : null,
    clerks: clerks
      .filter((clerk) => clerk.is_active)
      .map((clerk) => ({ id: clerk.id, register_id: clerk.register_id, role: clerk.role })),
    variants: found.map((variant): PlanVariant => {
      const profile = profiles.find((candidate) => candidate.product_id === variant.product_id)
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
 * Loads what the sale refers to and plans it (utils/sale-plan.ts). Writes nothing: a refused sale
 * leaves no trace but the 400 or 403 the tablet shows a manager.
 */
export const preparePosSaleStep = createStep(
  "prepare-pos-sale",
  async (input: PreparePosSaleInput, { container }) => {
    const facts = await loadFacts(container, input)
    try {
      return new StepResponse<SalePlan>(planPosSale(input.sale, facts))
    } catch (error) {
      if (error instanceof SaleRefusal) {
        throw new MedusaError(
          error.kind === "forbidden" ? MedusaError.Types.FORBIDDEN : MedusaError.Types.INVALID_DATA,
          error.message
        )
      }
      throw error
    }
  }
)
