import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { discoverApps } from "../src/stack/apps.js"
import { readyBanner } from "../src/stack/banner.js"

describe("start output", () => {
  it("names every app on its own line, with the demo logins", () => {
    const text = readyBanner({
      seconds: 31.04,
      database: "embedded PostgreSQL",
      backendUrl: "http://localhost:9000",
      apps: [{ label: "storefront", dir: "/x", port: 5173, url: "http://localhost:5173" }],
      missingApps: ["POS"],
      logins: [
        { label: "admin", where: "/app", username: "a@b.c", password: "pw" },
        {
          label: "CH1 clerk",
          where: "POS",
          username: "Lan",
          password: "1111",
          register: "CH1",
          role: "clerk",
        },
      ],
      channelKeys: [{ channel: "Web store", token: "pk_123" }],
    })
    const lines = text.split("\n")
    expect(lines).toContain("  backend     http://localhost:9000")
    expect(lines).toContain("  admin       http://localhost:9000/app")
    expect(lines).toContain("  storefront  http://localhost:5173")
    expect(lines).toContain("  POS         (not in this checkout yet)")
    expect(text).toMatch(/a@b\.c \/ pw/)
    expect(lines).toContain("  CH1 clerk   Lan: PIN 1111")
    expect(text).toMatch(/ready \(31\.0 s\)/)
    expect(lines).toContain("  Web store: pk_123")
  })

  it("finds only the apps that have a start script, on their configured ports", () => {
    const root = mkdtempSync(join(tmpdir(), "ocop-apps-"))
    mkdirSync(join(root, "storefront"))
    writeFileSync(
      join(root, "storefront", "package.json"),
      JSON.stringify({ scripts: { start: "vite" } })
    )
    mkdirSync(join(root, "pos"))
    writeFileSync(join(root, "pos", "package.json"), JSON.stringify({ scripts: {} }))
    const apps = discoverApps(root, { STOREFRONT_PORT: "6000" })
    expect(apps.present).toEqual([
      {
        label: "storefront",
        dir: join(root, "storefront"),
        port: 6000,
        url: "http://localhost:6000",
      },
    ])
    expect(apps.missing).toEqual(["POS"])
  })
})
