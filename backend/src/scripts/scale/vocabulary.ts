import type { ProducerKind, ProductGroupCode, VatCategory } from "@ocop/core"

/**
 * Words the generated national catalog is written with: kinds of OCOP products by group and
 * sub-group (names with their tones, as the products are sold), their packs and price ranges,
 * and what producers are called. Demo data; only the group codes come from @ocop/core.
 */

export interface ScalePack {
  /** Option value and variant title. */
  title: string
  /** Price of this pack relative to the smallest one. */
  factor: number
  weight_grams: number | null
}

export interface ScaleProductKind {
  group: ProductGroupCode
  sub_group: string
  vat_category: VatCategory
  names: readonly string[]
  option_title: string
  packs: readonly ScalePack[]
  /** VAT-inclusive price of the smallest pack in đồng, before rounding to 1,000. */
  price: readonly [number, number]
  /** Share of this kind in the catalog (relative). */
  weight: number
  /** ABV range of alcoholic drinks, in %. */
  abv?: readonly [number, number]
  /** A service (tourism): no stock is kept. */
  is_service?: boolean
}

const FOOD_PACKS: ScalePack[] = [
  { title: "Gói 250 g", factor: 1, weight_grams: 250 },
  { title: "Gói 500 g", factor: 1.9, weight_grams: 500 },
  { title: "Túi 1 kg", factor: 3.6, weight_grams: 1000 },
  { title: "Hộp quà 2 kg", factor: 7.5, weight_grams: 2200 },
]
const FRUIT_PACKS: ScalePack[] = [
  { title: "Túi 1 kg", factor: 1, weight_grams: 1000 },
  { title: "Thùng 3 kg", factor: 2.8, weight_grams: 3200 },
  { title: "Thùng 5 kg", factor: 4.5, weight_grams: 5300 },
]
const BOTTLE_PACKS: ScalePack[] = [
  { title: "Chai 330 ml", factor: 1, weight_grams: 450 },
  { title: "Chai 500 ml", factor: 1.4, weight_grams: 700 },
  { title: "Chai 750 ml", factor: 2, weight_grams: 1000 },
  { title: "Bình 2 lít", factor: 4.6, weight_grams: 2500 },
]
const JAR_PACKS: ScalePack[] = [
  { title: "Hộp 100 g", factor: 1, weight_grams: 150 },
  { title: "Hộp 250 g", factor: 2.2, weight_grams: 320 },
  { title: "Lọ 500 g", factor: 4, weight_grams: 600 },
]
const CRAFT_SIZES: ScalePack[] = [
  { title: "Cỡ nhỏ", factor: 1, weight_grams: 300 },
  { title: "Cỡ vừa", factor: 1.8, weight_grams: 800 },
  { title: "Cỡ lớn", factor: 3.2, weight_grams: 2000 },
]
const PLANT_POTS: ScalePack[] = [
  { title: "Chậu nhỏ", factor: 1, weight_grams: 1500 },
  { title: "Chậu vừa", factor: 2.5, weight_grams: 4000 },
  { title: "Chậu lớn", factor: 6, weight_grams: 12000 },
]
const TICKETS: ScalePack[] = [
  { title: "Vé người lớn", factor: 1, weight_grams: null },
  { title: "Vé trẻ em", factor: 0.6, weight_grams: null },
  { title: "Gói 2 ngày 1 đêm", factor: 8, weight_grams: null },
]

