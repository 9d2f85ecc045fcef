import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** ocop_certificate.product: from a certificate (e.g. the expiring list) to its product. */
export default defineLink(
  { linkable: OcopModule.linkable.ocopCertificate, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
