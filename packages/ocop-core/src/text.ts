/** Stored text is NFC so that equal-looking strings compare equal in the database. */
export function toNfc(text: string): string {
  return text.normalize("NFC")
}

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

/**
 * Accent-insensitive search key: "Rượu men lá suối Mỏ Mắm" → "ruou men la suoi mo mam".
 * đ/Đ are separate letters that NFD does not decompose, so they are mapped explicitly.
 * Lower-casing first keeps the key idempotent for letters such as "İ" whose lower case carries a
 * combining mark; for Vietnamese input this is the DOMAIN.md recipe plus whitespace collapsing.
 */
export function toSearchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim()
}

/** Sorts Vietnamese correctly (the "en" collator misplaces Đ and tone marks). */
export const viCollator = new Intl.Collator("vi")

export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b)
}

/** URL handle: "Quýt vàng Bắc Sơn" → "quyt-vang-bac-son". Empty when nothing alphanumeric remains. */
export function slugifyVi(text: string): string {
  return toSearchKey(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
