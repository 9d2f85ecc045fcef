import { liveQuery } from "dexie"
import { type DependencyList, useEffect, useState } from "react"

/** A value read from IndexedDB that re-renders when the rows it read change (any tab). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList, initial: T): T
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: DependencyList,
  initial?: T
): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial)
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error) => console.error("live query failed", error),
    })
    return () => subscription.unsubscribe()
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists the query's inputs
  }, deps)
  return value
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine)
  useEffect(() => {
    const up = () => setOnline(true)
    const down = () => setOnline(false)
    window.addEventListener("online", up)
    window.addEventListener("offline", down)
    return () => {
      window.removeEventListener("online", up)
      window.removeEventListener("offline", down)
    }
  }, [])
  return online
}
