import { medusaIntegrationTestRunner } from "../helpers/runner"
import { storeCatalogFreshnessSuite } from "./freshness-suite"

// Without Redis: the Caching Module keeps entries in this process's memory.
delete process.env.REDIS_URL

medusaIntegrationTestRunner({ testSuite: storeCatalogFreshnessSuite })
