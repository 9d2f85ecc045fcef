import { stackBackendEnv } from "../src/stack/backend.js"

describe("the backend's environment under npm start", () => {
  const base = { databaseUrl: "postgres://localhost/ocop", port: 9104 }

  it("believes X-Forwarded-For from this machine only: the storefront's server names its shoppers", () => {
    expect(stackBackendEnv({ ...base, env: {} })).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: "postgres://localhost/ocop",
      PORT: "9104",
      MEDUSA_DISABLE_TELEMETRY: "true",
      TRUST_PROXY: "loopback",
    })
  })

  it("keeps an operator's own TRUST_PROXY", () => {
    expect(stackBackendEnv({ ...base, env: { TRUST_PROXY: "10.0.0.0/8" } }).TRUST_PROXY).toBe(
      "10.0.0.0/8"
    )
  })
})
