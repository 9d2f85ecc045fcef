import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CreateProductWorkflowInputDTO, ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { VatCategory } from "@ocop/core"
import {
  createOcopProducerWorkflow,
  issueOcopCertificateWorkflow,
  revokeOcopCertificateWorkflow,
  setOcopProductProfileWorkflow,
} from "../../workflows/ocop"
import { refreshStoreCatalog } from "../../workflows/store-catalog"
import { SEED_SALES_CHANNELS, SEED_STOCK_LOCATIONS } from "../seed-data/channels"
import { SEED_SHIPPING_PROFILE, SEED_STORE } from "../seed-data/region"
import type { LocationKey } from "../seed-data/types"
import { loadAddressBook } from "./address-book"
import {
  SCALE_EXTERNAL_ID_PREFIX,
  type ScaleCertificate,
  type ScaleChannel,
  type ScaleProducer,
  type ScaleProduct,
  scaleGenerator,
} from "./generate"
import { idLike, insertRows, type Row, rawNumber, requireRow } from "./table-copies"

type Container = ExecArgs["container"]
type Db = Knex

export interface ScaleCatalogOptions {
  /** OCOP products wanted in the catalog (those already there are kept). */
  products: number
  /** Producers they are spread over (default: one for every two products). */
  producers?: number
  /** Products written per transaction. */
  batchSize?: number
  /** The run's clock; certificate stories are told relative to it. */
  now?: Date
}

export interface ScaleCatalogReport {
  products: number
  producers: number
  productsCreated: number
  variantsCreated: number
  producersCreated: number
  /** Seconds of the whole load, the store read model's cards included. */
  seconds: number
  /** Of which writing the store read model's cards of the products created. */
  readModelSeconds: number
}

/** The channel an outlet of the demo seed sells through, by the key of its one location. */
const CHANNEL_LOCATION: Record<ScaleChannel, LocationKey> = {
  web: "warehouse",
  "store-1": "store-1",
  "store-2": "store-2",
}

interface ScaleRefs {
  channels: Record<ScaleChannel, string>
  locations: Record<ScaleChannel, string>
  typeIds: Map<string, string>
  shippingProfileId: string
}

/**
 * The scale catalog rides on the demo seed's store: its sales channels, stock locations, VAT
 * product types and shipping profile. Without them there is nothing to sell through.
 */
async function resolveRefs(container: Container): Promise<ScaleRefs> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const channels = {} as Record<ScaleChannel, string>
  const locations = {} as Record<ScaleChannel, string>
  for (const [channel, key] of Object.entries(CHANNEL_LOCATION) as [ScaleChannel, LocationKey][]) {
    const channelName = SEED_SALES_CHANNELS.find((candidate) => candidate.location === key)?.name
    const locationName = SEED_STOCK_LOCATIONS.find((candidate) => candidate.key === key)?.name
    const [foundChannel] = channelName
      ? await salesChannels.listSalesChannels({ name: channelName })
      : []
    const [foundLocation] = locationName
      ? await stockLocations.listStockLocations({ name: locationName })
      : []
    if (!foundChannel || !foundLocation) {
      throw new Error(
        `scale: the demo seed's channel "${channelName}" or location "${locationName}" is missing; run the seed first (npm start, or medusa exec ./src/scripts/seed.ts)`
      )
    }
    channels[channel] = foundChannel.id
    locations[channel] = foundLocation.id
  }
  const products = container.resolve(Modules.PRODUCT)
  const types = await products.listProductTypes({}, { take: null })
  const [profile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: SEED_SHIPPING_PROFILE.type })
  if (!profile) throw new Error("scale: the demo seed's shipping profile is missing")
  return {
    channels,
    locations,
    typeIds: new Map(types.map((type) => [type.value, type.id])),
    shippingProfileId: profile.id,
  }
}

function typeIdOf(refs: ScaleRefs, category: VatCategory): string {
  const id = refs.typeIds.get(category)
  if (!id) throw new Error(`scale: no product type for VAT category ${category}`)
  return id
}

// ── Fields shared by the pilot's workflow input and the copies ────────────────────────────────

function productFields(plan: ScaleProduct, refs: ScaleRefs) {
  return {
    title: plan.title,
    subtitle: null,
    description: plan.description,
    handle: plan.handle,
    status: ProductStatus.PUBLISHED,
    type_id: typeIdOf(refs, plan.kind.vat_category),
    // Medusa leaves non-discountable products out of promotions: rượu of 15 % ABV and more
    discountable: plan.discountable,
    origin_country: "vn",
    external_id: plan.external_id,
    metadata: { vat_category: plan.kind.vat_category, is_demo: true, scale_fixture: true },
  }
}

