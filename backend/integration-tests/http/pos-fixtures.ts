import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { PosDevicePairing, PosSignInResponse } from "@ocop/sdk"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { createPosClerksWorkflow } from "../../src/workflows/pos/clerks"
import { createPosRegistersWorkflow } from "../../src/workflows/pos/registers"
import { createAdminHeaders, createStoreChannel, type RequestHeaders } from "../helpers/auth"
import { type Api, settle } from "./payments-fixtures"

/**
 * A small shop with two tills for the POS specs, built with Medusa's workflows and ours: a VND
 * region (tax-inclusive prices), two registers whose channels both sell from one stock location
 * (two tills of one store), and products with stock there — quýt (fresh produce, 5 %), bánh chưng
 * (processed food, 8 % until 2026), rượu men lá (29 % ABV: no discounts) and a 12 % rượu nhẹ.
 */

export const POS_PRICES = { quyt: 120_000, banhChung: 60_000, ruou: 250_000, ruouNhe: 90_000 }
export const POS_STOCK = { quyt: 20, banhChung: 1, ruou: 10, ruouNhe: 10 }
export const POS_PINS = { clerkA: "1234", managerA: "987654", clerkB: "5678" }

export interface PosClerkIds {
  clerkA: string
  managerA: string
  clerkB: string
}

export interface PosWorld {
  admin: RequestHeaders
  regionId: string
  locationId: string
  registers: { a: string; b: string }
  channels: { a: string; b: string }
  clerks: PosClerkIds
  products: { quyt: string; banhChung: string; ruou: string; ruouNhe: string }
  variants: { quyt: string; banhChung: string; ruou: string; ruouNhe: string }
  inventoryItems: { quyt: string; banhChung: string; ruou: string; ruouNhe: string }
}

