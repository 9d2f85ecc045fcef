import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOcopProductOption } from "@ocop/sdk"
import { needsTranslation, type StoreContext } from "./store-context"

/** A product's text in the request's locale (Medusa's Translation module, Vietnamese fallback). */
export interface ProductTexts {
  title: string
  subtitle: string | null
  /** Variant id → title. */
  variants: Record<string, string | null>
}

/** What the product page shows beyond a listing card, in the request's locale. */
export interface ProductPageExtras extends ProductTexts {
  description: string | null
  images: Array<{ id: string; url: string; alt: string | null }>
  options: StoreOcopProductOption[]
  /** Variant id → the option values it stands for. */
  variant_options: Record<string, Array<{ option_id: string; value: string }>>
}

/** A card's version: its last write, which every change to the product's sources causes. */
interface Versioned {
  product_id: string
  refreshed_at: Date | string
}

const version = (row: Versioned) => new Date(row.refreshed_at).getTime()

const present = <T>(items: Array<T | null> | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item != null)

interface GraphText {
  id: string
  title: string
  subtitle: string | null
  variants?: Array<{ id: string; title: string | null } | null> | null
}

function textsOf(product: GraphText): ProductTexts {
  return {
    title: product.title,
    subtitle: product.subtitle ?? null,
    variants: Object.fromEntries(
      present(product.variants).map((variant) => [variant.id, variant.title ?? null])
    ),
  }
}

/**
 * Listing text of the given cards in the request's locale; empty for Vietnamese (the cards hold
 * it). Cached per product, locale and card version, so an edit or a new translation (both
 * refresh the card) is read on the next request; one query.graph reads the misses.
 */
export async function productTexts(
  ctx: StoreContext,
  rows: Versioned[]
): Promise<Map<string, ProductTexts>> {
  const locale = ctx.locale
  if (!needsTranslation(locale) || rows.length === 0) return new Map()
  return ctx.cache.rememberMany(
    rows.map((row) => ({
      id: row.product_id,
      key: `ocop:store:texts:${locale}:${row.product_id}:${version(row)}`,
    })),
    async (ids) => {
      const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph(
        {
          entity: "product",
          fields: ["id", "title", "subtitle", "variants.id", "variants.title"],
          filters: { id: ids },
        },
        { locale }
      )
      return new Map((data as GraphText[]).map((product) => [product.id, textsOf(product)]))
    }
  )
}

interface GraphPage extends GraphText {
  description: string | null
  images?: Array<{
    id: string
    url: string
    rank: number | null
    metadata: Record<string, unknown> | null
  } | null> | null
  options?: Array<{
    id: string
    title: string
    values?: Array<{ id: string; value: string } | null> | null
  } | null> | null
  variants?: Array<{
    id: string
    title: string | null
    options?: Array<{ value: string; option_id: string | null } | null> | null
  } | null> | null
}

function imageAlt(metadata: Record<string, unknown> | null): string | null {
  const alt = metadata?.alt
  return typeof alt === "string" && alt.trim() !== "" ? alt : null
}

/** Description, gallery, options and variant option values of a product, in the request's locale. */
export async function productPageExtras(
  ctx: StoreContext,
  row: Versioned
): Promise<ProductPageExtras | null> {
  const locale = needsTranslation(ctx.locale) ? ctx.locale : undefined
  return ctx.cache.remember(
    `ocop:store:page:${locale ?? "vi"}:${row.product_id}:${version(row)}`,
    async () => {
      const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph(
        {
          entity: "product",
          fields: [
            "id",
            "title",
            "subtitle",
            "description",
            "images.id",
            "images.url",
            "images.rank",
            "images.metadata",
            "options.id",
            "options.title",
            "options.values.id",
            "options.values.value",
            "variants.id",
            "variants.title",
            "variants.options.id",
            "variants.options.value",
            "variants.options.option_id",
          ],
          filters: { id: row.product_id },
        },
        locale ? { locale } : undefined
      )
      const product = data[0] as GraphPage | undefined
      if (!product) return null
      return {
        ...textsOf(product),
        description: product.description ?? null,
        images: present(product.images)
          .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
          .map((image) => ({ id: image.id, url: image.url, alt: imageAlt(image.metadata) })),
        options: present(product.options).map((option) => ({
          id: option.id,
          title: option.title,
          values: present(option.values).map((value) => value.value),
        })),
        variant_options: Object.fromEntries(
          present(product.variants).map((variant) => [
            variant.id,
            present(variant.options).map((value) => ({
              option_id: value.option_id ?? "",
              value: value.value,
            })),
          ])
        ),
      }
    }
  )
}
