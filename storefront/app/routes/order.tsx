export default function Placeholder() {
  return <h1>order</h1>
}
