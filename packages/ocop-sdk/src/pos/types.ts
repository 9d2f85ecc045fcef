/**
 * The tablet POS contract (/pos/* routes, actor `pos_clerk`). Every money amount is integer đồng,
 * VAT-inclusive, as the till shows it. Every write a tablet may retry carries a client-generated
 * UUID (`client_id`) and is idempotent on it.
 */

export type PosRole = "clerk" | "manager"
export type PosRegisterKind = "store" | "booth"

/** A till: one sales channel, its one stock location, its publishable key. */
export interface PosRegister {
  id: string
  /** Short code printed on receipts and used in sale numbers and VietQR references ("CH1"). */
  code: string
  name: string
  kind: PosRegisterKind
  sales_channel_id: string
  stock_location_id: string
  publishable_key: string
  region_id: string
  currency_code: string
  /** What a receipt prints at the top. */
  receipt: {
    shop_name: string
    address: string
    tax_id: string | null
    phone: string | null
    footer_vi: string | null
    footer_en: string | null
  }
  /** The account a customer's VietQR transfer goes to (payload built on the tablet). */
  vietqr: {
    bank_bin: string
    account_number: string
    account_name: string
    service: "account" | "card"
  }
  /** Discounts above this percent of a line or sale need a manager's PIN. */
  discount_approval_percent: number
}

/** A clerk as a tablet lists them on its sign-in screen (no secret). */
export interface PosClerkSummary {
  id: string
  name: string
  role: PosRole
}

/** A tablet paired by a manager with a register; the token identifies the tablet from then on. */
export interface PosDevicePairing {
  device: {
    id: string
    label: string
    register_id: string
    token: string
    /**
     * Register code + this tablet's letter ("CH1A"): start every sale number ("CH1A-000123") and
     * VietQR reference ("CH1A000123") with it, so two tablets of one register never collide
     * offline. Letters are never reused within a register.
     */
    reference_prefix: string
  }
  register: PosRegister
  clerks: PosClerkSummary[]
}

export interface PosSignInInput {
  device_token: string
  clerk_id: string
  pin: string
}

export interface PosSignInResponse {
  /** Bearer token of actor type `pos_clerk`; reaches /pos/* only. */
  token: string
  clerk: PosClerkSummary
  register: PosRegister
}

export interface PosMeResponse {
  clerk: PosClerkSummary
  register: PosRegister
  clerks: PosClerkSummary[]
}

/** One sellable variant at the register, as the tablet keeps it in IndexedDB. */
export interface PosCatalogItem {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  /** EAN-13 (GS1 Vietnam 893…) or null. */
  barcode: string | null
  /** toSearchKey(title + variant + sku + producer): search runs on the tablet. */
  search_key: string
  thumbnail: string | null
  /** VAT-inclusive list price in the register's region, integer đồng. */
  price: number
  vat_rate_percent: number | null
  product_group: string
  /** Stars only while the certificate may carry the OCOP mark (the badge rule), else null. */
  stars: number | null
  badge: boolean
  producer_name: string | null
  is_alcohol: boolean
  abv: number | null
  /** isPromotionBanned: no discount of any kind (alcohol ≥ 15 % ABV). */
  promotion_banned: boolean
  /** requiresAgeCheck: the till asks for the buyer's ID. */
  age_check_required: boolean
  /** Stocked − reserved at the register's location; null when stock is not tracked. */
  stock_quantity: number | null
  /** Changes when anything above changes (product, price, stock, certificate). */
  updated_at: string
}

export interface PosCatalogQuery {
  /** ISO time from a previous page's `server_time`: only what changed since. */
  updated_since?: string
  /** Opaque cursor from the previous page. */
  cursor?: string
  limit?: number
}

export interface PosCatalogPage {
  items: PosCatalogItem[]
  /** Variants no longer sold at this register since `updated_since`. */
  removed_variant_ids: string[]
  next_cursor: string | null
  /** Use as the next delta's `updated_since` once every page is read. */
  server_time: string
}

export type PosDiscount = { type: "percent"; value: number } | { type: "amount"; value: number }

export interface PosSaleLineInput {
  variant_id: string
  /** Positive integer. */
  quantity: number
  /** The VAT-inclusive unit price the till showed (may differ from today's list price). */
  unit_price: number
  discount?: PosDiscount | null
}

export type PosTenderKind = "cash" | "vietqr" | "card"

export interface PosTenderInput {
  kind: PosTenderKind
  /** What this tender pays toward the sale (for cash: the sale's share, not what was handed over). */
  amount: number
  /** Cash handed over by the customer (≥ amount); change = received − amount. */
  received?: number | null
  /**
   * VietQR: the transfer note reference, reference_prefix + 6 digits ("CH1A000123"); card: the
   * terminal slip's reference.
   */
  reference?: string | null
  /** VietQR confirmed by the clerk from the customer's banking app while offline. */
  confirmed_offline?: boolean
}

