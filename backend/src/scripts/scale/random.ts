/**
 * Deterministic choices for the generated catalog: every producer and product draws from its own
 * stream, seeded by what it is and its number, so product 12,345 is the same product whatever the
 * catalog size, batch size or order of generation (a rerun finds it by handle and skips it).
 */
export interface Draw {
  /** Uniform in [0, 1). */
  next(): number
  /** Whole number in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** One of the keys, with the given relative weights. */
  weighted<K>(weights: readonly (readonly [K, number])[]): K
  chance(probability: number): boolean
}

/** FNV-1a: a 32-bit seed from a text key. */
function hash(key: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < key.length; index++) {
    value ^= key.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
export function draw(key: string): Draw {
  let state = hash(key)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("cannot pick from an empty list")
      return items[int(0, items.length - 1)] as (typeof items)[number]
    },
    weighted: (weights) => {
      const total = weights.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [key, weight] of weights) {
        roll -= weight
        if (roll < 0) return key
      }
      return (weights[weights.length - 1] as (typeof weights)[number])[0]
    },
    chance: (probability) => next() < probability,
  }
}
