import type { Page } from "playwright-core"
import type { DemoLogin } from "./stack"

/** What a clerk does at the till, as Playwright steps on the real UI. */

export async function pairTablet(page: Page, admin: DemoLogin, registerCode: string) {
  await page.getByLabel(/Email/).fill(admin.username)
  await page.getByLabel(/Mật khẩu/).fill(admin.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.getByTestId(`register-${registerCode}`).click()
}

export async function signIn(page: Page, clerk: DemoLogin) {
  await page.getByRole("option", { name: new RegExp(clerk.username.replace(/[()]/g, ".")) }).click()
  const pad = page.getByTestId("pin-pad")
  for (const digit of clerk.password) {
    await pad.getByRole("button", { name: digit, exact: true }).click()
  }
  await page.getByTestId("pin-submit").click()
}

export async function openShift(page: Page, float: string[]) {
  const screen = page.getByTestId("open-shift")
  for (const key of float) await screen.getByRole("button", { name: key, exact: true }).click()
  await page.getByTestId("open-shift-submit").click()
  await page.getByTestId("sale-screen").waitFor()
}

/** A keyboard-wedge scanner: the code typed as fast as the browser takes keys, then Enter. */
export async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 0 })
  await page.keyboard.press("Enter")
}

/** Pays the sale in cash with the quick amount at `quickIndex` (0 = exact) and completes. */
export async function payCash(page: Page, quickIndex = 0) {
  await page.getByTestId("pay-button").click()
  await page.getByTestId("quick-cash").nth(quickIndex).click()
  await page.getByTestId("complete-sale").click()
  await page.getByTestId("receipt-screen").waitFor()
}

export async function newSale(page: Page) {
  await page.getByTestId("new-sale").click()
  await page.getByTestId("sale-screen").waitFor()
}

export async function badgeCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("sync-badge").getAttribute("data-count"))
}

export async function waitForBadge(page: Page, count: number, timeout = 60_000) {
  await page.waitForFunction(
    (expected) =>
      document.querySelector("[data-testid=sync-badge]")?.getAttribute("data-count") ===
      String(expected),
    count,
    { timeout }
  )
}

/** The service worker has the app shell and controls the page: a reload works offline. */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready
      return Boolean(registration.active && navigator.serviceWorker.controller)
    },
    undefined,
    { timeout: 60_000 }
  )
}