export async function createPosWorld(container: MedusaContainer): Promise<PosWorld> {
  const admin = await createAdminHeaders(container)
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Việt Nam (POS thử)",
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

  const channelA = await createStoreChannel(container, "Quầy A (thử)")
  const channelB = await createStoreChannel(container, "Quầy B (thử)")
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [{ name: "Cửa hàng thử", address: { address_1: "1 Thử", country_code: "vn" } }],
    },
  })
  const location = locations[0]
  if (!location) throw new Error("location not created")
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [channelA.channel.id, channelB.channel.id] },
  })

  const product = (title: string, handle: string, price: number, sku: string, barcode: string) => ({
    title,
    handle,
    status: "published" as const,
    options: [{ title: "Quy cách", values: ["Mặc định"] }],
    variants: [
      {
        title: "Mặc định",
        sku,
        barcode,
        options: { "Quy cách": "Mặc định" },
        manage_inventory: true,
        prices: [{ amount: price, currency_code: "vnd" }],
      },
    ],
    sales_channels: [{ id: channelA.channel.id }, { id: channelB.channel.id }],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product("Quýt vàng Bắc Sơn", "pos-quyt", POS_PRICES.quyt, "POS-QUYT", "8930000000019"),
        product(
          "Bánh chưng đen",
          "pos-banh-chung",
          POS_PRICES.banhChung,
          "POS-BC",
          "8930000000026"
        ),
        product("Rượu men lá suối Mỏ Mắm", "pos-ruou", POS_PRICES.ruou, "POS-RML", "8930000000033"),
        product("Rượu nhẹ", "pos-ruou-nhe", POS_PRICES.ruouNhe, "POS-RN", "8930000000040"),
      ],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  const bySku = (sku: string) => {
    const variant = variants.find((v) => v.sku === sku)
    const itemId = variant?.inventory_items?.[0]?.inventory_item_id
    if (!variant || !itemId) throw new Error(`variant ${sku} not created`)
    return { variantId: variant.id, productId: variant.product_id as string, itemId }
  }
  const quyt = bySku("POS-QUYT")
  const banhChung = bySku("POS-BC")
  const ruou = bySku("POS-RML")
  const ruouNhe = bySku("POS-RN")
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: quyt.itemId,
          location_id: location.id,
          stocked_quantity: POS_STOCK.quyt,
        },
        {
          inventory_item_id: banhChung.itemId,
          location_id: location.id,
          stocked_quantity: POS_STOCK.banhChung,
        },
        {
          inventory_item_id: ruou.itemId,
          location_id: location.id,
          stocked_quantity: POS_STOCK.ruou,
        },
        {
          inventory_item_id: ruouNhe.itemId,
          location_id: location.id,
          stocked_quantity: POS_STOCK.ruouNhe,
        },
      ],
    },
  })

  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const producer = await ocop.createOcopProducers({
    handle: "htx-thu",
    name: "HTX Thử Bắc Sơn",
    kind: "cooperative",
    province_code: "20",
  })
  await ocop.createOcopProductProfiles([
    {
      product_id: quyt.productId,
      product_group: "food",
      province_code: "20",
      vat_category: "fresh_produce",
      producer_id: producer.id,
    },
    {
      product_id: banhChung.productId,
      product_group: "food",
      province_code: "20",
      vat_category: "processed_food",
    },
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
  const today = new Date()
  const yearsFrom = (years: number) =>
    new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), 1))
  await ocop.createOcopCertificates({
    product_id: quyt.productId,
    stars: 4,
    decision_number: "1/QĐ-THU",
    decision_date: yearsFrom(-1),
    issuer_name: "UBND tỉnh (thử)",
    issuer_level: "province",
    legal_basis: "148/QĐ-TTg",
    valid_from: yearsFrom(-1),
    valid_to: yearsFrom(2),
  })

  const { result: registers } = await createPosRegistersWorkflow(container).run({
    input: {
      registers: [
        {
          code: "TA",
          name: "Quầy A",
          kind: "store",
          sales_channel_id: channelA.channel.id,
          stock_location_id: location.id,
          region_id: region.id,
          receipt: { shop_name: "Cửa hàng thử", address: "1 Thử" },
          discount_approval_percent: 10,
        },
        {
          code: "TB",
          name: "Quầy B",
          kind: "booth",
          sales_channel_id: channelB.channel.id,
          stock_location_id: location.id,
          region_id: region.id,
          receipt: { shop_name: "Gian hàng thử", address: "2 Thử" },
        },
      ],
    },
  })
  const registerA = registers.find((r) => r.code === "TA")
  const registerB = registers.find((r) => r.code === "TB")
  if (!registerA || !registerB) throw new Error("registers not created")
  const { result: clerks } = await createPosClerksWorkflow(container).run({
    input: {
      clerks: [
        { register_id: registerA.id, name: "Thu ngân A", role: "clerk", pin: POS_PINS.clerkA },
        { register_id: registerA.id, name: "Quản lý A", role: "manager", pin: POS_PINS.managerA },
        { register_id: registerB.id, name: "Thu ngân B", role: "clerk", pin: POS_PINS.clerkB },
      ],
    },
  })
  const clerkId = (name: string) => {
    const found = clerks.find((clerk) => clerk.name === name)
    if (!found) throw new Error(`clerk ${name} not created`)
    return found.id
  }
  return {
    admin,
    regionId: region.id,
    locationId: location.id,
    registers: { a: registerA.id, b: registerB.id },
    channels: { a: channelA.channel.id, b: channelB.channel.id },
    clerks: {
      clerkA: clerkId("Thu ngân A"),
      managerA: clerkId("Quản lý A"),
      clerkB: clerkId("Thu ngân B"),
    },
    products: {
      quyt: quyt.productId,
      banhChung: banhChung.productId,
      ruou: ruou.productId,
      ruouNhe: ruouNhe.productId,
    },
    variants: {
      quyt: quyt.variantId,
      banhChung: banhChung.variantId,
      ruou: ruou.variantId,
      ruouNhe: ruouNhe.variantId,
    },
    inventoryItems: {
      quyt: quyt.itemId,
      banhChung: banhChung.itemId,
      ruou: ruou.itemId,
      ruouNhe: ruouNhe.itemId,
    },
  }
}

/** A manager pairs a tablet with a register through the admin API. */
export async function pairTablet(api: Api, world: PosWorld, registerId: string, label = "Tablet") {
  const response = await api.post(
    `/admin/pos/registers/${registerId}/devices`,
    { label },
    world.admin
  )
  return response.data as PosDevicePairing
}

export function bearer(token: string): RequestHeaders {
  return { headers: { authorization: `Bearer ${token}` } }
}

/** Pairs a tablet and signs a clerk in on it: the clerk's bearer headers and the answer. */
export async function signedInClerk(
  api: Api,
  world: PosWorld,
  registerId: string,
  clerkId: string,
  pin: string
) {
  const pairing = await pairTablet(api, world, registerId)
  const response = await settle(
    api.post("/pos/auth/sign-in", { device_token: pairing.device.token, clerk_id: clerkId, pin })
  )
  if (response.status !== 200) {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.data)}`)
  }
  const signIn = response.data as PosSignInResponse
  return { pairing, signIn, headers: bearer(signIn.token) }
}
