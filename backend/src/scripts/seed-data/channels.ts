import type { SeedSalesChannel, SeedStockLocation } from "./types"

/** The store's default channel, delivering from the warehouse. */
export const WEB_STORE_CHANNEL = "Web store"

/**
 * Stock locations. Facts from DOMAIN.md: OCOP store 1 at 211 Trần Đăng Ninh, TP Lạng Sơn (opened
 * 10/2019, run by the provincial trade-promotion centre of Sở Công Thương); the trade week at
 * Vincom Lạng Sơn (Hùng Vương street, phường Chi Lăng) from 28/4/2021. The warehouse and store 2
 * are demo. Since the 2025 reform 211 Trần Đăng Ninh lies in a merged ward whose code we have not
 * verified, so only the address text is kept (no ward_code).
 */
export const SEED_STOCK_LOCATIONS: SeedStockLocation[] = [
  {
    key: "warehouse",
    name: "Kho trung tâm",
    address: {
      address_1: "Kho trung tâm OCOP (demo)",
      city: "Lạng Sơn",
      province: "Lạng Sơn",
      country_code: "vn",
    },
    metadata: { is_demo: true, province_code: "20", role: "central_warehouse" },
    delivery: {
      option_name: "Giao hàng tiêu chuẩn",
      description: "Giao hàng toàn quốc, phí đồng giá (demo)",
      amount: 30_000,
    },
  },
  {
    key: "store-1",
    name: "Cửa hàng OCOP số 1",
    address: {
      address_1: "211 Trần Đăng Ninh",
      city: "Lạng Sơn",
      province: "Lạng Sơn",
      country_code: "vn",
    },
    metadata: {
      is_demo: false,
      province_code: "20",
      role: "store",
      opened: "2019-10",
      operator: "Trung tâm Xúc tiến thương mại, Sở Công Thương Lạng Sơn",
      address_note:
        "Địa chỉ ghi theo tin năm 2019 (TP Lạng Sơn); mã phường sau sắp xếp 2025 chưa được xác minh",
    },
    pickup: { option_name: "Nhận tại Cửa hàng OCOP số 1" },
  },
  {
    key: "store-2",
    name: "Cửa hàng OCOP số 2",
    address: {
      address_1: "Cửa hàng OCOP số 2 (demo)",
      city: "Lạng Sơn",
      province: "Lạng Sơn",
      country_code: "vn",
    },
    metadata: { is_demo: true, province_code: "20", role: "store" },
    pickup: { option_name: "Nhận tại Cửa hàng OCOP số 2" },
  },
  {
    key: "booth",
    name: "Gian hàng Tuần lễ OCOP Vincom Lạng Sơn",
    address: {
      address_1: "Vincom Lạng Sơn, đường Hùng Vương",
      address_2: "phường Chi Lăng",
      city: "Lạng Sơn",
      province: "Lạng Sơn",
      country_code: "vn",
    },
    metadata: {
      is_demo: false,
      province_code: "20",
      role: "event_booth",
      address_note: "Phường Chi Lăng theo tin năm 2021, trước sắp xếp đơn vị hành chính 2025",
    },
    event: {
      name: "Tuần lễ giới thiệu sản phẩm OCOP Lạng Sơn",
      venue: "Vincom Lạng Sơn, đường Hùng Vương, phường Chi Lăng",
      organizers: "Sở Công Thương Lạng Sơn phối hợp Vincom Retail",
      first_held_from: "2021-04-28",
      demo_window: { starts: { daysBeforeSeed: 2 }, ends: { daysBeforeSeed: -7 } },
    },
  },
]

/**
 * One sales channel per outlet, each with its own publishable key and exactly one stock location:
 * Medusa reserves stock at the first location of the order's channel.
 */
export const SEED_SALES_CHANNELS: SeedSalesChannel[] = [
  {
    name: WEB_STORE_CHANNEL,
    description: "Cửa hàng trực tuyến, giao từ Kho trung tâm hoặc nhận tại Cửa hàng OCOP số 1, 2",
    location: "warehouse",
    pickup_locations: ["store-1", "store-2"],
    replaces_install_default: true,
  },
  {
    name: "Cửa hàng OCOP số 1",
    description: "Cửa hàng giới thiệu sản phẩm OCOP, 211 Trần Đăng Ninh, TP Lạng Sơn (mở 10/2019)",
    location: "store-1",
  },
  {
    name: "Cửa hàng OCOP số 2",
    description: "Cửa hàng OCOP thứ hai (demo)",
    location: "store-2",
  },
  {
    name: "Gian hàng Tuần lễ OCOP Vincom Lạng Sơn",
    description: "Gian hàng hội chợ tại Vincom Lạng Sơn, đường Hùng Vương, phường Chi Lăng",
    location: "booth",
  },
]

/** Stock per location when a product does not say otherwise: warehouse large, booth a few. */
export const DEFAULT_STOCK = { warehouse: 200, "store-1": 30, "store-2": 20, booth: 6 } as const
