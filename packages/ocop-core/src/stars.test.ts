import fc from "fast-check"
import {
  isOcopStar,
  isStarRating,
  parseStarsList,
  STAR_SCORE_CLASSES,
  starClassForScore,
} from "./stars"

describe("starClassForScore", () => {
  it.each([
    [100, 5],
    [90, 5],
    [89, 4],
    [89.5, 4],
    [70, 4],
    [69, 3],
    [50, 3],
    [49, 2],
    [30, 2],
    [29.9, 1],
    [0, 1],
  ])("score %s is in the %s★ band", (score, stars) => {
    expect(starClassForScore(score)).toBe(stars)
  })

  it.each([-1, 100.1, Number.NaN, Number.POSITIVE_INFINITY])("rejects score %s", (score) => {
    expect(() => starClassForScore(score)).toThrow(RangeError)
  })

  it("agrees with the band table for every whole score", () => {
    for (let score = 0; score <= 100; score++) {
      const band = STAR_SCORE_CLASSES.find((b) => score >= b.minScore && score <= b.maxScore)
      expect(starClassForScore(score)).toBe(band?.stars)
    }
  })

  it("never decreases as the score rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a]
          expect(starClassForScore(low)).toBeLessThanOrEqual(starClassForScore(high))
        }
      )
    )
  })
})

describe("isStarRating / isOcopStar", () => {
  it("accepts only whole ratings 1–5", () => {
    expect([0, 1, 5, 6, 2.5, "3", null].map(isStarRating)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ])
  })

  it("treats only 3★ and above as OCOP", () => {
    expect([1, 2, 3, 4, 5, 6, 3.5].map(isOcopStar)).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
      false,
    ])
  })
})

describe("parseStarsList", () => {
  it("parses, trims, dedupes and sorts", () => {
    expect(parseStarsList("4,5")).toEqual({ ok: true, value: [4, 5] })
    expect(parseStarsList(" 5, 3 ,5,4 ")).toEqual({ ok: true, value: [3, 4, 5] })
  })

  it("reads an empty filter as no stars", () => {
    expect(parseStarsList("")).toEqual({ ok: true, value: [] })
    expect(parseStarsList("   ")).toEqual({ ok: true, value: [] })
  })

  it.each([
    ["4,6", '"6"'],
    ["0", '"0"'],
    ["4,,5", '""'],
    ["4.5", '"4.5"'],
    ["three", '"three"'],
    ["-3", '"-3"'],
    ["1e0", '"1e0"'],
  ])("rejects %s and names the bad value", (text, named) => {
    const result = parseStarsList(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(named)
  })
})
