/**
 * The lock held while a VietQR payment is paid or its order cancelled: keyed by the checkout
 * cart (the very key completeCartWorkflow and processPaymentWorkflow take, so the customer's own
 * completion waits for it and the reverse), else the payment collection. It is taken even when
 * the workflow runs as another's step, which Medusa's lock step skips unless told.
 *
 * Held at most 2 minutes, like Medusa's completion. A confirmation may wait longer for it than
 * the 30 s a customer's completion waits: nobody stares at a spinner for a bank notification, and
 * the transfer is already on file while it waits.
 */
export function paymentLock(key: string | string[], ownerId: string, waitSeconds = 30) {
  return { key, ownerId, timeout: waitSeconds, ttl: 120, executeOnSubWorkflow: true }
}
