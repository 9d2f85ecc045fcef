import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { compareVi } from "@ocop/core"

export interface ChannelKey {
  channel: string
  token: string
}

/**
 * Every live publishable key with the sales channel it opens, for printing on start (storefront,
 * POS registers and the booth each use their channel's key). Keys linked to several channels are
 * listed once per channel.
 */
export async function listPublishableKeys({
  container,
}: Pick<ExecArgs, "container">): Promise<ChannelKey[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["token", "sales_channels.name"],
    filters: { type: "publishable", revoked_at: null },
  })
  const rows = keys.flatMap((key) =>
    ((key.sales_channels ?? []) as ({ name: string } | null)[]).flatMap((channel) =>
      channel ? [{ channel: channel.name, token: key.token as string }] : []
    )
  )
  return rows.sort((a, b) => compareVi(a.channel, b.channel))
}
