import { join } from "node:path"
import { launchChromium } from "@ocop/dev-stack"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { inject } from "vitest"
import { adminApi, countOrders, demoLogins, posDir } from "./support/stack"
import {
  localCatalog,
  newSale,
  openShift,
  pairTablet,
  payCash,
  scan,
  scannableProduct,
  signIn,
  waitForBadge,
  waitForCatalog,
  waitForServiceWorker,
} from "./support/till"

/**
 * One tablet of register CH1 through a clerk's day, against the real backend of this run: PIN
 * sign-in, a scanned cash sale with change and its receipt (screenshots at 1280×800), selling
 * offline across a reload, an answer lost after the server committed, and a second tab.
 */
const { appUrl, backendUrl } = inject("posStack")
const logins = demoLogins()
const admin = logins.find((login) => login.label === "admin")
const clerk = logins.find((login) => login.register === "CH1" && login.role === "clerk")
const screenshots = join(posDir, "e2e", "screenshots")
/** What the page showed when a test failed. */
const failures = join(posDir, "e2e", "output")

describe("the till at register CH1", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    if (!admin || !clerk) throw new Error("demo-logins.json lacks the admin or a CH1 clerk")
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
  })

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail") {
      await page.screenshot({ path: join(failures, `${task.name.slice(0, 40)}.png`) })
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("PIN sign-in → scan an EAN-13 → cash sale with change → receipt", async () => {
    if (!admin || !clerk) return
    await page.goto(appUrl)
    await pairTablet(page, admin, "CH1")
    await signIn(page, clerk)
    await openShift(page, ["5", "000", "000"])
    await waitForCatalog(page)
    const ordersBefore = await countOrders(backendUrl, admin)

    const product = await scannableProduct(page)
    await scan(page, product.barcode ?? "")
    await page.getByTestId("cart-line").first().waitFor()
    expect(await page.getByTestId("cart-line").count()).toBe(1)
    expect(await page.getByTestId("cart-total").textContent()).toContain(
      new Intl.NumberFormat("vi-VN").format(product.price)
    )
    await page.screenshot({ path: join(screenshots, "sale.png") })

    await page.getByTestId("pay-button").click()
    await page.getByTestId("payment-screen").waitFor()
    // the next round amount above the total: the till shows the change
    await page.getByTestId("quick-cash").nth(1).click()
    await page.getByTestId("payment-change").waitFor()
    await page.screenshot({ path: join(screenshots, "payment.png") })
    await page.getByTestId("complete-sale").click()
    await page.getByTestId("receipt-screen").waitFor()
    await page
      .getByTestId("receipt-sync-state")
      .getByText(/Đã đồng bộ/)
      .waitFor({ timeout: 60_000 })
    await page.screenshot({ path: join(screenshots, "receipt.png") })

    expect(await countOrders(backendUrl, admin)).toBe(ordersBefore + 1)
    await waitForBadge(page, 0)
  })

  it("offline: three sales, a reload, one more; back online exactly four orders, badge 0", async () => {
    if (!admin) return
    await newSale(page)
    await waitForServiceWorker(page)
    const ordersBefore = await countOrders(backendUrl, admin)
    const product = await scannableProduct(page)
    const stockBefore = product.stock_quantity ?? 0

    await context.setOffline(true)
    for (let sale = 1; sale <= 3; sale++) {
      await scan(page, product.barcode ?? "")
      await page.getByTestId("cart-line").first().waitFor()
      await payCash(page)
      await newSale(page)
    }
    await waitForBadge(page, 3)
    await page.reload()
    await page.getByTestId("sale-screen").waitFor()
    await waitForBadge(page, 3)
    await scan(page, product.barcode ?? "")
    await page.getByTestId("cart-line").first().waitFor()
    await payCash(page)
    await newSale(page)
    await waitForBadge(page, 4)
    // the goods left the counter: the tablet's stock shows four fewer, offline
    const after = (await localCatalog(page)).find((row) => row.variant_id === product.variant_id)
    expect(after?.stock_quantity).toBe(stockBefore - 4)
    await page.getByTestId("search").fill(product.barcode ?? "")
    await page
      .getByTestId("product-card")
      .filter({ hasText: `Tồn: ${stockBefore - 4}` })
      .first()
      .waitFor()
    await page.getByTestId("search").fill("")
    expect(await countOrders(backendUrl, admin)).toBe(ordersBefore)

    await context.setOffline(false)
    await waitForBadge(page, 0, 120_000)
    expect(await countOrders(backendUrl, admin)).toBe(ordersBefore + 4)
  })

  it("an answer lost after the server committed: one order after the retry", async () => {
    if (!admin) return
    const ordersBefore = await countOrders(backendUrl, admin)
    let dropped = 0
    await page.route("**/pos/sales/**", async (route) => {
      // the request reaches the backend and commits; the answer never comes back
      await route.fetch()
      dropped += 1
      await route.abort("connectionreset")
    })
    const product = await scannableProduct(page)
    await scan(page, product.barcode ?? "")
    await page.getByTestId("cart-line").first().waitFor()
    await payCash(page)
    await expect.poll(() => dropped, { timeout: 60_000 }).toBeGreaterThan(0)
    await page.unroute("**/pos/sales/**")
    // the retry after the backoff gets the recorded sale back
    await waitForBadge(page, 0, 120_000)
    expect(await countOrders(backendUrl, admin)).toBe(ordersBefore + 1)
    await newSale(page)
  })

  it("two tabs of one tablet: every sale reaches the backend once", async () => {
    if (!admin) return
    const ordersBefore = await countOrders(backendUrl, admin)
    const second = await context.newPage()
    await second.goto(appUrl)
    await second.getByTestId("sale-screen").waitFor()
    const product = await scannableProduct(page)
    for (const tab of [page, second, page]) {
      await tab.bringToFront()
      await scan(tab, product.barcode ?? "")
      await tab.getByTestId("cart-line").first().waitFor()
      await payCash(tab)
      await newSale(tab)
    }
    await waitForBadge(page, 0, 120_000)
    await waitForBadge(second, 0, 120_000)
    expect(await countOrders(backendUrl, admin)).toBe(ordersBefore + 3)
    await second.close()
  })
})

