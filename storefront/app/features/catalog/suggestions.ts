/** What /api/suggestions returns to the search box. */
export interface Suggestion {
  handle: string
  title: string
  stars: number | null
}
