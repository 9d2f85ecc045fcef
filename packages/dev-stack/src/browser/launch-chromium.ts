import { existsSync } from "node:fs"
import { type Browser, chromium } from "playwright-core"

/**
 * Browser tests drive the system Chromium from Debian's package: Playwright cannot download its
 * own browser here. The flags keep Chromium from calling home on a machine with no network.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`
    )
  }
  return path
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS })
}
