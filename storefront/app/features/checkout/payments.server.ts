import type { OcopClient } from "@ocop/sdk"

/**
 * TEMPORARY bridge to the payments routes until the SDK's payments area lands on main (the money
 * engineer's `client.payments.store`): same method names, so the swap is one import. Only the
 * fields the pages read are named here.
 */
export function storePayments(backend: OcopClient) {
  const fetch = backend.medusa.client.fetch.bind(backend.medusa.client)
  const id = encodeURIComponent
  return {
    confirmAge: (cartId: string, body: { birth_date: string } | { confirmed_adult: true }) =>
      fetch(`/store/payments-vn/carts/${id(cartId)}/age-confirmation`, { method: "POST", body }),
    requestEinvoice: (
      cartId: string,
      body: {
        buyer_tax_id?: string
        company_name?: string
        buyer_name?: string
        address?: string
        email: string
      }
    ) => fetch(`/store/payments-vn/carts/${id(cartId)}/einvoice-request`, { method: "POST", body }),
    retrieveOrderVietQr: async (orderId: string) => {
      const { vietqr } = await fetch<{
        vietqr: {
          reference: string
          payload: string
          amount: number
          bank_bin: string
          bank_name: string
          account_number: string
          account_name: string
          is_demo: boolean
          paid: boolean
        }
      }>(`/store/payments-vn/orders/${id(orderId)}/vietqr`, { method: "GET" })
      return {
        vietqr: {
          ...vietqr,
          status: vietqr.paid ? ("paid" as const) : ("awaiting_transfer" as const),
        },
      }
    },
  }
}
