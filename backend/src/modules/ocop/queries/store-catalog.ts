/**
 * The store listing's one SQL statement: filter, facet counts, ordering and the page, over the OCOP
 * tables only. What lives in other modules (which products a sales channel sells, their titles,
 * creation dates and prices) arrives as the `scope` list, so module isolation holds and the whole
 * answer still comes from one round trip.
 */

export const STORE_CATALOG_SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "stars",
  "name",
] as const
export type StoreCatalogSort = (typeof STORE_CATALOG_SORTS)[number]

/** One product the caller may list, with the keys from other modules that ordering needs. */
export interface StoreCatalogScopeEntry {
  product_id: string
  /** Search key of the live product title (words separated by single spaces). */
  title_key: string
  /** Position of the product in Vietnamese title order within the scope. */
  name_rank: number
  /** ISO date-time the product was created. */
  created_at: string
  /** Lowest calculated variant price in the request's region; needed only to sort by price. */
  price?: number | null
}

export interface StoreCatalogSearchInput {
  scope: StoreCatalogScopeEntry[]
  /**
   * The Vietnamese calendar day the badge rule is evaluated on, as instants: `start` is midnight in
   * Asia/Ho_Chi_Minh, `next` the following midnight. See `badgeSqlCondition`.
   */
  badgeDay: { start: Date; next: Date }
  /** Search-key words that must each start a word of the product's searchable text. */
  terms?: string[]
  stars?: number[]
  min_stars?: number
  group?: string
  ward?: string
  legacy_district?: string
  producer?: string
  sort: StoreCatalogSort
  limit: number
  offset: number
}

/** The OCOP side of one listed product, flat as the SQL returns it. */
export interface StoreCatalogRow {
  product_id: string
  product_group: string
  sub_group: string | null
  origin_label: string | null
  province_code: string
  ward_code: string | null
  address_schema: string
  legacy_district: string | null
  is_alcohol: boolean
  abv: number | null
  vat_category: string
  producer_handle: string | null
  producer_name: string | null
  producer_kind: string | null
  certificate_id: string | null
  certificate_stars: number | null
  decision_number: string | null
  decision_date: string | null
  issuer_name: string | null
  issuer_level: string | null
  valid_from: string | null
  valid_to: string | null
  revoked_at: string | null
  /** Set on a predecessor that a renewal supersedes from a later day (still in force today). */
  superseded_by_id: string | null
  superseded_at: string | null
  /** Stars when the SQL badge condition holds on `badgeDay`, else null. */
  badge_stars: number | null
}

export interface FacetCount<T = string> {
  value: T
  count: number
}

export interface StoreCatalogFacets {
  stars: FacetCount<number>[]
  groups: FacetCount[]
  legacy_districts: FacetCount[]
  wards: FacetCount[]
  producers: { handle: string; name: string; count: number }[]
}

export interface StoreCatalogResult {
  count: number
  rows: StoreCatalogRow[]
  facets: StoreCatalogFacets
}

/**
 * Orderings are fixed SQL fragments chosen by key (never text from the request). Every one ends on
 * product_id so that pages never overlap or skip a product when keys tie.
 */
const ORDER_BY: Record<StoreCatalogSort, string> = {
  relevance: "f.relevance DESC, f.badge_stars DESC NULLS LAST, f.name_rank ASC, f.product_id ASC",
  newest: "f.created_at DESC, f.product_id DESC",
  price_asc: "f.price ASC NULLS LAST, f.name_rank ASC, f.product_id ASC",
  price_desc: "f.price DESC NULLS LAST, f.name_rank ASC, f.product_id ASC",
  stars: "f.badge_stars DESC NULLS LAST, f.name_rank ASC, f.product_id ASC",
  name: "f.name_rank ASC, f.product_id ASC",
}

/**
 * hasOcopBadge (@ocop/core) for the current certificate, in SQL so that the star filter and the
 * star facet can run in the database: 3★ or more, started, not expired and not revoked on the
 * Vietnamese calendar day. In core a date counts as "reached" when its Vietnamese calendar day is
 * on or before today's, so with `day_start`/`next_day_start` the midnights that bound today:
 * started ⇔ valid_from < next_day_start; expired ⇔ valid_to < day_start (valid_to is the last
 * valid day, inclusive); revoked ⇔ revoked_at < next_day_start; superseded ⇔ superseded_by_id
 * is set and superseded_at < next_day_start (the lateral join below keeps only certificates not
 * superseded on the day).
 * The route recomputes the badge with hasOcopBadge for every product it returns, and the tests
 * check the two agree on the boundary days.
 */
const BADGE_CONDITION = `c.stars BETWEEN 3 AND 5
      AND c.valid_from < a.next_day_start
      AND c.valid_to >= a.day_start
      AND (c.revoked_at IS NULL OR c.revoked_at >= a.next_day_start)`

