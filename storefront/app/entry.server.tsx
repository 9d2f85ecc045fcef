import { PassThrough } from "node:stream"
import { createReadableStreamFromReadable } from "@react-router/node"
import { isbot } from "isbot"
import { renderToPipeableStream } from "react-dom/server"
import type { EntryContext } from "react-router"
import { ServerRouter } from "react-router"
import { readCatalogCacheSettings } from "./lib/server/catalog-cache.server"
import { readStorefrontConfig } from "./lib/server/config.server"
import stylesheet from "./styles.css?inline"
import { StylesheetText } from "./ui/inline-stylesheet"

// server.mjs builds the loaders' context (shopper's address, catalog cache) with these
export { createLoadContext, trustProxySetting } from "./lib/server/load-context.server"

export const streamTimeout = 10_000

/** Called by server.mjs before it listens: a missing setting stops the start with its name. */
export function assertRuntimeConfig(): void {
  readStorefrontConfig()
  readCatalogCacheSettings()
}

/**
 * Server rendering: browsers get the shell as soon as it is ready; crawlers and link previews get
 * the complete HTML (onAllReady) so that what they index is the whole page.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext
) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const waitForAll = isbot(request.headers.get("user-agent") ?? "") || routerContext.isSpaMode
    const { pipe, abort } = renderToPipeableStream(
      <StylesheetText.Provider value={stylesheet}>
        <ServerRouter context={routerContext} url={request.url} />
      </StylesheetText.Provider>,
      {
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true
          const body = new PassThrough()
          responseHeaders.set("Content-Type", "text/html; charset=utf-8")
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            })
          )
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          if (shellRendered) console.error(error)
        },
      }
    )
    setTimeout(abort, streamTimeout + 1000)
  })
}
