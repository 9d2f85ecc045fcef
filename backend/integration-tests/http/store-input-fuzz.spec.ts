import fc from "fast-check"
import { createStoreChannel } from "../helpers/auth"
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

// The fuzz sends hundreds of requests from one address: the abuse limits are another spec's.
setConfigEnv({ VIETQR_WEBHOOK_SECRET: WEBHOOK_SECRET, RATE_LIMIT: "off" })

interface Answer {
  status: number
  data: { message?: string; type?: string } | string
}

/** One of our store or hook routes and the fields its validation knows. */
interface Target {
  name: string
  method: "GET" | "POST"
  path: string
  fields: string[]
  /**
   * Medusa's own route with one of our middlewares in front: ours must not break it (no 5xx), the
   * wording of Medusa's own refusals is Medusa's.
   */
  medusaRoute?: true
}

/** Values a client might send by mistake or malice, as text (queries) or JSON (bodies). */
const hostileText = fc.oneof(
  fc.constantFrom(
    "3000000000",
    "-3000000000",
    "99999999999999999999999",
    "-1",
    "0",
    "1.5",
    "1e309",
    "-0",
    "NaN",
    "Infinity",
    "0x10",
    "",
    " ",
    "null",
    "undefined",
    "true",
    "[]",
    "{}",
    "%",
    "\u0000",
    "'; DROP TABLE product; --",
    "../../etc/passwd",
    "quýt vàng",
    "😀",
    "en-US",
    "xx-ÝY",
    "a".repeat(5000)
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer().map(String),
  fc.bigInt().map(String),
  fc.double().map(String)
)

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 })
)

/** A query string with some of the route's fields (and maybe an unknown one), each malformed in its own way. */
function hostileQuery(fields: string[]): fc.Arbitrary<{ query: string; sent: string[] }> {
  const keys =
    fields.length > 0
      ? fc.subarray([...fields, "colour"], { minLength: 1 })
      : fc.constant<string[]>(["colour"])
  return keys.chain((chosen) =>
    fc
      .tuple(
        ...chosen.map((key) =>
          fc.oneof(
            hostileText.map((value) => `${key}=${encodeURIComponent(value)}`),
            hostileText.map((value) => `${key}[]=${encodeURIComponent(value)}&${key}[]=1`),
            hostileText.map((value) => `${key}[nested]=${encodeURIComponent(value)}`)
          )
        )
      )
      .map((parts) => ({ query: parts.join("&"), sent: chosen }))
  )
}

/** A JSON object with some of the route's fields (and maybe an unknown one) set to hostile values. */
function hostileBody(fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .subarray([...fields, "colour"], { minLength: 0 })
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(() => hostileJson))
        .map((values) => Object.fromEntries(chosen.map((key, i) => [key, values[i]])))
    )
}

function describeAnswer(answer: Answer): string {
  return `${answer.status} ${typeof answer.data === "string" ? answer.data : JSON.stringify(answer.data)}`
}

/** No 5xx, and (on our routes) a 400 names a field the route knows or the request sent. */
function expectHandled(answer: Answer, names: string[] | null, request: string): void {
  if (answer.status >= 500) {
    throw new Error(`${request} → ${describeAnswer(answer)}`)
  }
  if (answer.status === 400 && names) {
    const message = typeof answer.data === "string" ? answer.data : (answer.data.message ?? "")
    if (!names.some((name) => message.includes(name))) {
      throw new Error(`${request} → 400 without a field name: ${message}`)
    }
  }
}

