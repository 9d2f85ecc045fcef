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
import { isOcopStar, issuerLevelsForStars, vietnamCalendarDate } from "@ocop/core"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import {
  createOcopProducerWorkflow,
  issueOcopCertificateWorkflow,
  revokeOcopCertificateWorkflow,
  setOcopProductProfileWorkflow,
} from "../../src/workflows/ocop"
import { createStoreChannel } from "../helpers/auth"
import { storeCatalogSettled } from "../helpers/store-catalog"

/**
 * Real catalog data for the store OCOP API tests, written through Medusa's core workflows and the
 * OCOP workflows (producers, profiles, certificate issue and revocation). Certificate dates are
 * relative to the moment the fixture is built, so the badge rule is exercised on "today" whatever
 * day the tests run.
 */

const DAY_MS = 24 * 60 * 60 * 1000
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS)

type CertificateState = "valid" | "expiring" | "expired" | "revoked" | "not-started" | "none"

export interface FixtureProductSpec {
  key: string
  title: string
  handle: string
  price: number
  stock: number
  group: string
  sub_group?: string
  origin_label?: string
  ward_code?: string
  legacy_district?: string
  producer?: string
  stars?: number
  certificate?: CertificateState
  is_alcohol?: boolean
  abv?: number
  /** Channels that sell it; "web" by default. */
  channels?: Array<"web" | "booth">
  status?: "published" | "draft"
  /** False for a product with no OCOP profile at all. */
  ocop?: boolean
}

export const FIXTURE_PRODUCERS = [
  {
    handle: "htx-quyt-bac-son",
    name: "HTX Nông nghiệp Bắc Sơn",
    kind: "cooperative" as const,
    legacy_district: "Bắc Sơn",
    ward_code: "06325",
  },
  {
    handle: "ho-dao-mau-son",
    name: "Hộ kinh doanh Đào Mẫu Sơn",
    kind: "household" as const,
    legacy_district: "Lộc Bình",
    ward_code: null,
  },
  {
    handle: "cong-ty-anh-dao",
    name: "Công ty Anh Đào",
    kind: "company" as const,
    legacy_district: "Hữu Lũng",
    ward_code: "06385",
  },
]

/**
 * Titles starting A, Ă, D, Đ, E check the Vietnamese collator: an English collator puts
 * "Ăn…" before "Anh…" and "Đào…" before "Dầu…".
 */
export const FIXTURE_PRODUCTS: FixtureProductSpec[] = [
  {
    key: "quyt",
    title: "Quýt vàng Bắc Sơn",
    handle: "quyt-vang-bac-son",
    price: 120_000,
    stock: 40,
    group: "food",
    sub_group: "fresh",
    origin_label: "Quýt vàng Bắc Sơn",
    ward_code: "06325",
    legacy_district: "Bắc Sơn",
    producer: "htx-quyt-bac-son",
    stars: 4,
    certificate: "valid",
  },
  {
    key: "gao",
    title: "Gạo nếp cái hoa vàng Bắc Sơn",
    handle: "gao-nep-cai-hoa-vang",
    price: 60_000,
    stock: 0,
    group: "food",
    sub_group: "raw",
    ward_code: "06325",
    legacy_district: "Bắc Sơn",
    producer: "htx-quyt-bac-son",
    stars: 4,
    certificate: "expiring",
  },
  {
    key: "banh",
    title: "Bánh chưng đen Bắc Sơn",
    handle: "banh-chung-den",
    price: 80_000,
    stock: 12,
    group: "food",
    sub_group: "processed-grain",
    ward_code: "06349",
    legacy_district: "Bắc Sơn",
    producer: "htx-quyt-bac-son",
    stars: 3,
    certificate: "expired",
  },
  {
    key: "ruou",
    title: "Rượu men lá suối Mỏ Mắm",
    handle: "ruou-men-la-suoi-mo-mam",
    price: 150_000,
    stock: 9,
    group: "beverage",
    sub_group: "alcoholic",
    ward_code: "06367",
    legacy_district: "Bắc Sơn",
    stars: 4,
    certificate: "revoked",
    is_alcohol: true,
    abv: 29.5,
  },
  {
    key: "dao",
    title: "Đào Mẫu Sơn",
    handle: "dao-mau-son",
    price: 200_000,
    stock: 5,
    group: "food",
    sub_group: "fresh",
    legacy_district: "Lộc Bình",
    producer: "ho-dao-mau-son",
    stars: 5,
    certificate: "valid",
  },
  {
    key: "dau",
    title: "Dầu hồi Văn Quan",
    handle: "dau-hoi-van-quan",
    price: 90_000,
    stock: 3,
    group: "medicinal-herbs",
    legacy_district: "Văn Quan",
    stars: 3,
    certificate: "valid",
  },
  {
    key: "anh",
    title: "Anh đào rừng Hữu Lũng",
    handle: "anh-dao-rung",
    price: 70_000,
    stock: 8,
    group: "food",
    sub_group: "fresh",
    ward_code: "06385",
    legacy_district: "Hữu Lũng",
    producer: "cong-ty-anh-dao",
    stars: 4,
    certificate: "not-started",
  },
  {
    key: "an",
    title: "Ăn liền miến dong Bình Gia",
    handle: "an-lien-mien-dong",
    price: 45_000,
    stock: 20,
    group: "food",
    sub_group: "processed-grain",
    legacy_district: "Bình Gia",
    producer: "cong-ty-anh-dao",
    stars: 2,
    certificate: "valid",
  },
  {
    key: "em",
    title: "Em bé thổ cẩm Tày",
    handle: "em-be-tho-cam",
    price: 250_000,
    stock: 2,
    group: "handicraft",
    legacy_district: "Tràng Định",
    certificate: "none",
  },
  {
    key: "hong",
    title: "Hồng không hạt Bảo Lâm",
    handle: "hong-khong-hat",
    price: 100_000,
    stock: 6,
    group: "food",
    sub_group: "fresh",
    legacy_district: "Cao Lộc",
    stars: 4,
    certificate: "valid",
    channels: ["booth"],
  },
  {
    key: "draft",
    title: "Chè Mẫu Sơn (bản nháp)",
    handle: "che-mau-son-nhap",
    price: 55_000,
    stock: 1,
    group: "food",
    sub_group: "tea",
    legacy_district: "Lộc Bình",
    stars: 4,
    certificate: "valid",
    status: "draft",
  },
  {
    key: "plain",
    title: "Túi giấy đựng quà",
    handle: "tui-giay",
    price: 5_000,
    stock: 100,
    group: "handicraft",
    ocop: false,
  },
]

