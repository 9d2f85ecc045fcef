import fc from "fast-check"
import {
  type CertificateDates,
  certificateHasStarted,
  certificateInForce,
  certificateStatus,
  daysUntilExpiry,
  defaultValidTo,
  EXPIRING_WINDOW_DAYS,
  hasOcopBadge,
} from "./certificate"
import { calendarDaysBetween, vietnamCalendarDate } from "./dates"

// Quýt vàng Bắc Sơn: 4★ in the provincial round 3/2020 held 28/1/2021 (dates after that: demo).
const quytVang: CertificateDates = { stars: 4, valid_from: "2021-01-28", valid_to: "2024-01-28" }

describe("certificateStatus", () => {
  it("is valid until the expiring window", () => {
    expect(certificateStatus(quytVang, "2023-06-01")).toBe("valid")
    expect(certificateStatus(quytVang, "2023-12-28")).toBe("valid")
  })

  it(`is expiring from ${EXPIRING_WINDOW_DAYS} days before the last day, through that day`, () => {
    expect(certificateStatus(quytVang, "2023-12-29")).toBe("expiring")
    expect(certificateStatus(quytVang, "2024-01-28T23:59:00+07:00")).toBe("expiring")
  })

  it("is expired from the day after valid_to in Vietnam", () => {
    expect(certificateStatus(quytVang, "2024-01-28T17:00:00Z")).toBe("expired")
    expect(certificateStatus(quytVang, new Date("2025-01-01T00:00:00Z"))).toBe("expired")
  })

  it("is revoked from the revocation day, before which it keeps its standing", () => {
    const revoked = { ...quytVang, revoked_at: "2022-12-15" }
    expect(certificateStatus(revoked, "2022-12-14")).toBe("valid")
    expect(certificateStatus(revoked, "2022-12-15")).toBe("revoked")
    expect(certificateStatus(revoked, "2030-01-01")).toBe("revoked")
  })

  it("is superseded once a successor exists, at once when no date is known", () => {
    expect(certificateStatus({ ...quytVang, superseded_by: "cert_2" }, "2022-01-01")).toBe(
      "superseded"
    )
    const dated = { ...quytVang, superseded_by: "cert_2", superseded_at: "2023-12-20" }
    expect(certificateStatus(dated, "2023-12-19")).toBe("valid")
    expect(certificateStatus(dated, "2023-12-20")).toBe("superseded")
  })

  it("ignores null optional fields", () => {
    const cert = { ...quytVang, revoked_at: null, superseded_by: null, superseded_at: null }
    expect(certificateStatus(cert, "2023-06-01")).toBe("valid")
  })

  it("applies the precedence revoked > superseded > expired > expiring", () => {
    const everything = {
      ...quytVang,
      revoked_at: "2023-01-01",
      superseded_by: "cert_2",
      superseded_at: "2023-12-01",
    }
    expect(certificateStatus(everything, "2025-01-01")).toBe("revoked")
    expect(certificateStatus({ ...everything, revoked_at: null }, "2025-01-01")).toBe("superseded")
  })

  it("reports a certificate that has not started by its standing", () => {
    expect(certificateStatus(quytVang, "2020-01-01")).toBe("valid")
    expect(certificateHasStarted(quytVang, "2021-01-27")).toBe(false)
    expect(certificateHasStarted(quytVang, "2021-01-28")).toBe(true)
  })

  it("rejects an invalid moment", () => {
    expect(() => certificateStatus({ ...quytVang, superseded_by: "x" }, "nope")).toThrow(RangeError)
  })
})

describe("daysUntilExpiry", () => {
  it("counts calendar days to the last valid day", () => {
    expect(daysUntilExpiry(quytVang, "2024-01-27")).toBe(1)
    expect(daysUntilExpiry(quytVang, "2024-01-28T22:00:00+07:00")).toBe(0)
    expect(daysUntilExpiry(quytVang, "2024-02-02")).toBe(-5)
  })
})

describe("hasOcopBadge", () => {
  it("shows the badge while valid or expiring", () => {
    expect(hasOcopBadge(quytVang, "2023-06-01")).toBe(true)
    expect(hasOcopBadge(quytVang, "2024-01-20")).toBe(true)
  })

  it("hides it when expired, revoked or superseded", () => {
    expect(hasOcopBadge(quytVang, "2024-01-29")).toBe(false)
    expect(hasOcopBadge({ ...quytVang, revoked_at: "2022-01-01" }, "2023-01-01")).toBe(false)
    expect(hasOcopBadge({ ...quytVang, superseded_by: "cert_2" }, "2023-01-01")).toBe(false)
  })

  it("hides it before the certificate starts", () => {
    expect(hasOcopBadge(quytVang, "2021-01-27")).toBe(false)
  })

  it("hides it below 3★ and without a certificate", () => {
    expect(hasOcopBadge({ ...quytVang, stars: 2 }, "2023-06-01")).toBe(false)
    expect(hasOcopBadge(null, "2023-06-01")).toBe(false)
    expect(hasOcopBadge(undefined, "2023-06-01")).toBe(false)
  })
})

