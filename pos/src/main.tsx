import { registerSW } from "virtual:pwa-register"
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { I18nextProvider } from "react-i18next"
import { App } from "./app/App"
import { createPosServices, ServicesProvider } from "./app/services"
import { backendUrlFromRuntime } from "./config"
import { openPosDatabase } from "./db/schema"
import { createI18n, storedLanguage } from "./i18n"
import { ToastProvider } from "./ui/Toast"
import "./ui/styles.css"

// The service worker caches the app shell: a reload with no network still opens the till.
registerSW({ immediate: true })

const language = storedLanguage()
document.documentElement.lang = language
const i18n = createI18n(language)
const services = createPosServices(openPosDatabase(), backendUrlFromRuntime())
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
})

const root = document.getElementById("root")
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={services}>
          <QueryClientProvider client={queryClient}>
            <ToastProvider>
              <App />
            </ToastProvider>
          </QueryClientProvider>
        </ServicesProvider>
      </I18nextProvider>
    </StrictMode>
  )
}
