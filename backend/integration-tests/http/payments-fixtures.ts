import { createHmac } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { enableVietnamPaymentProvidersWorkflow } from "../../src/workflows/payments/enable-vietnam-payment-providers"
import { createAdminHeaders, createStoreChannel } from "../helpers/auth"

/**
 * A small real shop for the payment and checkout specs, built with Medusa's core workflows: a VND
 * region with tax-inclusive prices, a VN tax region (10 % default, 5 % for fresh produce by
 * product type), a warehouse with delivery at 30.000 ₫, and three products — quýt (fresh
 * produce), rượu men lá (alcohol 29 % ABV) and a 12 % rượu nhẹ.
 */

export const PRICES = { quyt: 120_000, ruou: 250_000, ruouNhe: 90_000, shipping: 30_000 }
export const DEMO_ACCOUNT = { bin: "970436", account: "0000000000" }
export const WEBHOOK_SECRET = "payments-spec-webhook-secret-0123456789"

/**
 * medusaIntegrationTestRunner loads medusa-config before it applies its `env` option, so settings
 * that the config reads (provider options) must be in process.env before the runner starts.
 */
export function setConfigEnv(vars: Record<string, string>): void {
  Object.assign(process.env, vars)
}

export interface RequestHeaders {
  headers: Record<string, string>
}

export interface CheckoutWorld {
  regionId: string
  shippingOptionId: string
  locationId: string
  store: RequestHeaders
  admin: RequestHeaders
  adminUserId: string
  variants: { quyt: string; ruou: string; ruouNhe: string }
}

type SuiteOptions = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]
/** The runner's HTTP client (axios) pointed at the booted app. */
export type Api = SuiteOptions["api"]

/** axios throws on 4xx/5xx; the specs want to look at those responses. */
export async function settle<T = Awaited<ReturnType<Api["post"]>>>(
  request: Promise<T>
): Promise<T> {
  try {
    return await request
  } catch (error) {
    const response = (error as { response?: T }).response
    if (!response) throw error
    return response
  }
}

async function createTaxes(container: MedusaContainer, freshTypeId: string) {
  const { result } = await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "vn",
        provider_id: "tp_system",
        default_tax_rate: { code: "VAT_TEST_STANDARD", name: "VAT 10 %", rate: 10 },
      },
    ],
  })
  const taxRegion = result[0]
  if (!taxRegion) throw new Error("tax region not created")
  await createTaxRatesWorkflow(container).run({
    input: [
      {
        tax_region_id: taxRegion.id,
        code: "VAT_TEST_FRESH",
        name: "VAT 5 %",
        rate: 5,
        rules: [{ reference: "product_type", reference_id: freshTypeId }],
      },
    ],
  })
}

async function createDelivery(container: MedusaContainer, channelId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [{ name: "Kho thử nghiệm", address: { address_1: "1 Test", country_code: "vn" } }],
    },
  })
  const location = locations[0]
  if (!location) throw new Error("stock location not created")
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [channelId] },
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: location.id,
      fulfillment_set_data: { name: "Giao hàng thử", type: "shipping" },
    },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets({ name: "Giao hàng thử" })
  if (!set) throw new Error("fulfillment set not created")
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          fulfillment_set_id: set.id,
          name: "Việt Nam (thử)",
          geo_zones: [{ type: "country", country_code: "vn" }],
        },
      ],
    },
  })
  const zone = zones[0]
  if (!zone) throw new Error("service zone not created")
  const [existingProfile] = await fulfillment.listShippingProfiles({ type: "default" })
  const profileId =
    existingProfile?.id ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
    ).result[0]?.id
  if (!profileId) throw new Error("shipping profile not created")
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng tiêu chuẩn",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profileId,
        type: { label: "Tiêu chuẩn", description: "2–4 ngày", code: "standard" },
        prices: [{ currency_code: "vnd", amount: PRICES.shipping }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      },
    ],
  })
  const option = options[0]
  if (!option) throw new Error("shipping option not created")
  return { locationId: location.id, shippingOptionId: option.id, profileId }
}

