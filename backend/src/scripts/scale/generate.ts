import {
  assertVnd,
  type CertificateStatus,
  defaultValidTo,
  type IssuerLevel,
  isPromotionBanned,
  issuerLevelsForStars,
  makeEan13,
  type OcopStarRating,
  type ProducerKind,
  productSearchKey,
  STAR_SCORE_CLASSES,
  slugifyVi,
  validateCertificateInput,
  validateTaxId,
  vietnamCalendarDate,
} from "@ocop/core"
import { resolveSeedDay } from "../seed/context"
import { demoEnterpriseTaxId } from "../seed-data/ids"
import type { LocationKey, SeedDay } from "../seed-data/types"
import type { ScaleAddressBook, ScaleProvince, ScaleWard } from "./address-book"
import { type Draw, draw } from "./random"
import {
  COMPANY_BRANDS,
  COMPANY_FORMS,
  COOPERATIVE_TRADES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  PLACE_PREFIXES,
  PRODUCER_KIND_WEIGHTS,
  PRODUCT_KINDS,
  type ScaleProductKind,
  TITLE_QUALIFIERS,
} from "./vocabulary"

/**
 * The national-size catalog as plain data, one producer or product at a time from its number
 * alone (see random.ts), so the loader can write any slice of it in any order.
 */

/** Marks every generated product (Product.external_id) and producer (metadata). */
export const SCALE_EXTERNAL_ID_PREFIX = "ocop-scale-"
export const scaleExternalId = (index: number) => `${SCALE_EXTERNAL_ID_PREFIX}${index}`

export interface ScaleProducer {
  index: number
  handle: string
  name: string
  kind: ProducerKind
  tax_id: string
  province_code: string
  ward_code: string
  address_schema: "2025"
  address_line: string
  legacy_district: string | null
  phone: string
  story_vi: string
  is_demo: true
  metadata: { scale_fixture: true; scale_index: number }
  /** What the producer mostly makes (an index into PRODUCT_KINDS). */
  specialty: number
}

export type ScaleChannel = "web" | "store-1" | "store-2"

export interface ScaleVariant {
  title: string
  sku: string
  barcode: string
  /** VAT-inclusive retail price in whole đồng. */
  price: number
  weight_grams: number | null
}

/** The status a certificate history is generated for, on the day of the run. */
export type ScaleCertificateStory =
  | "valid"
  | "expiring"
  | "expired"
  | "revoked"
  | "renewed"
  | "renewal_ahead"

export interface ScaleCertificate {
  stars: OcopStarRating
  score: number
  decision_number: string
  decision_date: Date
  issuer_name: string
  issuer_level: IssuerLevel
  legal_basis: string
  round_label: string
  valid_from: Date
  valid_to: Date
  revoked_at: Date | null
  revocation_reason: string | null
}

export interface ScaleProduct {
  index: number
  external_id: string
  handle: string
  title: string
  description: string
  kind: ScaleProductKind
  producer: ScaleProducer
  origin_label: string
  legacy_district: string | null
  is_alcohol: boolean
  abv: number | null
  discountable: boolean
  search_key: string
  variants: ScaleVariant[]
  channels: ScaleChannel[]
  /** Units per variant and location; empty for services. */
  stock: Partial<Record<LocationKey, number>>
  /** Oldest first; each one supersedes the previous from its valid_from. */
  certificates: ScaleCertificate[]
  story: ScaleCertificateStory
  created_at: Date
}

const DAY_MS = 24 * 60 * 60 * 1000

export interface ScaleGenerator {
  producer(index: number): ScaleProducer
  product(index: number): ScaleProduct
}

/**
 * @param producerCount producers the products are spread over (product i belongs to producer
 *   i mod producerCount, so every producer has at least one product when there are more products)
 * @param now the run's clock: certificate stories are told relative to it
 */
