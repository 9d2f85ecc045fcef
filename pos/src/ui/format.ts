import { formatVnd } from "@ocop/core"

export const money = formatVnd

const numberFormat = new Intl.NumberFormat("vi-VN")

/** "185.000" for keypads and compact columns. */
export function plainAmount(value: number): string {
  return numberFormat.format(value)
}

const timeFormat = new Intl.DateTimeFormat("vi-VN", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

export function clockTime(epochOrIso: number | string): string {
  return timeFormat.format(new Date(epochOrIso))
}
