import type { RegionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  updateTaxRatesWorkflow,
} from "@medusajs/medusa/core-flows"
import { VAT_SCHEDULE, type VatCategory, vatPeriodAt, vietnamCalendarDate } from "@ocop/core"
import { SEED_REGION, SEED_TAX } from "../seed-data/region"
import type { SeedContext } from "./context"

/** The selling region with tax-inclusive prices (a region price preference). */
export async function ensureRegion(ctx: SeedContext): Promise<RegionDTO> {
  const regionModule = ctx.container.resolve(Modules.REGION)
  const [existing] = await regionModule.listRegions({ name: SEED_REGION.name })
  if (existing) return existing
  const { result } = await createRegionsWorkflow(ctx.container).run({
    input: {
      regions: [
        {
          name: SEED_REGION.name,
          currency_code: SEED_REGION.currency_code,
          countries: [...SEED_REGION.countries],
          automatic_taxes: SEED_REGION.automatic_taxes,
          is_tax_inclusive: SEED_REGION.is_tax_inclusive,
          payment_providers: [...SEED_REGION.payment_providers],
        },
      ],
    },
  })
  const region = result[0]
  if (!region) throw new Error("seed: region was not created")
  ctx.logger.info(`seed: region ${region.name} (${region.currency_code})`)
  return region
}

/** A product type per VAT category: the tax rates' rules point at these. */
export async function ensureVatProductTypes(ctx: SeedContext): Promise<Map<VatCategory, string>> {
  const productModule = ctx.container.resolve(Modules.PRODUCT)
  const categories = Object.keys(VAT_SCHEDULE) as VatCategory[]
  const listOurs = async () =>
    (await productModule.listProductTypes({}, { take: null })).filter((type) =>
      (categories as string[]).includes(type.value)
    )
  const existing = await listOurs()
  const missing = categories.filter((category) => !existing.some((t) => t.value === category))
  if (missing.length === 0) return new Map(existing.map((t) => [t.value as VatCategory, t.id]))
  await createProductTypesWorkflow(ctx.container).run({
    input: {
      product_types: missing.map((category) => ({
        value: category,
        metadata: {
          vat_category: category,
          name_vi: VAT_SCHEDULE[category].vi,
          name_en: VAT_SCHEDULE[category].en,
        },
      })),
    },
  })
  return new Map((await listOurs()).map((t) => [t.value as VatCategory, t.id]))
}

/**
 * What a Medusa tax rate copies from the VAT schedule on the seed day, including the period's
 * end so that staff (and the job below) can see until when the rate holds.
 *
 * A scheduled job should roll rates whose period has ended (processed food: 8 % through
 * 2026-12-31, 10 % from 2027-01-01) by re-evaluating the schedule; that job is not part of the
 * seed. Until it exists, rerunning the seed after a period ends also brings the rate up to date.
 */
function rateFromSchedule(category: VatCategory, now: Date) {
  const period = vatPeriodAt(category, now)
  const percent = `${period.ratePercent} %`
  return {
    code: `${SEED_TAX.code_prefix}${category}`,
    name: `VAT ${percent}: ${VAT_SCHEDULE[category].vi}`,
    rate: period.ratePercent,
    metadata: {
      vat_category: category,
      effective_from: period.from,
      effective_to: period.to ?? null,
      legal_basis: period.basis,
      evaluated_on: vietnamCalendarDate(now),
    },
  }
}

/**
 * The VN tax region: its default rate is the standard category, and each other category gets its
 * own rate applied through a rule on the product type of the same name.
 */
export async function ensureTaxRates(ctx: SeedContext, productTypes: Map<VatCategory, string>) {
  const taxModule = ctx.container.resolve(Modules.TAX)
  // The country-level region (province sub-regions have a parent).
  let taxRegion = (await taxModule.listTaxRegions({ country_code: SEED_TAX.country_code })).find(
    (region) => !region.parent_id
  )
  if (!taxRegion) {
    const defaultRate = rateFromSchedule(SEED_TAX.default_category, ctx.now)
    const { result } = await createTaxRegionsWorkflow(ctx.container).run({
      input: [
        {
          country_code: SEED_TAX.country_code,
          provider_id: SEED_TAX.provider_id,
          default_tax_rate: defaultRate,
        },
      ],
    })
    taxRegion = result[0]
    if (!taxRegion) throw new Error("seed: tax region was not created")
    ctx.logger.info(`seed: tax region ${SEED_TAX.country_code}, default ${defaultRate.name}`)
  }

  const wanted = [SEED_TAX.default_category, ...SEED_TAX.rated_categories].map((category) => ({
    category,
    ...rateFromSchedule(category, ctx.now),
  }))
  const existing = await taxModule.listTaxRates(
    { tax_region_id: taxRegion.id, code: wanted.map((rate) => rate.code) },
    { relations: ["rules"] }
  )

  const toCreate = wanted.filter(
    (rate) =>
      rate.category !== SEED_TAX.default_category &&
      !existing.some((found) => found.code === rate.code)
  )
  if (toCreate.length > 0) {
    await createTaxRatesWorkflow(ctx.container).run({
      input: toCreate.map(({ category, ...rate }) => {
        const typeId = productTypes.get(category)
        if (!typeId) throw new Error(`seed: no product type for VAT category ${category}`)
        return {
          ...rate,
          tax_region_id: taxRegion.id,
          rules: [{ reference: "product_type", reference_id: typeId }],
        }
      }),
    })
  }

  // A rate copied under an earlier period (e.g. 8 % after 2026) is brought up to the schedule.
  for (const found of existing) {
    const rate = wanted.find((candidate) => candidate.code === found.code)
    if (!rate || found.rate === rate.rate) continue
    await updateTaxRatesWorkflow(ctx.container).run({
      input: {
        selector: { id: found.id },
        update: { rate: rate.rate, name: rate.name, metadata: rate.metadata },
      },
    })
    ctx.logger.info(`seed: tax rate ${rate.code} ${found.rate} % → ${rate.rate} %`)
  }
  return taxRegion
}
