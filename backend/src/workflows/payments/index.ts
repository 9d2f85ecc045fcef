export * from "./cancel-unpaid-vietqr-order"
export * from "./confirm-vietqr-transfer"
export * from "./enable-vietnam-payment-providers"
export * from "./resolve-bank-transfer"
