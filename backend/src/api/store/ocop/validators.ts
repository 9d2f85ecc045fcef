import { z } from "@medusajs/framework/zod"
import { isValidGroup, parseStarsList, type StarRating } from "@ocop/core"
import { STORE_CATALOG_SORTS } from "../../../modules/ocop/store-catalog/types"

export const STORE_OCOP_DEFAULT_LIMIT = 20
export const STORE_OCOP_MAX_LIMIT = 100

// An empty text filter (a cleared search box sends "q=") means "no filter", not an error.
const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Field '${field}' must be at most ${max} characters`)
    .transform((value) => (value === "" ? undefined : value.normalize("NFC")))
    .optional()

/**
 * Deepest offset a client may ask for. Every numeric query parameter is bounded so that no value
 * reaches PostgreSQL out of its integer range (offset=3000000000 is a 400 naming the field, not
 * a 500); no shopper pages 100,000 products deep, and search narrows long before that.
 */
export const STORE_OCOP_MAX_OFFSET = 100_000

/** A whole number in [min, max] with a default; a value outside is a 400 naming the field. */
const boundedInt = (field: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number()
    .int(`Field '${field}' must be a whole number`)
    .min(min, `Field '${field}' must be at least ${min}`)
    .max(max, `Field '${field}' must be at most ${max}`)
    .default(fallback)

const pagination = {
  limit: boundedInt("limit", 1, STORE_OCOP_MAX_LIMIT, STORE_OCOP_DEFAULT_LIMIT),
  offset: boundedInt("offset", 0, STORE_OCOP_MAX_OFFSET, 0),
}

// "stars=4,5" arrives as one string; "stars=4&stars=5" as an array (Medusa splits a lone item on
// commas). Both go through parseStarsList so the rule for what a star filter is lives in core.
const starsParam = z
  .union([z.string(), z.array(z.string())])
  .transform((value, ctx): StarRating[] => {
    const parsed = parseStarsList(Array.isArray(value) ? value.join(",") : value)
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `Field 'stars': ${parsed.error}`, path: [] })
      return z.NEVER
    }
    return parsed.value
  })

const groupParam = z
  .string()
  .trim()
  .transform((code) => (code === "" ? undefined : code))
  .refine((code) => code === undefined || isValidGroup(code), {
    message: "Field 'group' must be an OCOP product group code (food, beverage, …)",
  })

const regionParam = optionalText("region_id", 100)

export const StoreOcopProductsParams = z.object({
  q: optionalText("q", 200),
  stars: starsParam.optional(),
  min_stars: z.coerce.number().int().min(1).max(5).optional(),
  group: groupParam.optional(),
  ward: optionalText("ward", 20),
  legacy_district: optionalText("legacy_district", 100),
  producer: optionalText("producer", 200),
  sort: z.enum(STORE_CATALOG_SORTS).optional(),
  region_id: regionParam,
  ...pagination,
})
export type StoreOcopProductsParamsType = z.infer<typeof StoreOcopProductsParams>

/** Most related products a detail answer carries (a product page shows a row of four). */
export const STORE_OCOP_MAX_RELATED = 12

export const StoreOcopProductParams = z.object({
  region_id: regionParam,
  related: boundedInt("related", 0, STORE_OCOP_MAX_RELATED, 0),
})
export type StoreOcopProductParamsType = z.infer<typeof StoreOcopProductParams>

export const StoreOcopProducersParams = z.object({
  legacy_district: optionalText("legacy_district", 100),
  ...pagination,
})
export type StoreOcopProducersParamsType = z.infer<typeof StoreOcopProducersParams>

export const StoreOcopProducerParams = z.object({
  sort: z.enum(STORE_CATALOG_SORTS).optional(),
  region_id: regionParam,
  ...pagination,
})
export type StoreOcopProducerParamsType = z.infer<typeof StoreOcopProducerParams>

export const STORE_OCOP_SUGGESTION_MAX = 8

export const StoreOcopSuggestionsParams = z.object({
  q: z
    .string()
    .max(100, "Field 'q' must be at most 100 characters")
    .transform((value) => value.normalize("NFC")),
  limit: boundedInt("limit", 1, STORE_OCOP_SUGGESTION_MAX, STORE_OCOP_SUGGESTION_MAX),
})
export type StoreOcopSuggestionsParamsType = z.infer<typeof StoreOcopSuggestionsParams>
