// Production server of the storefront: the React Router server build behind Express, gzip, and
// long-lived caching for fingerprinted assets. PORT (default 3000) and HOST choose where it listens.
import { createRequestHandler } from "@react-router/express"
import compression from "compression"
import express from "express"

const build = await import("./build/server/index.js")
try {
  // The build's entry checks MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY and names what is missing.
  build.entry.module.assertRuntimeConfig()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

const app = express()
app.disable("x-powered-by")
app.use(compression())
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }))
app.use(express.static("build/client", { maxAge: "1h", index: false }))
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV ?? "production" }))

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || "0.0.0.0"
const server = app.listen(port, host, () => {
  console.log(`storefront: http://localhost:${port}`)
})
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close(() => process.exit(0)))
}
