import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203072121 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "pos_lockout" drop constraint if exists "pos_lockout_client_id_unique";`
    )
    this.addSql(
      `alter table if exists "pos_lockout" add column if not exists "source" text check ("source" in ('server', 'tablet')) not null default 'server', add column if not exists "client_id" text null;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_lockout_client_id_unique" ON "pos_lockout" ("client_id") WHERE client_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_pos_lockout_client_id_unique";`)
    this.addSql(
      `alter table if exists "pos_lockout" drop column if exists "source", drop column if exists "client_id";`
    )
  }
}
