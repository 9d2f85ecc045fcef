export default function Placeholder() {
  return <h1>register</h1>
}
