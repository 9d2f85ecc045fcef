import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local HTTP stand-in for the few Stripe API endpoints the shop's payments touch: payment
 * intents (create, retrieve, update, capture, cancel, and confirm as Stripe.js calls it from the
 * browser) and refunds. Stripe's servers cannot be reached from here. It records every request as
 * the client sent it (form-encoded), so tests can check what would have gone to Stripe. The
 * backend reaches it through STRIPE_API_BASE_URL, the browser through the Stripe.js stand-in.
 */

export interface StandInIntent {
  id: string
  object: "payment_intent"
  amount: number
  amount_received: number
  amount_capturable: number
  currency: string
  status: string
  capture_method: string
  client_secret: string
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: StandInCardError | null
}

export interface StandInCardError {
  type: "card_error"
  code: "card_declined"
  decline_code: string
  message: string
}

export interface StandInRequest {
  method: string
  path: string
  form: Record<string, string>
  idempotencyKey: string | undefined
  authorization: string | undefined
}

export interface StripeApiStandIn {
  port: number
  /** http://127.0.0.1:port, for STRIPE_API_BASE_URL. */
  url: string
  requests: StandInRequest[]
  intents: Map<string, StandInIntent>
  /** What Stripe does when the customer completes the card form. */
  customerPays(intentId: string): StandInIntent
  close(): Promise<void>
}

/** Stripe's test card that is always declined (generic_decline); any other number pays. */
export const DECLINED_CARD = "4000000000000002"

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ""
    req.setEncoding("utf8")
    req.on("data", (chunk: string) => {
      body += chunk
    })
    req.on("end", () => resolve(body))
    req.on("error", reject)
  })
}

function readForm(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body).entries())
}

const notFound = (message: string) => ({
  status: 404,
  body: { error: { type: "invalid_request_error", message } },
})

export async function startStripeApiStandIn(): Promise<StripeApiStandIn> {
  const requests: StandInRequest[] = []
  const intents = new Map<string, StandInIntent>()
  let counter = 0

  const pays = (intent: StandInIntent) => {
    intent.last_payment_error = null
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return intent
  }

  /** Stripe.js confirms with the publishable key and the intent's client secret, no bearer. */
  const confirm = (intent: StandInIntent, form: Record<string, string>) => {
    if (form.client_secret !== intent.client_secret || !form.key?.startsWith("pk_")) {
      return notFound("No such payment_intent")
    }
    if (intent.status !== "requires_payment_method") {
      return {
        status: 400,
        body: {
          error: {
            type: "invalid_request_error",
            code: "payment_intent_unexpected_state",
            message: `This PaymentIntent's status is ${intent.status}`,
          },
        },
      }
    }
    counter += 1
    intent.payment_method = `pm_stand_in_${counter}`
    const number = (form["payment_method_data[card][number]"] ?? "").replace(/\D/g, "")
    if (number === DECLINED_CARD) {
      const error: StandInCardError = {
        type: "card_error",
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
      }
      intent.last_payment_error = error
      return { status: 402, body: { error: { ...error, payment_intent: intent } } }
    }
    return { status: 200, body: pays(intent) }
  }

  const handle = (request: StandInRequest): { status: number; body: unknown } => {
    const { method, path, form } = request
    if (method === "POST" && path === "/v1/payment_intents") {
      counter += 1
      const metadata: Record<string, string> = {}
      for (const [key, value] of Object.entries(form)) {
        const match = /^metadata\[(.+)\]$/.exec(key)
        if (match?.[1]) metadata[match[1]] = value
      }
      const intent: StandInIntent = {
        id: `pi_stub_${counter}`,
        object: "payment_intent",
        amount: Number(form.amount),
        amount_received: 0,
        amount_capturable: 0,
        currency: String(form.currency),
        status: "requires_payment_method",
        capture_method: form.capture_method ?? "automatic",
        client_secret: `pi_stub_${counter}_secret_test`,
        metadata,
        payment_method: null,
        last_payment_error: null,
      }
      intents.set(intent.id, intent)
      return { status: 200, body: intent }
    }
    const intentMatch = /^\/v1\/payment_intents\/([^/]+)(?:\/(capture|cancel|confirm))?$/.exec(path)
    const intent = intentMatch?.[1] ? intents.get(intentMatch[1]) : undefined
    if (intentMatch && !intent) return notFound("No such payment_intent")
    if (intent && method === "GET") return { status: 200, body: intent }
    if (intent && intentMatch?.[2] === "confirm") return confirm(intent, form)
    if (intent && intentMatch?.[2] === "capture") {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      intent.amount_capturable = 0
      return { status: 200, body: intent }
    }
    if (intent && intentMatch?.[2] === "cancel") {
      intent.status = "canceled"
      return { status: 200, body: intent }
    }
    if (intent && method === "POST") {
      if (form.amount) intent.amount = Number(form.amount)
      return { status: 200, body: intent }
    }
    if (method === "POST" && path === "/v1/refunds") {
      counter += 1
      return {
        status: 200,
        body: {
          id: `re_stub_${counter}`,
          object: "refund",
          amount: Number(form.amount),
          payment_intent: form.payment_intent,
          status: "succeeded",
        },
      }
    }
    return notFound(`${method} ${path}`)
  }

  // Stripe.js calls the API from the shop's pages, another origin.
  const cors = {
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "content-type, authorization, stripe-version",
    "access-control-allow-methods": "GET, POST, OPTIONS",
  }
  const server: Server = createServer(async (req, res) => {
    if (req.method === "OPTIONS") {
      res.writeHead(204, cors)
      res.end()
      return
    }
    const url = new URL(req.url ?? "/", "http://stand-in")
    const request: StandInRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      form: readForm(await readBody(req)),
      idempotencyKey: req.headers["idempotency-key"] as string | undefined,
      authorization: req.headers.authorization,
    }
    requests.push(request)
    const { status, body } = handle(request)
    res.writeHead(status, {
      ...cors,
      "content-type": "application/json",
      "request-id": `req_${requests.length}`,
    })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    intents,
    customerPays(intentId) {
      const intent = intents.get(intentId)
      if (!intent) throw new Error(`no intent ${intentId}`)
      return pays(intent)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
