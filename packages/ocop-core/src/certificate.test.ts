import {
  type CertificateDates,
  certificateHasStarted,
  certificateStatus,
  daysUntilExpiry,
  defaultValidTo,
  EXPIRING_WINDOW_DAYS,
  hasOcopBadge,
} from "./certificate"
import { vietnamCalendarDate } from "./dates"

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
