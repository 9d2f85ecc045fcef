export default function Placeholder() {
  return <h1>checkout</h1>
}
