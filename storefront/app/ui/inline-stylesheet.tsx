import { createContext, useContext, useState } from "react"

/** The stylesheet's text, provided by the server's entry (it imports the CSS as a string). */
export const StylesheetText = createContext<string | null>(null)

const ID = "stylesheet"

/**
 * The shop's one small stylesheet, inline in the document's head: a first visit on a slow
 * connection paints as soon as the HTML arrives instead of waiting a round trip for a CSS file.
 * The browser's render reads the text back from the page it hydrates, so the JavaScript never
 * carries a copy of the CSS and hydration sees the same element.
 */
export function InlineStylesheet() {
  const fromServer = useContext(StylesheetText)
  const [css] = useState(
    () =>
      fromServer ??
      (typeof document === "undefined" ? "" : (document.getElementById(ID)?.textContent ?? ""))
  )
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own stylesheet from the build
  return <style id={ID} dangerouslySetInnerHTML={{ __html: css }} />
}
