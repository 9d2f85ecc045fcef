import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"

export interface RequestHeaders {
  headers: Record<string, string>
}

/** A real admin user with an emailpass identity, and a bearer token signed like a login would. */
export async function createAdminHeaders(
  container: MedusaContainer,
  email = "admin@test.ocop"
): Promise<RequestHeaders> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email })
  const user = existing ?? (await userModule.createUsers({ email }))
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const { jwtSecret, jwtOptions } = config.projectConfig.http
  const token = generateJwtToken(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: identity.id,
      app_metadata: { user_id: user.id },
    },
    { secret: jwtSecret as string, expiresIn: "1d", jwtOptions }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/** A sales channel with its own publishable key, as each storefront, store and booth has. */
export async function createStoreChannel(container: MedusaContainer, name: string) {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name }] },
  })
  const channel = channels[0]
  if (!channel) throw new Error("sales channel not created")
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: name, type: "publishable", created_by: "test" }] },
  })
  const key = keys[0]
  if (!key) throw new Error("publishable key not created")
  const remoteLink = container.resolve(ContainerRegistrationKeys.LINK)
  await remoteLink.create({
    [Modules.API_KEY]: { publishable_key_id: key.id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
  })
  return { channel, key, headers: { headers: { "x-publishable-api-key": key.token } } }
}
