import {
  BACKEND_DIR,
  dropDatabase,
  ensureDatabase,
  MEDUSA_BIN,
  runStep,
  scratchDatabaseUrl,
} from "@ocop/dev-stack"

/**
 * Migrates one database per run that every boot of Medusa's test runner copies (helpers/runner.ts)
 * instead of migrating its own: migrations and link sync cost each boot about half its time.
 * Runs after global-database.mts, which sets the DB_* variables of the server the tests use.
 */
export default async function setup() {
  const name = `ocop_migrated_${process.pid}`
  const databaseUrl = scratchDatabaseUrl(name)
  await dropDatabase(databaseUrl)
  await ensureDatabase(databaseUrl)
  const startedAt = Date.now()
  await runStep({
    name: "migrated template",
    // the runner migrates modules and links only; migration scripts are not part of a fresh boot
    command: `${MEDUSA_BIN} db:migrate --skip-scripts`,
    cwd: BACKEND_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  })
  console.log(`migrated template ${name} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  process.env.OCOP_MIGRATED_TEMPLATE = name
  return () => dropDatabase(databaseUrl)
}
