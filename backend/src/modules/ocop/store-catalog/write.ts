import { CARD_DATA_COLUMNS, pgTextArray } from "./sql"
import type { StoreCard, StoreCatalogWrite, StoreCatalogWriteResult } from "./types"

export type Execute = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>

/** A card as the table stores it: badge periods spread over their columns, dates as ISO text. */
function cardRecord(card: StoreCard): Record<string, unknown> {
  const [first, second] = card.badges
  const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null)
  return {
    ...card,
    badges: undefined,
    product_created_at: iso(card.product_created_at),
    badge1_stars: first?.stars ?? null,
    badge1_from: iso(first?.from),
    badge1_until: iso(first?.until),
    badge2_stars: second?.stars ?? null,
    badge2_from: iso(second?.from),
    badge2_until: iso(second?.until),
    badge_recheck_at: iso(card.badge_recheck_at),
  }
}

/** What the facets and counts of a channel read from a card; a change here makes them stale. */
function facetSignature(card: Record<string, unknown>): string {
  return JSON.stringify([
    card.product_group,
    card.ward_code,
    card.legacy_district,
    card.producer_id,
    card.producer_handle,
    card.producer_name,
    card.search_key,
    card.badge1_stars,
    card.badge1_from,
    card.badge1_until,
    card.badge2_stars,
    card.badge2_from,
    card.badge2_until,
    card.badge_recheck_at,
  ])
}

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null))

const UPDATE_SET = [...CARD_DATA_COLUMNS, "refreshed_at"]
  .filter((column) => column !== "sales_channel_id" && column !== "product_id")
  .map((column) => `"${column}" = EXCLUDED."${column}"`)
  .join(", ")

const COLUMN_LIST = [...CARD_DATA_COLUMNS].map((column) => `"${column}"`).join(", ")

/**
 * Replaces what the read model holds for the given products, inside one transaction (`execute`
 * runs in it). Products are locked in id order with transaction-scoped advisory locks, then a
 * product whose stored refresh read its sources later than this one is left alone: refreshes that
 * race (two workers, a worker and the rebuild command) can only ever leave the newest state.
 */
export async function writeStoreCatalog(
  execute: Execute,
  write: StoreCatalogWrite,
  readAt: Date
): Promise<StoreCatalogWriteResult> {
  const ids = [...new Set(write.product_ids)].sort()
  if (ids.length === 0) return { changed_channels: [] }
  await execute(
    `SELECT pg_advisory_xact_lock(hashtext('ocop_store_card'), hashtext(id))
     FROM (SELECT unnest(?::text[]) AS id ORDER BY 1) ids`,
    [pgTextArray(ids)]
  )
  const newer = await execute<{ product_id: string }>(
    `SELECT product_id FROM ocop_store_refresh WHERE product_id = ANY(?::text[]) AND refreshed_at > ?`,
    [pgTextArray(ids), readAt.toISOString()]
  )
  const skipped = new Set(newer.map((row) => row.product_id))
  const fresh = ids.filter((id) => !skipped.has(id))
  if (fresh.length === 0) return { changed_channels: [] }
  const freshSet = new Set(fresh)
  const freshArray = pgTextArray(fresh)

  const previous = await execute<Record<string, unknown>>(
    `SELECT * FROM ocop_store_card WHERE product_id = ANY(?::text[])`,
    [freshArray]
  )
  const cards = write.cards.filter((card) => freshSet.has(card.product_id)).map(cardRecord)
  const key = (card: Record<string, unknown>) => `${card.sales_channel_id}|${card.product_id}`
  const before = new Map(
    previous.map((card) => [
      key(card),
      facetSignature({
        ...card,
        badge1_from: iso(card.badge1_from),
        badge1_until: iso(card.badge1_until),
        badge2_from: iso(card.badge2_from),
        badge2_until: iso(card.badge2_until),
        badge_recheck_at: iso(card.badge_recheck_at),
      }),
    ])
  )
  const after = new Map(cards.map((card) => [key(card), facetSignature(card)]))
  const changed = new Set<string>()
  for (const [cardKey, signature] of after) {
    if (before.get(cardKey) !== signature) changed.add(cardKey.split("|")[0] as string)
  }
  for (const cardKey of before.keys()) {
    if (!after.has(cardKey)) changed.add(cardKey.split("|")[0] as string)
  }

  await execute(
    `DELETE FROM ocop_store_card
     WHERE product_id = ANY(?::text[]) AND NOT (sales_channel_id || '|' || product_id = ANY(?::text[]))`,
    [freshArray, pgTextArray([...after.keys()])]
  )
  if (cards.length) {
    await execute(
      `INSERT INTO ocop_store_card (${COLUMN_LIST}, "refreshed_at")
       SELECT ${COLUMN_LIST}, ?::timestamptz
       FROM jsonb_populate_recordset(NULL::ocop_store_card, ?::jsonb)
       ON CONFLICT ("sales_channel_id", "product_id") DO UPDATE SET ${UPDATE_SET}`,
      [readAt.toISOString(), JSON.stringify(cards)]
    )
    const words = [...new Set(write.cards.flatMap((card) => card.search_words))]
    if (words.length) {
      await execute(
        `INSERT INTO ocop_search_word (word) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING`,
        [pgTextArray(words)]
      )
    }
  }
  await execute(`DELETE FROM ocop_store_price WHERE product_id = ANY(?::text[])`, [freshArray])
  const prices = write.prices.filter((price) => freshSet.has(price.product_id))
  if (prices.length) {
    await execute(
      `INSERT INTO ocop_store_price (product_id, region_id, min_amount)
       SELECT product_id, region_id, min_amount
       FROM jsonb_to_recordset(?::jsonb) AS p(product_id text, region_id text, min_amount numeric)`,
      [JSON.stringify(prices)]
    )
  }
  await execute(
    `INSERT INTO ocop_store_refresh (product_id, refreshed_at)
     SELECT unnest(?::text[]), ?::timestamptz
     ON CONFLICT (product_id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at`,
    [freshArray, readAt.toISOString()]
  )
  return { changed_channels: [...changed].sort() }
}
