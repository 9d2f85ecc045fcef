import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** ocop_product_profile.product: from a profile (e.g. a producer's products) to the catalog product. */
export default defineLink(
  { linkable: OcopModule.linkable.ocopProductProfile, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