function certificateDates(state: CertificateState) {
  switch (state) {
    case "valid":
      return { decided: daysFromNow(-400), valid_to: daysFromNow(700), revoked_at: null }
    case "expiring":
      return { decided: daysFromNow(-1000), valid_to: daysFromNow(10), revoked_at: null }
    case "expired":
      return { decided: daysFromNow(-1100), valid_to: daysFromNow(-5), revoked_at: null }
    case "revoked":
      return { decided: daysFromNow(-300), valid_to: daysFromNow(800), revoked_at: daysFromNow(-1) }
    case "not-started":
      // Recorded ahead of the day it takes effect.
      return {
        decided: daysFromNow(0),
        valid_from: daysFromNow(3),
        valid_to: daysFromNow(1100),
        revoked_at: null,
      }
    default:
      return null
  }
}

/** The issuer level the rules allow for these stars on that day (the highest one). */
export function issuerLevelFor(stars: number, decided: Date) {
  if (!isOcopStar(stars)) return "province" as const
  const levels = issuerLevelsForStars(stars, vietnamCalendarDate(decided))
  return levels[levels.length - 1] ?? "province"
}

export interface StoreOcopFixture {
  regionId: string
  web: Awaited<ReturnType<typeof createStoreChannel>>
  booth: Awaited<ReturnType<typeof createStoreChannel>>
  webLocationId: string
  boothLocationId: string
  productIds: Record<string, string>
  certificateIds: Record<string, string>
}