export const PRODUCT_KINDS: readonly ScaleProductKind[] = [
  {
    group: "food",
    sub_group: "fresh",
    vat_category: "fresh_produce",
    names: [
      "Quýt vàng",
      "Cam sành",
      "Bưởi da xanh",
      "Bưởi đường",
      "Vải thiều",
      "Nhãn lồng",
      "Na dai",
      "Hồng không hạt",
      "Mận hậu",
      "Thanh long ruột đỏ",
      "Xoài cát",
      "Chuối ngự",
      "Măng cụt",
      "Sầu riêng",
      "Dưa lưới",
      "Ổi lê",
      "Chanh leo",
      "Mít Thái",
    ],
    option_title: "Quy cách",
    packs: FRUIT_PACKS,
    price: [35_000, 120_000],
    weight: 14,
  },
  {
    group: "food",
    sub_group: "raw",
    vat_category: "fresh_produce",
    names: [
      "Gạo tám thơm",
      "Gạo nếp cái hoa vàng",
      "Gạo nếp cẩm",
      "Gạo Séng Cù",
      "Lạc đỏ",
      "Đậu tương",
      "Hạt mắc ca",
      "Hồi khô",
      "Quế thanh",
      "Nấm hương khô",
      "Mộc nhĩ",
      "Măng khô",
      "Hạt điều",
      "Mật ong hoa rừng",
    ],
    option_title: "Quy cách",
    packs: FOOD_PACKS,
    price: [25_000, 90_000],
    weight: 12,
  },
  {
    group: "food",
    sub_group: "processed-grain",
    vat_category: "processed_food",
    names: [
      "Bánh chưng đen",
      "Bánh đa nem",
      "Bún khô",
      "Miến dong",
      "Phở khô",
      "Bánh gai",
      "Bánh cốm",
      "Cốm dẹt",
      "Bánh tráng phơi sương",
      "Mì gạo",
      "Bánh khảo",
      "Kẹo lạc",
    ],
    option_title: "Quy cách",
    packs: FOOD_PACKS,
    price: [20_000, 70_000],
    weight: 10,
  },
  {
    group: "food",
    sub_group: "processed-fruit-veg",
    vat_category: "processed_food",
    names: [
      "Mứt gừng",
      "Ô mai mơ",
      "Vải sấy khô",
      "Chuối sấy dẻo",
      "Mít sấy",
      "Xoài sấy dẻo",
      "Dưa cải muối",
      "Tương ớt",
      "Măng ớt",
      "Hồng treo gió",
      "Mận sấy",
    ],
    option_title: "Quy cách",
    packs: JAR_PACKS,
    price: [30_000, 95_000],
    weight: 8,
  },
  {
    group: "food",
    sub_group: "processed-meat",
    vat_category: "processed_food",
    names: [
      "Lạp xưởng",
      "Thịt trâu gác bếp",
      "Giò bò",
      "Chả quế",
      "Nem chua",
      "Ruốc heo",
      "Trứng vịt muối",
      "Sữa chua nếp cẩm",
      "Thịt lợn đen gác bếp",
      "Khâu nhục",
    ],
    option_title: "Quy cách",
    packs: FOOD_PACKS,
    price: [60_000, 220_000],
    weight: 6,
  },
  {
    group: "food",
    sub_group: "processed-seafood",
    vat_category: "processed_food",
    names: [
      "Nước mắm cốt nhĩ",
      "Mắm tôm",
      "Chả mực",
      "Cá khô",
      "Tôm khô",
      "Mực một nắng",
      "Ruốc biển",
      "Chả cá",
      "Mắm ruốc",
    ],
    option_title: "Quy cách",
    packs: JAR_PACKS,
    price: [45_000, 250_000],
    weight: 5,
  },
  {
    group: "food",
    sub_group: "condiment",
    vat_category: "processed_food",
    names: ["Muối ớt", "Tiêu đen", "Bột nghệ", "Sa tế", "Tương bần", "Hạt dổi", "Muối tôm"],
    option_title: "Quy cách",
    packs: JAR_PACKS,
    price: [20_000, 80_000],
    weight: 4,
  },
  {
    group: "food",
    sub_group: "tea",
    vat_category: "processed_food",
    names: [
      "Chè Shan tuyết",
      "Trà búp",
      "Trà hoa vàng",
      "Chè móc câu",
      "Trà ô long",
      "Chè xanh",
      "Trà sen",
    ],
    option_title: "Quy cách",
    packs: JAR_PACKS,
    price: [60_000, 300_000],
    weight: 6,
  },
  {
    group: "food",
    sub_group: "coffee-cocoa",
    vat_category: "processed_food",
    names: ["Cà phê Robusta rang xay", "Cà phê Arabica", "Ca cao nguyên chất", "Sô-cô-la đen"],
    option_title: "Quy cách",
    packs: FOOD_PACKS,
    price: [45_000, 160_000],
    weight: 3,
  },
  {
    group: "beverage",
    sub_group: "alcoholic",
    vat_category: "alcohol",
    names: [
      "Rượu men lá",
      "Rượu nếp cái",
      "Rượu ngô men lá",
      "Rượu mơ",
      "Rượu táo mèo",
      "Rượu sim",
      "Rượu cần",
      "Rượu mắc mật",
    ],
    option_title: "Dung tích",
    packs: BOTTLE_PACKS,
    price: [45_000, 180_000],
    weight: 6,
    abv: [12, 40],
  },
  {
    group: "beverage",
    sub_group: "non-alcoholic",
    vat_category: "processed_food",
    names: [
      "Nước cốt chanh leo",
      "Sữa đậu nành",
      "Nước yến",
      "Trà thảo mộc đóng chai",
      "Nước ép dứa",
      "Siro mơ",
    ],
    option_title: "Dung tích",
    packs: BOTTLE_PACKS,
    price: [15_000, 60_000],
    weight: 5,
  },
  {
    group: "medicinal-herbs",
    sub_group: "herbal-medicine",
    vat_category: "standard",
    names: ["Cao actiso", "Cao lá vằng", "Cà gai leo", "Giảo cổ lam", "Nấm linh chi", "Đinh lăng"],
    option_title: "Quy cách",
    packs: JAR_PACKS,
    price: [80_000, 450_000],
    weight: 4,
  },
  {
    group: "medicinal-herbs",
    sub_group: "health-supplement",
    vat_category: "standard",
    names: ["Tinh bột nghệ", "Mật ong bạc hà", "Tinh bột sắn dây", "Yến sào", "Viên hoàn tố nữ"],
    option_title: "Quy cách",
    packs: JAR_PACKS,
    price: [90_000, 900_000],
    weight: 3,
  },
  {
    group: "medicinal-herbs",
    sub_group: "herbal-cosmetic",
    vat_category: "standard",
    names: ["Dầu gội bồ kết", "Xà phòng thảo dược", "Son dầu gấc", "Nước hoa bưởi"],
    option_title: "Quy cách",
    packs: BOTTLE_PACKS,
    price: [40_000, 150_000],
    weight: 2,
  },
  {
    group: "medicinal-herbs",
    sub_group: "essential-oil-herbal-tea",
    vat_category: "standard",
    names: ["Tinh dầu quế", "Tinh dầu hồi", "Tinh dầu sả chanh", "Trà hoa cúc", "Trà túi lọc"],
    option_title: "Quy cách",
    packs: JAR_PACKS,
    price: [50_000, 200_000],
    weight: 3,
  },
  {
    group: "handicraft",
    sub_group: "household-decor",
    vat_category: "standard",
    names: [
      "Mây tre đan",
      "Gốm men lam",
      "Chiếu cói",
      "Nón lá",
      "Tranh dân gian",
      "Đồ gỗ mỹ nghệ",
      "Giỏ lục bình",
      "Sơn mài",
    ],
    option_title: "Kích thước",
    packs: CRAFT_SIZES,
    price: [80_000, 600_000],
    weight: 5,
  },
  {
    group: "handicraft",
    sub_group: "textile",
    vat_category: "standard",
    names: ["Thổ cẩm", "Lụa tơ tằm", "Khăn dệt tay", "Túi thổ cẩm", "Khăn lụa"],
    option_title: "Kích thước",
    packs: CRAFT_SIZES,
    price: [120_000, 900_000],
    weight: 3,
  },
  {
    group: "ornamental",
    sub_group: "flower",
    vat_category: "standard",
    names: ["Lan hồ điệp", "Hoa đào", "Cúc mâm xôi", "Hoa hồng cổ"],
    option_title: "Kích thước",
    packs: PLANT_POTS,
    price: [150_000, 600_000],
    weight: 1,
  },
  {
    group: "ornamental",
    sub_group: "ornamental-plant",
    vat_category: "standard",
    names: ["Bonsai sanh", "Cây quất cảnh", "Cây tùng la hán", "Cây trà my"],
    option_title: "Kích thước",
    packs: PLANT_POTS,
    price: [200_000, 1_500_000],
    weight: 1,
  },
  {
    group: "tourism",
    sub_group: "community-eco-tourism",
    vat_category: "standard",
    names: [
      "Du lịch cộng đồng bản",
      "Điểm du lịch sinh thái",
      "Homestay",
      "Làng nghề truyền thống",
    ],
    option_title: "Loại vé",
    packs: TICKETS,
    price: [50_000, 250_000],
    weight: 1,
    is_service: true,
  },
]

