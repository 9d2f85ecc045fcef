import { reactRouter } from "@react-router/dev/vite"
import { defineConfig } from "vite"

export default defineConfig({
  plugins: [reactRouter()],
  // @ocop/core and @ocop/sdk are workspace packages with ESM bundles: bundle them into the server
  // build as well, so the server never loads their CommonJS twin.
  ssr: { noExternal: ["@ocop/core", "@ocop/sdk"] },
  build: { manifest: true },
})