export async function buildStoreOcopFixture(
  container: MedusaContainer,
  products: FixtureProductSpec[] = FIXTURE_PRODUCTS
): Promise<StoreOcopFixture> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Việt Nam", currency_code: "vnd", countries: ["vn"], is_tax_inclusive: true },
      ],
    },
  })
  const region = regions[0]
  if (!region) throw new Error("region not created")
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (!store) throw new Error("no store")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        default_region_id: region.id,
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
      },
    },
  })

  const web = await createStoreChannel(container, "Web store")
  const booth = await createStoreChannel(container, "Vincom booth")
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Central warehouse" }, { name: "Vincom booth stock" }] },
  })
  const [webLocation, boothLocation] = locations
  if (!webLocation || !boothLocation) throw new Error("stock locations not created")
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: webLocation.id, add: [web.channel.id] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: boothLocation.id, add: [booth.channel.id] },
  })

  const producers = []
  for (const producer of FIXTURE_PRODUCERS) {
    const { result } = await createOcopProducerWorkflow(container).run({
      input: { ...producer, province_code: "20", is_demo: true },
    })
    producers.push(result)
  }
  const producerByHandle = new Map(producers.map((producer) => [producer.handle, producer]))

  const channelIds = { web: web.channel.id, booth: booth.channel.id }
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((spec, index) => ({
        title: spec.title,
        handle: spec.handle,
        status: spec.status ?? "published",
        options: [{ title: "Quy cách", values: ["Tiêu chuẩn"] }],
        sales_channels: (spec.channels ?? ["web"]).map((channel) => ({ id: channelIds[channel] })),
        variants: [
          {
            title: "Tiêu chuẩn",
            sku: `OCOP-${spec.key.toUpperCase()}`,
            barcode: `893000000${String(index).padStart(4, "0")}`,
            manage_inventory: true,
            options: { "Quy cách": "Tiêu chuẩn" },
            prices: [{ amount: spec.price, currency_code: "vnd" }],
          },
        ],
      })),
    },
  })
  const productIds: Record<string, string> = {}
  for (const spec of products) {
    const product = created.find((candidate) => candidate.handle === spec.handle)
    if (!product) throw new Error(`product ${spec.handle} not created`)
    productIds[spec.key] = product.id
  }

  // Stock: the web products at the central warehouse, the booth's at the booth.
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "inventory_items.inventory_item_id"],
    filters: { product_id: Object.values(productIds) },
  })
  const levels = variants.flatMap((variant) => {
    const spec = products.find((candidate) => productIds[candidate.key] === variant.product_id)
    if (!spec) return []
    const location = (spec.channels ?? ["web"]).includes("web") ? webLocation : boothLocation
    return (variant.inventory_items ?? []).flatMap((item: { inventory_item_id?: string } | null) =>
      item?.inventory_item_id
        ? [
            {
              inventory_item_id: item.inventory_item_id,
              location_id: location.id,
              stocked_quantity: spec.stock,
            },
          ]
        : []
    )
  })
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  const certificateIds: Record<string, string> = {}
  let decisionNumber = 100
  for (const spec of products) {
    if (spec.ocop === false) continue
    const productId = productIds[spec.key] as string
    const producer = spec.producer ? producerByHandle.get(spec.producer) : undefined
    await setOcopProductProfileWorkflow(container).run({
      input: {
        product_id: productId,
        product_group: spec.group,
        sub_group: spec.sub_group ?? null,
        origin_label: spec.origin_label ?? null,
        province_code: "20",
        ward_code: spec.ward_code ?? null,
        legacy_district: spec.legacy_district ?? null,
        producer_id: producer?.id ?? null,
        is_alcohol: spec.is_alcohol ?? false,
        abv: spec.abv ?? null,
        vat_category: spec.is_alcohol ? "alcohol" : "processed_food",
        is_demo: true,
      },
    })
    const dates = certificateDates(spec.certificate ?? "none")
    if (!dates || !spec.stars) continue
    const certificate = {
      product_id: productId,
      stars: spec.stars,
      decision_number: `${decisionNumber++}/QĐ-UBND`,
      decision_date: dates.decided,
      issuer_name: "UBND tỉnh Lạng Sơn",
      issuer_level: issuerLevelFor(spec.stars, dates.decided),
      legal_basis: "148/QĐ-TTg",
      valid_from: dates.valid_from ?? dates.decided,
      valid_to: dates.valid_to,
    }
    if (isOcopStar(spec.stars)) {
      const { result } = await issueOcopCertificateWorkflow(container).run({ input: certificate })
      certificateIds[spec.key] = result.id
    } else {
      // The workflow refuses certificates below 3★ (none exist in law); this one is written
      // directly to check that the store never shows a badge for such a record anyway.
      const created = await ocop.createOcopCertificates(certificate)
      certificateIds[spec.key] = created.id
    }
    if (dates.revoked_at) {
      await revokeOcopCertificateWorkflow(container).run({
        input: {
          certificate_id: certificateIds[spec.key] as string,
          revoked_at: dates.revoked_at,
          reason: "Vi phạm tiêu chí sau chứng nhận",
        },
      })
    }
  }

  // Everything above reaches the store's read model through its subscribers.
  await storeCatalogSettled(container)

  return {
    regionId: region.id,
    web,
    booth,
    webLocationId: webLocation.id,
    boothLocationId: boothLocation.id,
    productIds,
    certificateIds,
  }
}
