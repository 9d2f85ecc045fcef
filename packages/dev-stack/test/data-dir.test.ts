import { chmodSync, mkdirSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ancestorsOf, choosePostgresDataDir, SYSTEM_DATA_ROOT } from "../src/database/data-dir.js"

describe("choosePostgresDataDir", () => {
  it("keeps the data in the checkout for a normal user", () => {
    const choice = choosePostgresDataDir("/home/dev/ocop", { isRoot: false })
    expect(choice).toEqual({ dir: "/home/dev/ocop/.data/postgres", reason: "in-checkout" })
  })

  it("keeps the data in the checkout for root when the postgres user can walk there", () => {
    const root = mkdtempSync(join(tmpdir(), "ocop-open-"))
    chmodSync(root, 0o755)
    const choice = choosePostgresDataDir(root, { isRoot: true, name: "pg" })
    expect(choice).toEqual({ dir: join(root, ".data", "pg"), reason: "in-checkout" })
  })

  it("moves the data out of a checkout the postgres user cannot reach (root's 0700 home)", () => {
    const home = mkdtempSync(join(tmpdir(), "ocop-home-"))
    const checkout = join(home, "ocop")
    mkdirSync(checkout)
    chmodSync(home, 0o700)
    const first = choosePostgresDataDir(checkout, { isRoot: true })
    const again = choosePostgresDataDir(checkout, { isRoot: true })
    expect(first.reason).toBe("outside-checkout-for-postgres-user")
    expect(first.dir.startsWith(`${SYSTEM_DATA_ROOT}/`)).toBe(true)
    // the same checkout always finds its data again
    expect(again.dir).toBe(first.dir)
    expect(choosePostgresDataDir(join(home, "other"), { isRoot: true }).dir).not.toBe(first.dir)
  })

  it("lists every ancestor up to the file-system root", () => {
    expect(ancestorsOf("/a/b/c")).toEqual(["/a/b", "/a", "/"])
  })
})
