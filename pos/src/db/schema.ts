import type {
  PosCashMovementInput,
  PosCatalogItem,
  PosClerkSummary,
  PosLockoutInput,
  PosRegister,
  PosSale,
  PosSaleInput,
  PosShiftOpenInput,
  PosZReport,
} from "@ocop/sdk"
import { Dexie, type EntityTable } from "dexie"

/** The pairing a manager made: which register this tablet is, and the tablet's own token. */
export interface DevicePairing {
  deviceId: string
  deviceToken: string
  label: string
  /**
   * Register code + this tablet's letter ("CH1A"), from pairing: every sale number and VietQR
   * reference starts with it, so two tablets of one register never collide offline.
   */
  referencePrefix: string
  register: PosRegister
  pairedAt: string
}

/** A clerk as this tablet knows them; the PIN hash exists once they signed in online here. */
export interface LocalClerk extends PosClerkSummary {
  pinHash: string | null
  pinSalt: string | null
  pinIterations: number | null
  failedAttempts: number
  /** Epoch ms until which PIN entry is refused (5 wrong PINs → 15 minutes). */
  lockedUntil: number
  /** Bearer token of the last online sign-in (actor pos_clerk): the outbox sends with it. */
  token: string | null
  tokenIssuedAt: string | null
}

/** rejected: the backend refused it (400/403/409); kept with the reason for a manager. */
export type OutboxStatus = "pending" | "synced" | "rejected"

interface OutboxBase {
  /** The client UUID the server deduplicates on. */
  clientId: string
  /** Local order of commitment: sent oldest first. */
  seq: number
  status: OutboxStatus
  attempts: number
  /** Epoch ms before which no retry is made (backoff). */
  nextAttemptAt: number
  lastError: string | null
  createdAt: string
  syncedAt: string | null
}

export interface OutboxSale extends OutboxBase {
  kind: "sale"
  /** Shift id as the tablet knows it (local client id); mapped to the server's at send time. */
  localShiftId: string
  payload: PosSaleInput
  /** What the receipt shows that the payload does not carry (names, change, VAT). */
  receipt: SaleReceiptData
  result: PosSale | null
}

export interface OutboxShiftOpen extends OutboxBase {
  kind: "shift_open"
  payload: PosShiftOpenInput
  result: { shift_id: string } | null
}

export interface OutboxCashMovement extends OutboxBase {
  kind: "cash_movement"
  localShiftId: string
  payload: PosCashMovementInput
  result: { shift_id: string } | null
}

/** A clerk this tablet locked out after 5 wrong PINs (offline): for the manager's list. */
export interface OutboxLockout extends OutboxBase {
  kind: "lockout"
  payload: PosLockoutInput
  result: { lockout_id: string } | null
}

export type OutboxEntry = OutboxSale | OutboxShiftOpen | OutboxCashMovement | OutboxLockout

/** Receipt lines as the till priced them (names, stars and VAT as shown at the counter). */
export interface SaleReceiptData {
  registerCode: string
  clerkName: string
  lines: {
    title: string
    variantTitle: string | null
    stars: number | null
    quantity: number
    unitPrice: number
    discount: number
    net: number
    vatRatePercent: number
  }[]
  gross: number
  discountTotal: number
  total: number
  vatByRate: { ratePercent: number; gross: number; vat: number }[]
  change: number
}

export interface LocalShift {
  /** The client UUID the shift was opened with (also its local id). */
  clientId: string
  serverId: string | null
  status: "open" | "closed"
  openedAt: string
  openedBy: string
  openingFloat: number
  closedAt: string | null
  zReport: PosZReport | null
}

export interface ParkedSale {
  id: string
  parkedAt: string
  clerkId: string
  label: string
  /** The cart as the sale screen holds it (see features/sale/cart.ts). */
  cart: unknown
}

export interface SettingRow {
  key: string
  value: unknown
}

export type PosDatabase = Dexie & {
  settings: EntityTable<SettingRow, "key">
  catalog: EntityTable<PosCatalogItem, "variant_id">
  clerks: EntityTable<LocalClerk, "id">
  outbox: EntityTable<OutboxEntry, "clientId">
  shifts: EntityTable<LocalShift, "clientId">
  parked: EntityTable<ParkedSale, "id">
}

/**
 * Schema history. Each version lists only what changed; an upgrade function moves old rows.
 * Never edit a released version: add the next one.
 */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    settings: "&key",
    catalog: "&variant_id, barcode, sku, product_group",
    clerks: "&id",
    outbox: "&clientId, seq, status",
    shifts: "&clientId, status",
    parked: "&id, parkedAt",
  })
  // v2: the outbox is read as "pending, oldest first" on every drain: one compound index for it;
  // rows written by v1 without attempts/nextAttemptAt get them.
  db.version(2)
    .stores({ outbox: "&clientId, seq, status, [status+seq], kind" })
    .upgrade(async (tx) => {
      await tx
        .table("outbox")
        .toCollection()
        .modify((row: Partial<OutboxEntry>) => {
          row.attempts ??= 0
          row.nextAttemptAt ??= 0
          row.lastError ??= null
        })
    })
}

export const SCHEMA_VERSION = 2

/** Opens (creating or upgrading) the till's database; one per tab, handed down by context. */
export function openPosDatabase(name = "ocop-pos"): PosDatabase {
  const db = new Dexie(name) as PosDatabase
  declareSchema(db)
  return db
}
