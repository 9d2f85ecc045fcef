import { toNfc, toSearchKey } from "@ocop/core"

/**
 * Stored text is NFC and trimmed. `undefined` stays undefined (an update that leaves the field
 * alone); blank text becomes null so an empty string never stands for "unknown".
 */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined
  if (value === null) return null
  const text = toNfc(value).trim()
  return text === "" ? null : text
}

/** Applies cleanText to the named keys of a record, leaving the other keys as they are. */
export function cleanTextFields<T extends object>(record: T, keys: readonly (keyof T)[]): T {
  const copy = { ...record }
  for (const key of keys) {
    const value = copy[key]
    if (value === undefined || value === null || typeof value === "string") {
      copy[key] = cleanText(value as string | null | undefined) as T[keyof T]
    }
  }
  return copy
}

export interface SearchKeyParts {
  title?: string | null
  origin_label?: string | null
  producer_name?: string | null
  legacy_district?: string | null
}

/**
 * What shoppers may type to find a product: its title, origin label, producer and former
 * district, without diacritics ("quyt vang bac son" finds "Quýt vàng Bắc Sơn").
 */
export function profileSearchKey(parts: SearchKeyParts): string {
  const words = [parts.title, parts.origin_label, parts.producer_name, parts.legacy_district]
  return toSearchKey(words.filter((word): word is string => Boolean(word)).join(" "))
}
