/** UTF-8 byte order mark: without it Excel opens UTF-8 CSV as a legacy code page and garbles "ệ". */
export const UTF8_BOM = "\uFEFF"

// A cell starting like a formula would be executed by spreadsheet apps (CSV injection); buyers
// type these fields, so such cells get a leading apostrophe, which spreadsheets do not display.
const FORMULA_START = /^[=+\-@\t\r]/

/** One field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ""
  let text = typeof value === "number" ? String(value) : value
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document: BOM, header row, CRLF line ends (RFC 4180). */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","))
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`
}
