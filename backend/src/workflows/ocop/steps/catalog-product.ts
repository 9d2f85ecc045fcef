import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../errors"

/** OCOP data hangs off a catalog product: refuse (404) before writing anything for a missing one. */
export async function assertCatalogProductExists(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: productId },
  })
  if (!products.length) throw notFound("Product", productId)
}
