import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202170038 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "pos_vietqr_payment" drop constraint if exists "pos_vietqr_payment_reference_unique";`
    )
    this.addSql(
      `alter table if exists "pos_shift" drop constraint if exists "pos_shift_client_id_unique";`
    )
    this.addSql(
      `alter table if exists "pos_sale" drop constraint if exists "pos_sale_order_id_unique";`
    )
    this.addSql(
      `alter table if exists "pos_sale" drop constraint if exists "pos_sale_client_id_unique";`
    )
    this.addSql(
      `alter table if exists "pos_device" drop constraint if exists "pos_device_register_id_letter_unique";`
    )
    this.addSql(
      `alter table if exists "pos_device" drop constraint if exists "pos_device_token_hash_unique";`
    )
    this.addSql(
      `alter table if exists "pos_register" drop constraint if exists "pos_register_sales_channel_id_unique";`
    )
    this.addSql(
      `alter table if exists "pos_register" drop constraint if exists "pos_register_code_unique";`
    )
    this.addSql(
      `alter table if exists "pos_cash_movement" drop constraint if exists "pos_cash_movement_client_id_unique";`
    )
    this.addSql(
      `create table if not exists "pos_cash_movement" ("id" text not null, "client_id" text not null, "shift_id" text not null, "register_id" text not null, "clerk_id" text not null, "kind" text check ("kind" in ('in', 'out')) not null, "amount" integer not null, "reason" text not null, "at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_cash_movement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_cash_movement_client_id_unique" ON "pos_cash_movement" ("client_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_cash_movement_deleted_at" ON "pos_cash_movement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_cash_movement_shift_id" ON "pos_cash_movement" ("shift_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_lockout" ("id" text not null, "register_id" text not null, "clerk_id" text not null, "device_id" text null, "failed_attempts" integer not null, "locked_at" timestamptz not null, "locked_until" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_lockout_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_lockout_deleted_at" ON "pos_lockout" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_lockout_register_id_locked_at" ON "pos_lockout" ("register_id", "locked_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_register" ("id" text not null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('store', 'booth')) not null, "sales_channel_id" text not null, "stock_location_id" text not null, "region_id" text not null, "receipt" jsonb not null, "vietqr" jsonb null, "discount_approval_percent" integer not null default 10, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_register_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_register_code_unique" ON "pos_register" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_register_sales_channel_id_unique" ON "pos_register" ("sales_channel_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_register_deleted_at" ON "pos_register" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_register_stock_location_id" ON "pos_register" ("stock_location_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_device" ("id" text not null, "label" text not null, "token_hash" text not null, "letter" text not null, "paired_by" text not null, "revoked_at" timestamptz null, "register_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_device_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_device_token_hash_unique" ON "pos_device" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_device_register_id" ON "pos_device" ("register_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_device_deleted_at" ON "pos_device" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_device_register_id_letter_unique" ON "pos_device" ("register_id", "letter") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_clerk" ("id" text not null, "name" text not null, "role" text check ("role" in ('clerk', 'manager')) not null, "auth_identity_id" text null, "is_active" boolean not null default true, "register_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_clerk_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_clerk_register_id" ON "pos_clerk" ("register_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_clerk_deleted_at" ON "pos_clerk" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_sale" ("id" text not null, "client_id" text not null, "register_id" text not null, "shift_id" text not null, "clerk_id" text not null, "device_id" text null, "sale_number" text not null, "status" text check ("status" in ('pending', 'recorded')) not null default 'pending', "order_id" text null, "order_display_id" integer null, "total" integer not null, "vat_total" integer not null, "discount_total" integer not null, "change_due" integer not null, "rung_up_at" timestamptz not null, "tenders" jsonb not null, "vat_by_rate" jsonb not null, "age_check" jsonb null, "customer" jsonb null, "einvoice" jsonb null, "discount_approved_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_sale_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_sale_client_id_unique" ON "pos_sale" ("client_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_sale_deleted_at" ON "pos_sale" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_sale_register_id_sale_number" ON "pos_sale" ("register_id", "sale_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_sale_shift_id" ON "pos_sale" ("shift_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_sale_order_id_unique" ON "pos_sale" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_shift" ("id" text not null, "client_id" text not null, "register_id" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opened_by" text not null, "opened_at" timestamptz not null, "opening_float" integer not null, "closed_by" text null, "closed_at" timestamptz null, "counted" jsonb null, "z_report" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_shift_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_shift_client_id_unique" ON "pos_shift" ("client_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_shift_deleted_at" ON "pos_shift" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_shift_register_id_opened_at" ON "pos_shift" ("register_id", "opened_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_shift_one_open_per_register" ON "pos_shift" ("register_id") WHERE status = 'open' AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_stock_exception" ("id" text not null, "register_id" text not null, "sale_id" text not null, "sale_number" text not null, "variant_id" text not null, "inventory_item_id" text not null, "title" text not null, "sold" integer not null, "stock_after" integer not null, "resolved_at" timestamptz null, "resolved_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_stock_exception_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_stock_exception_deleted_at" ON "pos_stock_exception" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_stock_exception_register_id_created_at" ON "pos_stock_exception" ("register_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_stock_exception_sale_id" ON "pos_stock_exception" ("sale_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pos_vietqr_payment" ("id" text not null, "reference" text not null, "register_id" text not null, "sale_id" text null, "order_id" text null, "expected_amount" integer null, "confirmed_offline" boolean not null default false, "transaction_id" text null, "received_amount" integer null, "notified_at" timestamptz null, "status" text check ("status" in ('pending', 'confirmed', 'needs_review')) not null default 'pending', "review_reason" text null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_vietqr_payment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_vietqr_payment_reference_unique" ON "pos_vietqr_payment" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_vietqr_payment_deleted_at" ON "pos_vietqr_payment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_vietqr_payment_register_id_status" ON "pos_vietqr_payment" ("register_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pos_vietqr_payment_status_created_at" ON "pos_vietqr_payment" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "pos_device" add constraint "pos_device_register_id_foreign" foreign key ("register_id") references "pos_register" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "pos_clerk" add constraint "pos_clerk_register_id_foreign" foreign key ("register_id") references "pos_register" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "pos_device" drop constraint if exists "pos_device_register_id_foreign";`
    )

    this.addSql(
      `alter table if exists "pos_clerk" drop constraint if exists "pos_clerk_register_id_foreign";`
    )

    this.addSql(`drop table if exists "pos_cash_movement" cascade;`)

    this.addSql(`drop table if exists "pos_lockout" cascade;`)

    this.addSql(`drop table if exists "pos_register" cascade;`)

    this.addSql(`drop table if exists "pos_device" cascade;`)

    this.addSql(`drop table if exists "pos_clerk" cascade;`)

    this.addSql(`drop table if exists "pos_sale" cascade;`)

    this.addSql(`drop table if exists "pos_shift" cascade;`)

    this.addSql(`drop table if exists "pos_stock_exception" cascade;`)

    this.addSql(`drop table if exists "pos_vietqr_payment" cascade;`)
  }
}