export function scaleGenerator(
  book: ScaleAddressBook,
  producerCount: number,
  now: Date
): ScaleGenerator {
  if (producerCount < 1) throw new RangeError("the scale catalog needs at least one producer")
  const producers = new Map<number, ScaleProducer>()
  const producer = (index: number) => {
    let found = producers.get(index)
    if (!found) {
      found = makeProducer(book, index)
      producers.set(index, found)
    }
    return found
  }
  return {
    producer,
    product: (index) => makeProduct(book, producer(index % producerCount), index, now),
  }
}

function provinceOf(book: ScaleAddressBook, code: string): ScaleProvince {
  const province = book.provinces.find((candidate) => candidate.code === code)
  if (!province) throw new Error(`no province ${code} in the address book`)
  return province
}

function enterpriseTaxId(provinceCode: string, index: number): string {
  // nine-digit stems whose check digit would be "10" do not exist: try the next series
  for (let series = 0; series < 10; series++) {
    const stem = `${provinceCode}${series}${String(index + 1).padStart(6, "0")}`
    try {
      return demoEnterpriseTaxId(stem)
    } catch {}
  }
  throw new Error(`no enterprise tax id for producer ${index}`)
}

function householdTaxId(random: Draw, provinceCode: string): string {
  // a citizen id: 0 + province (2) + century/sex digit + birth year (2) + six digits
  const sexCentury = random.int(0, 3)
  const year = String(random.int(50, 99)).padStart(2, "0")
  return `0${provinceCode}${sexCentury}${year}${String(random.int(0, 999_999)).padStart(6, "0")}`
}

function makeProducer(book: ScaleAddressBook, index: number): ScaleProducer {
  const random = draw(`producer:${index}`)
  // round-robin over the 34 provinces, so that every one has producers once there are 34
  const province = book.provinces[index % book.provinces.length] as ScaleProvince
  const ward = random.pick(book.wardsByProvince.get(province.code) ?? [])
  const kind = random.weighted(PRODUCER_KIND_WEIGHTS)
  const specialty = random.weighted(PRODUCT_KINDS.map((k, i) => [i, k.weight] as const))
  const specialtyKind = PRODUCT_KINDS[specialty] as ScaleProductKind
  const name =
    kind === "cooperative"
      ? `Hợp tác xã ${random.pick(COOPERATIVE_TRADES)} ${ward.place}`
      : kind === "cooperative_group"
        ? `Tổ hợp tác ${random.pick(specialtyKind.names)} ${ward.place}`
        : kind === "company"
          ? `${random.pick(COMPANY_FORMS)} ${random.pick(COMPANY_BRANDS)} ${ward.place}`
          : `Hộ kinh doanh ${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`
  const taxId =
    kind === "household"
      ? householdTaxId(random, province.code)
      : enterpriseTaxId(province.code, index)
  const checked = validateTaxId(taxId)
  if (!checked.ok) throw new Error(`generated producer ${index}: ${checked.error}`)
  const phone = `0${random.pick(["3", "5", "7", "8", "9"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`
  return {
    index,
    handle: `${slugifyVi(name)}-${index + 1}`,
    name,
    kind,
    tax_id: checked.value,
    province_code: province.code,
    ward_code: ward.code,
    address_schema: "2025",
    address_line: `${random.pick(PLACE_PREFIXES)} ${random.int(1, 20)}, ${ward.name}, ${province.name}`,
    legacy_district: ward.legacyDistrict,
    phone,
    story_vi: `${name} làm ${specialtyKind.names[0]?.toLocaleLowerCase("vi")} và các đặc sản của ${ward.name}, ${province.name}. Dữ liệu demo.`,
    is_demo: true,
    metadata: { scale_fixture: true, scale_index: index },
    specialty,
  }
}

const STORY_WEIGHTS: readonly (readonly [ScaleCertificateStory, number])[] = [
  ["valid", 58],
  ["expiring", 8],
  ["expired", 12],
  ["revoked", 5],
  ["renewed", 10],
  ["renewal_ahead", 7],
]

