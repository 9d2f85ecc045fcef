import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { DemoLogin } from "./banner.js"

/** The seed owns the demo accounts; start only reads the same file to print them. */
export function readDemoLogins(checkoutRoot: string): DemoLogin[] {
  const file = join(checkoutRoot, "backend", "src", "scripts", "demo-logins.json")
  return JSON.parse(readFileSync(file, "utf8")) as DemoLogin[]
}