export async function createCheckoutWorld(container: MedusaContainer): Promise<CheckoutWorld> {
  const admin = await createAdminHeaders(container)
  const [adminUser] = await container.resolve(Modules.USER).listUsers({ email: "admin@test.ocop" })
  const channel = await createStoreChannel(container, "Web thử nghiệm")

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Việt Nam (thử)",
          currency_code: "vnd",
          countries: ["vn"],
          automatic_taxes: true,
          is_tax_inclusive: true,
        },
      ],
    },
  })
  const region = regions[0]
  if (!region) throw new Error("region not created")
  // Retail prices are VAT-inclusive: a currency price preference, as the seed sets it.
  const [store] = await container.resolve(Modules.STORE).listStores({})
  if (!store) throw new Error("no store")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
      },
    },
  })
  await enableVietnamPaymentProvidersWorkflow(container).run({ input: { region_ids: [region.id] } })

  const { result: types } = await createProductTypesWorkflow(container).run({
    input: { product_types: [{ value: "fresh_produce" }, { value: "alcohol" }] },
  })
  const freshType = types.find((type) => type.value === "fresh_produce")
  const alcoholType = types.find((type) => type.value === "alcohol")
  if (!freshType || !alcoholType) throw new Error("product types not created")
  await createTaxes(container, freshType.id)
  const delivery = await createDelivery(container, channel.channel.id)

  const product = (title: string, handle: string, price: number, typeId: string) => ({
    title,
    handle,
    status: "published" as const,
    type_id: typeId,
    shipping_profile_id: delivery.profileId,
    options: [{ title: "Quy cách", values: ["Mặc định"] }],
    variants: [
      {
        title: "Mặc định",
        options: { "Quy cách": "Mặc định" },
        manage_inventory: false,
        prices: [{ amount: price, currency_code: "vnd" }],
      },
    ],
    sales_channels: [{ id: channel.channel.id }],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product("Quýt vàng Bắc Sơn", "quyt-vang", PRICES.quyt, freshType.id),
        product("Rượu men lá", "ruou-men-la", PRICES.ruou, alcoholType.id),
        product("Rượu nhẹ", "ruou-nhe", PRICES.ruouNhe, alcoholType.id),
      ],
    },
  })
  const byHandle = (handle: string) => {
    const found = products.find((p) => p.handle === handle)
    if (!found?.variants?.[0]) throw new Error(`product ${handle} not created`)
    return { productId: found.id, variantId: found.variants[0].id }
  }
  const quyt = byHandle("quyt-vang")
  const ruou = byHandle("ruou-men-la")
  const ruouNhe = byHandle("ruou-nhe")

  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  await ocop.createOcopProductProfiles([
    { product_id: quyt.productId, product_group: "food", province_code: "20" },
    {
      product_id: ruou.productId,
      product_group: "beverage",
      province_code: "20",
      is_alcohol: true,
      abv: 29,
      vat_category: "alcohol",
    },
    {
      product_id: ruouNhe.productId,
      product_group: "beverage",
      province_code: "20",
      is_alcohol: true,
      abv: 12,
      vat_category: "alcohol",
    },
  ])

  return {
    regionId: region.id,
    shippingOptionId: delivery.shippingOptionId,
    locationId: delivery.locationId,
    store: channel.headers,
    admin,
    adminUserId: adminUser?.id ?? "",
    variants: { quyt: quyt.variantId, ruou: ruou.variantId, ruouNhe: ruouNhe.variantId },
  }
}

/** A storefront-style cart: items, email, Vietnamese address, the delivery option. */
export async function cartWith(
  api: Api,
  world: CheckoutWorld,
  lines: Array<{ variant_id: string; quantity: number }>
): Promise<string> {
  const created = await api.post("/store/carts", { region_id: world.regionId }, world.store)
  const cartId: string = created.data.cart.id
  for (const line of lines) {
    await api.post(`/store/carts/${cartId}/line-items`, line, world.store)
  }
  await api.post(
    `/store/carts/${cartId}`,
    {
      email: "khach@example.vn",
      shipping_address: {
        first_name: "Nguyễn",
        last_name: "Văn A",
        address_1: "211 Trần Đăng Ninh",
        city: "Lạng Sơn",
        country_code: "vn",
        phone: "0912345678",
      },
    },
    world.store
  )
  await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: world.shippingOptionId },
    world.store
  )
  return cartId
}

/** Starts a payment session as a storefront does; returns the raw response (may be a 400). */
export async function choosePayment(
  api: Api,
  world: CheckoutWorld,
  cartId: string,
  providerId: string
) {
  const collection = await api.post("/store/payment-collections", { cart_id: cartId }, world.store)
  return settle(
    api.post(
      `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
      { provider_id: providerId },
      world.store
    )
  )
}

export function completeCart(api: Api, world: CheckoutWorld, cartId: string) {
  return settle(api.post(`/store/carts/${cartId}/complete`, {}, world.store))
}

/** The admin view of an order with its payment state. */
export async function adminOrder(api: Api, world: CheckoutWorld, orderId: string) {
  const response = await api.get(
    `/admin/orders/${orderId}?fields=id,status,payment_status,total,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*items,*items.tax_lines,*items.adjustments`,
    world.admin
  )
  return response.data.order
}

/**
 * Signs a webhook body the way a bank integration must, with node's crypto directly (not the
 * backend's helper, so that a mistake there shows up here).
 */
export function signedWebhook(
  body: Record<string, unknown>,
  options: { secret?: string; timestamp?: number } = {}
) {
  const raw = JSON.stringify(body)
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const signature = createHmac("sha256", options.secret ?? WEBHOOK_SECRET)
    .update(`${timestamp}.${raw}`)
    .digest("hex")
  return {
    raw,
    config: {
      headers: {
        "content-type": "application/json",
        "x-vietqr-timestamp": timestamp,
        "x-vietqr-signature": signature,
      },
    },
  }
}

/** A bank's notification of a transfer into the demo account, with the reference in its note. */
export function vietQrNotification(reference: string, amount: number, transactionId = "FT24001") {
  return {
    transaction_id: transactionId,
    reference,
    amount,
    account_number: DEMO_ACCOUNT.account,
    bank_bin: DEMO_ACCOUNT.bin,
    paid_at: new Date().toISOString(),
    description: `MBVCB.123456.${reference}.CT tu NGUYEN VAN A`,
  }
}

/** The staff list of bank transfers (all, or those of one status), newest first. */
export async function listTransfers(api: Api, world: CheckoutWorld, status?: string) {
  const query = status ? `?status=${status}` : ""
  const response = await api.get(`/admin/payments-vn/vietqr/transfers${query}`, world.admin)
  return response.data.transfers as Array<Record<string, unknown>>
}

export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000
): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/** An active 10 % code on items, tax-inclusive like the shop's prices (admin API). */
export function createTenPercentCode(api: Api, world: CheckoutWorld, code: string) {
  return settle(
    api.post(
      "/admin/promotions",
      {
        code,
        type: "standard",
        status: "active",
        is_tax_inclusive: true,
        application_method: {
          type: "percentage",
          target_type: "items",
          allocation: "each",
          max_quantity: 10,
          value: 10,
          currency_code: "vnd",
        },
      },
      world.admin
    )
  )
}
