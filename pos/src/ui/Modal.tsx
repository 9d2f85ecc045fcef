import { type ReactNode, useEffect, useRef } from "react"

/** A dialog over the till; Escape or the backdrop closes it when `onClose` is given. */
export function Modal(props: {
  title: string
  onClose?: () => void
  children: ReactNode
  wide?: boolean
  testId?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const { onClose } = props
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, button")?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose?.()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [onClose])
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={`modal ${props.wide ? "modal-wide" : ""}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
      >
        <header className="modal-header">
          <h2>{props.title}</h2>
          {onClose && (
            <button type="button" className="icon-btn" onClick={onClose} aria-label="×">
              ×
            </button>
          )}
        </header>
        <div className="modal-body">{props.children}</div>
      </div>
    </div>
  )
}
