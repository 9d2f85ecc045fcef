import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Sorts that read a page, not the channel (issue 11). Price: every card's product has a price row
 * in every region (min_amount null when it has no price there), so the page is an inner join
 * driven by the price index in either direction, unpriced products last. Stars: see pageStatement.
 * Search: GIN indexes without a pending list.
 */
export class Migration20261211090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "IDX_ocop_store_price_region_amount_desc" on "ocop_store_price" ("region_id", "min_amount" desc nulls last, "product_id");`
    )
    // The stars sort reads cards in index order (today's badge is badge1 for all but the cards
    // whose periods the day moved past, found through the three indexes on their dates).
    this.addSql(
      `create index if not exists "IDX_ocop_store_card_stars_name" on "ocop_store_card" ("sales_channel_id", "badge1_stars" desc nulls last, "title" collate "vi-x-icu", "product_id");`
    )
    this.addSql(
      `create index if not exists "IDX_ocop_store_card_badge1_from" on "ocop_store_card" ("sales_channel_id", "badge1_from");`
    )
    this.addSql(
      `create index if not exists "IDX_ocop_store_card_badge1_until" on "ocop_store_card" ("sales_channel_id", "badge1_until");`
    )
    // GIN indexes without the fast-update pending list: a refresh writes cards in bulk, and until
    // a vacuum merged them every search scanned the whole unsorted list (at 5,000 products the
    // list held every card and a search took 35–65 ms in the index instead of 0.1 ms).
    for (const index of [
      "IDX_ocop_store_card_search_words",
      "IDX_ocop_store_card_search_key_trgm",
      "IDX_ocop_store_card_title_key_trgm",
    ]) {
      this.addSql(`alter index if exists "${index}" set (fastupdate = off);`)
      this.addSql(`select gin_clean_pending_list('"${index}"'::regclass);`)
    }
    // Rows the refresh now writes for unpriced products, for cards written before it did.
    this.addSql(`insert into "ocop_store_price" ("product_id", "region_id", "min_amount")
      select distinct c."product_id", r."region_id", null::numeric
      from "ocop_store_card" c cross join (select distinct "region_id" from "ocop_store_price") r
      on conflict do nothing;`)
  }

  override async down(): Promise<void> {
    for (const index of [
      "IDX_ocop_store_card_search_words",
      "IDX_ocop_store_card_search_key_trgm",
      "IDX_ocop_store_card_title_key_trgm",
    ]) {
      this.addSql(`alter index if exists "${index}" reset (fastupdate);`)
    }
    this.addSql(`delete from "ocop_store_price" where "min_amount" is null;`)
    this.addSql(`drop index if exists "IDX_ocop_store_price_region_amount_desc";`)
    this.addSql(`drop index if exists "IDX_ocop_store_card_stars_name";`)
    this.addSql(`drop index if exists "IDX_ocop_store_card_badge1_from";`)
    this.addSql(`drop index if exists "IDX_ocop_store_card_badge1_until";`)
  }
}
