import { Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { TRANSLATION_LOCALES } from "@ocop/core"
import { OPTION_TITLE_EN, PRODUCT_TEXT_EN, VARIANT_TITLE_EN } from "../seed-data/translations-en"
import type { ProductIds } from "./catalog"
import type { SeedContext } from "./context"

/** Vietnamese first (the stored text), English second: what GET /store/locales lists. */
const STORE_LOCALES = [TRANSLATION_LOCALES.vi, TRANSLATION_LOCALES.en]

/** The store's supported locales; set only when one is missing. */
export async function ensureStoreLocales(ctx: SeedContext): Promise<void> {
  const storeModule = ctx.container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_locales"] })
  if (!store) throw new Error("Medusa has no store; run the migrations first")
  const present = new Set((store.supported_locales ?? []).map((locale) => locale.locale_code))
  if (STORE_LOCALES.every((code) => present.has(code))) return
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_locales: [
          ...(store.supported_locales ?? []).map((locale) => ({ locale_code: locale.locale_code })),
          ...STORE_LOCALES.filter((code) => !present.has(code)).map((locale_code) => ({
            locale_code,
          })),
        ],
      },
    },
  })
  ctx.logger.info(`seed: store locales ${STORE_LOCALES.join(", ")}`)
}

interface TranslationInput {
  reference_id: string
  reference: string
  locale_code: string
  translations: Record<string, string>
}

interface GraphProductText {
  id: string
  handle: string
  options?: Array<{
    id: string
    title: string
    values?: Array<{ id: string; value: string } | null> | null
  } | null> | null
  variants?: Array<{ id: string; title: string | null } | null> | null
}

/** English translations for the demo products, their options, option values and variants. */
export function englishTranslations(products: GraphProductText[]): TranslationInput[] {
  const locale_code = TRANSLATION_LOCALES.en
  const out: TranslationInput[] = []
  const add = (reference: string, reference_id: string, translations: Record<string, string>) =>
    out.push({ reference, reference_id, locale_code, translations })
  for (const product of products) {
    const text = PRODUCT_TEXT_EN[product.handle]
    if (!text) throw new Error(`seed: no English text for product ${product.handle}`)
    add("product", product.id, {
      title: text.title,
      description: text.description,
      ...(text.subtitle ? { subtitle: text.subtitle } : {}),
    })
    for (const option of product.options ?? []) {
      if (!option) continue
      const title = OPTION_TITLE_EN[option.title]
      if (!title) throw new Error(`seed: no English text for option "${option.title}"`)
      add("product_option", option.id, { title })
      for (const value of option.values ?? []) {
        if (!value) continue
        const english = VARIANT_TITLE_EN[value.value]
        if (!english) throw new Error(`seed: no English text for option value "${value.value}"`)
        add("product_option_value", value.id, { value: english })
      }
    }
    for (const variant of product.variants ?? []) {
      if (!variant?.title) continue
      const english = VARIANT_TITLE_EN[variant.title]
      if (!english) throw new Error(`seed: no English text for variant "${variant.title}"`)
      add("product_variant", variant.id, { title: english })
    }
  }
  return out
}

/**
 * English text of the demo products through Medusa's Translation module. A translation that
 * exists already (seeded before, or edited by staff in the admin) is left as it is.
 */
export async function ensureProductTranslations(
  ctx: SeedContext,
  products: ProductIds
): Promise<void> {
  const { data } = await ctx.query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.title",
    ],
    filters: { id: [...products.values()] },
  })
  const wanted = englishTranslations(data as GraphProductText[])
  const translationModule = ctx.container.resolve(Modules.TRANSLATION)
  const existing = await translationModule.listTranslations(
    {
      reference_id: wanted.map((translation) => translation.reference_id),
      locale_code: TRANSLATION_LOCALES.en,
    },
    { select: ["reference_id"], take: null }
  )
  const present = new Set(existing.map((translation) => translation.reference_id))
  const missing = wanted.filter((translation) => !present.has(translation.reference_id))
  if (missing.length === 0) return
  await createTranslationsWorkflow(ctx.container).run({ input: { translations: missing } })
  ctx.logger.info(`seed: ${missing.length} English translations`)
}
