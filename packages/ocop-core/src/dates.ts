/** A date as an instant (`Date`), an ISO 8601 date-time string, or a "YYYY-MM-DD" calendar date. */
export type DateInput = Date | string

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh"

// Vietnam has used UTC+7 without daylight saving since 1975, so calendar arithmetic can use a
// fixed offset and stay identical on servers, browsers and tablets whatever their own zone.
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/

function daysInMonth(year: number, monthIndex: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex + 1, 0)
  return date.getUTCDate()
}

function assertCalendarDateExists(input: string, prefix: RegExpExecArray): void {
  const year = Number(prefix[1])
  const month = Number(prefix[2])
  const day = Number(prefix[3])
  // The JS parser silently rolls "2025-02-30" over to 2 March; a typo must not move a date.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) {
    throw new RangeError(`Invalid date: "${input}"`)
  }
}

/**
 * Converts any accepted date input to a `Date`.
 * A bare "YYYY-MM-DD" is a calendar date in Vietnam and becomes midnight Asia/Ho_Chi_Minh
 * (the JS default would be midnight UTC, i.e. 07:00 in Vietnam).
 */
export function toDate(input: DateInput): Date {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError("Invalid date: Invalid Date")
    return new Date(input.getTime())
  }
  const prefix = ISO_DATE_PREFIX.exec(input)
  if (prefix) assertCalendarDateExists(input, prefix)
  const calendar = CALENDAR_DATE.exec(input)
  if (calendar) {
    const date = new Date(0)
    date.setUTCFullYear(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3]))
    return new Date(date.getTime() - VIETNAM_UTC_OFFSET_MS)
  }
  const date = new Date(input)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: "${input}"`)
  return date
}

/**
 * Reads a date from untrusted input (a form field, a JSON body, a database row): a `Date` or a
 * string `toDate` accepts, otherwise `undefined` instead of an exception.
 */
export function readDate(value: unknown): Date | undefined {
  if (!(value instanceof Date) && typeof value !== "string") return undefined
  try {
    return toDate(value)
  } catch {
    return undefined
  }
}

/** Whole days since the epoch, counted on Vietnam's calendar. */
function vietnamDayNumber(input: DateInput): number {
  return Math.floor((toDate(input).getTime() + VIETNAM_UTC_OFFSET_MS) / DAY_MS)
}

/** The calendar date in Vietnam of an instant, as "YYYY-MM-DD". */
export function vietnamCalendarDate(input: DateInput): string {
  return new Date(toDate(input).getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * Midnight to midnight of `at`'s calendar day in Vietnam, the unit the badge rule counts in:
 * `start` is the day's first instant, `next` the next day's (Vietnam keeps UTC+7 all year).
 */
export function vietnamDayBounds(at: DateInput): { start: Date; next: Date } {
  const start = toDate(vietnamCalendarDate(at))
  return { start, next: new Date(start.getTime() + DAY_MS) }
}

/** Calendar days in Vietnam from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: DateInput, to: DateInput): number {
  return vietnamDayNumber(to) - vietnamDayNumber(from)
}

/**
 * Adds whole months on Vietnam's wall clock, keeping the time of day. When the target month is
 * shorter the day is clamped to its last day (31 Jan + 1 month = 28/29 Feb, not 3 March), which is
 * how the Civil Code counts periods expressed in months.
 */
export function addMonths(input: DateInput, months: number): Date {
  if (!Number.isInteger(months)) {
    throw new RangeError(`Months must be a whole number, got ${months}`)
  }
  const wallClock = new Date(toDate(input).getTime() + VIETNAM_UTC_OFFSET_MS)
  const monthCount = wallClock.getUTCFullYear() * 12 + wallClock.getUTCMonth() + months
  const year = Math.floor(monthCount / 12)
  const monthIndex = monthCount - year * 12
  const day = Math.min(wallClock.getUTCDate(), daysInMonth(year, monthIndex))
  const result = new Date(wallClock.getTime())
  result.setUTCFullYear(year, monthIndex, day)
  return new Date(result.getTime() - VIETNAM_UTC_OFFSET_MS)
}

const dateFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: VIETNAM_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
})

const dateTimeFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: VIETNAM_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

// Assembling the parts ourselves keeps the output identical across ICU versions (browsers and
// Node disagree on separators such as "03:00 01/02/2025" versus "03:00, 01/02/2025").
function formatParts(format: Intl.DateTimeFormat, input: DateInput): Record<string, string> {
  const parts = format.formatToParts(toDate(input))
  return Object.fromEntries(parts.map((part) => [part.type, part.value]))
}

/** "dd/MM/yyyy" in Asia/Ho_Chi_Minh, e.g. "28/01/2021". */
export function formatDateVi(input: DateInput): string {
  const p = formatParts(dateFormat, input)
  return `${p.day}/${p.month}/${p.year}`
}

/** "HH:mm dd/MM/yyyy" (24-hour, Vietnamese order: time first) in Asia/Ho_Chi_Minh. */
export function formatDateTimeVi(input: DateInput): string {
  const p = formatParts(dateTimeFormat, input)
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`
}
