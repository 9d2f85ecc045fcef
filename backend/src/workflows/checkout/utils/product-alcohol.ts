import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AlcoholFacts } from "@ocop/core"

/**
 * is_alcohol and abv of each product, from its OCOP profile (product.ocop_product_profile). A
 * product without a profile is not alcohol as far as we know.
 */
export async function alcoholFactsByProduct(
  container: MedusaContainer,
  productIds: readonly (string | null | undefined)[]
): Promise<Map<string, AlcoholFacts>> {
  const ids = [...new Set(productIds.filter((id): id is string => Boolean(id)))]
  const facts = new Map<string, AlcoholFacts>()
  if (ids.length === 0) return facts
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "ocop_product_profile.is_alcohol", "ocop_product_profile.abv"],
    filters: { id: ids },
  })
  for (const product of data as Array<{
    id: string
    ocop_product_profile?: { is_alcohol?: boolean | null; abv?: number | null } | null
  }>) {
    const profile = product.ocop_product_profile
    facts.set(product.id, { is_alcohol: profile?.is_alcohol ?? false, abv: profile?.abv ?? null })
  }
  return facts
}
