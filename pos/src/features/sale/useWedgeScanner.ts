import { useEffect, useRef } from "react"
import { WedgeScannerDetector } from "./scanner"

/**
 * Listens for a keyboard-wedge scanner anywhere on the sale screen (also while the search box
 * has focus). Other text fields and open dialogs are left alone. A printable key typed on the
 * page itself moves focus to the search box, so a clerk can just start typing.
 */
export function useWedgeScanner(
  onScan: (code: string) => void,
  searchInput: React.RefObject<HTMLInputElement | null>
) {
  const handler = useRef(onScan)
  handler.current = onScan
  useEffect(() => {
    const detector = new WedgeScannerDetector()
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector(".modal-backdrop")) return
      const target = event.target instanceof HTMLElement ? event.target : null
      const field = target?.closest("input, textarea, select")
      if (field && !field.hasAttribute("data-scan-target")) return
      const code = detector.feed(event.key, event.timeStamp)
      if (code) {
        event.preventDefault()
        handler.current(code)
        return
      }
      if (!field && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
        searchInput.current?.focus()
      }
    }
    window.addEventListener("keydown", onKeyDown, true)
    return () => window.removeEventListener("keydown", onKeyDown, true)
  }, [searchInput])
}
