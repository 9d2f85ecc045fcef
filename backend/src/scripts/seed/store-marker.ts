import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"

/** `npm start` looks for this key to know the demo data is already loaded. */
export const DEMO_SEED_MARKER = "ocop_demo_seed"

export async function markStoreSeeded({ container }: Pick<ExecArgs, "container">) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (!store) throw new Error("Medusa has no store; run the migrations first")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "OCOP Commerce",
        metadata: { ...(store.metadata ?? {}), [DEMO_SEED_MARKER]: new Date().toISOString() },
      },
    },
  })
}
