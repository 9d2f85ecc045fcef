import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { isDevelopmentNodeEnv } from "../../lib/settings-check"
import demoLogins from "../demo-logins.json"

/**
 * The demo admin printed by `npm start`; created once, left alone afterwards. Its password is
 * public, so it exists only on a development or test database: with any other NODE_ENV the seed
 * skips it (create real admins with `medusa user`).
 */
export async function seedDemoAdmin(
  { container }: Pick<ExecArgs, "container">,
  nodeEnv = process.env.NODE_ENV
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!isDevelopmentNodeEnv(nodeEnv)) {
    logger.info(`seed: no demo admin with NODE_ENV=${nodeEnv}; create admins with \`medusa user\``)
    return null
  }
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const login = demoLogins.find((entry) => entry.label === "admin")
  if (!login) throw new Error("demo-logins.json has no admin entry")

  const [existing] = await userModule.listUsers({ email: login.username })
  if (existing) return existing

  const { result: users } = await createUsersWorkflow(container).run({
    input: { users: [{ email: login.username, first_name: "Demo", last_name: "Admin" }] },
  })
  const user = users[0]
  if (!user) throw new Error("demo admin was not created")
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: login.username, password: login.password },
  })
  if (error || !authIdentity) throw new Error(`demo admin auth failed: ${error}`)
  await authModule.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  logger.info(`seed: demo admin ${login.username}`)
  return user
}
