import { money } from "./format"
import { NumPad } from "./NumPad"

/** An amount in đồng typed on the keypad ("000" key for thousands), shown as money above it. */
export function AmountPad(props: {
  label: string
  value: string
  onChange: (value: string) => void
  /** What to display when it differs from the typed value (e.g. "the rest" when empty). */
  shown?: number
}) {
  return (
    <>
      <label className="entry-label">
        {props.label}
        <output className="amount-display">{money(props.shown ?? Number(props.value || 0))}</output>
      </label>
      <NumPad
        value={props.value}
        onChange={props.onChange}
        maxLength={10}
        extraKey={{ label: "000", append: "000" }}
      />
    </>
  )
}
