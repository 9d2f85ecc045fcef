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

/**
 * A keyboard-wedge scanner: the code's key events a few milliseconds apart, then Enter, on the
 * focused element. Dispatched inside the page: keys sent one by one from the test process arrive
 * as far apart as the machine's load makes them (tens of ms on a busy one), which no scanner does
 * and the till rightly takes for a person typing.
 */
export async function scan(page: Page, code: string) {
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body
    for (const key of [...text, "Enter"]) {
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }))
      target.dispatchEvent(new KeyboardEvent("keyup", { key, bubbles: true }))
    }
  }, code)
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

export interface LocalCatalogRow {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  barcode: string | null
  price: number
  stock_quantity: number | null
  age_check_required: boolean
}

/** Rows of the tablet's own catalog (IndexedDB), as the till reads them. */
export async function localCatalog(page: Page): Promise<LocalCatalogRow[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open("ocop-pos")
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = db.transaction("catalog").objectStore("catalog").getAll()
    const rows = await new Promise<LocalCatalogRow[]>((resolve) => {
      all.onsuccess = () => resolve(all.result as LocalCatalogRow[])
    })
    db.close()
    return rows
  })
}

/** A product a clerk can scan without an ID check, in stock, with a barcode. */
export async function scannableProduct(page: Page, skip: string[] = []): Promise<LocalCatalogRow> {
  const rows = await localCatalog(page)
  const found = rows.find(
    (row) =>
      row.barcode &&
      !row.age_check_required &&
      (row.stock_quantity ?? 0) > 5 &&
      !skip.includes(row.variant_id)
  )
  if (!found) throw new Error("no scannable product in the local catalog")
  return found
}

/** The first catalog sync has finished (the app marks it; bench/ reads the same entry). */
export async function waitForCatalog(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByName("ocop:catalog-first-sync").length > 0,
    undefined,
    { timeout: 120_000 }
  )
}
