import { listWards } from "../lib/server/addresses.server"
import type { Route } from "./+types/api.wards"

/**
 * The communes and wards of one province (2025 units, official codes), fetched when the province
 * is chosen at checkout: the page never carries all 3,321.
 */
export function loader({ params }: Route.LoaderArgs) {
  const code = params.province ?? ""
  const wards = /^\d{2}$/.test(code) ? listWards(code) : []
  if (wards.length === 0) return Response.json({ wards: [] }, { status: 404 })
  return Response.json(
    { wards: wards.map(({ code: wardCode, name }) => ({ code: wardCode, name })) },
    { headers: { "Cache-Control": "public, max-age=86400" } }
  )
}
