/** One EMVCo field: a 2-digit id and its value; the 2-digit length is derived. */
export interface TlvField {
  id: string
  value: string
}

export const TLV_MAX_VALUE_LENGTH = 99

// Lengths count characters, which equal bytes only for ASCII; printable ASCII also keeps bank
// apps from rejecting the code.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

function checkField(id: string, value: string): void {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`TLV id must be 2 digits, got "${id}"`)
  if (!PRINTABLE_ASCII.test(value)) {
    throw new RangeError(`TLV field ${id} must be printable ASCII, got "${value}"`)
  }
  if (value.length === 0 || value.length > TLV_MAX_VALUE_LENGTH) {
    throw new RangeError(
      `TLV field ${id} must hold 1 to ${TLV_MAX_VALUE_LENGTH} characters, got ${value.length}`
    )
  }
}

/** "ID LEN VALUE" for each field, in the given order. Throws on ids, lengths or non-ASCII text. */
export function encodeTlv(fields: readonly TlvField[]): string {
  return fields
    .map(({ id, value }) => {
      checkField(id, value)
      return `${id}${String(value.length).padStart(2, "0")}${value}`
    })
    .join("")
}

/** Splits a TLV string into its fields, in order. Throws on truncated or malformed input. */
export function decodeTlv(payload: string): TlvField[] {
  const fields: TlvField[] = []
  let position = 0
  while (position < payload.length) {
    const header = payload.slice(position, position + 4)
    if (!/^\d{4}$/.test(header)) {
      throw new RangeError(`Malformed TLV header "${header}" at position ${position}`)
    }
    const id = header.slice(0, 2)
    const length = Number(header.slice(2))
    const value = payload.slice(position + 4, position + 4 + length)
    if (value.length !== length) {
      throw new RangeError(`TLV field ${id} at position ${position} is truncated`)
    }
    checkField(id, value)
    fields.push({ id, value })
    position += 4 + length
  }
  return fields
}