describe("defaultValidTo", () => {
  it.each([
    ["2021-01-28", "2024-01-28"],
    ["2022-01-31", "2025-01-31"],
    ["2024-02-29", "2027-02-28"],
    ["2023-08-31", "2026-08-31"],
  ])("decision %s is valid to %s", (decision, validTo) => {
    expect(vietnamCalendarDate(defaultValidTo(decision))).toBe(validTo)
  })

  it("accepts a Date taken at Vietnamese midnight", () => {
    expect(vietnamCalendarDate(defaultValidTo(new Date("2022-01-30T17:00:00Z")))).toBe("2025-01-31")
  })
})

describe("certificateInForce", () => {
  // A 4★ certificate renewed as 5★, the renewal recorded 30 days before it takes effect.
  const first = {
    id: "ocert_a",
    stars: 4,
    valid_from: "2023-03-01",
    valid_to: "2026-03-01",
    superseded_by_id: "ocert_b",
    superseded_at: "2026-02-01",
  }
  const renewal = {
    id: "ocert_b",
    stars: 5,
    valid_from: "2026-02-01",
    valid_to: "2029-02-01",
    superseded_by_id: null,
    superseded_at: null,
  }
  const history = [renewal, first]

  it("keeps the predecessor in force until the renewal's first day, then the renewal", () => {
    expect(certificateInForce(history, "2026-01-02")?.id).toBe("ocert_a")
    expect(certificateInForce(history, "2026-01-31T23:59:00+07:00")?.id).toBe("ocert_a")
    expect(certificateInForce(history, "2026-02-01T00:00:00+07:00")?.id).toBe("ocert_b")
    expect(certificateInForce(history, "2026-02-02")?.id).toBe("ocert_b")
  })

  it("gives the badge of the certificate in force on each of those days", () => {
    const badge = (at: string) => {
      const cert = certificateInForce(history, at)
      return cert && hasOcopBadge({ ...cert, superseded_by: cert.superseded_by_id }, at)
        ? cert.stars
        : null
    }
    expect(badge("2026-01-31")).toBe(4)
    expect(badge("2026-02-01")).toBe(5)
    expect(badge("2026-02-02")).toBe(5)
  })

  it("shows a certificate recorded ahead when nothing has started yet", () => {
    const ahead = { ...renewal, superseded_by_id: null }
    expect(certificateInForce([ahead], "2025-12-01")?.id).toBe("ocert_b")
    expect(certificateInForce([], "2025-12-01")).toBeNull()
  })

  it("keeps a revoked or expired certificate in force until a successor takes over", () => {
    const revoked = { ...first, revoked_at: "2025-06-01" }
    expect(certificateInForce([renewal, revoked], "2025-07-01")?.id).toBe("ocert_a")
    const lapsed = { ...first, superseded_by_id: null, superseded_at: null }
    expect(certificateInForce([lapsed], "2027-01-01")?.id).toBe("ocert_a")
  })

  it("treats a superseded certificate without a date as replaced at once", () => {
    const replaced = { ...first, superseded_at: null }
    expect(certificateInForce([renewal, replaced], "2025-01-01")?.id).toBe("ocert_b")
  })

  it("breaks full ties by the smaller id, as the SQL's ORDER BY id does", () => {
    const twin = { ...renewal, id: "ocert_0" }
    expect(certificateInForce([renewal, twin], "2027-01-01")?.id).toBe("ocert_0")
    expect(certificateInForce([twin, renewal], "2027-01-01")?.id).toBe("ocert_0")
    // the same record listed twice: the first one stays chosen
    expect(certificateInForce([renewal, { ...renewal }], "2027-01-01")).toBe(renewal)
  })

  it("rejects an invalid day", () => {
    expect(() => certificateInForce(history, "2026-02-30")).toThrow(RangeError)
  })

  const day = fc
    .integer({ min: 0, max: 3000 })
    .map((offset) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000 - 7 * 3_600_000))
  const entry = fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "e"),
    valid_from: day,
    superseded_by_id: fc.option(fc.constantFrom("x", "y"), { nil: null }),
    superseded_at: fc.option(day, { nil: null }),
  })

  it("answers with a member of the history not superseded that day, whatever the order", () => {
    fc.assert(
      // ids are unique, as the certificate table's primary key makes them: two equal entries
      // under one id would make "the same answer whatever the order" a question of object identity
      fc.property(
        fc.uniqueArray(entry, { selector: (cert) => cert.id, maxLength: 5 }),
        day,
        (certs, at) => {
          const chosen = certificateInForce(certs, at)
          const open = certs.filter(
            (cert) =>
              cert.superseded_by_id == null ||
              (cert.superseded_at != null && calendarDaysBetween(cert.superseded_at, at) < 0)
          )
          if (open.length === 0) return chosen === null
          expect(chosen).not.toBeNull()
          expect(open).toContain(chosen)
          expect(certificateInForce([...certs].reverse(), at)).toBe(chosen)
          const started = open.filter((cert) => calendarDaysBetween(cert.valid_from, at) >= 0)
          if (started.length > 0) {
            // the latest certificate that has started
            const latest = Math.max(...started.map((cert) => cert.valid_from.getTime()))
            expect(chosen?.valid_from.getTime()).toBe(latest)
          } else {
            const latest = Math.max(...open.map((cert) => cert.valid_from.getTime()))
            expect(chosen?.valid_from.getTime()).toBe(latest)
          }
          return true
        }
      )
    )
  })
})