async function placeVietQrOrder(api: Api, world: CheckoutWorld): Promise<string> {
  const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
  expect((await choosePayment(api, world, cartId, "pp_vietqr_vietqr")).status).toBe(200)
  const completed = await completeCart(api, world, cartId)
  expect(completed.data.type).toBe("order")
  return completed.data.order.id
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    it("GET /store/payments-vn/orders/:id/vietqr answers only for an order of the key's channel", async () => {
      const orderId = await placeVietQrOrder(api, world)
      const own = await settle(api.get(`/store/payments-vn/orders/${orderId}/vietqr`, world.store))
      expect(own.status).toBe(200)
      expect(own.data.vietqr).toMatchObject({ order_id: orderId, status: "awaiting_transfer" })

      const booth = await createStoreChannel(getContainer(), "Gian hàng khác")
      const other = await settle(
        api.get(`/store/payments-vn/orders/${orderId}/vietqr`, booth.headers)
      )
      const unknown = await settle(
        api.get("/store/payments-vn/orders/order_nope/vietqr", booth.headers)
      )
      expect(other.status).toBe(404)
      // the same answer as for an order that does not exist: nothing learnt
      expect(other.data).toEqual(unknown.data)
    })

    it("hundreds of generated malformed queries and bodies to every store and hook route: no 5xx, a 400 names the field", async () => {
      const orderId = await placeVietQrOrder(api, world)
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
      const collection = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        world.store
      )
      const collectionId = collection.data.payment_collection.id as string
      const queryTargets: Target[] = [
        {
          name: "products",
          method: "GET",
          path: "/store/ocop/products",
          fields: [
            "q",
            "stars",
            "min_stars",
            "group",
            "ward",
            "legacy_district",
            "producer",
            "sort",
            "region_id",
            "limit",
            "offset",
            "locale",
          ],
        },
        {
          name: "product",
          method: "GET",
          path: "/store/ocop/products/quyt-vang",
          fields: ["region_id", "locale"],
        },
        {
          name: "suggestions",
          method: "GET",
          path: "/store/ocop/suggestions",
          fields: ["q", "limit", "locale"],
        },
        {
          name: "producers",
          method: "GET",
          path: "/store/ocop/producers",
          fields: ["legacy_district", "limit", "offset", "locale"],
        },
        {
          name: "producer",
          method: "GET",
          path: "/store/ocop/producers/htx-quyt",
          fields: ["sort", "region_id", "limit", "offset", "locale"],
        },
        {
          name: "order vietqr",
          method: "GET",
          path: `/store/payments-vn/orders/${orderId}/vietqr`,
          fields: [],
        },
        {
          name: "einvoice read",
          method: "GET",
          path: `/store/carts/${cartId}/einvoice-request`,
          fields: [],
        },
      ]
      const bodyTargets: Target[] = [
        {
          name: "age confirmation",
          method: "POST",
          path: `/store/carts/${cartId}/age-confirmation`,
          fields: ["birth_date", "confirmed_adult"],
        },
        {
          name: "einvoice request",
          method: "POST",
          path: `/store/carts/${cartId}/einvoice-request`,
          fields: ["buyer_tax_id", "company_name", "buyer_name", "address", "email"],
        },
        {
          name: "payment session",
          method: "POST",
          path: `/store/payment-collections/${collectionId}/payment-sessions`,
          fields: ["provider_id", "data"],
          medusaRoute: true,
        },
      ]
      const hookFields = [
        "transaction_id",
        "reference",
        "amount",
        "account_number",
        "bank_bin",
        "paid_at",
        "description",
      ]
      let requests = 0

      for (const target of queryTargets) {
        await fc.assert(
          fc.asyncProperty(hostileQuery(target.fields), async ({ query, sent }) => {
            requests++
            const answer: Answer = await settle(api.get(`${target.path}?${query}`, world.store))
            expectHandled(
              answer,
              [...target.fields, ...sent],
              `GET ${target.path}?${query.slice(0, 300)}`
            )
          }),
          { numRuns: 40 }
        )
      }
      for (const target of bodyTargets) {
        await fc.assert(
          fc.asyncProperty(hostileBody(target.fields), async (body) => {
            requests++
            const answer: Answer = await settle(api.post(target.path, body, world.store))
            expectHandled(
              answer,
              target.medusaRoute ? null : [...target.fields, "colour"],
              `POST ${target.path} ${JSON.stringify(body).slice(0, 300)}`
            )
          }),
          { numRuns: 40 }
        )
      }
      // Signed, so that every body reaches the validation behind the signature check.
      await fc.assert(
        fc.asyncProperty(hostileBody(hookFields), async (body) => {
          requests++
          const { raw, config } = signedWebhook(body)
          const answer: Answer = await settle(api.post("/hooks/vietqr", raw, config))
          expectHandled(
            answer,
            [...hookFields, "colour"],
            `POST /hooks/vietqr ${raw.slice(0, 300)}`
          )
        }),
        { numRuns: 60 }
      )

      // Bodies that are not JSON objects at all: a clear 400, never a crash.
      for (const target of [
        ...bodyTargets,
        { name: "hook", method: "POST", path: "/hooks/vietqr", fields: [] },
      ]) {
        for (const body of [[], ["email"], "text", 42, null, true]) {
          requests++
          const signed = signedWebhook(body as never)
          const answer: Answer =
            target.path === "/hooks/vietqr"
              ? await settle(api.post(target.path, signed.raw, signed.config))
              : await settle(
                  api.post(target.path, signed.raw, {
                    headers: { ...world.store.headers, "content-type": "application/json" },
                  })
                )
          expect(
            answer.status,
            `${target.path} ${JSON.stringify(body)} → ${describeAnswer(answer)}`
          ).toBe(400)
        }
      }
      expect(requests).toBeGreaterThanOrEqual(400)
    }, 900_000)
  },
})
