import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DECLINED_CARD, startStripeApiStandIn } from "@ocop/dev-stack"
import { resolvePaymentProvider } from "../../src/lib/payment-provider"
import OcopStripeProviderService from "../../src/modules/stripe-payment/service"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  adminOrder,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  PRICES,
  setConfigEnv,
  waitFor,
} from "./payments-fixtures"

const API_KEY = "sk_test_ocop_stub"
const WEBHOOK_SECRET = "whsec_ocop_stub"
const STRIPE = "pp_stripe_stripe"

// Started before the app boots: the registered provider reaches it through STRIPE_API_BASE_URL,
// the supported way (no client swapped in by the test).
const stub = await startStripeApiStandIn()
setConfigEnv({
  STRIPE_API_KEY: API_KEY,
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_API_BASE_URL: stub.url,
})

/** The parts of the `stripe` library's client this spec touches. */
interface StripeClient {
  webhooks: {
    generateTestHeaderString(options: { payload: string; secret: string }): string
  }
}

interface WebhookInput {
  data: Record<string, unknown>
  rawData: Buffer
  headers: Record<string, string>
}

/** The provider as the payment module runs it (methods this spec calls). */
interface StripeProvider {
  stripe_: StripeClient
  initiatePayment(input: {
    amount: number
    currency_code: string
    data?: Record<string, unknown>
    context?: Record<string, unknown>
  }): Promise<{ id: string; status?: string; data?: Record<string, unknown> }>
  authorizePayment(input: { data: Record<string, unknown> }): Promise<{ status: string }>
  refundPayment(input: { amount: number; data: Record<string, unknown> }): Promise<unknown>
  getWebhookActionAndData(
    input: WebhookInput
  ): Promise<{ action: string; data?: { session_id: string; amount: unknown } }>
}

/** The provider instance Medusa registered for pp_stripe_stripe (the app's own lookup). */
function registeredStripeProvider(container: MedusaContainer): StripeProvider {
  return resolvePaymentProvider<StripeProvider>(container, STRIPE, "stripe_")
}

