import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { makeEan13 } from "@ocop/core"

/**
 * A generated till catalog for measurements (the POS measure spec, the POS bench): `count`
 * one-variant demo products sold in a channel, stocked at a location, with an OCOP profile and a
 * Vietnamese title a clerk would search for ("quyt bac son", "gao nep", "mat ong", "hoi"…).
 */
const CHUNK = 250
const STEMS = [
  "Quýt vàng Bắc Sơn",
  "Gạo nếp cái hoa vàng",
  "Mật ong bạc hà",
  "Chè Mẫu Sơn",
  "Hồi Văn Quan",
  "Na dai Chi Lăng",
  "Bánh chưng đen",
  "Hồng không hạt Bảo Lâm",
  "Miến dong Bình Liêu",
  "Thạch đen Tràng Định",
  "Trám đen Lộc Bình",
  "Măng khô Đình Lập",
]
const PACKS = ["Túi 500 g", "Túi 1 kg", "Hộp quà", "Chai 500 ml", "Gói 200 g"]

interface OcopProfiles {
  createOcopProductProfiles(data: Record<string, unknown>[]): Promise<unknown>
}

export interface PosCatalogOptions {
  count: number
  channelId: string
  locationId: string
  /** Units stocked at the location per variant. */
  stock: number
  /** Keeps handles, SKUs and barcodes apart from another generated catalog's. */
  series: number
}

export async function generatePosCatalog(
  container: MedusaContainer,
  options: PosCatalogOptions
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopProfiles>("ocop")
  for (let start = 0; start < options.count; start += CHUNK) {
    const size = Math.min(CHUNK, options.count - start)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: size }, (_, offset) => {
          const n = start + offset
          const stem = STEMS[n % STEMS.length] as string
          const pack = PACKS[Math.floor(n / STEMS.length) % PACKS.length] as string
          return {
            title: `${stem} ${pack} lô ${n} (demo)`,
            handle: `pos-generated-${options.series}-${n}`,
            status: "published" as const,
            options: [{ title: "Quy cách", values: [pack] }],
            variants: [
              {
                title: pack,
                sku: `GEN${options.series}-${n}`,
                barcode: makeEan13(String(options.series * 100_000_000 + n).padStart(9, "0")),
                options: { "Quy cách": pack },
                manage_inventory: true,
                prices: [{ amount: 20_000 + (n % 40) * 5_000, currency_code: "vnd" }],
              },
            ],
            sales_channels: [{ id: options.channelId }],
          }
        }),
      },
    })
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { product_id: products.map((product) => product.id) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.map((variant) => ({
          inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id as string,
          location_id: options.locationId,
          stocked_quantity: options.stock,
        })),
      },
    })
    await ocop.createOcopProductProfiles(
      products.map((product, offset) => ({
        product_id: product.id,
        product_group: (start + offset) % 3 ? "food" : "medicinal-herbs",
        province_code: "20",
        vat_category: (start + offset) % 2 ? "fresh_produce" : "processed_food",
      }))
    )
  }
}
