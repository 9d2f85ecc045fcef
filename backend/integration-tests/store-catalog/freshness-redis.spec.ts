import { medusaIntegrationTestRunner } from "../helpers/runner"
import { storeCatalogFreshnessSuite } from "./freshness-suite"

// With Redis: Medusa's Redis event bus, workflow engine, locking and Caching Module provider.
// A database of its own on the machine's Redis, so that other checkouts' runs do not meet ours.
process.env.REDIS_URL = process.env.STORE_CATALOG_TEST_REDIS_URL || "redis://127.0.0.1:6379/11"

medusaIntegrationTestRunner({ testSuite: storeCatalogFreshnessSuite })