function signedEvent(provider: StripeProvider, type: string, intent: object) {
  const payload = JSON.stringify({
    id: "evt_stub_1",
    object: "event",
    type,
    data: { object: intent },
  })
  const header = provider.stripe_.webhooks.generateTestHeaderString({
    payload,
    secret: WEBHOOK_SECRET,
  })
  return { payload, header }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    afterAll(async () => {
      await stub.close()
    })
    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
      stub.requests.length = 0
    })

    it("is registered with STRIPE_API_KEY and enabled on the Vietnam region", async () => {
      const providers = await getContainer().resolve(Modules.PAYMENT).listPaymentProviders({})
      expect(providers.map((p) => p.id)).toEqual(
        expect.arrayContaining([STRIPE, "pp_vietqr_vietqr", "pp_cod_cod"])
      )
      const region = await api.get(
        `/admin/regions/${world.regionId}?fields=id,*payment_providers`,
        world.admin
      )
      const enabled = region.data.region.payment_providers.map((p: { id: string }) => p.id)
      expect(enabled).toEqual(expect.arrayContaining([STRIPE, "pp_vietqr_vietqr", "pp_cod_cod"]))
    })

    it("the provider (Medusa's, on STRIPE_API_BASE_URL) sends VND as zero-decimal (120.000 ₫ → 120000) and verifies webhook signatures", async () => {
      const provider = new OcopStripeProviderService(
        { logger: console },
        {
          apiKey: API_KEY,
          webhookSecret: WEBHOOK_SECRET,
          capture: true,
          apiBase: { protocol: "http", host: "127.0.0.1", port: stub.port },
        }
      ) as unknown as StripeProvider

      const session = await provider.initiatePayment({
        amount: 120_000,
        currency_code: "vnd",
        data: { session_id: "payses_stub_1" },
        context: { idempotency_key: "payses_stub_1" },
      })
      const created = stub.requests.find((r) => r.path === "/v1/payment_intents")
      expect(created?.form).toMatchObject({
        amount: "120000",
        currency: "vnd",
        capture_method: "automatic",
        "metadata[session_id]": "payses_stub_1",
      })
      expect(created?.authorization).toBe(`Bearer ${API_KEY}`)
      expect(created?.idempotencyKey).toBe("payses_stub_1")
      expect(session.status).toBe("pending")

      stub.customerPays(session.id)
      const authorized = await provider.authorizePayment({ data: { id: session.id } })
      expect(authorized.status).toBe("captured")

      await provider.refundPayment({ amount: 50_000, data: { id: session.id, currency: "vnd" } })
      const refund = stub.requests.find((r) => r.path === "/v1/refunds")
      expect(refund?.form).toMatchObject({ amount: "50000", payment_intent: session.id })

      const intent = stub.intents.get(session.id)
      const { payload, header } = signedEvent(provider, "payment_intent.succeeded", intent ?? {})
      const action = await provider.getWebhookActionAndData({
        data: JSON.parse(payload),
        rawData: Buffer.from(payload),
        headers: { "stripe-signature": header },
      })
      expect(action).toEqual({
        action: "captured",
        data: { session_id: "payses_stub_1", amount: 120_000 },
      })

      const tampered = payload.replace('"amount":120000', '"amount":1')
      expect(tampered).not.toBe(payload)
      await expect(
        provider.getWebhookActionAndData({
          data: JSON.parse(tampered),
          rawData: Buffer.from(tampered),
          headers: { "stripe-signature": header },
        })
      ).rejects.toThrow()
    })

    it("a storefront cart pays by card through Medusa: the cart total reaches Stripe as whole đồng", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 2 }])
      const session = await choosePayment(api, world, cartId, STRIPE)
      expect(session.status).toBe(200)
      const stripeSession = session.data.payment_collection.payment_sessions[0]
      expect(stripeSession.data.client_secret).toMatch(/_secret_/)
      const created = stub.requests.find((r) => r.path === "/v1/payment_intents")
      expect(created?.form.amount).toBe(String(2 * PRICES.quyt + PRICES.shipping))
      expect(created?.form.currency).toBe("vnd")

      stub.customerPays(stripeSession.data.id)
      const completed = await completeCart(api, world, cartId)
      expect(completed.data.type).toBe("order")
      const order = await adminOrder(api, world, completed.data.order.id)
      expect(order.payment_status).toBe("captured")
    })

    it("a declined card (confirmed from the browser) leaves the cart open; a new session then pays", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
      // what Stripe.js sends: the publishable key and the client secret, no secret key
      const payWith = async (number: string) => {
        const session = await choosePayment(api, world, cartId, STRIPE)
        const { id, client_secret } = session.data.payment_collection.payment_sessions[0].data
        return fetch(`${stub.url}/v1/payment_intents/${id}/confirm`, {
          method: "POST",
          body: new URLSearchParams({
            key: "pk_test_ocop",
            client_secret,
            "payment_method_data[type]": "card",
            "payment_method_data[card][number]": number,
          }),
        })
      }
      expect((await payWith(DECLINED_CARD)).status).toBe(402)
      const refused = await completeCart(api, world, cartId)
      expect(refused.data.type).not.toBe("order")
      const open = await getContainer().resolve(Modules.CART).retrieveCart(cartId)
      expect(open.completed_at).toBeFalsy()

      // the storefront's retry: a new payment session (a new intent), then the card again
      expect((await payWith("4242424242424242")).status).toBe(200)
      const completed = await completeCart(api, world, cartId)
      expect(completed.data.type).toBe("order")
      const order = await adminOrder(api, world, completed.data.order.id)
      expect(order.payment_status).toBe("captured")
      expect(Number(order.total)).toBe(PRICES.quyt + PRICES.shipping)
      // two sessions and two completions: over a minute on a loaded two-core machine
    }, 180_000)

    it("a signed payment_intent.succeeded webhook completes a cart whose customer left after paying", async () => {
      const provider = registeredStripeProvider(getContainer())
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
      const session = await choosePayment(api, world, cartId, STRIPE)
      const intent = stub.customerPays(session.data.payment_collection.payment_sessions[0].data.id)

      const { payload, header } = signedEvent(provider, "payment_intent.succeeded", intent)
      const posted = await api.post("/hooks/payment/stripe_stripe", payload, {
        headers: { "content-type": "application/json", "stripe-signature": header },
      })
      expect(posted.status).toBe(200)
      // Medusa re-emits webhooks with a 5 s delay before processing them.
      const cart = await waitFor(
        () => getContainer().resolve(Modules.CART).retrieveCart(cartId),
        (c) => Boolean(c.completed_at),
        20_000
      )
      expect(cart.completed_at).toBeTruthy()
    })
  },
})
