import type { BadgeDay, StoreCatalogFilters, StoreCatalogSort } from "./types"

/**
 * SQL of the store read model. Statements are assembled from fixed fragments chosen by the
 * request's shape (which filters are present, how many search words, which sort); every value
 * travels as a bound parameter, so no text from a request ever reaches the statement.
 */

/** A PostgreSQL array literal of texts (bound as one parameter: the driver would expand a JS array). */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/(["\\])/g, "\\$1")}"`).join(",")}}`
}

/**
 * A statement built from fragments in any order: `bind` returns a marker, and the markers are
 * turned into positional placeholders (with their values in text order) when the SQL is read.
 */
export class Statement {
  private readonly values: unknown[] = []
  private readonly parts: string[] = []

  /** A placeholder for one bound value. */
  bind(value: unknown): string {
    this.values.push(value)
    return `⟦${this.values.length - 1}⟧`
  }

  add(text: string): this {
    this.parts.push(text)
    return this
  }

  /** The SQL with `?` placeholders and the values in the order they appear. */
  build(): { sql: string; bindings: unknown[] } {
    const bindings: unknown[] = []
    const sql = this.parts.join("\n").replace(/⟦(\d+)⟧/g, (_, index: string) => {
      bindings.push(this.values[Number(index)])
      return "?"
    })
    return { sql, bindings }
  }
}

/** Today's badge stars of a card, from the badge periods the refresh stored (null: no badge). */
export function badgeStarsSql(alias: string, dayStart: string): string {
  const c = alias
  return `(CASE
    WHEN ${c}.badge_recheck_at IS NOT NULL AND ${c}.badge_recheck_at <= ${dayStart} THEN NULL
    WHEN ${c}.badge1_from <= ${dayStart} AND (${c}.badge1_until IS NULL OR ${c}.badge1_until > ${dayStart})
      THEN ${c}.badge1_stars
    WHEN ${c}.badge2_from <= ${dayStart} AND (${c}.badge2_until IS NULL OR ${c}.badge2_until > ${dayStart})
      THEN ${c}.badge2_stars
  END)`
}

/**
 * The certificate in force on the day that ends at `nextDayStart` (certificateInForce in
 * @ocop/core): among the certificates not superseded yet on that day, the latest that has started;
 * when none has started, the latest recorded one. A LATERAL body over `productId`.
 */
export function certificateInForceSql(productId: string, nextDayStart: string): string {
  return `SELECT oc.id AS certificate_id, oc.stars AS certificate_stars, oc.decision_number,
      oc.decision_date, oc.issuer_name, oc.issuer_level, oc.valid_from, oc.valid_to, oc.revoked_at,
      oc.superseded_by_id, oc.superseded_at
    FROM ocop_certificate oc
    WHERE oc.product_id = ${productId} AND oc.deleted_at IS NULL
      AND (oc.superseded_by_id IS NULL
           OR (oc.superseded_at IS NOT NULL AND oc.superseded_at >= ${nextDayStart}))
    ORDER BY (oc.valid_from < ${nextDayStart}) DESC, oc.valid_from DESC,
      (oc.superseded_by_id IS NULL) DESC, oc.id
    LIMIT 1`
}

/** Card columns a page row carries (the stored badge periods and word list stay in the table). */
export const CARD_PAGE_COLUMNS = [
  "sales_channel_id",
  "product_id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "product_created_at",
  "title_key",
  "search_key",
  "product_group",
  "sub_group",
  "origin_label",
  "province_code",
  "ward_code",
  "address_schema",
  "legacy_district",
  "is_alcohol",
  "abv",
  "vat_category",
  "producer_id",
  "producer_handle",
  "producer_name",
  "producer_kind",
  "in_stock",
  "stock_quantity",
  "variants",
] as const

/** The columns the refresh writes from a card (refreshed_at comes from the refresh itself). */
export const CARD_DATA_COLUMNS = [
  ...CARD_PAGE_COLUMNS,
  "search_words",
  "badge1_stars",
  "badge1_from",
  "badge1_until",
  "badge2_stars",
  "badge2_from",
  "badge2_until",
  "badge_recheck_at",
] as const

const PAGE_COLUMNS_SQL = [...CARD_PAGE_COLUMNS, "refreshed_at"]
  .map((name) => `c.${name}`)
  .join(", ")

/**
 * Where a statement reads its cards from. A publishable key normally has one channel; with
 * several, a product sold in more than one is taken once, from the first channel of the key
 * that sells it.
 */
function cardsSource(statement: Statement, channels: readonly string[]): string {
  if (channels.length === 1) {
    return `(SELECT * FROM ocop_store_card WHERE sales_channel_id = ${statement.bind(channels[0])}) c`
  }
  const list = statement.bind(pgTextArray(channels))
  const order = statement.bind(pgTextArray(channels))
  return `(SELECT DISTINCT ON (product_id) * FROM ocop_store_card
      WHERE sales_channel_id = ANY(${list}::text[])
      ORDER BY product_id, array_position(${order}::text[], sales_channel_id)) c`
}

/** For each query word, the dictionary words it matches and how well (3 exact, 2 prefix, 1 typo). */
export interface SearchCandidate {
  term: number
  word: string
  quality: number
}

export interface SearchPlan {
  /** "prefix": every word starts a word of the product; "typo": one edit per word allowed. */
  mode: "prefix" | "typo"
  terms: string[]
  candidates: SearchCandidate[]
}

function candidatesOf(plan: SearchPlan, term: number): string[] {
  return plan.candidates.filter((candidate) => candidate.term === term).map((c) => c.word)
}

export type FilterName = "stars" | "group" | "ward" | "district" | "producer"

interface FilterClauses {
  where: string[]
  /** Each filter's own condition, so that its facet can leave it out. */
  own: Record<FilterName, string>
}

/** The filter and search conditions of a listing, bound into `statement`. */
function filterClauses(
  statement: Statement,
  filters: StoreCatalogFilters,
  plan: SearchPlan | null,
  badge: string
): FilterClauses {
  const where: string[] = []
  if (plan) {
    plan.terms.forEach((_, index) => {
      where.push(
        `c.search_words && ${statement.bind(pgTextArray(candidatesOf(plan, index)))}::text[]`
      )
    })
  }
  const starConditions: string[] = []
  if (filters.stars?.length) {
    starConditions.push(`${badge} = ANY(${statement.bind(`{${filters.stars.join(",")}}`)}::int[])`)
  }
  if (filters.min_stars != null) {
    starConditions.push(`${badge} >= ${statement.bind(filters.min_stars)}::int`)
  }
  // Plain equality (a filter value is never null): `IS NOT DISTINCT FROM` cannot use the
  // (sales_channel_id, ward_code | legacy_district | producer_handle) indexes, and the page then
  // scanned every card of the channel.
  const own: Record<FilterName, string> = {
    stars: starConditions.length ? `COALESCE(${starConditions.join(" AND ")}, false)` : "true",
    group: filters.group ? `c.product_group = ${statement.bind(filters.group)}` : "true",
    ward: filters.ward ? `c.ward_code = ${statement.bind(filters.ward)}` : "true",
    district: filters.legacy_district
      ? `c.legacy_district = ${statement.bind(filters.legacy_district)}`
      : "true",
    producer: filters.producer ? `c.producer_handle = ${statement.bind(filters.producer)}` : "true",
  }
  return { where, own }
}

/**
 * Relevance of a card to the search plan: the best match of each query word (exact 3, prefix 2,
 * typo 1) summed, words found in the title weigh double, and a title that starts with the whole
 * query, or holds it at a word start, comes first. Among equals, the title with fewer words the
 * query did not ask for ("thach den" → Thạch đen before Nước thạch đen).
 */
function relevanceSql(statement: Statement, plan: SearchPlan): string {
  const phrase = plan.terms.join(" ")
  const starts = statement.bind(`${phrase}%`)
  const inside = statement.bind(`% ${phrase}%`)
  // Per query word, its best match among `words`: array overlaps with the candidates of each
  // quality (no per-row set functions: at 20,000 products a search's few hundred matches were
  // 0.13 ms each to score that way).
  const bestOf = (words: string) =>
    plan.terms
      .map((_, term) => {
        const branches = [3, 2, 1].flatMap((quality) => {
          const candidates = plan.candidates
            .filter((candidate) => candidate.term === term && candidate.quality === quality)
            .map((candidate) => candidate.word)
          return candidates.length
            ? [
                `WHEN ${words} && ${statement.bind(pgTextArray(candidates))}::text[] THEN ${quality}`,
              ]
            : []
        })
        return branches.length ? `(CASE ${branches.join(" ")} ELSE 0 END)` : "0"
      })
      .join(" + ")
  const words = statement.bind(pgTextArray([...new Set(plan.candidates.map((c) => c.word))]))
  return `(10 * (
    CASE WHEN c.title_key LIKE ${starts} THEN 1000 WHEN c.title_key LIKE ${inside} THEN 500 ELSE 0 END
    + ${bestOf("c.search_words")}
    + ${bestOf("string_to_array(c.title_key, ' ')")})
    - LEAST(9, (SELECT count(*)::int FROM unnest(string_to_array(c.title_key, ' ')) w
        WHERE w <> ALL(${words}::text[])))
  )`
}

/**
 * Orderings, fixed fragments chosen by key. `{c}` is the alias the keys are read from. Every one
 * ends on product_id so that pages never overlap or skip a product when keys tie.
 */
const ORDER_BY: Record<StoreCatalogSort, string> = {
  relevance: `{c}sort_relevance DESC, {c}badge_stars DESC NULLS LAST, {c}title COLLATE "vi-x-icu", {c}product_id`,
  newest: "{c}product_created_at DESC, {c}product_id DESC",
  price_asc: `{c}sort_price ASC NULLS LAST, {c}title COLLATE "vi-x-icu", {c}product_id`,
  price_desc: `{c}sort_price DESC NULLS LAST, {c}title COLLATE "vi-x-icu", {c}product_id`,
  stars: `{c}badge_stars DESC NULLS LAST, {c}title COLLATE "vi-x-icu", {c}product_id`,
  name: `{c}title COLLATE "vi-x-icu", {c}product_id`,
}

function orderBy(sort: StoreCatalogSort, alias: string): string {
  return ORDER_BY[sort].replaceAll("{c}", alias)
}

export interface PageStatementInput {
  channels: readonly string[]
  region_id: string | null
  filters: StoreCatalogFilters
  plan: SearchPlan | null
  sort: StoreCatalogSort
  day: BadgeDay
  limit: number
  offset: number
}

/**
 * One page of cards in order, each with the certificate in force today (read live from the
 * history for these rows only). Cost: the rows the sort's index walks to fill the page, plus a
 * top-N sort when the order is computed (relevance, stars, a price without an index match).
 */
export function pageStatement(input: PageStatementInput): Statement {
  const statement = new Statement()
  const dayStart = () => `${statement.bind(input.day.start.toISOString())}::timestamptz`
  const badge = badgeStarsSql("c", dayStart())
  const source = cardsSource(statement, input.channels)
  const clauses = filterClauses(
    statement,
    input.filters,
    input.plan,
    badgeStarsSql("c", dayStart())
  )
  const where = [...clauses.where, ...Object.values(clauses.own)].join(" AND ")
  const relevance = input.plan ? relevanceSql(statement, input.plan) : "0"
  // Without a region there is no price to order by: the names decide (as for unpriced cards).
  const pricing =
    (input.sort === "price_asc" || input.sort === "price_desc") && input.region_id != null
  // Every card has a price row per region (null when unpriced), so the price sorts can walk the
  // (region_id, min_amount) index and stop after the page instead of sorting the whole channel.
  const priceJoin = pricing
    ? `JOIN ocop_store_price p ON p.product_id = c.product_id AND p.region_id = ${statement.bind(input.region_id)}`
    : ""
  const columns = PAGE_COLUMNS_SQL
  const select = `SELECT ${columns},
      ${badge} AS badge_stars,
      ${relevance} AS sort_relevance,
      ${pricing ? "p.min_amount" : "NULL::numeric"} AS sort_price
    FROM ${source}
    ${priceJoin}`
  if (input.sort === "stars") {
    // Today's badge is the first stored period's stars for every card but those whose periods
    // the day has moved past (a refresh is due): the cards are read in the order of the
    // (channel, badge1_stars, title) index and stop after the page; the few others are sorted
    // on their computed badge and merged in.
    const day = dayStart()
    const moved = `(c.badge1_from > ${day} OR c.badge1_until <= ${day} OR c.badge_recheck_at <= ${day})`
    const window = statement.bind(input.limit + input.offset)
    statement.add(`WITH page AS MATERIALIZED (
    SELECT * FROM (
      (${select}
        WHERE ${where} AND NOT COALESCE(${moved}, false)
        ORDER BY c.badge1_stars DESC NULLS LAST, c.title COLLATE "vi-x-icu", c.product_id
        LIMIT ${window})
      UNION ALL
      (${select}
        WHERE ${where} AND ${moved}
        ORDER BY ${orderBy(input.sort, "")}
        LIMIT ${window})
    ) u
    ORDER BY ${orderBy(input.sort, "u.")}
    LIMIT ${statement.bind(input.limit)} OFFSET ${statement.bind(input.offset)}
  )`)
  } else {
    statement.add(`WITH page AS MATERIALIZED (
    ${select}
    WHERE ${where}
    ORDER BY ${orderBy(input.sort, "")}
    LIMIT ${statement.bind(input.limit)} OFFSET ${statement.bind(input.offset)}
  )`)
  }
  const nextDay = `${statement.bind(input.day.next.toISOString())}::timestamptz`
  statement.add(`SELECT page.*, cert.*
    FROM page
    LEFT JOIN LATERAL (${certificateInForceSql("page.product_id", nextDay)}) cert ON true
    ORDER BY ${orderBy(input.sort, "page.")}`)
  return statement
}

/** Most values a ward, former-district or producer facet lists (those with the most products). */
export const FACET_VALUES_LIMIT = 100

export interface FacetStatementInput {
  channels: readonly string[]
  filters: StoreCatalogFilters
  plan: SearchPlan | null
  day: BadgeDay
}

/**
 * The count and every facet of a listing in one pass over the matching cards: each facet applies
 * every filter but its own, so a shopper sees what choosing another value would give.
 */
export function facetStatement(input: FacetStatementInput): Statement {
  const statement = new Statement()
  const badge = badgeStarsSql("c", `${statement.bind(input.day.start.toISOString())}::timestamptz`)
  const source = cardsSource(statement, input.channels)
  const clauses = filterClauses(
    statement,
    input.filters,
    input.plan,
    badgeStarsSql("c", `${statement.bind(input.day.start.toISOString())}::timestamptz`)
  )
  const { own } = clauses
  // The long facets keep their FACET_VALUES_LIMIT values with the most products (the chosen
  // value always among them): a national catalog has ~10,000 producers and ~3,000 wards, and
  // listing them all made every unfiltered page 1.3 MB.
  const top = (column: string, chosen: string | undefined) =>
    `${chosen ? `(${column} = ${statement.bind(chosen)}) DESC, ` : ""}count(*) DESC, ${column} LIMIT ${FACET_VALUES_LIMIT}`
  statement.add(`WITH f AS MATERIALIZED (
    SELECT c.product_group, c.ward_code, c.legacy_district, c.producer_handle, c.producer_name,
      ${badge} AS badge,
      ${own.stars} AS f_stars, ${own.group} AS f_group, ${own.ward} AS f_ward,
      ${own.district} AS f_district, ${own.producer} AS f_producer
    FROM ${source}
    ${clauses.where.length ? `WHERE ${clauses.where.join(" AND ")}` : ""}
  )
  SELECT
    (SELECT count(*)::int FROM f WHERE f_stars AND f_group AND f_ward AND f_district AND f_producer) AS count,
    (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
       SELECT badge AS v, count(*)::int AS n FROM f
       WHERE badge IS NOT NULL AND f_group AND f_ward AND f_district AND f_producer
       GROUP BY badge) x) AS stars,
    (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
       SELECT product_group AS v, count(*)::int AS n FROM f
       WHERE f_stars AND f_ward AND f_district AND f_producer
       GROUP BY product_group) x) AS groups,
    (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
       SELECT legacy_district AS v, count(*)::int AS n FROM f
       WHERE legacy_district IS NOT NULL AND f_stars AND f_group AND f_ward AND f_producer
       GROUP BY legacy_district
       ORDER BY ${top("legacy_district", input.filters.legacy_district)}) x) AS legacy_districts,
    (SELECT COALESCE(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) FROM (
       SELECT ward_code AS v, count(*)::int AS n FROM f
       WHERE ward_code IS NOT NULL AND f_stars AND f_group AND f_district AND f_producer
       GROUP BY ward_code
       ORDER BY ${top("ward_code", input.filters.ward)}) x) AS wards,
    (SELECT COALESCE(json_agg(json_build_object('handle', v, 'name', nm, 'count', n)), '[]'::json) FROM (
       SELECT producer_handle AS v, producer_name AS nm, count(*)::int AS n FROM f
       WHERE producer_handle IS NOT NULL AND f_stars AND f_group AND f_ward AND f_district
       GROUP BY producer_handle, producer_name
       ORDER BY ${top("producer_handle", input.filters.producer)}) x) AS producers`)
  return statement
}

/** A query word to look up in the dictionary, by its place in the query. */
export interface SearchTermLookup {
  index: number
  term: string
  /** Typo mode: further spellings it may stand for (swapped letters, Telex keys left in). */
  variants?: string[]
}

/**
 * Dictionary words each query word may stand for. Prefix mode: the words it starts (itself
 * included). Typo mode adds words one edit away (insertion, deletion or substitution) for query
 * words of three letters or more, and the words its variants start. Quality: 3 the word itself,
 * 2 a word it starts, 1 a word reached through a slip.
 */
export function searchCandidatesStatement(
  lookups: SearchTermLookup[],
  mode: SearchPlan["mode"]
): Statement {
  const statement = new Statement()
  const spellings = lookups.flatMap((lookup) => [
    { term: lookup.index, spelling: lookup.term, variant: false },
    ...(mode === "typo" ? (lookup.variants ?? []) : []).map((spelling) => ({
      term: lookup.index,
      spelling,
      variant: true,
    })),
  ])
  // Words are a–z and 0–9 only, so the words a spelling starts lie between it and it + "{" (the
  // character after "z"): a range on the text_pattern_ops index, one probe per spelling.
  const edits =
    mode === "typo"
      ? `UNION ALL
    SELECT t.term, w.word, 1
    FROM t JOIN ocop_search_word w
      ON length(w.word) BETWEEN length(t.spelling) - 1 AND length(t.spelling) + 1
     AND levenshtein_less_equal(t.spelling, w.word, 1) <= 1
    WHERE NOT t.variant AND length(t.spelling) >= 3`
      : ""
  statement.add(`WITH t AS MATERIALIZED (
      SELECT * FROM jsonb_to_recordset(${statement.bind(JSON.stringify(spellings))}::jsonb)
        AS t(term int, spelling text, variant boolean))
    SELECT term, word, max(quality)::int AS quality FROM (
      SELECT t.term, w.word,
        CASE WHEN t.variant THEN 1 WHEN w.word = t.spelling THEN 3 ELSE 2 END AS quality
      FROM t JOIN ocop_search_word w
        ON w.word ~>=~ t.spelling AND w.word ~<~ (t.spelling || '{')
      ${edits}
    ) found
    GROUP BY term, word`)
  return statement
}

/** Titles for the search box: those starting with the phrase, then those with a word that does. */
export function suggestionStatement(input: {
  channels: readonly string[]
  phrase: string
  day: BadgeDay
  limit: number
}): Statement {
  const statement = new Statement()
  const badge = badgeStarsSql("c", `${statement.bind(input.day.start.toISOString())}::timestamptz`)
  const starts = statement.bind(`${input.phrase}%`)
  const source = cardsSource(statement, input.channels)
  const startsAgain = statement.bind(`${input.phrase}%`)
  const inside = statement.bind(`% ${input.phrase}%`)
  statement.add(`SELECT c.product_id, c.handle, c.title, c.thumbnail, ${badge} AS stars
    FROM ${source}
    WHERE c.title_key LIKE ${startsAgain} OR c.title_key LIKE ${inside}
    ORDER BY (c.title_key LIKE ${starts}) DESC, c.title COLLATE "vi-x-icu", c.product_id
    LIMIT ${statement.bind(input.limit)}`)
  return statement
}

/** One card by handle, with the certificate in force today. */
export function cardByHandleStatement(input: {
  channels: readonly string[]
  handle: string
  day: BadgeDay
}): Statement {
  const statement = new Statement()
  const source = cardsSource(statement, input.channels)
  const columns = PAGE_COLUMNS_SQL
  const handle = statement.bind(input.handle)
  const badge = badgeStarsSql("c", `${statement.bind(input.day.start.toISOString())}::timestamptz`)
  const nextDay = `${statement.bind(input.day.next.toISOString())}::timestamptz`
  statement.add(`SELECT ${columns}, ${badge} AS badge_stars, cert.*
    FROM ${source}
    LEFT JOIN LATERAL (${certificateInForceSql("c.product_id", nextDay)}) cert ON true
    WHERE c.handle = ${handle}
    LIMIT 1`)
  return statement
}

/** Producers with products in the channels, how many, in Vietnamese name order. */
export function producersStatement(input: {
  channels: readonly string[]
  legacy_district?: string
}): Statement {
  const statement = new Statement()
  const source = cardsSource(statement, input.channels)
  const district = input.legacy_district
    ? `AND pr.legacy_district = ${statement.bind(input.legacy_district)}`
    : ""
  statement.add(`SELECT pr.handle, pr.name, pr.kind, pr.province_code, pr.ward_code,
      pr.address_schema, pr.legacy_district, pr.photos, n.product_count
    FROM (SELECT c.producer_id, count(*)::int AS product_count FROM ${source}
          WHERE c.producer_id IS NOT NULL GROUP BY c.producer_id) n
    JOIN ocop_producer pr ON pr.id = n.producer_id AND pr.deleted_at IS NULL
    WHERE true ${district}
    ORDER BY pr.name COLLATE "vi-x-icu", pr.handle`)
  return statement
}

/** Whether the channels sell at least one product of the producer. */
export function sellsProducerStatement(input: {
  channels: readonly string[]
  producer_id: string
}): Statement {
  const statement = new Statement()
  statement.add(`SELECT EXISTS (
    SELECT 1 FROM ocop_store_card
    WHERE sales_channel_id = ANY(${statement.bind(pgTextArray(input.channels))}::text[])
      AND producer_id = ${statement.bind(input.producer_id)}) AS sells`)
  return statement
}
