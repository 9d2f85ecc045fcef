import { createContext, type ReactNode, useCallback, useContext, useState } from "react"

type Tone = "info" | "success" | "warning" | "error"
interface ToastItem {
  id: number
  text: string
  tone: Tone
}

const ToastContext = createContext<(text: string, tone?: Tone) => void>(() => {})

/** Short messages at the bottom of the screen (scan results, saved, refused). */
export function ToastProvider(props: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const show = useCallback((text: string, tone: Tone = "info") => {
    const id = Date.now() + Math.random()
    // one message at a time: the newest replaces the last (a scan run stays readable)
    setItems([{ id, text, tone }])
    setTimeout(() => setItems((current) => current.filter((item) => item.id !== id)), 2_500)
  }, [])
  return (
    <ToastContext.Provider value={show}>
      {props.children}
      <div className="toasts" aria-live="polite">
        {items.map((item) => (
          <div key={item.id} className={`toast toast-${item.tone}`}>
            {item.text}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export function useToast() {
  return useContext(ToastContext)
}
