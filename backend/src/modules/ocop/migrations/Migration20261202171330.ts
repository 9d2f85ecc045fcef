import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202171330 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_product_profile_current_stars";`)
    this.addSql(
      `alter table if exists "ocop_product_profile" drop column if exists "current_certificate_id", drop column if exists "current_stars", drop column if exists "current_valid_from", drop column if exists "current_valid_to", drop column if exists "current_revoked_at";`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_product_profile" add column if not exists "current_certificate_id" text null, add column if not exists "current_stars" integer null, add column if not exists "current_valid_from" timestamptz null, add column if not exists "current_valid_to" timestamptz null, add column if not exists "current_revoked_at" timestamptz null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_profile_current_stars" ON "ocop_product_profile" ("current_stars") WHERE deleted_at IS NULL;`
    )
  }
}
