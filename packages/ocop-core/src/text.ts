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

/**
 * The words of a text as search matches them: its search key split on anything but a–z and 0–9
 * ("Rượu men lá, 29,5%" → ruou, men, la, 29, 5). Every indexed word and every query word comes
 * from here, so both sides always agree on what a word is.
 */
export function searchWords(text: string): string[] {
  return toSearchKey(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
}

/** Telex keys that put a tone mark; no Vietnamese syllable ends in one of these letters. */
const TELEX_TONE_AT_END = /(?<=[a-z])[sfrxjz]$/
/** Telex keys that make a letter: đ (dd), â ê ô (doubled), ă ơ ư (w after, or w alone for ư). */
const TELEX_LETTERS: [RegExp, string][] = [
  [/dd/g, "d"],
  [/aa/g, "a"],
  [/ee/g, "e"],
  [/oo/g, "o"],
  [/([aou])w/g, "$1"],
  [/w/g, "u"],
]

/**
 * The word a Telex typist meant when the keyboard left the keys in ("quyts" → quyt, "ddaof" →
 * dao, "maaux" → mau, "ruwngf" → rung): the tone key at the end dropped, the letter keys read as
 * their letters, tone marks left off as search keys do. The word itself when nothing changes.
 */
export function telexToSearchWord(word: string): string {
  let plain = word.replace(TELEX_TONE_AT_END, "")
  for (const [keys, letter] of TELEX_LETTERS) plain = plain.replace(keys, letter)
  return plain
}

/**
 * Spellings a mistyped search word may stand for that one edit does not reach: two neighbouring
 * letters swapped ("qyut" → quyt; an edit distance of two) and the word read as Telex keys.
 * Words shorter than three letters get none (too many words are near a short one).
 */
export function searchWordVariants(word: string): string[] {
  if (word.length < 3) return []
  const variants = new Set<string>([telexToSearchWord(word)])
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue
    variants.add(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`)
  }
  variants.delete(word)
  return [...variants].filter((variant) => variant.length > 0)
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
