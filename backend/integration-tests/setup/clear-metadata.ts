import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"

// Each test file boots Medusa again; stale entity metadata from a previous boot breaks MikroORM.
MetadataStorage.clear()
