import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductEvents } from "@medusajs/framework/utils"
import { refreshOcopSearchKeysWorkflow } from "../workflows/ocop"

/** A product's title is part of its OCOP search key: keep the key in step with catalog edits. */
export default async function refreshOcopSearchKeyOnProductUpdate({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshOcopSearchKeysWorkflow(container).run({ input: { product_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: ProductEvents.PRODUCT_UPDATED,
}
