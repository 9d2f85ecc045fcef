import { randomBytes } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { factory } from "ulid"

/**
 * Bulk writes that stay what Medusa writes: every row is a copy of a row that Medusa's own
 * workflows (or ours) wrote for the pilot product, with only the fields that differ replaced.
 * Whatever defaults, raw_* columns or bookkeeping a module sets, the copies carry too.
 */
export type Row = Record<string, unknown>

/** One row of `table` as JSON (the exact stored values), or null. */
export async function readRow(
  db: Knex,
  table: string,
  where: Record<string, unknown>
): Promise<Row | null> {
  const conditions = Object.keys(where)
    .map((column) => `t.${quoteIdentifier(column)} = ?`)
    .join(" AND ")
  const result = await db.raw(
    `SELECT to_jsonb(t) AS row FROM ${quoteIdentifier(table)} t WHERE ${conditions} LIMIT 1`,
    Object.values(where) as Knex.RawBinding[]
  )
  return (result.rows[0]?.row as Row | undefined) ?? null
}

export async function requireRow(
  db: Knex,
  table: string,
  where: Record<string, unknown>
): Promise<Row> {
  const row = await readRow(db, table, where)
  if (!row) throw new Error(`scale: no ${table} row where ${JSON.stringify(where)} to copy`)
  return row
}

/** Inserts rows shaped like the table (every column given, as to_jsonb gives them) in one statement. */
export async function insertRows(db: Knex, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return
  const name = quoteIdentifier(table)
  await db.raw(
    `INSERT INTO ${name} SELECT * FROM jsonb_populate_recordset(NULL::${name}, ?::jsonb)`,
    [JSON.stringify(rows)]
  )
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`scale: unexpected identifier ${name}`)
  return `"${name}"`
}

// Medusa's ids are "<prefix>_<ULID>" (generateEntityId). Its ulid() asks the OS for one random
// byte per character, which costs more than the rest of the load; the same ULIDs drawn from a
// pooled buffer of secure random bytes are as unique and ~20× cheaper.
let pool = Buffer.alloc(0)
let offset = 0
const ulid = factory(() => {
  if (offset >= pool.length) {
    pool = randomBytes(64 * 1024)
    offset = 0
  }
  return (pool[offset++] as number) / 256
})

/** A new id of the same kind as `like` ("prod_…", "iitem_…"). */
export function idLike(like: unknown): string {
  const prefix = String(like).split("_")[0]
  return `${prefix}_${ulid()}`
}

/** Medusa's numeric columns keep a raw_* twin: { value, precision }. */
export function rawNumber(value: number) {
  return { value: String(value), precision: 20 }
}
