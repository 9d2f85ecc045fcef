export { CHROMIUM_FLAGS, chromiumPath, launchChromium } from "./browser/launch-chromium.js"
export { grantPassageTo, postgresDataDir } from "./database/data-dir.js"
export { startEmbeddedPostgres } from "./database/embedded-postgres.js"
export {
  dropDatabase,
  ensureDatabase,
  listChannelKeys,
  needsDemoSeed,
  splitDatabaseUrl,
  webStoreKey,
} from "./database/ensure-database.js"
export {
  provideTestDatabase,
  scratchDatabaseUrl,
  testDatabaseEnvFromUrl,
} from "./database/test-database.js"
export { runStep } from "./processes/run-step.js"
export { stopCommands } from "./processes/stop-commands.js"
export { waitForHttp } from "./processes/wait-for-http.js"