/** What each story makes of the certificate in force on the day of the run. */
export const STORY_STATUS: Record<ScaleCertificateStory, CertificateStatus> = {
  valid: "valid",
  expiring: "expiring",
  expired: "expired",
  revoked: "revoked",
  renewed: "valid",
  renewal_ahead: "expiring",
}

const STAR_WEIGHTS: readonly (readonly [OcopStarRating, number])[] = [
  [3, 55],
  [4, 38],
  [5, 7],
]

/** The ministry behind 5★ decisions was merged into a new one on 1 March 2025. */
function centralIssuer(decisionDay: string): string {
  return decisionDay < "2025-03-01"
    ? "Bộ Nông nghiệp và Phát triển nông thôn"
    : "Bộ Nông nghiệp và Môi trường"
}

function makeCertificate(
  random: Draw,
  context: { province: ScaleProvince; ward: ScaleWard; serial: number; now: Date },
  decisionDay: SeedDay
): ScaleCertificate {
  const decisionDate = resolveSeedDay(decisionDay, context.now)
  const day = vietnamCalendarDate(decisionDate)
  const stars = random.weighted(STAR_WEIGHTS)
  const levels = issuerLevelsForStars(stars, day).filter(
    (level) => level !== "district" || context.ward.legacyDistrict
  )
  const level = random.pick(levels)
  const issuer =
    level === "central"
      ? centralIssuer(day)
      : level === "district"
        ? `UBND huyện ${context.ward.legacyDistrict}`
        : `UBND ${context.province.isCity ? "" : "tỉnh "}${context.province.name}`
  const band = STAR_SCORE_CLASSES.find((candidate) => candidate.stars === stars)
  const score = band ? random.int(band.minScore, band.maxScore) : 50
  const certificate: ScaleCertificate = {
    stars,
    score,
    decision_number: `${context.serial}/${level === "central" ? "QĐ-BNNMT" : "QĐ-UBND"}`,
    decision_date: decisionDate,
    issuer_name: issuer,
    issuer_level: level,
    legal_basis: day >= "2023-02-24" ? "148/QĐ-TTg" : "1048/QĐ-TTg",
    round_label: `đợt ${Number(day.slice(5, 7)) > 6 ? 2 : 1}/${day.slice(0, 4)}`,
    valid_from: decisionDate,
    valid_to: defaultValidTo(decisionDate),
    revoked_at: null,
    revocation_reason: null,
  }
  const checked = validateCertificateInput(certificate)
  if (!checked.ok) {
    throw new Error(
      `generated certificate ${certificate.decision_number}: ${checked.errors.map((e) => `${e.field} ${e.message}`).join("; ")}`
    )
  }
  return certificate
}

function certificateHistory(
  random: Draw,
  story: ScaleCertificateStory,
  context: { province: ScaleProvince; ward: ScaleWard; index: number; now: Date }
): ScaleCertificate[] {
  const serial = (k: number) => 1000 + context.index * 2 + k
  const one = (k: number, day: SeedDay) =>
    makeCertificate(random, { ...context, serial: serial(k) }, day)
  switch (story) {
    case "valid":
      return [one(0, { expiresDaysAfterSeed: random.int(45, 1050) })]
    case "expiring":
      return [one(0, { expiresDaysAfterSeed: random.int(2, 28) })]
    case "expired":
      return [one(0, { expiresDaysAfterSeed: -random.int(3, 700) })]
    case "revoked": {
      const certificate = one(0, { expiresDaysAfterSeed: random.int(60, 900) })
      certificate.revoked_at = resolveSeedDay({ daysBeforeSeed: random.int(3, 60) }, context.now)
      certificate.revocation_reason =
        "Sản phẩm không còn đáp ứng tiêu chí chất lượng khi kiểm tra định kỳ (dữ liệu demo)"
      return [certificate]
    }
    case "renewed":
      return [
        one(0, { expiresDaysAfterSeed: -random.int(10, 400) }),
        one(1, { expiresDaysAfterSeed: random.int(400, 1000) }),
      ]
    case "renewal_ahead":
      return [
        one(0, { expiresDaysAfterSeed: random.int(3, 25) }),
        one(1, { daysBeforeSeed: -random.int(5, 20) }),
      ]
  }
}