/** What shoppers read after the name now and then: "Mật ong bạc hà Đồng Văn hữu cơ". */
export const TITLE_QUALIFIERS = [
  "hữu cơ",
  "đặc biệt",
  "loại 1",
  "truyền thống",
  "thượng hạng",
  "xuất khẩu",
] as const

export const PRODUCER_KIND_WEIGHTS: readonly (readonly [ProducerKind, number])[] = [
  ["cooperative", 45],
  ["company", 25],
  ["household", 25],
  ["cooperative_group", 5],
]

export const COMPANY_FORMS = ["Công ty TNHH", "Công ty Cổ phần"] as const
export const COOPERATIVE_TRADES = [
  "Nông nghiệp",
  "Dịch vụ nông nghiệp",
  "Sản xuất và Thương mại",
  "Nông lâm nghiệp",
  "Chế biến nông sản",
] as const
export const COMPANY_BRANDS = [
  "Thực phẩm",
  "Nông sản sạch",
  "Đặc sản",
  "Thương mại và Dịch vụ",
  "Xuất nhập khẩu",
  "Dược liệu",
] as const

export const FAMILY_NAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Vũ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Nông",
  "Hà",
  "Lò",
  "Vi",
  "Triệu",
] as const
export const MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu", "Hữu", "Thanh"] as const
export const GIVEN_NAMES = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hạnh",
  "Hùng",
  "Lan",
  "Mai",
  "Nam",
  "Phương",
  "Quang",
  "Sơn",
  "Thảo",
  "Tuấn",
  "Yến",
  "Hoa",
  "Khánh",
  "Lộc",
  "Vân",
] as const

export const PLACE_PREFIXES = ["Thôn", "Bản", "Xóm", "Tổ dân phố", "Ấp"] as const
