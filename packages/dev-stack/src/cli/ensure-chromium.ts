import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"

/**
 * `npm test` drives Debian's Chromium in its browser suites. On a fresh machine it is not there:
 * as root we install it with apt-get (the only registry besides npm this machine reaches);
 * otherwise we stop before any suite runs and print the one command that fixes it.
 */
const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const installCommand = "apt-get update && apt-get install -y chromium fonts-noto-core"

if (!existsSync(path)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${path}. Run as root:\n  ${installCommand}\nthen npm test again.`
    )
    process.exit(1)
  }
  console.log(`Chromium is missing at ${path}: installing Debian's chromium package…`)
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv })
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-core"], {
    stdio: "inherit",
    env: aptEnv,
  })
  if (!existsSync(path)) {
    console.error(
      `apt-get finished but ${path} is still missing; set CHROMIUM_PATH to the browser.`
    )
    process.exit(1)
  }
}
