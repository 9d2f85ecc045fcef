import type { ChannelKey } from "../database/ensure-database.js"
import type { StackApp } from "./apps.js"

export interface DemoLogin {
  label: string
  where: string
  username: string
  password: string
  /** A POS clerk's PIN: the register code it opens (password is the PIN). */
  register?: string
  role?: "clerk" | "manager"
}

export interface BannerInput {
  seconds: number
  database: string
  backendUrl: string
  apps: StackApp[]
  missingApps: string[]
  logins: DemoLogin[]
  channelKeys: ChannelKey[]
}

const pad = (label: string) => label.padEnd(12)

/** The lines a person reads after `npm start`: where each app is and how to sign in. */
export function readyBanner(input: BannerInput): string {
  const lines = [
    "",
    `OCOP Commerce is ready (${input.seconds.toFixed(1)} s) — ${input.database}`,
    `  ${pad("backend")}${input.backendUrl}`,
    `  ${pad("admin")}${input.backendUrl}/app`,
    ...input.apps.map((app) => `  ${pad(app.label)}${app.url}`),
    ...input.missingApps.map((label) => `  ${pad(label)}(not in this checkout yet)`),
    "Demo logins",
    ...input.logins
      .filter((login) => !login.register)
      .map(
        (login) => `  ${pad(login.label)}${login.username} / ${login.password}  (${login.where})`
      ),
    ...(input.logins.some((login) => login.register)
      ? ["POS PINs (pair the tablet with its register once, as the admin)"]
      : []),
    ...input.logins
      .filter((login) => login.register)
      .map((login) => `  ${pad(login.label)}${login.username}: PIN ${login.password}`),
    ...(input.channelKeys.length ? ["Publishable keys (x-publishable-api-key)"] : []),
    ...input.channelKeys.map((key) => `  ${key.channel}: ${key.token}`),
    "Press Ctrl-C to stop everything.",
    "",
  ]
  return lines.join("\n")
}