function variantFields(plan: ScaleProduct, index: number) {
  const variant = plan.variants[index]
  if (!variant) throw new Error(`scale: product ${plan.index} has no variant ${index}`)
  return {
    title: variant.title,
    sku: variant.sku,
    barcode: variant.barcode,
    ean: variant.barcode,
    manage_inventory: !plan.kind.is_service,
    allow_backorder: false,
    weight: variant.weight_grams,
    metadata: { is_demo: true, barcode_note: "EAN-13 with a demo GS1 series" },
  }
}

function producerFields(producer: ScaleProducer) {
  const { index: _index, specialty: _specialty, ...fields } = producer
  return { ...fields, story_en: null, photos: [], latitude: null, longitude: null }
}

function profileFields(plan: ScaleProduct, producerId: string) {
  return {
    product_group: plan.kind.group,
    sub_group: plan.kind.sub_group,
    origin_label: plan.origin_label,
    province_code: plan.producer.province_code,
    ward_code: plan.producer.ward_code,
    address_schema: "2025",
    legacy_district: plan.legacy_district,
    producer_id: producerId,
    is_alcohol: plan.is_alcohol,
    abv: plan.abv,
    vat_category: plan.kind.vat_category,
    is_demo: true,
  }
}

function certificateFields(certificate: ScaleCertificate) {
  const { revoked_at: _revoked, revocation_reason: _reason, ...fields } = certificate
  return { ...fields, metadata: { is_demo: true, scale_fixture: true } }
}

// ── The pilot: product 0 and producer 0, written by Medusa's and our workflows ───────────────

async function createPilotProducer(container: Container, producer: ScaleProducer) {
  const { result } = await createOcopProducerWorkflow(container).run({
    input: producerFields(producer),
  })
  return result.id
}

async function createPilotProduct(
  container: Container,
  refs: ScaleRefs,
  plan: ScaleProduct,
  producerId: string
) {
  if (plan.kind.is_service) throw new Error("scale: the pilot must be a stock-kept product")
  const optionTitle = plan.kind.option_title
  const input: CreateProductWorkflowInputDTO = {
    ...productFields(plan, refs),
    shipping_profile_id: refs.shippingProfileId,
    sales_channels: plan.channels.map((channel) => ({ id: refs.channels[channel] })),
    options: [{ title: optionTitle, values: plan.variants.map((variant) => variant.title) }],
    variants: plan.variants.map((variant, index) => ({
      ...variantFields(plan, index),
      options: { [optionTitle]: variant.title },
      prices: [{ currency_code: SEED_STORE.currency_code, amount: variant.price }],
    })),
  }
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({ input: { products: [input] } })
  if (!product) throw new Error("scale: the pilot product was not created")

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id: product.id },
  })
  const itemIds = variants.flatMap((variant) =>
    ((variant.inventory_items ?? []) as ({ inventory_item_id: string } | null)[]).flatMap((link) =>
      link ? [link.inventory_item_id] : []
    )
  )
  const levels = itemIds.flatMap((itemId) =>
    stockEntries(plan, refs).map(([locationId, quantity]) => ({
      inventory_item_id: itemId,
      location_id: locationId,
      stocked_quantity: quantity,
    }))
  )
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  await setOcopProductProfileWorkflow(container).run({
    input: { product_id: product.id, ...profileFields(plan, producerId) },
  })
  for (const certificate of plan.certificates) {
    const { result } = await issueOcopCertificateWorkflow(container).run({
      input: { product_id: product.id, ...certificateFields(certificate) },
    })
    if (certificate.revoked_at) {
      await revokeOcopCertificateWorkflow(container).run({
        input: {
          certificate_id: result.id,
          revoked_at: certificate.revoked_at,
          reason: certificate.revocation_reason ?? "",
        },
      })
    }
  }
  return product.id
}

function stockEntries(plan: ScaleProduct, refs: ScaleRefs): [string, number][] {
  return (Object.entries(CHANNEL_LOCATION) as [ScaleChannel, LocationKey][]).flatMap(
    ([channel, key]) => {
      const quantity = plan.stock[key]
      return quantity === undefined ? [] : [[refs.locations[channel], quantity] as [string, number]]
    }
  )
}

// ── Templates: one row of every table the pilot touched ──────────────────────────────────────