export interface PosSaleInput {
  /** Client UUID (v4), unique forever; a retry with the same id returns the same sale. */
  client_id: string
  /** Register-scoped, human readable: the device's reference_prefix + "-" + sequence. */
  sale_number: string
  /** The shift's id, or the client_id it was opened with (a shift opened offline). */
  shift_id: string
  clerk_id: string
  /** When the sale was rung up on the tablet (ISO). */
  created_at: string
  lines: PosSaleLineInput[]
  order_discount?: PosDiscount | null
  /** Manager who approved a discount above the register's threshold. */
  discount_approved_by?: string | null
  tenders: PosTenderInput[]
  /** Alcohol on the sale: the clerk checked the buyer's ID. */
  age_check?: { checked_by: string; checked_at: string } | null
  customer?: { phone?: string | null; name?: string | null } | null
  einvoice?: {
    kind: "company" | "personal"
    tax_id: string
    name: string
    address: string
    email: string
    buyer_name?: string | null
  } | null
}

export interface PosStockException {
  variant_id: string
  title: string
  sold: number
  /** Stock at the location after the sale (negative: sold beyond recorded stock). */
  stock_after: number
}

export interface PosSaleVietQrStatus {
  reference: string
  amount: number
  status: "pending" | "confirmed" | "needs_review"
}

export interface PosSale {
  id: string
  client_id: string
  sale_number: string
  register_id: string
  shift_id: string
  clerk_id: string
  order_id: string
  order_display_id: number
  total: number
  vat_total: number
  change_due: number
  created_at: string
  stock_exceptions: PosStockException[]
  vietqr: PosSaleVietQrStatus[]
}

/** 201 for a new sale, 200 with the same body for a repeated client_id. */
export interface PosSaleResponse {
  sale: PosSale
}

/** Up to 100 sales, oldest first; each is idempotent on its own client UUID. */
export interface PosSalesBatchInput {
  sales: PosSaleInput[]
}

/** What became of one sale of a batch (in the order sent). */
export type PosSaleOutcome =
  /** Recorded now (`created`) or earlier under the same client UUID. */
  | { client_id: string; status: "accepted"; created: boolean; sale: PosSale }
  /**
   * The backend will not record it as sent (400 a field is wrong, 403 another register's shift,
   * clerk or sale, 409 a conflict with what is recorded): keep it for a manager with `message`.
   */
  | { client_id: string | null; status: "refused"; code: 400 | 403 | 409; message: string }
  /** Not decided now (still being recorded, or the server failed): send it again later. */
  | { client_id: string; status: "retry"; message: string }

export interface PosSalesBatchResponse {
  results: PosSaleOutcome[]
}

export interface PosShiftOpenInput {
  client_id: string
  clerk_id: string
  opened_at: string
  opening_float: number
}

export interface PosCashMovementInput {
  client_id: string
  clerk_id: string
  kind: "in" | "out"
  amount: number
  reason: string
  at: string
}

export interface PosShiftCloseInput {
  clerk_id: string
  closed_at: string
  /** Blind count per tender, entered before the expected amounts are shown. */
  counted: { cash: number; vietqr: number; card: number }
  /**
   * The sales of this shift the tablet holds (count and total): send it. The server then refuses
   * the close (409) while it holds fewer, or as many with another total: a sale still queued on
   * the tablet must reach it first, or the Z report would miss it. Without it the server trusts
   * the tablet's own "nothing unsynced" rule.
   */
  sales?: { count: number; total: number }
}

/** Immutable once the shift closes. */
export interface PosZReport {
  shift_id: string
  register_code: string
  opened_at: string
  closed_at: string
  opened_by: string
  closed_by: string
  sale_count: number
  gross_total: number
  discount_total: number
  vat_by_rate: { rate_percent: number; vat: number; gross: number }[]
  expected: { cash: number; vietqr: number; card: number }
  counted: { cash: number; vietqr: number; card: number }
  difference: { cash: number; vietqr: number; card: number }
  opening_float: number
  cash_in: number
  cash_out: number
}

export interface PosShift {
  id: string
  client_id: string
  register_id: string
  status: "open" | "closed"
  opened_at: string
  closed_at: string | null
  opening_float: number
  z_report: PosZReport | null
}

export interface PosShiftResponse {
  shift: PosShift
}

/**
 * A clerk locked out on a tablet by 5 wrong PINs while it counted them itself (offline): sent
 * once online so the lockout reaches the manager's list. Idempotent on `client_id`.
 */
export interface PosLockoutInput {
  client_id: string
  clerk_id: string
  failed_attempts: number
  locked_at: string
  locked_until: string
}

export interface PosLockoutResponse {
  lockout: { id: string; client_id: string | null }
}

/** VietQR at the counter, online: has the bank's notification for this reference arrived? */
export interface PosVietQrStatusResponse {
  reference: string
  status: "pending" | "confirmed" | "needs_review"
  amount: number | null
}

export interface PosStockExceptionsResponse {
  exceptions: (PosStockException & { sale_number: string; created_at: string })[]
}

/** A field-named refusal: `{ type: "invalid_data", message: "lines.0.quantity: must be …" }`. */
export interface PosError {
  type: string
  message: string
}
