import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The store's read model (ADR 0006): one card per product and sales channel with everything a
 * listing page filters, sorts, searches and shows; the lowest price per product and region for
 * the price sorts; the words of every search key for typo-tolerant search. Written only by the
 * store catalog refresh (bulk SQL), never through the ORM, so these tables are not DML models.
 *
 * pg_trgm and fuzzystrmatch are trusted extensions (a database owner may create them). Names
 * sort with the ICU Vietnamese collation, the order Intl.Collator("vi") gives in @ocop/core.
 */
export class Migration20261210090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`create extension if not exists fuzzystrmatch;`)
    this.addSql(`create table if not exists "ocop_store_card" (
      "sales_channel_id" text not null,
      "product_id" text not null,
      "handle" text not null,
      "title" text not null,
      "subtitle" text null,
      "thumbnail" text null,
      "product_created_at" timestamptz not null,
      "title_key" text not null,
      "search_key" text not null,
      "search_words" text[] not null default '{}',
      "product_group" text not null,
      "sub_group" text null,
      "origin_label" text null,
      "province_code" text not null,
      "ward_code" text null,
      "address_schema" text not null,
      "legacy_district" text null,
      "is_alcohol" boolean not null default false,
      "abv" real null,
      "vat_category" text not null,
      "producer_id" text null,
      "producer_handle" text null,
      "producer_name" text null,
      "producer_kind" text null,
      "badge1_stars" smallint null,
      "badge1_from" timestamptz null,
      "badge1_until" timestamptz null,
      "badge2_stars" smallint null,
      "badge2_from" timestamptz null,
      "badge2_until" timestamptz null,
      "badge_recheck_at" timestamptz null,
      "in_stock" boolean not null,
      "stock_quantity" integer null,
      "variants" jsonb not null default '[]',
      "refreshed_at" timestamptz not null default now(),
      constraint "ocop_store_card_pkey" primary key ("sales_channel_id", "product_id")
    );`)
    const card = (name: string, on: string, using = "") =>
      this.addSql(
        `create index if not exists "IDX_ocop_store_card_${name}" on "ocop_store_card" ${using}(${on});`
      )
    card("product_id", `"product_id"`)
    card("newest", `"sales_channel_id", "product_created_at" desc, "product_id" desc`)
    card("name", `"sales_channel_id", "title" collate "vi-x-icu", "product_id"`)
    card("group", `"sales_channel_id", "product_group"`)
    card("ward", `"sales_channel_id", "ward_code"`)
    card("district", `"sales_channel_id", "legacy_district"`)
    card("producer", `"sales_channel_id", "producer_handle"`)
    card("stars", `"sales_channel_id", "badge1_stars"`)
    card("search_words", `"search_words"`, "using gin ")
    card("search_key_trgm", `"search_key" gin_trgm_ops`, "using gin ")
    card("title_key_trgm", `"title_key" gin_trgm_ops`, "using gin ")
    card("title_key_prefix", `"sales_channel_id", "title_key" text_pattern_ops`)
    card("handle", `"sales_channel_id", "handle"`)
    this.addSql(
      `create index if not exists "IDX_ocop_store_card_badge_recheck_at" on "ocop_store_card" ("badge_recheck_at") where "badge_recheck_at" is not null;`
    )

    this.addSql(`create table if not exists "ocop_store_price" (
      "product_id" text not null,
      "region_id" text not null,
      "min_amount" numeric null,
      constraint "ocop_store_price_pkey" primary key ("product_id", "region_id")
    );`)
    this.addSql(
      `create index if not exists "IDX_ocop_store_price_region_amount" on "ocop_store_price" ("region_id", "min_amount", "product_id");`
    )

    this.addSql(`create table if not exists "ocop_search_word" (
      "word" text not null,
      constraint "ocop_search_word_pkey" primary key ("word")
    );`)
    this.addSql(
      `create index if not exists "IDX_ocop_search_word_prefix" on "ocop_search_word" ("word" text_pattern_ops);`
    )

    // When each product's cards were last written, from the instant its sources were read: a
    // refresh that read earlier than the one already written is dropped (no lost updates between
    // processes, e.g. the rebuild command running beside a worker).
    this.addSql(`create table if not exists "ocop_store_refresh" (
      "product_id" text not null,
      "refreshed_at" timestamptz not null,
      constraint "ocop_store_refresh_pkey" primary key ("product_id")
    );`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_store_refresh";`)
    this.addSql(`drop table if exists "ocop_search_word";`)
    this.addSql(`drop table if exists "ocop_store_price";`)
    this.addSql(`drop table if exists "ocop_store_card";`)
  }
}
