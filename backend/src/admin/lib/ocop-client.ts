import { createOcopClient } from "@ocop/sdk"

// Defined by the dashboard's Vite build: the backend URL it talks to ("" = same origin).
declare const __BACKEND_URL__: string | undefined

const backendUrl =
  typeof __BACKEND_URL__ === "string" && __BACKEND_URL__ !== "" ? __BACKEND_URL__ : "/"

/**
 * The widgets call the backend as the dashboard does: with its session cookie (no token is kept
 * here), so this one client holds no state that could leak between users or tabs.
 */
export const ocop = createOcopClient({ baseUrl: backendUrl, auth: { type: "session" } })
