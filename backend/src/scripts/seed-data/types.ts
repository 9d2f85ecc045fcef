import type { IssuerLevel, ProductGroupCode, VatCategory } from "@ocop/core"

/**
 * Shapes of the demo data. The data files hold facts and demo values only; the seed code under
 * src/scripts/seed reads them and writes them through Medusa's and our workflows.
 */

/**
 * A day as written in the data: a fixed calendar date in Vietnam ("2021-01-28"), or a day counted
 * from the seed run so that demo certificates keep the intended status whenever the seed runs.
 */
export type SeedDay =
  | string
  /** Negative numbers count days after the seed run. */
  | { daysBeforeSeed: number }
  /** The decision day whose default 36-month validity ends this many days after the seed run. */
  | { expiresDaysAfterSeed: number }

/** Keys of the stock locations in channels.ts, used by stock quantities. */
export type LocationKey = "warehouse" | "store-1" | "store-2" | "booth"

export interface SeedAddress {
  address_1: string
  address_2?: string
  city: string
  province: string
  country_code: string
  postal_code?: string
}

export interface SeedStockLocation {
  key: LocationKey
  name: string
  address: SeedAddress
  metadata: Record<string, unknown>
  /** In-store pickup: a pickup fulfillment set with a free shipping option. */
  pickup?: { option_name: string }
  /** Home delivery from this location: a shipping fulfillment set with a flat-rate option. */
  delivery?: { option_name: string; description: string; amount: number }
  /** A trade-fair booth: facts about the event plus a demo window around the seed run. */
  event?: SeedEvent
}

export interface SeedSalesChannel {
  name: string
  description: string
  /** The one stock location the channel sells from (cart completion reserves there). */
  location: LocationKey
  /**
   * Stores whose pick-up options the channel offers (click & collect). Linked to the channel too;
   * an order's reservation is then moved to the location of its chosen option
   * (workflows/hooks/complete-cart-pickup-location.ts).
   */
  pickup_locations?: LocationKey[]
  /** The channel Medusa created on install is renamed to this one instead of left unused. */
  replaces_install_default?: boolean
}

export interface SeedEvent {
  name: string
  venue: string
  organizers: string
  /** When the event was first held (a fact), "YYYY-MM-DD". */
  first_held_from: string
  /** A window around the seed day so that the booth is "on" in the demo. */
  demo_window: { starts: SeedDay; ends: SeedDay }
}

export type ProducerKind = "company" | "cooperative" | "cooperative_group" | "household"

export interface SeedProducer {
  handle: string
  name: string
  kind: ProducerKind
  tax_id: string
  province_code: string
  ward_code: string | null
  address_line: string
  legacy_district: string | null
  phone: string
  story_vi: string
  story_en: string
  latitude: number
  longitude: number
  is_demo: boolean
  metadata: Record<string, unknown>
}

export interface SeedCertificate {
  /** Natural key of a certificate; demo numbers carry "(demo)". */
  decision_number: string
  decision_date: SeedDay
  stars: 3 | 4 | 5
  score?: number
  issuer_name: string
  issuer_level: IssuerLevel
  legal_basis: string
  round_label?: string
  /** Left out: 36 months from the decision date. */
  valid_to?: SeedDay
  revoke?: { revoked_at: SeedDay; reason: string }
  metadata: Record<string, unknown>
}

export interface SeedVariant {
  /** Option value and variant title, e.g. "Hộp 1 kg". */
  title: string
  sku: string
  /** Four-digit item reference behind the demo GS1 company code in the EAN-13. */
  item_ref: string
  /** VAT-inclusive retail price in whole đồng. */
  price: number
  weight_grams?: number
}

export interface SeedProduct {
  handle: string
  title: string
  subtitle?: string
  description: string
  vat_category: VatCategory
  group: ProductGroupCode
  sub_group: string
  origin_label: string
  province_code: string
  ward_code: string | null
  legacy_district: string | null
  producer: string
  is_alcohol?: boolean
  abv?: number
  /** False only for the products whose OCOP status comes from the seed text (DOMAIN.md). */
  is_demo: boolean
  /** A service such as a homestay night: no stock kept, no shipping. */
  is_service?: boolean
  option_title: string
  variants: SeedVariant[]
  /** Units per location; locations left out get nothing. Services have none. */
  stock?: Partial<Record<LocationKey, number>>
  /** Channel names; all channels when left out. */
  channels?: string[]
  /** Oldest first: each issue supersedes the previous current certificate. */
  certificates: SeedCertificate[]
  metadata: Record<string, unknown>
}
