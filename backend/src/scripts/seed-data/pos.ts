import type { LocationKey } from "./types"

/**
 * One register (tablet till) per physical outlet: the two OCOP stores and the booth at the Vincom
 * trade week. Each sells from its channel's one stock location. The clerks and their PINs are in
 * demo-logins.json (entries with a `register`), which `npm start` prints. Tax ids and phone numbers
 * of the outlets are not known: receipts leave them out rather than invent them.
 */
export interface SeedRegister {
  code: string
  name: string
  kind: "store" | "booth"
  /** Sales channel name in channels.ts. */
  channel: string
  location: LocationKey
  receipt: {
    shop_name: string
    address: string
    footer_vi: string
    footer_en: string
  }
  discount_approval_percent: number
}

const FOOTER = {
  footer_vi: "Cảm ơn quý khách! Sản phẩm OCOP Lạng Sơn",
  footer_en: "Thank you! OCOP products of Lạng Sơn",
}

export const SEED_REGISTERS: SeedRegister[] = [
  {
    code: "CH1",
    name: "Quầy Cửa hàng OCOP số 1",
    kind: "store",
    channel: "Cửa hàng OCOP số 1",
    location: "store-1",
    receipt: {
      shop_name: "Cửa hàng OCOP số 1",
      address: "211 Trần Đăng Ninh, TP Lạng Sơn, Lạng Sơn",
      ...FOOTER,
    },
    discount_approval_percent: 10,
  },
  {
    code: "CH2",
    name: "Quầy Cửa hàng OCOP số 2",
    kind: "store",
    channel: "Cửa hàng OCOP số 2",
    location: "store-2",
    receipt: { shop_name: "Cửa hàng OCOP số 2 (demo)", address: "Lạng Sơn (demo)", ...FOOTER },
    discount_approval_percent: 10,
  },
  {
    code: "VCM",
    name: "Quầy Gian hàng Vincom Lạng Sơn",
    kind: "booth",
    channel: "Gian hàng Tuần lễ OCOP Vincom Lạng Sơn",
    location: "booth",
    receipt: {
      shop_name: "Gian hàng OCOP – Tuần lễ OCOP Vincom Lạng Sơn",
      address: "Vincom Lạng Sơn, đường Hùng Vương, phường Chi Lăng, Lạng Sơn",
      ...FOOTER,
    },
    discount_approval_percent: 15,
  },
]
