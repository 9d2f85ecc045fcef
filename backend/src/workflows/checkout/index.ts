export * from "./attach-einvoice-request-to-order"
export * from "./record-age-confirmation"
export * from "./upsert-einvoice-request"
export * from "./utils/checkout-rules"
