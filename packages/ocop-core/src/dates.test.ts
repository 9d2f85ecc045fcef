import fc from "fast-check"
import {
  addMonths,
  calendarDaysBetween,
  formatDateTimeVi,
  formatDateVi,
  readDate,
  toDate,
  vietnamCalendarDate,
  vietnamDayBounds,
} from "./dates"

describe("toDate", () => {
  it("reads a bare calendar date as midnight in Vietnam", () => {
    expect(toDate("2021-01-28").toISOString()).toBe("2021-01-27T17:00:00.000Z")
  })

  it("reads ISO date-times as instants", () => {
    expect(toDate("2021-01-28T10:00:00Z").toISOString()).toBe("2021-01-28T10:00:00.000Z")
    expect(toDate("2021-01-28T10:00:00+07:00").toISOString()).toBe("2021-01-28T03:00:00.000Z")
  })

  it("copies Date inputs", () => {
    const input = new Date("2021-01-28T00:00:00Z")
    const copy = toDate(input)
    expect(copy).toEqual(input)
    expect(copy).not.toBe(input)
  })

  it.each(["2025-02-30", "2025-02-29T10:00:00Z", "2025-13-01", "2025-00-10", "not a date", ""])(
    "rejects %j instead of rolling it over",
    (text) => {
      expect(() => toDate(text)).toThrow(RangeError)
    }
  )

  it("accepts 29 February in leap years", () => {
    expect(vietnamCalendarDate("2024-02-29")).toBe("2024-02-29")
  })

  it("rejects an invalid Date", () => {
    expect(() => toDate(new Date(Number.NaN))).toThrow(RangeError)
  })
})

describe("vietnamCalendarDate / calendarDaysBetween", () => {
  it("uses the day in Vietnam, not in UTC", () => {
    expect(vietnamCalendarDate("2025-01-31T16:59:59Z")).toBe("2025-01-31")
    expect(vietnamCalendarDate("2025-01-31T17:00:00Z")).toBe("2025-02-01")
  })

  it("counts calendar days in Vietnam", () => {
    expect(calendarDaysBetween("2025-01-31T16:59:00Z", "2025-01-31T17:01:00Z")).toBe(1)
    expect(calendarDaysBetween("2025-03-01", "2025-02-01")).toBe(-28)
    expect(calendarDaysBetween("2024-01-01", "2025-01-01")).toBe(366)
  })
})

describe("vietnamDayBounds", () => {
  it("spans midnight to midnight in Asia/Ho_Chi_Minh (UTC+7)", () => {
    // 23:30 on 28 Feb 2026 in Vietnam is 16:30 UTC.
    const { start, next } = vietnamDayBounds(new Date("2026-02-28T16:30:00Z"))
    expect(start.toISOString()).toBe("2026-02-27T17:00:00.000Z")
    expect(next.toISOString()).toBe("2026-02-28T17:00:00.000Z")
    // 00:30 on 1 Mar in Vietnam is already the next day.
    expect(vietnamDayBounds(new Date("2026-02-28T17:30:00Z")).start.toISOString()).toBe(
      "2026-02-28T17:00:00.000Z"
    )
  })
})

describe("addMonths", () => {
  it.each([
    ["2022-01-31", 1, "2022-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2022-01-31", 36, "2025-01-31"],
    ["2024-02-29", 36, "2027-02-28"],
    ["2022-08-31", 1, "2022-09-30"],
    ["2022-03-31", -1, "2022-02-28"],
    ["2022-12-15", 1, "2023-01-15"],
    ["2022-01-15", -13, "2020-12-15"],
    ["2022-01-15", 0, "2022-01-15"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(vietnamCalendarDate(addMonths(from, months))).toBe(expected)
  })

  it("keeps the time of day on Vietnam's clock", () => {
    expect(addMonths("2025-01-31T23:30:00+07:00", 1).toISOString()).toBe("2025-02-28T16:30:00.000Z")
  })

  it("rejects fractional months", () => {
    expect(() => addMonths("2025-01-01", 1.5)).toThrow(RangeError)
  })

  it("undoes itself when the day exists in both months", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -600, max: 600 }),
        (year, month, day, months) => {
          const start = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`
          expect(vietnamCalendarDate(addMonths(addMonths(start, months), -months))).toBe(start)
        }
      )
    )
  })
})

describe("formatDateVi / formatDateTimeVi", () => {
  it("formats in Asia/Ho_Chi_Minh whatever the machine's zone", () => {
    expect(formatDateVi("2021-01-28")).toBe("28/01/2021")
    expect(formatDateVi(new Date("2025-01-31T20:00:00Z"))).toBe("01/02/2025")
    expect(formatDateTimeVi("2025-01-31T20:05:00Z")).toBe("03:05 01/02/2025")
    expect(formatDateTimeVi("2025-06-30T17:00:00Z")).toBe("00:00 01/07/2025")
    expect(formatDateTimeVi("2025-06-30T12:45:00Z")).toBe("19:45 30/06/2025")
  })

  it("agrees with vietnamCalendarDate", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1980-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (date) => {
          const [year, month, day] = vietnamCalendarDate(date).split("-")
          expect(formatDateVi(date)).toBe(`${day}/${month}/${year}`)
        }
      )
    )
  })
})

describe("readDate", () => {
  it("reads what toDate accepts and answers undefined for anything else", () => {
    expect(readDate("2021-01-28")?.toISOString()).toBe("2021-01-27T17:00:00.000Z")
    const instant = new Date("2021-01-28T03:00:00Z")
    expect(readDate(instant)?.getTime()).toBe(instant.getTime())
    expect(readDate("2025-02-30")).toBeUndefined()
    expect(readDate("tomorrow")).toBeUndefined()
    expect(readDate(new Date(Number.NaN))).toBeUndefined()
    expect(readDate(20210128)).toBeUndefined()
    expect(readDate(null)).toBeUndefined()
  })
})
