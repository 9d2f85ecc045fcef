import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203062631 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_status_check";`
    )

    this.addSql(
      `alter table if exists "bank_transfer" add column if not exists "error" text null, add column if not exists "refunded_amount" numeric null, add column if not exists "refund_reference" text null, add column if not exists "raw_refunded_amount" jsonb null;`
    )
    this.addSql(
      `alter table if exists "bank_transfer" add constraint "bank_transfer_status_check" check("status" in ('confirmed', 'needs_review', 'failed', 'resolved'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_status_check";`
    )

    this.addSql(
      `alter table if exists "bank_transfer" drop column if exists "error", drop column if exists "refunded_amount", drop column if exists "refund_reference", drop column if exists "raw_refunded_amount";`
    )

    this.addSql(
      `alter table if exists "bank_transfer" add constraint "bank_transfer_status_check" check("status" in ('confirmed', 'needs_review', 'resolved'));`
    )
  }
}
