import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129055442 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_transaction_id_unique";`
    )
    this.addSql(
      `create table if not exists "bank_transfer" ("id" text not null, "transaction_id" text not null, "source" text check ("source" in ('bank_webhook', 'staff')) not null, "status" text check ("status" in ('confirmed', 'needs_review', 'resolved')) not null, "review_reason" text null, "reference" text null, "amount" numeric not null, "expected_amount" numeric null, "account_number" text null, "bank_bin" text null, "paid_at" timestamptz null, "description" text null, "payment_session_id" text null, "payment_collection_id" text null, "payment_id" text null, "order_id" text null, "confirmed_by" text null, "note" text null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution_note" text null, "payload" jsonb null, "raw_amount" jsonb not null, "raw_expected_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_transaction_id_unique" ON "bank_transfer" ("transaction_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_deleted_at" ON "bank_transfer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_status" ON "bank_transfer" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_reference" ON "bank_transfer" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_order_id" ON "bank_transfer" ("order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_transfer" cascade;`)
  }
}
