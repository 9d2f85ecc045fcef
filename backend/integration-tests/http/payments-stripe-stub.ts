import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local HTTP stand-in for the few Stripe endpoints the Medusa Stripe provider calls (payment
 * intents and refunds). Stripe's servers cannot be reached from here; this records every request
 * as the stripe library sent it (form-encoded), so tests can check what would have gone to Stripe.
 */

export interface StubIntent {
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
  payment_method: null
  last_payment_error: null
}

export interface StubRequest {
  method: string
  path: string
  form: Record<string, string>
  idempotencyKey: string | undefined
  authorization: string | undefined
}

export interface StripeStub {
  port: number
  requests: StubRequest[]
  intents: Map<string, StubIntent>
  /** What Stripe does when the customer completes the card form. */
  customerPays(intentId: string): StubIntent
  close(): Promise<void>
}

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

export async function startStripeStub(): Promise<StripeStub> {
  const requests: StubRequest[] = []
  const intents = new Map<string, StubIntent>()
  let counter = 0

  const handle = (request: StubRequest): { status: number; body: unknown } => {
    const { method, path, form } = request
    if (method === "POST" && path === "/v1/payment_intents") {
      counter += 1
      const metadata: Record<string, string> = {}
      for (const [key, value] of Object.entries(form)) {
        const match = /^metadata\[(.+)\]$/.exec(key)
        if (match?.[1]) metadata[match[1]] = value
      }
      const intent: StubIntent = {
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
    const intentMatch = /^\/v1\/payment_intents\/([^/]+)(?:\/(capture|cancel))?$/.exec(path)
    const intent = intentMatch?.[1] ? intents.get(intentMatch[1]) : undefined
    if (intentMatch && !intent) {
      return {
        status: 404,
        body: { error: { type: "invalid_request_error", message: "No such intent" } },
      }
    }
    if (intent && method === "GET") return { status: 200, body: intent }
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
    return {
      status: 404,
      body: { error: { type: "invalid_request_error", message: `${method} ${path}` } },
    }
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stub")
    const request: StubRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      form: readForm(await readBody(req)),
      idempotencyKey: req.headers["idempotency-key"] as string | undefined,
      authorization: req.headers.authorization,
    }
    requests.push(request)
    const { status, body } = handle(request)
    res.writeHead(status, {
      "content-type": "application/json",
      "request-id": `req_${requests.length}`,
    })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    port,
    requests,
    intents,
    customerPays(intentId) {
      const intent = intents.get(intentId)
      if (!intent) throw new Error(`no intent ${intentId}`)
      if (intent.capture_method === "manual") {
        intent.status = "requires_capture"
        intent.amount_capturable = intent.amount
      } else {
        intent.status = "succeeded"
        intent.amount_received = intent.amount
      }
      return intent
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
