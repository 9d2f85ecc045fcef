export { CHROMIUM_FLAGS, chromiumPath, launchChromium } from "./browser/launch-chromium.js"
export { grantPassageTo, postgresDataDir } from "./database/data-dir.js"
export { startEmbeddedPostgres } from "./database/embedded-postgres.js"
export {
  type ChannelKey,
  copyDatabase,
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
export {
  BACKEND_DIR,
  type BackendSetup,
  MEDUSA_BIN,
  type RunningBackend,
  type StartBackendOptions,
  startBackend,
} from "./stack/backend.js"
export {
  DECLINED_CARD,
  type StandInIntent,
  type StandInRequest,
  type StripeApiStandIn,
  startStripeApiStandIn,
} from "./stripe/stripe-api-stand-in.js"
export { stripeJsStandIn } from "./stripe/stripe-js-stand-in.js"
