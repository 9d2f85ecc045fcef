import type { IncomingMessage } from "node:http"
import { clientAddress } from "./client-address"
import { readTrustProxy } from "./limits"

const request = (socketAddress: string, forwardedFor?: string) => {
  const socket = { remoteAddress: socketAddress }
  return {
    socket,
    connection: socket,
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  } as unknown as IncomingMessage
}

describe("clientAddress", () => {
  it("is the socket's address without TRUST_PROXY, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("::ffff:203.0.113.7", "198.51.100.1"), null)).toBe("203.0.113.7")
    expect(clientAddress(request("2001:db8::1"), null)).toBe("2001:db8::1")
  })

  it("behind one trusted hop, is the address that proxy saw (a forged prefix is ignored)", () => {
    const trustOne = readTrustProxy("1")
    // the client forged 1.1.1.1; the load balancer appended the address it saw
    const req = request("10.0.0.2", "1.1.1.1, 203.0.113.7")
    expect(clientAddress(req, trustOne)).toBe("203.0.113.7")
  })

  it("believes only the listed proxies", () => {
    const trustPrivate = readTrustProxy("uniquelocal")
    expect(clientAddress(request("172.18.0.5", "203.0.113.7"), trustPrivate)).toBe("203.0.113.7")
    // a public peer is the client itself, not a proxy
    expect(clientAddress(request("198.51.100.4", "203.0.113.7"), trustPrivate)).toBe("198.51.100.4")
  })
})
