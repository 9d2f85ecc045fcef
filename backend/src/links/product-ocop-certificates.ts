import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** product.ocop_certificate: every certificate the product ever had (history, one current). */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id", isList: true },
  { ...OcopModule.linkable.ocopCertificate.id, primaryKey: "product_id" },
  { readOnly: true }
)
