export const PRODUCT_GROUP_CODES = [
  "food",
  "beverage",
  "medicinal-herbs",
  "handicraft",
  "ornamental",
  "tourism",
] as const
export type ProductGroupCode = (typeof PRODUCT_GROUP_CODES)[number]

export interface ProductSubGroup {
  code: string
  vi: string
  en: string
  /** False where the sub-group was not confirmed against the decision texts. */
  verified: boolean
}

export interface ProductGroup {
  code: ProductGroupCode
  /** Number of the group in 148/QĐ-TTg (2023). */
  number: number
  vi: string
  en: string
  subGroups: readonly ProductSubGroup[]
}

/**
 * The six OCOP product groups (919/QĐ-TTg 2022, 148/QĐ-TTg 2023). Group names and the food
 * sub-groups fresh / raw / processed-from-grains / -fruit-veg / -meat are confirmed; every other
 * sub-group (verified: false) is our best reading and may be corrected here without code changes.
 */
export const PRODUCT_GROUPS: readonly ProductGroup[] = [
  {
    code: "food",
    number: 1,
    vi: "Thực phẩm",
    en: "Food",
    subGroups: [
      { code: "fresh", vi: "Thực phẩm tươi sống", en: "Fresh produce", verified: true },
      { code: "raw", vi: "Thực phẩm thô, sơ chế", en: "Raw or pre-processed", verified: true },
      {
        code: "processed-grain",
        vi: "Thực phẩm chế biến từ gạo, ngũ cốc",
        en: "Processed from rice or grains",
        verified: true,
      },
      {
        code: "processed-fruit-veg",
        vi: "Thực phẩm chế biến từ rau, quả",
        en: "Processed from fruit or vegetables",
        verified: true,
      },
      {
        code: "processed-meat",
        vi: "Thực phẩm chế biến từ thịt, trứng, sữa",
        en: "Processed from meat, eggs or milk",
        verified: true,
      },
      {
        code: "processed-seafood",
        vi: "Thực phẩm chế biến từ thủy sản",
        en: "Processed from seafood",
        verified: false,
      },
      { code: "condiment", vi: "Gia vị", en: "Condiments and spices", verified: false },
      { code: "tea", vi: "Chè và sản phẩm từ chè", en: "Tea", verified: false },
      { code: "coffee-cocoa", vi: "Cà phê, ca cao", en: "Coffee and cocoa", verified: false },
    ],
  },
  {
    code: "beverage",
    number: 2,
    vi: "Đồ uống",
    en: "Beverages",
    subGroups: [
      { code: "alcoholic", vi: "Đồ uống có cồn", en: "Alcoholic drinks", verified: false },
      {
        code: "non-alcoholic",
        vi: "Đồ uống không cồn",
        en: "Non-alcoholic drinks",
        verified: false,
      },
    ],
  },
  {
    code: "medicinal-herbs",
    number: 3,
    vi: "Dược liệu và sản phẩm từ dược liệu",
    en: "Medicinal herbs and herbal products",
    subGroups: [
      {
        code: "herbal-medicine",
        vi: "Dược liệu, thuốc từ dược liệu",
        en: "Medicinal herbs and herbal medicines",
        verified: false,
      },
      {
        code: "health-supplement",
        vi: "Thực phẩm bảo vệ sức khỏe từ dược liệu",
        en: "Herbal health supplements",
        verified: false,
      },
      {
        code: "herbal-cosmetic",
        vi: "Mỹ phẩm từ dược liệu",
        en: "Herbal cosmetics",
        verified: false,
      },
      {
        code: "essential-oil-herbal-tea",
        vi: "Tinh dầu, trà dược liệu",
        en: "Essential oils and herbal teas",
        verified: false,
      },
    ],
  },
  {
    code: "handicraft",
    number: 4,
    vi: "Hàng thủ công mỹ nghệ",
    en: "Handicrafts",
    subGroups: [
      {
        code: "household-decor",
        vi: "Thủ công mỹ nghệ gia dụng, trang trí",
        en: "Household and decorative crafts",
        verified: false,
      },
      { code: "textile", vi: "Vải, may mặc", en: "Textiles and garments", verified: false },
    ],
  },
  {
    code: "ornamental",
    number: 5,
    vi: "Sinh vật cảnh",
    en: "Ornamental plants and animals",
    subGroups: [
      { code: "flower", vi: "Hoa", en: "Flowers", verified: false },
      { code: "ornamental-plant", vi: "Cây cảnh", en: "Ornamental plants", verified: false },
      { code: "ornamental-animal", vi: "Động vật cảnh", en: "Ornamental animals", verified: false },
    ],
  },
  {
    code: "tourism",
    number: 6,
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and tourist sites",
    subGroups: [
      {
        code: "community-eco-tourism",
        vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái, điểm du lịch",
        en: "Community and eco-tourism services, tourist sites",
        verified: false,
      },
    ],
  },
]

export function productGroup(code: string): ProductGroup | undefined {
  return PRODUCT_GROUPS.find((group) => group.code === code)
}

export function productSubGroup(
  groupCode: string,
  subGroupCode: string
): ProductSubGroup | undefined {
  return productGroup(groupCode)?.subGroups.find((sub) => sub.code === subGroupCode)
}

/** True for a known group, and when a sub-group is given, one that belongs to that group. */
export function isValidGroup(groupCode: string, subGroupCode?: string | null): boolean {
  if (subGroupCode == null) return productGroup(groupCode) !== undefined
  return productSubGroup(groupCode, subGroupCode) !== undefined
}
