import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129054042 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_product_profile" drop constraint if exists "ocop_product_profile_product_id_unique";`
    )
    this.addSql(
      `alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`
    )
    this.addSql(
      `create table if not exists "ocop_certificate" ("id" text not null, "product_id" text not null, "stars" integer not null, "score" integer null, "decision_number" text not null, "decision_date" timestamptz not null, "issuer_name" text not null, "issuer_level" text check ("issuer_level" in ('district', 'province', 'central')) not null, "legal_basis" text not null, "round_label" text null, "valid_from" timestamptz not null, "valid_to" timestamptz not null, "revoked_at" timestamptz null, "revocation_reason" text null, "superseded_by_id" text null, "superseded_at" timestamptz null, "announced_status" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_id" ON "ocop_certificate" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_valid_to" ON "ocop_certificate" ("valid_to") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_one_current_per_product" ON "ocop_certificate" ("product_id") WHERE superseded_by_id IS NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('company', 'cooperative', 'cooperative_group', 'household')) not null, "tax_id" text null, "province_code" text not null, "ward_code" text null, "address_schema" text not null default '2025', "address_line" text null, "legacy_district" text null, "phone" text null, "story_vi" text null, "story_en" text null, "photos" jsonb null, "latitude" real null, "longitude" real null, "is_demo" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_legacy_district" ON "ocop_producer" ("legacy_district") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_province_code_ward_code" ON "ocop_producer" ("province_code", "ward_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_product_profile" ("id" text not null, "product_id" text not null, "product_group" text not null, "sub_group" text null, "origin_label" text null, "province_code" text not null, "ward_code" text null, "address_schema" text not null default '2025', "legacy_district" text null, "is_alcohol" boolean not null default false, "abv" real null, "vat_category" text not null default 'standard', "search_key" text not null default '', "current_certificate_id" text null, "current_stars" integer null, "current_valid_from" timestamptz null, "current_valid_to" timestamptz null, "current_revoked_at" timestamptz null, "is_demo" boolean not null default false, "producer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_profile_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_product_profile_product_id_unique" ON "ocop_product_profile" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_profile_producer_id" ON "ocop_product_profile" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_profile_deleted_at" ON "ocop_product_profile" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_profile_current_stars" ON "ocop_product_profile" ("current_stars") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_profile_product_group" ON "ocop_product_profile" ("product_group") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_profile_legacy_district" ON "ocop_product_profile" ("legacy_district") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_profile_ward_code" ON "ocop_product_profile" ("ward_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_product_profile" add constraint "ocop_product_profile_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete set null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_product_profile" drop constraint if exists "ocop_product_profile_producer_id_foreign";`
    )

    this.addSql(`drop table if exists "ocop_certificate" cascade;`)

    this.addSql(`drop table if exists "ocop_producer" cascade;`)

    this.addSql(`drop table if exists "ocop_product_profile" cascade;`)
  }
}
