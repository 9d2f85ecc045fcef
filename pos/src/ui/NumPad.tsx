/** Digits for PINs and amounts, big enough for a thumb (≥ 64 px keys). */
export function NumPad(props: {
  value: string
  onChange: (value: string) => void
  maxLength?: number
  extraKey?: { label: string; append: string }
  testId?: string
}) {
  const { value, onChange, maxLength = 12 } = props
  const press = (digit: string) => {
    if (value.length + digit.length <= maxLength) onChange(value + digit)
  }
  const keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
  return (
    <div className="numpad" data-testid={props.testId}>
      {keys.map((key) => (
        <button key={key} type="button" className="numpad-key" onClick={() => press(key)}>
          {key}
        </button>
      ))}
      {props.extraKey ? (
        <button
          type="button"
          className="numpad-key"
          onClick={() => press(props.extraKey?.append ?? "")}
        >
          {props.extraKey.label}
        </button>
      ) : (
        <button type="button" className="numpad-key numpad-muted" onClick={() => onChange("")}>
          C
        </button>
      )}
      <button type="button" className="numpad-key" onClick={() => press("0")}>
        0
      </button>
      <button
        type="button"
        className="numpad-key numpad-muted"
        aria-label="⌫"
        onClick={() => onChange(value.slice(0, -1))}
      >
        ⌫
      </button>
    </div>
  )
}
