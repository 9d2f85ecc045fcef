import { postgresDataDir } from "../database/data-dir.js"
import { startEmbeddedPostgres } from "../database/embedded-postgres.js"

export interface StackDatabase {
  databaseUrl: string
  description: string
  stop: () => Promise<void>
}

export const DEFAULT_EMBEDDED_PORT = 54329
export const DEFAULT_DATABASE_NAME = "ocop_commerce"

/** DATABASE_URL wins; otherwise an embedded PostgreSQL whose data lives with the checkout. */
export async function openStackDatabase(
  checkoutRoot: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<StackDatabase> {
  if (env.DATABASE_URL) {
    return {
      databaseUrl: env.DATABASE_URL,
      description: "PostgreSQL from DATABASE_URL",
      stop: async () => {},
    }
  }
  const port = Number(env.EMBEDDED_PG_PORT || DEFAULT_EMBEDDED_PORT)
  const dataDir = env.OCOP_DATA_DIR || postgresDataDir(checkoutRoot)
  const server = await startEmbeddedPostgres({ dataDir, port })
  return {
    databaseUrl: `${server.serverUrl}/${DEFAULT_DATABASE_NAME}`,
    description: `embedded PostgreSQL on port ${port}, data in ${dataDir}`,
    stop: server.stop,
  }
}
