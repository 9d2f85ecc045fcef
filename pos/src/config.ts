declare global {
  interface Window {
    __OCOP_POS_CONFIG__?: { backendUrl?: string }
  }
}

/**
 * The backend's URL: from /config.js written at deploy time, else this origin (development and
 * preview proxy the API paths to the backend).
 */
export function backendUrlFromRuntime(): string {
  const configured = window.__OCOP_POS_CONFIG__?.backendUrl
  return configured ? configured.replace(/\/$/, "") : window.location.origin
}
