import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { SEED_STORE } from "../seed-data/region"

/** `npm start` looks for this key to know the demo data is already loaded. */
export const DEMO_SEED_MARKER = "ocop_demo_seed"

/** Sets the store name and the marker (the time of the first seed run); a rerun leaves both. */
export async function markStoreSeeded({ container }: Pick<ExecArgs, "container">) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (!store) throw new Error("Medusa has no store; run the migrations first")
  if (store.name === SEED_STORE.name && store.metadata?.[DEMO_SEED_MARKER]) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: SEED_STORE.name,
        metadata: {
          ...(store.metadata ?? {}),
          [DEMO_SEED_MARKER]: store.metadata?.[DEMO_SEED_MARKER] ?? new Date().toISOString(),
        },
      },
    },
  })
}
