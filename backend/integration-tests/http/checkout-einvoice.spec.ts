import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  PRICES,
  settle,
  waitFor,
} from "./payments-fixtures"

const COMPANY = {
  buyer_tax_id: "0100 112 437",
  company_name: 'Công ty TNHH "Đặc sản Lạng Sơn", chi nhánh Hà Nội',
  address: "211 Trần Đăng Ninh, phường Chi Lăng, Lạng Sơn",
  email: "KeToan@Example.vn",
}

/** RFC 4180 reader for the test: quoted fields may hold commas, doubled quotes and CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ",") {
      row.push(field)
      field = ""
    } else if (char === "\r" && text.charAt(i + 1) === "\n") {
      row.push(field)
      rows.push(row)
      row = []
      field = ""
      i++
    } else field += char
  }
  return rows
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    const request = (cartId: string, body: object) =>
      settle(api.post(`/store/carts/${cartId}/einvoice-request`, body, world.store))

    it("validates the request and names the field at fault", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
      const badTaxId = await request(cartId, { ...COMPANY, buyer_tax_id: "0100112438" })
      expect(badTaxId.status).toBe(400)
      expect(badTaxId.data.message).toContain("buyer_tax_id")
      expect(badTaxId.data.message).toContain("check digit")

      const noCompany = await request(cartId, { ...COMPANY, company_name: undefined })
      expect(noCompany.status).toBe(400)
      expect(noCompany.data.message).toContain("company_name")
      expect(noCompany.data.message).not.toContain("buyer_name")

      const noEmail = await request(cartId, { ...COMPANY, email: "not-an-email" })
      expect(noEmail.status).toBe(400)
      expect(noEmail.data.message).toContain("email")

      const person = await request(cartId, { email: "a@example.vn" })
      expect(person.status).toBe(400)
      expect(person.data.message).toContain("buyer_name")

      const missing = await settle(api.get(`/store/carts/${cartId}/einvoice-request`, world.store))
      expect(missing.status).toBe(404)
      const unknownCart = await request("cart_01UNKNOWN", COMPANY)
      expect(unknownCart.status).toBe(404)
    })

    it("is stored on the cart, filed under the order, and exported as CSV for Excel", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 2 }])
      const saved = await request(cartId, COMPANY)
      expect(saved.status).toBe(200)
      expect(saved.data.einvoice_request).toMatchObject({
        buyer_tax_id: "0100112437",
        tax_id_kind: "enterprise",
        company_name: COMPANY.company_name,
        email: "ketoan@example.vn",
        order_id: null,
      })
      // A second request replaces the first (one per cart).
      const updated = await request(cartId, { ...COMPANY, buyer_name: "Nguyễn Thị Hoà" })
      expect(updated.data.einvoice_request.id).toBe(saved.data.einvoice_request.id)

      // A personal invoice on another cart, never completed: not exported by default.
      const otherCart = await cartWith(api, world, [
        { variant_id: world.variants.quyt, quantity: 1 },
      ])
      expect(
        (await request(otherCart, { buyer_name: "Lê Văn B", email: "b@example.vn" })).status
      ).toBe(200)

      expect((await choosePayment(api, world, cartId, "pp_cod_cod")).status).toBe(200)
      const completed = await completeCart(api, world, cartId)
      const orderId = completed.data.order.id

      const filed = await waitFor(
        async () =>
          (await api.get(`/admin/payments-vn/einvoice-requests`, world.admin)).data
            .einvoice_requests,
        (rows: Array<{ order_id: string | null }>) => rows.length === 1
      )
      expect(filed).toHaveLength(1)
      expect(filed[0]).toMatchObject({
        order_id: orderId,
        order_total: 2 * PRICES.quyt + PRICES.shipping,
      })

      const order = await api.get(
        `/admin/orders/${orderId}?fields=id,einvoice_request.*`,
        world.admin
      )
      expect(order.data.order.einvoice_request).toMatchObject({ buyer_tax_id: "0100112437" })

      // As bytes: axios would strip the BOM from a text response.
      const csv = await api.get("/admin/payments-vn/einvoice-requests.csv", {
        ...world.admin,
        responseType: "arraybuffer",
      })
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.headers["content-type"]).toContain("utf-8")
      expect(csv.headers["content-disposition"]).toContain("einvoice-requests.csv")
      const bytes = Buffer.from(csv.data as ArrayBuffer)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.subarray(3).toString("utf8")
      expect(text.endsWith("\r\n")).toBe(true)
      const rows = parseCsv(text)
      expect(rows[0]).toEqual([
        "request_id",
        "requested_at",
        "order_display_id",
        "order_id",
        "order_date",
        "order_total_vnd",
        "order_vat_vnd",
        "buyer_tax_id",
        "tax_id_kind",
        "company_name",
        "buyer_name",
        "address",
        "email",
      ])
      expect(rows).toHaveLength(2)
      const row = Object.fromEntries((rows[0] ?? []).map((name, i) => [name, rows[1]?.[i]]))
      expect(row).toMatchObject({
        order_id: orderId,
        order_total_vnd: String(2 * PRICES.quyt + PRICES.shipping),
        buyer_tax_id: "0100112437",
        company_name: COMPANY.company_name,
        buyer_name: "Nguyễn Thị Hoà",
        address: COMPANY.address,
      })
      expect(row.order_date).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)

      const all = await api.get("/admin/payments-vn/einvoice-requests.csv?include_carts=true", {
        ...world.admin,
        responseType: "arraybuffer",
      })
      expect(
        parseCsv(
          Buffer.from(all.data as ArrayBuffer)
            .subarray(3)
            .toString("utf8")
        )
      ).toHaveLength(3)
    })
  },
})
