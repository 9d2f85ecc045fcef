import { Agent } from "node:http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/auth"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  type Api,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  setConfigEnv,
  settle,
  signedWebhook,
  WEBHOOK_SECRET,
} from "./payments-fixtures"

/**
 * The abuse limits through the real HTTP stack, each case from its own loopback address
 * (127.0.0.x are all this machine's), so that one case's count never spends another's. Windows
 * are shortened where the test must see one pass; the rest run on the defaults.
 */
const SIGN_IN_WINDOW_S = 8
/**
 * Cart creations keep the default count (60) in a longer window: on a loaded CI machine 200
 * creations have taken over four minutes, and a one-minute window then lets most of them through.
 */
const CART_CREATE_WINDOW_S = 600
setConfigEnv({
  RATE_LIMIT_CART_CREATE: `60/${CART_CREATE_WINDOW_S}`,
  VIETQR_WEBHOOK_SECRET: WEBHOOK_SECRET,
  RATE_LIMIT_SIGN_IN_ACCOUNT: `5/${SIGN_IN_WINDOW_S}`,
  RATE_LIMIT_UNPAID_ORDERS: "2/3600",
  RATE_LIMIT_VIETQR_HOOK: "3/60",
})

interface Answer {
  status: number
  headers: Record<string, string>
  data: Record<string, unknown> & { message?: string; code?: string }
}

/** A client whose requests leave from `address`, as a second machine's would. */
function clientFrom(api: Api, address: string) {
  const port = new URL(String(api.defaults.baseURL)).port
  const config = (headers: Record<string, string> = {}) => ({
    baseURL: `http://127.0.0.1:${port}`,
    httpAgent: new Agent({ localAddress: address }),
    headers,
  })
  return {
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      settle(api.post(path, body, config(headers))) as Promise<Answer>,
    get: (path: string, headers?: Record<string, string>) =>
      settle(api.get(path, config(headers))) as Promise<Answer>,
  }
}

