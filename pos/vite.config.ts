import react from "@vitejs/plugin-react"
import { defineConfig, type Plugin } from "vite"
import { VitePWA } from "vite-plugin-pwa"

/**
 * Where the backend is. In development and preview the till talks to its own origin and Vite
 * proxies the API paths (no CORS to configure); the Docker image writes /config.js at start.
 */
const backendUrl = process.env.VITE_BACKEND_URL || "http://localhost:9000"
const apiProxy = Object.fromEntries(
  ["/pos/", "/admin/", "/auth/", "/store/", "/hooks/"].map((path) => [
    path,
    { target: backendUrl, changeOrigin: true },
  ])
)

const RUNTIME_CONFIG = `window.__OCOP_POS_CONFIG__ = { backendUrl: "" }\n`

/** /config.js: the runtime settings of the till (same origin unless the deployment says). */
function runtimeConfig(): Plugin {
  return {
    name: "ocop-pos-runtime-config",
    configureServer(server) {
      server.middlewares.use("/config.js", (_req, res) => {
        res.setHeader("content-type", "text/javascript")
        res.end(RUNTIME_CONFIG)
      })
    },
    configurePreviewServer(server) {
      server.middlewares.use("/config.js", (_req, res) => {
        res.setHeader("content-type", "text/javascript")
        res.end(RUNTIME_CONFIG)
      })
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "config.js", source: RUNTIME_CONFIG })
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    runtimeConfig(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: null,
      manifest: {
        name: "OCOP POS — bán hàng tại quầy",
        short_name: "OCOP POS",
        lang: "vi",
        display: "standalone",
        orientation: "landscape",
        background_color: "#f5f3ec",
        theme_color: "#1f5f3f",
        icons: [{ src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        // the whole app shell: a tablet that reloads with no network still sells
        globPatterns: ["**/*.{js,css,html,svg,woff2}"],
        globIgnores: ["config.js"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/(pos|admin|auth|store|hooks)\//],
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname === "/config.js",
            handler: "NetworkFirst",
            options: { cacheName: "pos-runtime-config", networkTimeoutSeconds: 3 },
          },
        ],
      },
    }),
  ],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: { target: "es2022", sourcemap: false },
})
