import pg from "pg"

/** Splits a PostgreSQL URL into the maintenance-database URL and the database name. */
export function splitDatabaseUrl(databaseUrl: string): { serverUrl: string; database: string } {
  const url = new URL(databaseUrl)
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!database) throw new Error(`DATABASE_URL names no database: ${databaseUrl}`)
  url.pathname = "/postgres"
  return { serverUrl: url.toString(), database }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates the database when it does not exist yet; returns true when it was created. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const { serverUrl, database } = splitDatabaseUrl(databaseUrl)
  return withClient(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (found.rowCount) return false
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    return true
  })
}

/** Creates the database as a copy of another (which nobody may be connected to). */
export async function copyDatabase(databaseUrl: string, template: string): Promise<void> {
  const { serverUrl, database } = splitDatabaseUrl(databaseUrl)
  await withClient(serverUrl, async (client) => {
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(database)} TEMPLATE ${client.escapeIdentifier(template)}`
    )
  })
}

/** Drops a scratch database, closing whatever connections a stopped test server left behind. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const { serverUrl, database } = splitDatabaseUrl(databaseUrl)
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)
  })
}

/**
 * The demo seed runs only on an empty database: never when our seed marker is there (demo data
 * already loaded) and never when the catalog has products (somebody's real shop).
 */
export async function needsDemoSeed(databaseUrl: string): Promise<boolean> {
  return withClient(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT
         EXISTS (SELECT 1 FROM store WHERE metadata ? 'ocop_demo_seed') AS marked,
         EXISTS (SELECT 1 FROM product WHERE deleted_at IS NULL) AS has_products`
    )
    const row = result.rows[0] ?? {}
    return !row.marked && !row.has_products
  })
}

export interface ChannelKey {
  channel: string
  token: string
}

/** The publishable key of each sales channel: the storefront, each store's POS and each booth use their own. */
export async function listChannelKeys(databaseUrl: string): Promise<ChannelKey[]> {
  return withClient(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT sc.name AS channel, ak.token
         FROM api_key ak
         JOIN publishable_api_key_sales_channel link
           ON link.publishable_key_id = ak.id AND link.deleted_at IS NULL
         JOIN sales_channel sc ON sc.id = link.sales_channel_id AND sc.deleted_at IS NULL
        WHERE ak.type = 'publishable' AND ak.revoked_at IS NULL AND ak.deleted_at IS NULL
        ORDER BY sc.created_at`
    )
    return result.rows as ChannelKey[]
  })
}

/**
 * The publishable key of the store's default sales channel (the web store, which the seed makes
 * the default): what the storefront sends with every store API call. Null when there is none.
 */
export async function webStoreKey(databaseUrl: string): Promise<string | null> {
  return withClient(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT ak.token
         FROM store s
         JOIN publishable_api_key_sales_channel link
           ON link.sales_channel_id = s.default_sales_channel_id AND link.deleted_at IS NULL
         JOIN api_key ak ON ak.id = link.publishable_key_id
        WHERE s.deleted_at IS NULL AND ak.type = 'publishable' AND ak.revoked_at IS NULL
          AND ak.deleted_at IS NULL
        ORDER BY ak.created_at
        LIMIT 1`
    )
    return (result.rows[0]?.token as string | undefined) ?? null
  })
}
