export default function Placeholder() {
  return <h1>account</h1>
}