interface Templates {
  product: Row
  product_option: Row
  product_product_option: Row
  product_option_value: Row
  product_product_option_value: Row
  product_variant: Row
  product_variant_option: Row
  price_set: Row
  price: Row
  product_variant_price_set: Row
  inventory_item: Row
  inventory_level: Row
  product_variant_inventory_item: Row
  product_sales_channel: Row
  product_shipping_profile: Row
  ocop_product_profile: Row
  ocop_certificate: Row
  ocop_producer: Row
}

async function readTemplates(db: Db, productId: string): Promise<Templates> {
  const product = await requireRow(db, "product", { id: productId })
  const productOption = await requireRow(db, "product_product_option", { product_id: productId })
  const option = await requireRow(db, "product_option", { id: productOption.product_option_id })
  const variant = await requireRow(db, "product_variant", { product_id: productId })
  const priceLink = await requireRow(db, "product_variant_price_set", { variant_id: variant.id })
  const inventoryLink = await requireRow(db, "product_variant_inventory_item", {
    variant_id: variant.id,
  })
  const profile = await requireRow(db, "ocop_product_profile", { product_id: productId })
  return {
    product,
    product_option: option,
    product_product_option: productOption,
    product_option_value: await requireRow(db, "product_option_value", { option_id: option.id }),
    product_product_option_value: await requireRow(db, "product_product_option_value", {
      product_product_option_id: productOption.id,
    }),
    product_variant: variant,
    product_variant_option: await requireRow(db, "product_variant_option", {
      variant_id: variant.id,
    }),
    price_set: await requireRow(db, "price_set", { id: priceLink.price_set_id }),
    price: await requireRow(db, "price", { price_set_id: priceLink.price_set_id }),
    product_variant_price_set: priceLink,
    inventory_item: await requireRow(db, "inventory_item", {
      id: inventoryLink.inventory_item_id,
    }),
    inventory_level: await requireRow(db, "inventory_level", {
      inventory_item_id: inventoryLink.inventory_item_id,
    }),
    product_variant_inventory_item: inventoryLink,
    product_sales_channel: await requireRow(db, "product_sales_channel", {
      product_id: productId,
    }),
    product_shipping_profile: await requireRow(db, "product_shipping_profile", {
      product_id: productId,
    }),
    ocop_product_profile: profile,
    ocop_certificate: await requireRow(db, "ocop_certificate", { product_id: productId }),
    ocop_producer: await requireRow(db, "ocop_producer", { id: profile.producer_id }),
  }
}

/** A copy of a template row with a new id of the same kind ("prod_…", "iitem_…"). */
function copy(template: Row, fields: Row, at: string): Row {
  return {
    ...template,
    id: idLike(template.id),
    created_at: at,
    updated_at: at,
    deleted_at: null,
    ...fields,
  }
}

type TableRows = Record<keyof Templates, Row[]>

