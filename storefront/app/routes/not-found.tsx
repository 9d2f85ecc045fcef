import { notFound } from "../lib/server/backend.server"

/** Any path no page claims: the shell's error boundary renders the 404 page with status 404. */
export async function loader() {
  throw notFound()
}

export default function NotFound() {
  return null
}
