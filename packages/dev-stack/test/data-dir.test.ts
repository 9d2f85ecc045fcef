import { chmodSync, mkdirSync, mkdtempSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  ancestorsOf,
  blockedAncestors,
  grantPassageTo,
  postgresDataDir,
} from "../src/database/data-dir.js"

const mode = (path: string) => statSync(path).mode & 0o777

describe("embedded PostgreSQL paths", () => {
  it("keeps the cluster with the checkout", () => {
    expect(postgresDataDir("/home/dev/ocop")).toBe("/home/dev/ocop/.data/postgres")
    expect(postgresDataDir("/home/dev/ocop", "pg-test")).toBe("/home/dev/ocop/.data/pg-test")
  })

  it("lists every ancestor up to the file-system root", () => {
    expect(ancestorsOf("/a/b/c")).toEqual(["/a/b", "/a", "/"])
  })

  it("finds the 0700 home that keeps the postgres user out, and opens only its search bit", () => {
    const home = mkdtempSync(join(tmpdir(), "ocop-home-"))
    const checkout = join(home, "ocop")
    mkdirSync(checkout)
    chmodSync(home, 0o700)
    const dataDir = join(checkout, ".data", "postgres")
    expect(blockedAncestors(dataDir)).toEqual([home])

    expect(grantPassageTo([dataDir, join(checkout, "node_modules", "pg")])).toEqual([home])
    // search for others, still no listing or reading
    expect(mode(home)).toBe(0o701)
    expect(blockedAncestors(dataDir)).toEqual([])
    expect(grantPassageTo([dataDir])).toEqual([])
  })
})
