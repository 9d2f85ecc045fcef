import { createRequire } from "node:module"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import StripeModule from "@medusajs/medusa/payment-stripe"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
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
import { type StripeStub, startStripeStub } from "./payments-stripe-stub"

const API_KEY = "sk_test_ocop_stub"
const WEBHOOK_SECRET = "whsec_ocop_stub"
const STRIPE = "pp_stripe_stripe"

setConfigEnv({ STRIPE_API_KEY: API_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })

/** The parts of the `stripe` library's client this spec touches. */
interface StripeClient {
  webhooks: {
    generateTestHeaderString(options: { payload: string; secret: string }): string
  }
}
type StripeClientClass = new (
  apiKey: string,
  config: { host: string; port: number; protocol: "http"; maxNetworkRetries: number }
) => StripeClient

interface WebhookInput {
  data: Record<string, unknown>
  rawData: Buffer
  headers: Record<string, string>
}

/** The official provider as the payment module runs it (methods this spec calls). */
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
type StripeProviderClass = new (
  cradle: Record<string, unknown>,
  options: Record<string, unknown>
) => StripeProvider

// The very copy of the `stripe` library the provider loads (its own dependency, not a second one).
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))(
  "stripe"
) as StripeClientClass

/**
 * Points a provider's `stripe` client at the stub. The official provider builds its client with
 * `new Stripe(apiKey)` and accepts no host option, and the library reads no environment variable
 * for it, so the client is rebuilt with {host, port, protocol: "http"} and swapped in.
 */
function pointAtStub(provider: StripeProvider, stub: StripeStub) {
  provider.stripe_ = new Stripe(API_KEY, {
    host: "127.0.0.1",
    port: stub.port,
    protocol: "http",
    maxNetworkRetries: 0,
  })
}

/** The provider instance Medusa registered for pp_stripe_stripe (module-internal lookup). */
function registeredStripeProvider(container: MedusaContainer): StripeProvider {
  const payment = container.resolve(Modules.PAYMENT) as unknown as {
    paymentProviderService_: { retrieveProvider(id: string): StripeProvider }
  }
  return payment.paymentProviderService_.retrieveProvider(STRIPE)
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
    let stub: StripeStub

    beforeAll(async () => {
      stub = await startStripeStub()
    })
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

    it("the official provider sends VND as zero-decimal (120.000 ₫ → 120000) and verifies webhook signatures", async () => {
      const services = StripeModule.services as unknown as Array<{ identifier?: string }>
      const Official = services.find((s) => s.identifier === "stripe") as unknown as
        | StripeProviderClass
        | undefined
      if (!Official) throw new Error("the stripe provider class was not found")
      const provider = new Official(
        { logger: console },
        { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET, capture: true }
      )
      pointAtStub(provider, stub)

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
      pointAtStub(registeredStripeProvider(getContainer()), stub)
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

    it("a signed payment_intent.succeeded webhook completes a cart whose customer left after paying", async () => {
      const provider = registeredStripeProvider(getContainer())
      pointAtStub(provider, stub)
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
