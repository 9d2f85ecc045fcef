import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129055443 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "einvoice_request" drop constraint if exists "einvoice_request_cart_id_unique";`
    )
    this.addSql(
      `create table if not exists "einvoice_request" ("id" text not null, "cart_id" text not null, "order_id" text null, "buyer_tax_id" text null, "tax_id_kind" text null, "company_name" text null, "buyer_name" text null, "address" text null, "email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "einvoice_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_einvoice_request_cart_id_unique" ON "einvoice_request" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_einvoice_request_deleted_at" ON "einvoice_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_einvoice_request_order_id" ON "einvoice_request" ("order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "einvoice_request" cascade;`)
  }
}
