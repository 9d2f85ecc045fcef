import { useEffect, useRef } from "react"
import { WedgeScannerDetector } from "./scanner"

/**
 * Listens for a keyboard-wedge scanner anywhere on the sale screen (also while the search box
 * has focus). Other text fields and open dialogs are left alone. Keys typed on the page itself
 * go nowhere else, so a scan there costs one render (the line), not one per digit.
 */
export function useWedgeScanner(onScan: (code: string) => void) {
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
      }
    }
    window.addEventListener("keydown", onKeyDown, true)
    return () => window.removeEventListener("keydown", onKeyDown, true)
  }, [])
}
