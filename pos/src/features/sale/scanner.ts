/**
 * A USB/Bluetooth barcode scanner in keyboard mode ("keyboard wedge") types the code much faster
 * than a person and ends with Enter. Keys arriving closer together than `maxGapMs` form a run;
 * Enter after a run of at least `minLength` characters is a scan. A person typing in the search
 * box (≥ 80 ms between keys even when fast) never makes such a run.
 */
export interface WedgeScannerOptions {
  maxGapMs?: number
  minLength?: number
}

export class WedgeScannerDetector {
  private buffer = ""
  private lastKeyAt = Number.NEGATIVE_INFINITY
  private readonly maxGapMs: number
  private readonly minLength: number

  constructor(options: WedgeScannerOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? 40
    this.minLength = options.minLength ?? 6
  }

  /** Feeds one keydown; returns the scanned code when this key completes a scan. */
  feed(key: string, timeMs: number): string | null {
    const gap = timeMs - this.lastKeyAt
    this.lastKeyAt = timeMs
    if (key === "Enter" || key === "Tab") {
      const code = this.buffer
      this.buffer = ""
      return gap <= this.maxGapMs && code.length >= this.minLength ? code : null
    }
    if (key.length !== 1) {
      // Shift and other modifiers arrive inside a scan of letters: they neither add nor break
      return null
    }
    this.buffer = gap <= this.maxGapMs ? this.buffer + key : key
    return null
  }

  /** Characters of the run in progress (to take back out of a focused text field). */
  get pending(): string {
    return this.buffer
  }

  reset(): void {
    this.buffer = ""
    this.lastKeyAt = Number.NEGATIVE_INFINITY
  }
}
