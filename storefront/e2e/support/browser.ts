import { mkdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import AxeBuilder from "@axe-core/playwright"
import jsQR from "jsqr"
import type { Browser, Page } from "playwright-core"
import { PNG } from "pngjs"

const here = dirname(fileURLToPath(import.meta.url))

export const screenshotDir = join(here, "..", "screenshots")
mkdirSync(screenshotDir, { recursive: true })

/**
 * A phone-sized page (a cheap Android: 360 px wide) in Vietnamese, in its own context (cookies,
 * cart; axe opens a helper page in it): close it with `page.context().close()`.
 */
export async function phonePage(browser: Browser, width = 360): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 780 },
    locale: "vi-VN",
    deviceScaleFactor: 1,
  })
  return untilHydrated(await context.newPage())
}

/**
 * Every full page load on this page resolves only once React has hydrated it. Before that the
 * shop answers without JavaScript (forms post, search is a plain GET), so a test that types or
 * clicks early tests that path instead, at random, on a slow machine.
 */
function untilHydrated(page: Page): Page {
  const waitForHydration = () => page.locator("html[data-hydrated]").waitFor({ state: "attached" })
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  page.goto = async (...args) => {
    const response = await goto(...args)
    await waitForHydration()
    return response
  }
  page.reload = async (...args) => {
    const response = await reload(...args)
    await waitForHydration()
    return response
  }
  return page
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

/** axe-core's serious and critical findings (WCAG 2.1 A/AA rules) on the page as it is. */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze()
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }))
}

/** Reads the QR code in an element's screenshot, as a banking app's camera would. */
export async function decodeQr(page: Page, selector: string): Promise<string> {
  const png = PNG.sync.read(await page.locator(selector).screenshot())
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!found) throw new Error("jsQR found no QR code on the page")
  return found.data
}