async function createAdminWithPassword(
  container: MedusaContainer,
  email: string,
  password: string
) {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const user = await users.createUsers({ email })
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!authIdentity) throw new Error(`could not register ${email}: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("admin sign-in", () => {
      const email = "thu.kho@ocop.test"
      const password = "right-password-123"

      it("the 6th wrong password in the window gets 429, the right one too, until the window passes; locks grow; an admin unlocks", async () => {
        const container = getContainer()
        await createAdminWithPassword(container, email, password)
        const office = clientFrom(api, "127.0.0.11")
        const signIn = (secret: string, headers?: Record<string, string>) =>
          office.post("/auth/user/emailpass", { email, password: secret }, headers)

        for (let i = 0; i < 5; i++) expect((await signIn("wrong")).status).toBe(401)
        const sixth = await signIn("wrong")
        expect(sixth.status).toBe(429)
        expect(sixth.headers["retry-after"]).toBe(String(SIGN_IN_WINDOW_S))
        expect(sixth.data).toMatchObject({ type: "too_many_requests", code: "sign_in" })
        expect(sixth.data.message).toBe(
          `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${SIGN_IN_WINDOW_S} giây.`
        )
        // the right password changes nothing while the lock holds; English when asked for
        const right = await signIn(password, { "accept-language": "en-GB,en;q=0.9" })
        expect(right.status).toBe(429)
        expect(right.data.message).toMatch(
          /^Too many failed sign-ins\. Please try again in \d+ seconds\.$/
        )
        // the same email spelled differently is the same account
        expect(
          (
            await office.post("/auth/user/emailpass", {
              email: ` ${email.toUpperCase()}`,
              password,
            })
          ).status
        ).toBe(429)

        await sleep(SIGN_IN_WINDOW_S * 1000 + 500)
        const after = await signIn(password)
        expect(after.status).toBe(200)
        expect(typeof after.data.token).toBe("string")

        // a second lock within the day lasts twice as long
        for (let i = 0; i < 5; i++) expect((await signIn("wrong")).status).toBe(401)
        const again = await signIn("wrong")
        expect(again.status).toBe(429)
        expect(again.headers["retry-after"]).toBe(String(2 * SIGN_IN_WINDOW_S))

        // another admin lifts it
        const admin = await createAdminHeaders(container, "truong.phong@ocop.test")
        const unlocked = await settle(
          api.post("/admin/security/sign-in-locks/unlock", { actor_type: "user", email }, admin)
        )
        expect(unlocked.status).toBe(200)
        expect(unlocked.data).toEqual({ actor_type: "user", email, unlocked: true })
        expect((await signIn(password)).status).toBe(200)
      })

      it("counts customer sign-ins apart from admins, and refuses a forged unlock body", async () => {
        const shopper = clientFrom(api, "127.0.0.12")
        for (let i = 0; i < 5; i++) {
          const answer = await shopper.post("/auth/customer/emailpass", { email, password: "x" })
          expect(answer.status).toBe(401)
        }
        expect(
          (await shopper.post("/auth/customer/emailpass", { email, password: "x" })).status
        ).toBe(429)
        // the admin account with the same email is not locked by the shopper's failures
        await createAdminWithPassword(getContainer(), email, password)
        expect((await shopper.post("/auth/user/emailpass", { email, password })).status).toBe(200)

        const admin = await createAdminHeaders(getContainer(), "truong.phong@ocop.test")
        const bad = await settle(
          api.post(
            "/admin/security/sign-in-locks/unlock",
            { actor_type: "user", email: "x" },
            admin
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/email/)
      })
    })

    describe("store writes", () => {
      let world: CheckoutWorld

      beforeEach(async () => {
        world = await createCheckoutWorld(getContainer())
      })

      it("200 cart creations from one address within the window are cut off at 60 while a second address still works; reads stay open", async () => {
        const bot = clientFrom(api, "127.0.0.21")
        const shopper = clientFrom(api, "127.0.0.22")
        const key = world.store.headers
        // ten at a time, as a script would: all 200 reach the server within the window
        const statuses: number[] = []
        let firstCart = ""
        for (let batch = 0; batch < 20; batch++) {
          const answers = await Promise.all(
            Array.from({ length: 10 }, () =>
              bot.post("/store/carts", { region_id: world.regionId }, key)
            )
          )
          for (const created of answers) {
            statuses.push(created.status)
            if (!firstCart && created.status === 200) {
              firstCart = (created.data.cart as { id: string }).id
            }
          }
        }
        expect(statuses.filter((status) => status === 200)).toHaveLength(60)
        expect(statuses.filter((status) => status === 429)).toHaveLength(140)

        const refused = await bot.post("/store/carts", { region_id: world.regionId }, key)
        const wait = Number(refused.headers["retry-after"])
        expect(wait).toBeGreaterThan(0)
        expect(wait).toBeLessThanOrEqual(CART_CREATE_WINDOW_S)
        expect(refused.data).toMatchObject({ code: "requests" })
        expect(refused.data.message).toMatch(/^Quá nhiều yêu cầu từ địa chỉ của bạn/)

        // a forged X-Forwarded-For buys nothing: TRUST_PROXY is not set here
        const forged = await bot.post(
          "/store/carts",
          { region_id: world.regionId },
          { ...key, "x-forwarded-for": "198.51.100.77" }
        )
        expect(forged.status).toBe(429)

        // another shopper is not affected, and the bot can still read
        expect(
          (await shopper.post("/store/carts", { region_id: world.regionId }, key)).status
        ).toBe(200)
        for (let i = 0; i < 70; i++) {
          expect((await bot.get(`/store/carts/${firstCart}`, key)).status).toBe(200)
        }
        expect((await bot.get("/store/ocop/products?limit=1", key)).status).toBe(200)
        expect((await bot.get("/store/regions", key)).status).toBe(200)
      }, 300_000)

      it("a buyer may leave only so many orders unpaid per hour, by email and by phone", async () => {
        const checkout = async (email: string, phone: string) => {
          const cartId = await cartWith(api, world, [
            { variant_id: world.variants.quyt, quantity: 1 },
          ])
          await api.post(
            `/store/carts/${cartId}`,
            {
              email,
              shipping_address: {
                first_name: "Nguyễn",
                last_name: "Văn B",
                address_1: "211 Trần Đăng Ninh",
                city: "Lạng Sơn",
                country_code: "vn",
                phone,
              },
            },
            world.store
          )
          expect((await choosePayment(api, world, cartId, "pp_vietqr_vietqr")).status).toBe(200)
          return completeCart(api, world, cartId)
        }
        const first = await checkout("mua.hang@example.vn", "0912 000 111")
        expect(first.status).toBe(200)
        expect(first.data.type).toBe("order")
        // the same buyer, the email in capitals and the phone written the international way
        expect((await checkout("MUA.HANG@example.vn", "+84 912 000 111")).status).toBe(200)

        // the email has its two unpaid orders: refused, whatever the phone; English when asked
        const byEmail = await checkout("mua.hang@example.vn", "0966 000 333")
        expect(byEmail.status).toBe(429)
        expect(byEmail.data.code).toBe("unpaid_orders")
        expect(byEmail.data.message).toMatch(/^Email hoặc số điện thoại này có quá nhiều đơn/)
        // so has the phone, whatever the email
        expect((await checkout("khac@example.vn", "0912.000.111")).status).toBe(429)
        // another buyer checks out as usual
        expect((await checkout("nguoi.khac@example.vn", "0909 000 444")).status).toBe(200)
      }, 300_000)
    })

    describe("bank notifications", () => {
      it("a signed notification over the limit gets 429 with Retry-After, so the bank sends it again", async () => {
        const bank = clientFrom(api, "127.0.0.31")
        const notify = (n: number, from = bank) => {
          const { raw, config } = signedWebhook({
            transaction_id: `FT-LIMIT-${n}`,
            reference: "OCOPUNKNOWNREF1",
            amount: 1000,
            account_number: "0000000000",
            bank_bin: "970436",
            paid_at: new Date().toISOString(),
            description: "limit test",
          })
          return from.post("/hooks/vietqr", raw, config.headers)
        }
        for (let n = 1; n <= 3; n++) expect((await notify(n)).status).toBe(200)
        const over = await notify(4)
        expect(over.status).toBe(429)
        expect(Number(over.headers["retry-after"])).toBeGreaterThan(0)
        expect(over.data.code).toBe("bank_notifications")
        // not recorded: the same notification is accepted once the bank retries later, and
        // another source is not held up meanwhile
        expect((await notify(4, clientFrom(api, "127.0.0.32"))).status).toBe(200)
      })
    })
  },
})
