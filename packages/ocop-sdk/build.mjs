// Bundles src/ into one ESM file (Vite apps, the admin dashboard) and one CommonJS file (the
// Medusa backend); dependencies stay external so every app shares one copy of them.
import { build } from "esbuild"

const shared = {
  entryPoints: ["src/index.ts"],
  bundle: true,
  packages: "external",
  platform: "neutral",
  target: "es2022",
  logLevel: "warning",
}

await Promise.all([
  build({ ...shared, format: "esm", outfile: "dist/index.mjs" }),
  build({ ...shared, format: "cjs", outfile: "dist/index.js" }),
])
