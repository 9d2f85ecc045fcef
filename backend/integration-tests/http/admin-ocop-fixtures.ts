import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

/** A plain catalog product, created the way the admin creates one. */
export async function createCatalogProduct(container: MedusaContainer, title: string) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          status: "published",
          options: [{ title: "Loại", values: ["Mặc định"] }],
          variants: [{ title: "Mặc định", options: { Loại: "Mặc định" }, prices: [] }],
        },
      ],
    },
  })
  const product = result[0]
  if (!product) throw new Error("product not created")
  return product
}

/** A certificate body as the OCOP office types it (provincial 4★ under 148/QĐ-TTg). */
export function certificateBody(overrides: Record<string, unknown> = {}) {
  return {
    stars: 4,
    score: 78,
    decision_number: "4261/QĐ-UBND",
    decision_date: "2024-01-15",
    issuer_name: "UBND tỉnh Lạng Sơn",
    issuer_level: "province",
    legal_basis: "148/QĐ-TTg",
    round_label: "đợt 1/2024",
    ...overrides,
  }
}

export const producerBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Hợp tác xã Nông nghiệp Bắc Sơn",
  kind: "cooperative",
  tax_id: "0100112437",
  province_code: "20",
  ward_code: "06325",
  legacy_district: "Bắc Sơn",
  ...overrides,
})
