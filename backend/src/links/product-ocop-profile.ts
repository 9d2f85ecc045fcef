import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/**
 * product.ocop_product_profile: the OCOP side of a product (group, origin, producer, alcohol).
 * Read-only: the profile stores product_id, so no link table is needed and the store listing can
 * filter on the profile table alone.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...OcopModule.linkable.ocopProductProfile.id, primaryKey: "product_id" },
  { readOnly: true }
)
