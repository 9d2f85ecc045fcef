import type { Config } from "@react-router/dev/config"

export default {
  appDirectory: "app",
  buildDirectory: "build",
  // Every page is rendered on the server: search engines, link previews and a slow phone get real
  // HTML first; the JavaScript only adds interactivity.
  ssr: true,
} satisfies Config
