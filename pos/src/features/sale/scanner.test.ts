import { WedgeScannerDetector } from "./scanner"

function typeAt(detector: WedgeScannerDetector, text: string, start: number, gapMs: number) {
  let time = start
  const results: (string | null)[] = []
  for (const key of [...text, "Enter"]) {
    results.push(detector.feed(key, time))
    time += gapMs
  }
  return results.filter((r) => r !== null)
}

describe("WedgeScannerDetector", () => {
  it("reads a scanner's fast run ending in Enter as a scan", () => {
    const detector = new WedgeScannerDetector()
    expect(typeAt(detector, "8939900101018", 0, 8)).toEqual(["8939900101018"])
  })

  it("ignores a person typing the same digits, even a fast typist", () => {
    const detector = new WedgeScannerDetector()
    expect(typeAt(detector, "8939900101018", 0, 120)).toEqual([])
    expect(typeAt(detector, "8939900101018", 10_000, 70)).toEqual([])
  })

  it("absorbs one key held up by a busy page inside a fast run", () => {
    const detector = new WedgeScannerDetector()
    const code = "8939900101018"
    let time = 0
    for (const [i, key] of [...code].entries()) {
      time += i === 3 ? 90 : 8
      detector.feed(key, time)
    }
    expect(detector.feed("Enter", time + 8)).toBe(code)
  })

  it("ignores short fast runs and a slow Enter", () => {
    const detector = new WedgeScannerDetector()
    expect(typeAt(detector, "12345", 0, 5)).toEqual([])
    for (const [i, key] of [..."8939900101018"].entries()) detector.feed(key, i * 5)
    expect(detector.feed("Enter", 1_000)).toBeNull()
  })

  it("starts a new run after a pause, so a typed prefix does not spoil the scan", () => {
    const detector = new WedgeScannerDetector()
    detector.feed("q", 0)
    detector.feed("u", 150)
    expect(detector.pending).toBe("u")
    expect(typeAt(detector, "8939900104019", 400, 10)).toEqual(["8939900104019"])
  })

  it("lets modifier keys pass inside a run, and resets on demand", () => {
    const detector = new WedgeScannerDetector({ maxGapMs: 20, maxAverageGapMs: 10, minLength: 4 })
    detector.feed("A", 0)
    detector.feed("Shift", 5)
    detector.feed("B", 10)
    detector.feed("C", 15)
    detector.feed("D", 20)
    expect(detector.feed("Tab", 25)).toBe("ABCD")
    detector.feed("1", 30)
    detector.reset()
    expect(detector.pending).toBe("")
  })
})