/**
 * A tablet of register CH2 run by its manager: a sale the backend refuses is kept with the reason
 * for the manager (and goes through once requeued), and 5 wrong PINs offline lock the manager
 * on the tablet and reach the backend's lockouts list when the network is back.
 */
describe("the till at register CH2, as its manager sees it", () => {
  const manager = logins.find((login) => login.register === "CH2" && login.role === "manager")
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    if (!admin || !manager) throw new Error("demo-logins.json lacks the admin or a CH2 manager")
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    await page.goto(appUrl)
    await pairTablet(page, admin, "CH2")
    await signIn(page, manager)
    await openShift(page, ["2", "000", "000"])
    await waitForCatalog(page)
    await waitForServiceWorker(page)
  })

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail") {
      await page.screenshot({ path: join(failures, `${task.name.slice(0, 40)}.png`) })
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("a sale the backend refuses is kept with its reason for the manager, never lost", async () => {
    if (!admin) return
    const { registers } = await adminApi<{
      registers: { code: string; sales_channel_id: string }[]
    }>(backendUrl, admin, "/admin/pos/registers")
    const channelId = registers.find((register) => register.code === "CH2")?.sales_channel_id
    const product = await scannableProduct(page)
    const ordersBefore = await countOrders(backendUrl, admin)

    await context.setOffline(true)
    await scan(page, product.barcode ?? "")
    await page.getByTestId("cart-line").first().waitFor()
    await payCash(page)
    await newSale(page)
    await waitForBadge(page, 1)
    // meanwhile the office takes the product off this store's shelf list
    await adminApi(backendUrl, admin, `/admin/sales-channels/${channelId}/products`, {
      method: "POST",
      body: { remove: [product.product_id] },
    })
    try {
      await context.setOffline(false)
      await waitForBadge(page, 0, 120_000)
      const refused = page.getByTestId("sync-rejected")
      await refused.waitFor()
      await refused.click()
      const list = page.getByTestId("rejected-list")
      await list.getByText(/is not sold at register CH2/).waitFor()
      await page.screenshot({ path: join(screenshots, "manager-refused.png") })
      expect(await countOrders(backendUrl, admin)).toBe(ordersBefore)
    } finally {
      await adminApi(backendUrl, admin, `/admin/sales-channels/${channelId}/products`, {
        method: "POST",
        body: { add: [product.product_id] },
      })
    }
    // back on the shelf list: the manager sends it again and it is recorded once
    await page.getByTestId("rejected-list").getByRole("button").first().click()
    await page
      .getByTestId("rejected-list")
      .getByRole("listitem")
      .first()
      .waitFor({ state: "detached", timeout: 120_000 })
    await waitForBadge(page, 0, 120_000)
    expect(await countOrders(backendUrl, admin)).toBe(ordersBefore + 1)
    await page.keyboard.press("Escape")
  })

  it("5 wrong PINs offline lock the clerk on the tablet, and the lockout reaches the manager's list", async () => {
    if (!admin || !manager) return
    await page.getByTestId("sign-out").click()
    await page.getByRole("option").first().waitFor()
    await context.setOffline(true)
    await page
      .getByRole("option", { name: new RegExp(manager.username.replace(/[()]/g, ".")) })
      .click()
    const pad = page.getByTestId("pin-pad")
    // each try waits for its own answer ("4 tries left", "3 tries left"…): the alert of the try
    // before is still on screen, so waiting for any alert would race the tablet's PIN check
    for (let attempt = 1; attempt <= 5; attempt++) {
      for (const digit of "0000")
        await pad.getByRole("button", { name: digit, exact: true }).click()
      await page.getByTestId("pin-submit").click()
      const answer = attempt < 5 ? new RegExp(`Còn ${5 - attempt} lần thử`) : /Tạm khóa đến/
      await page.getByRole("alert").getByText(answer).waitFor()
    }
    // even the right PIN waits out the lock
    for (const digit of manager.password)
      await pad.getByRole("button", { name: digit, exact: true }).click()
    await page.getByTestId("pin-submit").click()
    await page
      .getByRole("alert")
      .getByText(/Tạm khóa đến/)
      .waitFor()

    await context.setOffline(false)
    await expect
      .poll(
        async () => {
          const { lockouts } = await adminApi<{
            lockouts: { clerk_name: string | null; source: string }[]
          }>(backendUrl, admin, "/admin/pos/lockouts")
          return lockouts.filter(
            (lockout) => lockout.source === "tablet" && lockout.clerk_name === manager.username
          ).length
        },
        { timeout: 120_000, interval: 1_000 }
      )
      .toBe(1)
  })
})
