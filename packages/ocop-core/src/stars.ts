import { err, ok, type Result } from "./result"

export type StarRating = 1 | 2 | 3 | 4 | 5
export type OcopStarRating = 3 | 4 | 5

export const MIN_OCOP_STARS = 3

export interface StarScoreClass {
  stars: StarRating
  minScore: number
  maxScore: number
}

/** Score bands of the OCOP 100-point scale, highest first. */
export const STAR_SCORE_CLASSES: readonly StarScoreClass[] = [
  { stars: 5, minScore: 90, maxScore: 100 },
  { stars: 4, minScore: 70, maxScore: 89 },
  { stars: 3, minScore: 50, maxScore: 69 },
  { stars: 2, minScore: 30, maxScore: 49 },
  { stars: 1, minScore: 0, maxScore: 29 },
]

/**
 * The band a score falls in. Informational only: the star of record is the one written in the
 * recognition decision, because newer criteria add mandatory items per star that a score alone
 * does not capture. A fractional score belongs to the highest band whose minimum it reaches.
 */
export function starClassForScore(score: number): StarRating {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`OCOP score must be between 0 and 100, got ${score}`)
  }
  const reached = STAR_SCORE_CLASSES.filter((band) => score >= band.minScore)
  // The 1★ band starts at 0, so at least one band is always reached.
  return Math.max(...reached.map((band) => band.stars)) as StarRating
}

export function isStarRating(stars: unknown): stars is StarRating {
  return typeof stars === "number" && Number.isInteger(stars) && stars >= 1 && stars <= 5
}

/** Only products rated 3★ or more are OCOP products and may carry the OCOP mark. */
export function isOcopStar(stars: unknown): stars is OcopStarRating {
  return isStarRating(stars) && stars >= MIN_OCOP_STARS
}

/**
 * Parses a comma-separated star filter such as "4,5" (e.g. from a query string).
 * Returns the distinct ratings in ascending order so equal filters produce equal cache keys;
 * an empty or blank string means "no filter" and yields an empty list.
 */
export function parseStarsList(text: string): Result<StarRating[]> {
  if (text.trim() === "") return ok([])
  const stars = new Set<StarRating>()
  for (const raw of text.split(",")) {
    const item = raw.trim()
    const value = Number(item)
    if (!/^\d+$/.test(item) || !isStarRating(value)) {
      return err(`Invalid star rating "${item}": expected a whole number from 1 to 5`)
    }
    stars.add(value)
  }
  return ok([...stars].sort((a, b) => a - b))
}