const ALL_FILTERS = "f.f_stars AND f.f_group AND f.f_district AND f.f_ward AND f.f_producer"

function buildSql(sort: StoreCatalogSort): string {
  const orderBy = ORDER_BY[sort]
  return `
WITH args AS (
  SELECT
    (j->>'group') AS grp,
    (j->>'ward') AS ward,
    (j->>'district') AS district,
    (j->>'producer') AS producer,
    (j->>'min_stars')::int AS min_stars,
    ARRAY(SELECT jsonb_array_elements_text(j->'stars')::int) AS stars,
    ARRAY(SELECT jsonb_array_elements_text(j->'terms')) AS terms,
    (j->>'phrase') AS phrase,
    (j->>'day_start')::timestamptz AS day_start,
    (j->>'next_day_start')::timestamptz AS next_day_start,
    (j->>'limit')::int AS lim,
    (j->>'offset')::int AS off
  FROM (SELECT ?::jsonb AS j) input
),
scope AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb)
    AS s(product_id text, title_key text, name_rank int, created_at timestamptz, price numeric)
),
base AS (
  SELECT
    p.product_id, p.product_group, p.sub_group, p.origin_label, p.province_code, p.ward_code,
    p.address_schema, COALESCE(p.legacy_district, pr.legacy_district) AS legacy_district,
    p.is_alcohol, p.abv, p.vat_category,
    pr.handle AS producer_handle, pr.name AS producer_name, pr.kind AS producer_kind,
    c.id AS certificate_id, c.stars AS certificate_stars, c.decision_number, c.decision_date,
    c.issuer_name, c.issuer_level, c.valid_from, c.valid_to, c.revoked_at,
    c.superseded_by_id, c.superseded_at,
    CASE WHEN ${BADGE_CONDITION} THEN c.stars END AS badge_stars,
    s.name_rank, s.created_at, s.price,
    CASE
      WHEN a.phrase IS NULL THEN 0
      WHEN left(s.title_key, length(a.phrase)) = a.phrase THEN 3
      WHEN position(' ' || a.phrase IN h.hay) > 0 THEN 2
      ELSE 1
    END AS relevance
  FROM scope s
  CROSS JOIN args a
  JOIN ocop_product_profile p ON p.product_id = s.product_id AND p.deleted_at IS NULL
  LEFT JOIN ocop_producer pr ON pr.id = p.producer_id AND pr.deleted_at IS NULL
  LEFT JOIN LATERAL (
    -- The certificate in force today: among those not superseded yet (a renewal supersedes its
    -- predecessor from the renewal's valid_from), the latest that has started; when none has
    -- started, the current one.
    SELECT * FROM ocop_certificate c
    WHERE c.product_id = p.product_id AND c.deleted_at IS NULL
      AND (c.superseded_by_id IS NULL
           OR (c.superseded_at IS NOT NULL AND c.superseded_at >= a.next_day_start))
    ORDER BY (c.valid_from < a.next_day_start) DESC, c.valid_from DESC,
      (c.superseded_by_id IS NULL) DESC, c.id
    LIMIT 1
  ) c ON true
  CROSS JOIN LATERAL (
    SELECT ' ' || regexp_replace(s.title_key || ' ' || p.search_key, '[^a-z0-9]+', ' ', 'g') || ' '
      AS hay
  ) h
  WHERE cardinality(a.terms) = 0
     OR NOT EXISTS (SELECT 1 FROM unnest(a.terms) t WHERE position(' ' || t IN h.hay) = 0)
),
flags AS (
  SELECT b.*,
    COALESCE(
      (cardinality(a.stars) = 0 OR b.badge_stars = ANY(a.stars))
        AND (a.min_stars IS NULL OR b.badge_stars >= a.min_stars),
      false) AS f_stars,
    (a.grp IS NULL OR b.product_group = a.grp) AS f_group,
    COALESCE(a.district IS NULL OR b.legacy_district = a.district, false) AS f_district,
    COALESCE(a.ward IS NULL OR b.ward_code = a.ward, false) AS f_ward,
    COALESCE(a.producer IS NULL OR b.producer_handle = a.producer, false) AS f_producer
  FROM base b CROSS JOIN args a
)
SELECT
  (SELECT count(*)::int FROM flags f WHERE ${ALL_FILTERS}) AS count,
  (SELECT COALESCE(json_agg(row_to_json(page) ORDER BY page.ord), '[]'::json) FROM (
     SELECT f.product_id, f.product_group, f.sub_group, f.origin_label, f.province_code,
       f.ward_code, f.address_schema, f.legacy_district, f.is_alcohol, f.abv, f.vat_category,
       f.producer_handle, f.producer_name, f.producer_kind, f.certificate_id,
       f.certificate_stars, f.decision_number, f.decision_date, f.issuer_name, f.issuer_level,
       f.valid_from, f.valid_to, f.revoked_at, f.superseded_by_id, f.superseded_at, f.badge_stars,
       row_number() OVER (ORDER BY ${orderBy}) AS ord
     FROM flags f
     WHERE ${ALL_FILTERS}
     ORDER BY ${orderBy}
     LIMIT (SELECT lim FROM args) OFFSET (SELECT off FROM args)
  ) page) AS rows,
  (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
     SELECT f.badge_stars AS v, count(*)::int AS n FROM flags f
     WHERE f.badge_stars IS NOT NULL AND f.f_group AND f.f_district AND f.f_ward AND f.f_producer
     GROUP BY f.badge_stars
  ) x) AS stars_facet,
  (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
     SELECT f.product_group AS v, count(*)::int AS n FROM flags f
     WHERE f.f_stars AND f.f_district AND f.f_ward AND f.f_producer
     GROUP BY f.product_group
  ) x) AS groups_facet,
  (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
     SELECT f.legacy_district AS v, count(*)::int AS n FROM flags f
     WHERE f.legacy_district IS NOT NULL AND f.f_stars AND f.f_group AND f.f_ward AND f.f_producer
     GROUP BY f.legacy_district
  ) x) AS districts_facet,
  (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
     SELECT f.ward_code AS v, count(*)::int AS n FROM flags f
     WHERE f.ward_code IS NOT NULL AND f.f_stars AND f.f_group AND f.f_district AND f.f_producer
     GROUP BY f.ward_code
  ) x) AS wards_facet,
  (SELECT COALESCE(json_agg(json_build_object('handle', v, 'name', nm, 'count', n)), '[]'::json)
   FROM (
     SELECT f.producer_handle AS v, f.producer_name AS nm, count(*)::int AS n FROM flags f
     WHERE f.producer_handle IS NOT NULL AND f.f_stars AND f.f_group AND f.f_district AND f.f_ward
     GROUP BY f.producer_handle, f.producer_name
  ) x) AS producers_facet
`
}

