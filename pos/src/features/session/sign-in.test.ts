import type { PosSignInInput, PosSignInResponse } from "@ocop/sdk"
import type { PosDatabase } from "../../db/schema"
import { readSetting } from "../../db/settings"
import { freshDatabase, testRegister } from "../../test-support"
import { PIN_LOCK_MS } from "./pin"
import { signInWithPin } from "./sign-in"

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
  }
}

/** The server's answer as the till sees it: a token for the right PIN, 401 for a wrong one. */
function server(correctPin: string) {
  let online = true
  const calls: PosSignInInput[] = []
  return {
    calls,
    goOffline: () => {
      online = false
    },
    signInOnline: async (input: PosSignInInput): Promise<PosSignInResponse> => {
      calls.push(input)
      if (!online) throw new TypeError("Failed to fetch")
      if (input.pin !== correctPin) throw new HttpError(401)
      return {
        token: `token-${calls.length}`,
        clerk: { id: input.clerk_id, name: "Lan", role: "clerk" },
        register: testRegister,
      }
    },
  }
}

describe("PIN sign-in", () => {
  let db: PosDatabase
  let clock = 1_000_000
  const now = () => clock

  beforeEach(async () => {
    db = await freshDatabase()
    clock = 1_000_000
    await db.clerks.put({
      id: "clerk_lan",
      name: "Lan",
      role: "clerk",
      pinHash: null,
      pinSalt: null,
      pinIterations: null,
      failedAttempts: 0,
      lockedUntil: 0,
      token: null,
      tokenIssuedAt: null,
    })
  })

  it("signs in online, keeps the token and a salted hash (never the PIN)", async () => {
    const backend = server("2468")
    const deps = { db, deviceToken: "dev", signInOnline: backend.signInOnline, now }
    const outcome = await signInWithPin(deps, "clerk_lan", "2468")
    expect(outcome.kind).toBe("signed_in")
    const stored = await db.clerks.get("clerk_lan")
    expect(stored?.token).toBe("token-1")
    expect(stored?.pinHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain("2468")
    expect(await readSetting(db, "activeClerkId")).toBe("clerk_lan")
  })

  it("offline: refuses a clerk who never signed in online here, accepts one who did", async () => {
    const backend = server("2468")
    const deps = { db, deviceToken: "dev", signInOnline: backend.signInOnline, now }
    backend.goOffline()
    expect((await signInWithPin(deps, "clerk_lan", "2468")).kind).toBe("needs_network")

    const online = server("2468")
    await signInWithPin({ ...deps, signInOnline: online.signInOnline }, "clerk_lan", "2468")
    online.goOffline()
    const offline = await signInWithPin(
      { ...deps, signInOnline: online.signInOnline },
      "clerk_lan",
      "2468"
    )
    expect(offline).toMatchObject({ kind: "signed_in", offline: true })
    expect(
      (await signInWithPin({ ...deps, signInOnline: online.signInOnline }, "clerk_lan", "1111"))
        .kind
    ).toBe("wrong_pin")
  })

  it("locks for 15 minutes after 5 wrong PINs, online and offline alike", async () => {
    const backend = server("2468")
    const deps = { db, deviceToken: "dev", signInOnline: backend.signInOnline, now }
    await signInWithPin(deps, "clerk_lan", "2468")
    const attempts = []
    for (let i = 0; i < 3; i++) attempts.push(await signInWithPin(deps, "clerk_lan", "0000"))
    expect(attempts.map((a) => (a.kind === "wrong_pin" ? a.attemptsLeft : a.kind))).toEqual([
      4, 3, 2,
    ])
    backend.goOffline()
    expect(await signInWithPin(deps, "clerk_lan", "0000")).toEqual({
      kind: "wrong_pin",
      attemptsLeft: 1,
    })
    expect(await signInWithPin(deps, "clerk_lan", "0000")).toEqual({
      kind: "locked",
      until: clock + PIN_LOCK_MS,
    })
    // the lock decided here is queued for the manager's lockouts list on the backend
    const queued = await db.outbox.where("kind").equals("lockout").toArray()
    expect(queued).toHaveLength(1)
    expect(queued[0]).toMatchObject({
      status: "pending",
      payload: {
        clerk_id: "clerk_lan",
        failed_attempts: 5,
        locked_until: new Date(clock + PIN_LOCK_MS).toISOString(),
      },
    })
    // even the right PIN waits out the lock, and the server is not asked
    const callsBefore = backend.calls.length
    expect((await signInWithPin(deps, "clerk_lan", "2468")).kind).toBe("locked")
    expect(backend.calls.length).toBe(callsBefore)
    clock += PIN_LOCK_MS + 1
    expect((await signInWithPin(deps, "clerk_lan", "2468")).kind).toBe("signed_in")
  })

  it("does not wait for a server that takes the request and never answers", async () => {
    const backend = server("2468")
    await signInWithPin(
      { db, deviceToken: "dev", signInOnline: backend.signInOnline, now },
      "clerk_lan",
      "2468"
    )
    const hanging = {
      db,
      deviceToken: "dev",
      signInOnline: () => new Promise<PosSignInResponse>(() => {}),
      now,
      onlineTimeoutMs: 20,
    }
    expect(await signInWithPin(hanging, "clerk_lan", "2468")).toMatchObject({
      kind: "signed_in",
      offline: true,
    })
    // and with no network at all the server is not even asked
    const calls = backend.calls.length
    const offline = {
      db,
      deviceToken: "dev",
      signInOnline: backend.signInOnline,
      now,
      online: () => false,
    }
    expect((await signInWithPin(offline, "clerk_lan", "1111")).kind).toBe("wrong_pin")
    expect(backend.calls.length).toBe(calls)
  })

  it("takes the server's lock (429) as a lock", async () => {
    const deps = {
      db,
      deviceToken: "dev",
      signInOnline: async () => {
        throw new HttpError(429)
      },
      now,
    }
    expect(await signInWithPin(deps, "clerk_lan", "2468")).toEqual({
      kind: "locked",
      until: clock + PIN_LOCK_MS,
    })
    // the server logged its own lockout: nothing to report
    expect(await db.outbox.count()).toBe(0)
  })
})