/** Every row Medusa's createProductsWorkflow, its inventory levels and our OCOP workflows write. */
function productRows(
  plan: ScaleProduct,
  refs: ScaleRefs,
  t: Templates,
  producerId: string,
  out: TableRows
) {
  const at = plan.created_at.toISOString()
  const product = copy(t.product, productFields(plan, refs), at)
  const option = copy(t.product_option, { title: plan.kind.option_title }, at)
  const productOption = copy(
    t.product_product_option,
    { product_id: product.id, product_option_id: option.id },
    at
  )
  out.product.push(product)
  out.product_option.push(option)
  out.product_product_option.push(productOption)
  out.product_sales_channel.push(
    ...plan.channels.map((channel) =>
      copy(
        t.product_sales_channel,
        { product_id: product.id, sales_channel_id: refs.channels[channel] },
        at
      )
    )
  )
  out.product_shipping_profile.push(
    copy(
      t.product_shipping_profile,
      { product_id: product.id, shipping_profile_id: refs.shippingProfileId },
      at
    )
  )

  plan.variants.forEach((planned, index) => {
    const value = copy(t.product_option_value, { value: planned.title, option_id: option.id }, at)
    out.product_option_value.push(value)
    out.product_product_option_value.push(
      copy(
        t.product_product_option_value,
        { product_product_option_id: productOption.id, product_option_value_id: value.id },
        at
      )
    )
    const variant = copy(
      t.product_variant,
      { ...variantFields(plan, index), product_id: product.id },
      at
    )
    out.product_variant.push(variant)
    out.product_variant_option.push({ variant_id: variant.id, option_value_id: value.id })

    const priceSet = copy(t.price_set, {}, at)
    out.price_set.push(priceSet)
    out.price.push(
      copy(
        t.price,
        {
          price_set_id: priceSet.id,
          currency_code: SEED_STORE.currency_code,
          amount: planned.price,
          raw_amount: rawNumber(planned.price),
        },
        at
      )
    )
    out.product_variant_price_set.push(
      copy(t.product_variant_price_set, { variant_id: variant.id, price_set_id: priceSet.id }, at)
    )

    if (plan.kind.is_service) return
    const item = copy(
      t.inventory_item,
      {
        sku: planned.sku,
        title: planned.title,
        description: planned.title,
        weight: planned.weight_grams,
      },
      at
    )
    out.inventory_item.push(item)
    out.product_variant_inventory_item.push(
      copy(
        t.product_variant_inventory_item,
        { variant_id: variant.id, inventory_item_id: item.id },
        at
      )
    )
    for (const [locationId, quantity] of stockEntries(plan, refs)) {
      out.inventory_level.push(
        copy(
          t.inventory_level,
          {
            inventory_item_id: item.id,
            location_id: locationId,
            stocked_quantity: quantity,
            raw_stocked_quantity: rawNumber(quantity),
          },
          at
        )
      )
    }
  })

  out.ocop_product_profile.push(
    copy(
      t.ocop_product_profile,
      { product_id: product.id, ...profileFields(plan, producerId), search_key: plan.search_key },
      at
    )
  )
  // oldest first; a renewal supersedes its predecessor from the day it takes effect
  const certificates = plan.certificates.map((certificate) =>
    copy(
      t.ocop_certificate,
      {
        product_id: product.id,
        ...certificateFields(certificate),
        revoked_at: certificate.revoked_at,
        revocation_reason: certificate.revocation_reason,
        superseded_by_id: null,
        superseded_at: null,
        announced_status: null,
      },
      at
    )
  )
  certificates.forEach((certificate, index) => {
    const successor = certificates[index + 1]
    if (successor) {
      certificate.superseded_by_id = successor.id
      certificate.superseded_at = successor.valid_from
    }
  })
  out.ocop_certificate.push(...certificates)
}

/** Insertion order: parents before the rows that point at them. */
const TABLE_ORDER: (keyof Templates)[] = [
  "product",
  "product_option",
  "product_product_option",
  "product_option_value",
  "product_product_option_value",
  "product_variant",
  "product_variant_option",
  "price_set",
  "price",
  "product_variant_price_set",
  "inventory_item",
  "inventory_level",
  "product_variant_inventory_item",
  "product_sales_channel",
  "product_shipping_profile",
  "ocop_product_profile",
  "ocop_certificate",
]

/** The store read model's tables, written by the refresh (analyzed after a load). */
const STORE_READ_MODEL_TABLES = ["ocop_store_card", "ocop_store_price", "ocop_search_word"]

function emptyRows(): TableRows {
  return Object.fromEntries(
    [...TABLE_ORDER, "ocop_producer"].map((table) => [table, []])
  ) as unknown as TableRows
}

// ── What is there already ─────────────────────────────────────────────────────────────────────

async function existingProducers(db: Db): Promise<Map<number, string>> {
  const result = await db.raw(
    `SELECT id, (metadata->>'scale_index')::int AS index FROM ocop_producer
      WHERE deleted_at IS NULL AND metadata ? 'scale_index'`
  )
  return new Map((result.rows as { id: string; index: number }[]).map((row) => [row.index, row.id]))
}

async function existingProducts(db: Db): Promise<Map<number, string>> {
  const result = await db.raw(
    `SELECT id, external_id FROM product WHERE deleted_at IS NULL AND external_id LIKE ?`,
    [`${SCALE_EXTERNAL_ID_PREFIX}%`]
  )
  return new Map(
    (result.rows as { id: string; external_id: string }[]).map((row) => [
      Number(row.external_id.slice(SCALE_EXTERNAL_ID_PREFIX.length)),
      row.id,
    ])
  )
}

/** The last load on the store (benches read its time from there). */
async function recordLoad(container: Container, report: ScaleCatalogReport) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (!store) return
  await storeModule.updateStores(store.id, {
    metadata: {
      ...(store.metadata ?? {}),
      [SCALE_STORE_MARKER]: { ...report, loaded_at: new Date().toISOString() },
    },
  })
}

// ── The load ──────────────────────────────────────────────────────────────────────────────────

const PILOT = 0

