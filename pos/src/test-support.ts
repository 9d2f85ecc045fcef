import "fake-indexeddb/auto"
import { toSearchKey } from "@ocop/core"
import type { PosCatalogItem, PosRegister } from "@ocop/sdk"
import { openPosDatabase, type PosDatabase } from "./db/schema"

let databases = 0

/** A fresh, empty till database in fake-indexeddb (unit tests only). */
export async function freshDatabase(): Promise<PosDatabase> {
  databases += 1
  const db = openPosDatabase(`ocop-pos-test-${databases}-${Date.now()}`)
  await db.open()
  return db
}

export const testRegister: PosRegister = {
  id: "reg_1",
  code: "CH1",
  name: "Cửa hàng OCOP số 1",
  kind: "store",
  sales_channel_id: "sc_1",
  stock_location_id: "sloc_1",
  publishable_key: "pk_test",
  region_id: "reg_vn",
  currency_code: "vnd",
  receipt: {
    shop_name: "Cửa hàng OCOP số 1",
    address: "211 Trần Đăng Ninh, TP Lạng Sơn",
    tax_id: "4900123456",
    phone: "0205 3870 000",
    footer_vi: "Cảm ơn quý khách!",
    footer_en: "Thank you!",
  },
  vietqr: {
    bank_bin: "970418",
    account_number: "12010000123456",
    account_name: "TT XUC TIEN THUONG MAI LANG SON",
    service: "account",
  },
  discount_approval_percent: 10,
}

export function catalogItem(overrides: Partial<PosCatalogItem> = {}): PosCatalogItem {
  const base: PosCatalogItem = {
    variant_id: "variant_quyt_1kg",
    product_id: "prod_quyt",
    product_title: "Quýt vàng Bắc Sơn",
    variant_title: "Túi 1 kg",
    sku: "LS-QVBS-1KG",
    barcode: "8939900101018",
    search_key: "",
    thumbnail: null,
    price: 60_000,
    vat_rate_percent: 5,
    product_group: "food",
    stars: 4,
    badge: true,
    producer_name: "HTX Quýt vàng Bắc Sơn",
    is_alcohol: false,
    abv: null,
    promotion_banned: false,
    age_check_required: false,
    stock_quantity: 30,
    updated_at: "2026-11-01T00:00:00.000Z",
    ...overrides,
  }
  return {
    ...base,
    search_key:
      overrides.search_key ??
      toSearchKey(
        [base.product_title, base.variant_title, base.sku, base.producer_name]
          .filter(Boolean)
          .join(" ")
      ),
  }
}