const STORE_SHARE: Record<Exclude<ScaleChannel, "web">, number> = { "store-1": 0.3, "store-2": 0.2 }

function makeProduct(
  book: ScaleAddressBook,
  producer: ScaleProducer,
  index: number,
  now: Date
): ScaleProduct {
  const random = draw(`product:${index}`)
  const province = provinceOf(book, producer.province_code)
  const ward = (book.wardsByProvince.get(province.code) ?? []).find(
    (candidate) => candidate.code === producer.ward_code
  ) as ScaleWard
  // mostly the producer's specialty, now and then something else they make
  const kind = random.chance(0.8)
    ? (PRODUCT_KINDS[producer.specialty] as ScaleProductKind)
    : random.weighted(PRODUCT_KINDS.map((k) => [k, k.weight] as const))
  const origin = ward.legacyDistrict && random.chance(0.4) ? ward.legacyDistrict : ward.place
  const originLabel = `${random.pick(kind.names)} ${origin}`
  const title = random.chance(0.3) ? `${originLabel} ${random.pick(TITLE_QUALIFIERS)}` : originLabel
  const isAlcohol = kind.sub_group === "alcoholic"
  const abv = isAlcohol && kind.abv ? random.int(kind.abv[0], kind.abv[1]) : null

  const variantCount = random.weighted([
    [1, 30],
    [2, 40],
    [3, 30],
  ] as const)
  const firstPack = random.int(0, kind.packs.length - variantCount)
  const basePrice = random.int(kind.price[0], kind.price[1])
  const variants = kind.packs.slice(firstPack, firstPack + variantCount).map((pack, j) => {
    const price = Math.max(1000, Math.round((basePrice * pack.factor) / 1000) * 1000)
    assertVnd(price, `scale product ${index} price`)
    return {
      title: pack.title,
      sku: `OCOP-${province.code}-${String(index + 1).padStart(6, "0")}-${j + 1}`,
      // 893 (GS1 Vietnam) + a demo series 8 + the variant's serial: unique across the catalog
      barcode: makeEan13(`8${String(index * 3 + j).padStart(8, "0")}`),
      price,
      weight_grams: pack.weight_grams,
    }
  })

  const channels: ScaleChannel[] = ["web"]
  if (!kind.is_service) {
    for (const [channel, share] of Object.entries(STORE_SHARE)) {
      if (random.chance(share)) channels.push(channel as ScaleChannel)
    }
  }
  const stock: Partial<Record<LocationKey, number>> = {}
  if (!kind.is_service) {
    // one product in twenty has run out at the warehouse
    stock.warehouse = random.chance(0.05) ? 0 : random.int(20, 500)
    if (channels.includes("store-1")) stock["store-1"] = random.int(0, 40)
    if (channels.includes("store-2")) stock["store-2"] = random.int(0, 30)
  }

  const story = random.weighted(STORY_WEIGHTS)
  const certificates = certificateHistory(random, story, { province, ward, index, now })
  const handle = `${slugifyVi(title)}-${index + 1}`
  return {
    index,
    external_id: scaleExternalId(index),
    handle,
    title,
    description: `${title} do ${producer.name} (${ward.name}, ${province.name}) sản xuất. Sản phẩm demo của bộ dữ liệu OCOP quy mô toàn quốc.`,
    kind,
    producer,
    origin_label: originLabel,
    legacy_district: ward.legacyDistrict,
    is_alcohol: isAlcohol,
    abv,
    discountable: !isPromotionBanned({ is_alcohol: isAlcohol, abv }),
    search_key: productSearchKey({
      title,
      origin_label: originLabel,
      producer_name: producer.name,
      legacy_district: ward.legacyDistrict,
    }),
    variants,
    channels,
    stock,
    certificates,
    story,
    created_at: new Date(now.getTime() - random.int(1, 1000) * DAY_MS - random.int(0, DAY_MS)),
  }
}
