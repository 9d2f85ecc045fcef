/**
 * A USB/Bluetooth barcode scanner in keyboard mode ("keyboard wedge") types the code much faster
 * than a person and ends with Enter. Keys closer together than `maxGapMs` form a run; Enter
 * closing a run of at least `minLength` characters whose average gap is at most
 * `maxAverageGapMs` is a scan. The average (rather than every gap) absorbs one key delayed by a
 * busy main thread; a person typing (≥ 80 ms a key on average, even when fast) never qualifies.
 */
export interface WedgeScannerOptions {
  maxGapMs?: number
  maxAverageGapMs?: number
  minLength?: number
}

export class WedgeScannerDetector {
  private buffer = ""
  private runStartedAt = 0
  private lastKeyAt = Number.NEGATIVE_INFINITY
  private readonly maxGapMs: number
  private readonly maxAverageGapMs: number
  private readonly minLength: number

  constructor(options: WedgeScannerOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? 100
    this.maxAverageGapMs = options.maxAverageGapMs ?? 35
    this.minLength = options.minLength ?? 6
  }

  /** Feeds one keydown; returns the scanned code when this key completes a scan. */
  feed(key: string, timeMs: number): string | null {
    const gap = timeMs - this.lastKeyAt
    if (key === "Enter" || key === "Tab") {
      const code = this.buffer
      const averageGap = (this.lastKeyAt - this.runStartedAt) / Math.max(1, code.length - 1)
      this.buffer = ""
      this.lastKeyAt = timeMs
      const isScan =
        code.length >= this.minLength && gap <= this.maxGapMs && averageGap <= this.maxAverageGapMs
      return isScan ? code : null
    }
    if (key.length !== 1) {
      // Shift and other modifiers arrive inside a scan of letters: they neither add nor break
      return null
    }
    if (gap <= this.maxGapMs && this.buffer) {
      this.buffer += key
    } else {
      this.buffer = key
      this.runStartedAt = timeMs
    }
    this.lastKeyAt = timeMs
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
