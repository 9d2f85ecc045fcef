// Production server of the storefront: the React Router server build behind Express, gzip, and
// long-lived caching for fingerprinted assets. PORT (default 3000) and HOST choose where it listens;
// TRUST_PROXY says which proxies in front of it tell the shopper's address (README).
import { createRequestHandler } from "@react-router/express"
import compression from "compression"
import express from "express"

const build = await import("./build/server/index.js")
const { assertRuntimeConfig, createLoadContext, trustProxySetting } = build.entry.module
const app = express()
app.disable("x-powered-by")
const stop = (message) => {
  console.error(message)
  process.exit(1)
}
try {
  // The build's entry checks MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY and names what is missing.
  assertRuntimeConfig()
} catch (error) {
  stop(error instanceof Error ? error.message : String(error))
}
try {
  // req.ip: the socket's address, or X-Forwarded-For's as far as TRUST_PROXY trusts the hops
  app.set("trust proxy", trustProxySetting(process.env.TRUST_PROXY))
} catch (error) {
  stop(
    `The storefront cannot start: TRUST_PROXY must be true, false, a number of hops or a list of addresses and subnets (${error instanceof Error ? error.message : error}).`
  )
}
app.use(compression())
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }))
app.use(express.static("build/client", { maxAge: "1h", index: false }))
const loadContext = createLoadContext()
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV ?? "production",
    getLoadContext: (req) => loadContext(req),
  })
)

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || "0.0.0.0"
const server = app.listen(port, host, () => {
  console.log(`storefront: http://localhost:${port}`)
})
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close(() => process.exit(0)))
}