/** Store metadata key with the last load's report. */
export const SCALE_STORE_MARKER = "ocop_scale_catalog"

/**
 * Writes the national-size catalog: producer and product 0 through Medusa's and our workflows,
 * every other one as row copies of theirs in one transaction per batch. Products and producers
 * already there (by their scale number) are skipped, so a second run with the same size writes
 * nothing and a larger size adds the difference.
 */
export async function loadScaleCatalog(
  container: Container,
  options: ScaleCatalogOptions
): Promise<ScaleCatalogReport> {
  const started = Date.now()
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const db: Db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const productCount = options.products
  const producerCount = options.producers ?? Math.max(1, Math.ceil(productCount / 2))
  const batchSize = options.batchSize ?? 1000
  const now = options.now ?? new Date()
  const generate = scaleGenerator(loadAddressBook(), producerCount, now)
  const refs = await resolveRefs(container)
  const report: ScaleCatalogReport = {
    products: productCount,
    producers: producerCount,
    productsCreated: 0,
    variantsCreated: 0,
    producersCreated: 0,
    seconds: 0,
    readModelSeconds: 0,
  }
  if (productCount < 1) return report

  const producers = await existingProducers(db)
  const products = await existingProducts(db)
  const pilot = generate.product(PILOT)
  const created: string[] = []
  if (!products.has(PILOT)) {
    let producerId = producers.get(pilot.producer.index)
    if (!producerId) {
      producerId = await createPilotProducer(container, pilot.producer)
      producers.set(pilot.producer.index, producerId)
      report.producersCreated++
    }
    products.set(PILOT, await createPilotProduct(container, refs, pilot, producerId))
    created.push(products.get(PILOT) as string)
    report.productsCreated++
    report.variantsCreated += pilot.variants.length
  }
  const templates = await readTemplates(db, products.get(PILOT) as string)

  for (let start = 0; start < producerCount; start += batchSize) {
    const rows: Row[] = []
    for (let index = start; index < Math.min(producerCount, start + batchSize); index++) {
      if (producers.has(index)) continue
      const row = copy(
        templates.ocop_producer,
        producerFields(generate.producer(index)),
        now.toISOString()
      )
      rows.push(row)
      producers.set(index, row.id as string)
    }
    await insertRows(db, "ocop_producer", rows)
    report.producersCreated += rows.length
  }
  if (report.producersCreated > 0) logger.info(`scale: ${report.producersCreated} producers`)

  for (let start = 0; start < productCount; start += batchSize) {
    const out = emptyRows()
    const batch: ScaleProduct[] = []
    for (let index = start; index < Math.min(productCount, start + batchSize); index++) {
      if (products.has(index)) continue
      const plan = generate.product(index)
      const producerId = producers.get(plan.producer.index)
      if (!producerId) throw new Error(`scale: producer ${plan.producer.index} is missing`)
      productRows(plan, refs, templates, producerId, out)
      batch.push(plan)
    }
    if (batch.length === 0) continue
    await db.transaction(async (trx) => {
      for (const table of TABLE_ORDER) await insertRows(trx, table, out[table])
    })
    batch.forEach((plan, position) => {
      products.set(plan.index, out.product[position]?.id as string)
      created.push(out.product[position]?.id as string)
    })
    report.productsCreated += batch.length
    report.variantsCreated += out.product_variant.length
    const seconds = (Date.now() - started) / 1000
    logger.info(
      `scale: ${Math.min(productCount, start + batchSize)} / ${productCount} products (${(report.productsCreated / seconds).toFixed(0)} a second)`
    )
  }

  // Row copies emit no events, so the store read model (ADR 0006) is written here, as the
  // refresh subscriber would have written it for products made one by one.
  if (created.length > 0) {
    const readModelStarted = Date.now()
    const cards = await refreshStoreCatalog(container, created)
    report.readModelSeconds = (Date.now() - readModelStarted) / 1000
    logger.info(
      `scale: store read model: ${cards} cards for ${created.length} products in ${report.readModelSeconds.toFixed(1)} s`
    )
  }
  // fresh planner statistics, as a shop that grew to this size would have
  if (report.productsCreated > 0) {
    const tables = [...TABLE_ORDER, "ocop_producer", ...STORE_READ_MODEL_TABLES]
    await db.raw(`ANALYZE ${tables.map((t) => `"${t}"`).join(", ")}`)
  }
  report.seconds = (Date.now() - started) / 1000
  if (report.productsCreated > 0) await recordLoad(container, report)
  return report
}
