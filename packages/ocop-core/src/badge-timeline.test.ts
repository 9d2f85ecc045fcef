import fc from "fast-check"
import { type BadgeHistoryEntry, badgeStarsOn, badgeTimeline } from "./badge-timeline"
import { toDate } from "./dates"

const history: BadgeHistoryEntry[] = [
  {
    id: "a",
    stars: 4,
    valid_from: "2023-03-01",
    valid_to: "2026-03-01",
    superseded_by_id: "b",
    superseded_at: "2026-02-01",
  },
  { id: "b", stars: 5, valid_from: "2026-02-01", valid_to: "2029-01-31" },
]

describe("badgeTimeline", () => {
  it("splits a renewal recorded ahead into the predecessor's period and the renewal's", () => {
    const timeline = badgeTimeline(history, "2026-01-15T10:00:00+07:00")
    expect(timeline.periods).toEqual([
      { stars: 4, from: toDate("2026-01-15"), until: toDate("2026-02-01") },
      { stars: 5, from: toDate("2026-02-01"), until: toDate("2029-02-01") },
    ])
    expect(timeline.recheck_at).toBeNull()
  })

  it("is empty without a certificate, and starts later for one not started", () => {
    expect(badgeTimeline([], "2026-01-01")).toEqual({ periods: [], recheck_at: null })
    const ahead = badgeTimeline([history[1] as BadgeHistoryEntry], "2026-01-01")
    expect(ahead.periods).toEqual([
      { stars: 5, from: toDate("2026-02-01"), until: toDate("2029-02-01") },
    ])
  })

  it("keeps an open period for a certificate without an end in sight of the boundaries", () => {
    const single = [{ id: "c", stars: 3, valid_from: "2020-01-01", valid_to: "2040-01-01" }]
    const timeline = badgeTimeline(single, "2040-01-01")
    expect(timeline.periods).toEqual([
      { stars: 3, from: toDate("2040-01-01"), until: toDate("2040-01-02") },
    ])
    // a revoked certificate shows nothing from its revocation day
    const revoked = [{ ...single[0], id: "d", revoked_at: "2030-06-01" }] as BadgeHistoryEntry[]
    expect(badgeTimeline(revoked, "2030-06-01").periods).toEqual([])
  })

  it("stops after maxPeriods and says when to look again", () => {
    const gap: BadgeHistoryEntry[] = [
      { id: "a", stars: 3, valid_from: "2024-01-01", valid_to: "2024-12-31" },
      { id: "b", stars: 4, valid_from: "2025-01-10", valid_to: "2025-12-31" },
      { id: "c", stars: 5, valid_from: "2026-01-10", valid_to: "2026-12-31" },
    ]
    const timeline = badgeTimeline(gap, "2024-06-01", 1)
    expect(timeline.periods).toEqual([
      { stars: 3, from: toDate("2024-06-01"), until: toDate("2025-01-01") },
    ])
    expect(timeline.recheck_at).toEqual(toDate("2025-01-10"))
  })

  const DAY = 86_400_000
  const base = toDate("2024-01-01").getTime()
  const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(base + n * DAY))
  const cert = fc
    .record({
      id: fc.constantFrom("a", "b", "c", "d"),
      stars: fc.integer({ min: 1, max: 5 }),
      valid_from: day,
      length: fc.integer({ min: 0, max: 900 }),
      revoked_at: fc.option(day, { nil: null }),
      superseded_by_id: fc.option(fc.constantFrom("x", "y"), { nil: null }),
      superseded_at: fc.option(day, { nil: null }),
    })
    .map(({ length, ...entry }) => ({
      ...entry,
      valid_to: new Date(entry.valid_from.getTime() + length * DAY),
    }))

  it("agrees with certificateInForce and hasOcopBadge on every day until recheck_at", () => {
    fc.assert(
      fc.property(
        fc.array(cert, { maxLength: 4 }),
        day,
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 20 * 3600 }),
        (certs, from, ahead, seconds) => {
          const timeline = badgeTimeline(certs, from)
          const at = new Date(from.getTime() + ahead * DAY + seconds * 1000)
          if (timeline.recheck_at && at >= timeline.recheck_at) return true
          const period = timeline.periods.find(
            (p) => p.from <= at && (p.until == null || at < p.until)
          )
          expect(period?.stars ?? null).toBe(badgeStarsOn(certs, at))
          return true
        }
      ),
      { numRuns: 500 }
    )
  })
})
