export function loader() {
  return Response.json({ paid: false })
}
