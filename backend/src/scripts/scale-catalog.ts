import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadScaleCatalog } from "./scale/load"

function sizeFromEnv(name: string, fallback: number | undefined): number | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw.replace(/[_,]/g, ""))
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number (got ${raw})`)
  return value
}

/**
 * A national-size OCOP catalog for benches and scale tests, on top of the demo seed:
 * SCALE_PRODUCTS (20,000) products with 1–3 variants, EAN-13 barcodes, VAT-inclusive VND prices
 * and stock at the warehouse and stores, SCALE_PRODUCERS (one for every two products) producers
 * over the 34 provinces and their wards, and certificates in every status. Already loaded
 * products are kept, so running it twice loads nothing the second time.
 *
 *   SCALE_PRODUCTS=5000 npx medusa exec ./src/scripts/scale-catalog.ts
 */
export default async function scaleCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const products = sizeFromEnv("SCALE_PRODUCTS", 20_000) as number
  const report = await loadScaleCatalog(container, {
    products,
    producers: sizeFromEnv("SCALE_PRODUCERS", undefined),
    batchSize: sizeFromEnv("SCALE_BATCH", 1000),
  })
  logger.info(
    `scale: catalog of ${report.products} products from ${report.producers} producers: ` +
      `${report.productsCreated} products (${report.variantsCreated} variants) and ` +
      `${report.producersCreated} producers loaded in ${report.seconds.toFixed(1)} s ` +
      `(store read model ${report.readModelSeconds.toFixed(1)} s)` +
      (report.productsCreated === 0 ? " (already there)" : "")
  )
}
