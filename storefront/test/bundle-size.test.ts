import { execFile } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { promisify } from "node:util"
import { gzipSync } from "node:zlib"

/**
 * The product page's JavaScript budget (DESIGN.md: ≤ 120 KB gzipped): every script a browser loads
 * for it — the entry, the root and shell routes, the product route and all their static imports —
 * read from Vite's build manifest of a fresh production build.
 */
const BUDGET_KB = 120
const root = join(__dirname, "..")
const clientDir = join(root, "build", "client")

interface ManifestChunk {
  file: string
  imports?: string[]
  isEntry?: boolean
  src?: string
}

function closure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`manifest has no ${key}`)
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of keys) visit(key)
  return files
}

function pageJsKb(routeFiles: string[]): { kb: number; files: string[] } {
  const manifest = JSON.parse(
    readFileSync(join(clientDir, ".vite", "manifest.json"), "utf8")
  ) as Record<string, ManifestChunk>
  const entry = Object.keys(manifest).find(
    (key) => manifest[key]?.isEntry && key.includes("entry.client")
  )
  if (!entry) throw new Error("no client entry in the manifest")
  // route modules are keyed by their file with React Router's client-route query
  const routes = ["app/root.tsx", "app/routes/shell.tsx", ...routeFiles].map(
    (file) => `${file}?__react-router-build-client-route`
  )
  const files = [...closure(manifest, [entry, ...routes])]
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(clientDir, file)), { level: 9 }).length,
    0
  )
  return { kb: bytes / 1024, files }
}

describe("JavaScript budget", () => {
  // Asynchronous on purpose: a build that blocks the test worker for a minute (a loaded CI
  // machine) starves vitest's worker RPC, which then fails the run with "Timeout calling
  // onTaskUpdate" although every test passed.
  beforeAll(async () => {
    await promisify(execFile)("npm", ["run", "build"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      maxBuffer: 64 * 1024 * 1024,
    })
  }, 300_000)

  it(`keeps the product page at or under ${BUDGET_KB} KB gzipped`, () => {
    const { kb, files } = pageJsKb(["app/routes/product.tsx"])
    console.log(`product page JS: ${kb.toFixed(1)} KB gzipped in ${files.length} files`)
    expect(files.length).toBeGreaterThan(3)
    expect(kb).toBeLessThanOrEqual(BUDGET_KB)
  })

  it("keeps the other shopping pages under the same budget", () => {
    for (const route of ["home", "products", "cart", "checkout", "order"]) {
      const { kb } = pageJsKb([`app/routes/${route}.tsx`])
      console.log(`${route} JS: ${kb.toFixed(1)} KB gzipped`)
      expect(kb, route).toBeLessThanOrEqual(BUDGET_KB)
    }
  })
})