const SQL_BY_SORT = new Map<StoreCatalogSort, string>(
  STORE_CATALOG_SORTS.map((sort) => [sort, buildSql(sort)])
)

/**
 * The statement and its two parameters (all request values travel inside them as JSON, so the
 * text never changes with user input and the driver escapes both strings).
 */
export function storeCatalogStatement(input: StoreCatalogSearchInput): {
  sql: string
  params: [string, string]
} {
  const terms = input.terms ?? []
  const args = {
    group: input.group ?? null,
    ward: input.ward ?? null,
    district: input.legacy_district ?? null,
    producer: input.producer ?? null,
    min_stars: input.min_stars ?? null,
    stars: input.stars ?? [],
    terms,
    phrase: terms.length ? terms.join(" ") : null,
    day_start: input.badgeDay.start.toISOString(),
    next_day_start: input.badgeDay.next.toISOString(),
    limit: input.limit,
    offset: input.offset,
  }
  const sql = SQL_BY_SORT.get(input.sort) ?? SQL_BY_SORT.get("newest")
  if (!sql) throw new Error("store catalog statement missing")
  return { sql, params: [JSON.stringify(args), JSON.stringify(input.scope)] }
}

interface RawCatalogResult {
  count: number
  rows: StoreCatalogRow[]
  stars_facet: FacetCount<number>[]
  groups_facet: FacetCount[]
  districts_facet: FacetCount[]
  wards_facet: FacetCount[]
  producers_facet: { handle: string; name: string; count: number }[]
}

export function toStoreCatalogResult(raw: RawCatalogResult | undefined): StoreCatalogResult {
  return {
    count: raw?.count ?? 0,
    rows: raw?.rows ?? [],
    facets: {
      stars: raw?.stars_facet ?? [],
      groups: raw?.groups_facet ?? [],
      legacy_districts: raw?.districts_facet ?? [],
      wards: raw?.wards_facet ?? [],
      producers: raw?.producers_facet ?? [],
    },
  }
}

export type { RawCatalogResult }

/** Producers with at least one product in the scope, with that count. */
export const STORE_PRODUCERS_SQL = `
SELECT pr.id, pr.handle, pr.name, pr.kind, pr.province_code, pr.ward_code, pr.address_schema,
  pr.legacy_district, pr.photos, count(p.id)::int AS product_count
FROM ocop_producer pr
JOIN ocop_product_profile p ON p.producer_id = pr.id AND p.deleted_at IS NULL
WHERE pr.deleted_at IS NULL
  AND p.product_id IN (SELECT jsonb_array_elements_text(?::jsonb))
GROUP BY pr.id
`

export interface StoreProducerSummaryRow {
  id: string
  handle: string
  name: string
  kind: string
  province_code: string
  ward_code: string | null
  address_schema: string
  legacy_district: string | null
  photos: unknown
  product_count: number
}
