import type { ExecArgs, Logger, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addMonths, CERTIFICATE_VALIDITY_MONTHS, toDate, vietnamCalendarDate } from "@ocop/core"
import type { SeedDay } from "../seed-data/types"

const DAY_MS = 24 * 60 * 60 * 1000

/** What every seed step needs: the container, a logger, query, and the one clock of the run. */
export interface SeedContext {
  container: ExecArgs["container"]
  logger: Logger
  query: Omit<RemoteQueryFunction, symbol>
  /** The seed run's "now": every relative demo date is counted from it. */
  now: Date
}

export function createSeedContext(container: ExecArgs["container"], now = new Date()): SeedContext {
  return {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    query: container.resolve(ContainerRegistrationKeys.QUERY),
    now,
  }
}

/** Midnight in Vietnam of the calendar day `days` days before `now` (negative: after). */
function vietnamDayBefore(now: Date, days: number): Date {
  return toDate(vietnamCalendarDate(new Date(now.getTime() - days * DAY_MS)))
}

/** Turns a day written in the data into an instant (midnight in Vietnam). */
export function resolveSeedDay(day: SeedDay, now: Date): Date {
  if (typeof day === "string") return toDate(day)
  if ("daysBeforeSeed" in day) return vietnamDayBefore(now, day.daysBeforeSeed)
  // A decision day whose default validity ends `expiresDaysAfterSeed` days after the seed run.
  return addMonths(vietnamDayBefore(now, -day.expiresDaysAfterSeed), -CERTIFICATE_VALIDITY_MONTHS)
}
