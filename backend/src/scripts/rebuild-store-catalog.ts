import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildStoreCatalog } from "../workflows/store-catalog"

/** `medusa exec ./src/scripts/rebuild-store-catalog.ts`: rewrites the store read model (ADR 0006). */
export default async function rebuild({ container }: Pick<ExecArgs, "container">) {
  await rebuildStoreCatalog(container)
}
