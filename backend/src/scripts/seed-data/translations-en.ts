/**
 * English product text for the demo catalog, served through Medusa's Translation module to a
 * request in an `en` locale (Vietnamese stays the stored text and the fallback). Product text is
 * keyed by handle; option titles and variant titles (which are also the option values) by their
 * Vietnamese text, since the same pack sizes recur across products.
 */
export const TRANSLATION_LOCALE_EN = "en-US"

export interface SeedProductTextEn {
  title: string
  subtitle?: string
  description: string
}

export const PRODUCT_TEXT_EN: Record<string, SeedProductTextEn> = {
  "quyt-vang-bac-son": {
    title: "Bắc Sơn golden mandarin",
    description:
      "Golden mandarins from Bắc Sơn, a 4-star provincial OCOP product (round 3/2020). Pack sizes, prices and producer are demo data.",
  },
  "gao-nep-cai-hoa-vang-bac-son": {
    title: "Bắc Sơn yellow-flower sticky rice",
    description:
      "Nếp cái hoa vàng sticky rice from Bắc Sơn, a 4-star OCOP product. Pack sizes, prices and producer are demo data.",
  },
  "banh-chung-den-bac-son": {
    title: "Bắc Sơn black sticky rice cake",
    description:
      "Black bánh chưng of the Tày people of Bắc Sơn, an OCOP product. Stars, prices and producer are demo data.",
  },
  "ruou-men-la-suoi-mo-mam": {
    title: "Mỏ Mắm spring leaf-yeast rice wine",
    description:
      "Rice wine fermented with leaf yeast and distilled with water from the Mỏ Mắm spring, an OCOP product of Bắc Sơn. Strength, stars, prices and producer are demo data. Not for sale to anyone under 18.",
  },
  "na-chi-lang": {
    title: "Chi Lăng custard apple",
    description:
      "Custard apples grown on the limestone hills of Chi Lăng: large and very sweet (demo).",
  },
  "hong-khong-hat-bao-lam": {
    title: "Bảo Lâm seedless persimmon",
    description: "Seedless Bảo Lâm persimmons, crisp and sweet, ripe in autumn (demo).",
  },
  "hong-say-bao-lam": {
    title: "Bảo Lâm dried persimmon",
    description: "Seedless Bảo Lâm persimmons dried soft, no sugar added (demo).",
  },
  "hoa-hoi-kho-van-quan": {
    title: "Văn Quan dried star anise",
    description:
      "Sun-dried star anise with even petals and a strong scent, from the Văn Quan forests (demo).",
  },
  "tinh-dau-hoi-van-quan": {
    title: "Văn Quan star anise oil",
    description:
      "Essential oil distilled from Văn Quan star anise, for steam baths and fragrance (demo).",
  },
  "que-thanh-lang-son": {
    title: "Lạng Sơn cinnamon sticks",
    description: "Scraped, sun-dried cinnamon bark rolled into even sticks (demo).",
  },
  "tinh-dau-que-lang-son": {
    title: "Lạng Sơn cinnamon oil",
    description: "Essential oil distilled from cinnamon bark and leaves (demo).",
  },
  "thach-den-trang-dinh": {
    title: "Tràng Định black grass jelly herb",
    description: "Dried black grass jelly herb for cooking jelly, a Tràng Định specialty (demo).",
  },
  "nuoc-thach-den-trang-dinh": {
    title: "Tràng Định black grass jelly drink",
    description: "Canned black grass jelly drink (demo).",
  },
  "dao-mau-son": {
    title: "Mẫu Sơn peaches",
    description: "Peaches ripened on Mẫu Sơn mountain, picked in early summer (demo).",
  },
  "che-shan-tuyet-mau-son": {
    title: "Mẫu Sơn Shan Tuyết tea",
    description: "Shan Tuyết tea picked on Mẫu Sơn mountain and roasted by hand (demo).",
  },
  "ruou-mau-son": {
    title: "Mẫu Sơn rice wine",
    description:
      "Rice wine distilled by hand in the Mẫu Sơn area (demo). Not for sale to anyone under 18.",
  },
  "ruou-dao-mau-son": {
    title: "Mẫu Sơn peach wine",
    description:
      "Mẫu Sơn peaches steeped in wine, below 15 % alcohol (demo). Not for sale to anyone under 18.",
  },
  "mat-ong-rung-huu-lien": {
    title: "Hữu Liên wild honey",
    description: "Honey gathered at the edge of the Hữu Liên forest (demo).",
  },
  "mat-ong-hoa-hoi-van-quan": {
    title: "Văn Quan star anise honey",
    description: "Honey from hives kept in the star anise forests (demo).",
  },
  "mang-kho-huu-lung": {
    title: "Hữu Lũng dried bamboo shoots",
    description: "Forest bamboo shoots, boiled and sun-dried (demo).",
  },
  "mang-ot-huu-lung": {
    title: "Hữu Lũng bamboo shoots in chilli",
    description: "Fresh bamboo shoots pickled with chilli and garlic the Hữu Lũng way (demo).",
  },
  "tram-den-huu-lung": {
    title: "Hữu Lũng black canarium",
    description:
      "Black canarium fruit picked in the forest, for braised fish and sticky rice (demo).",
  },
  "tram-den-muoi-huu-lung": {
    title: "Hữu Lũng salted black canarium",
    description: "Black canarium cured in salt and jarred, for use all year (demo).",
  },
  "mien-dong-huu-lung": {
    title: "Hữu Lũng arrowroot noodles",
    description: "Chewy glass noodles made from arrowroot starch and dried in the sun (demo).",
  },
  "khan-tho-cam-tay": {
    title: "Tày brocade scarf",
    description: "Hand-woven scarf with Tày patterns (demo).",
  },
  "tui-tho-cam-nung": {
    title: "Nùng brocade bag",
    description: "Shoulder bag sewn from hand-woven Nùng brocade (demo).",
  },
  "homestay-cong-dong-vu-lang": {
    title: "Vũ Lăng community homestay",
    description:
      "Stay in a stilt house, share meals with a Tày family and visit the mandarin orchards (demo).",
  },
  "du-lich-sinh-thai-huu-lien": {
    title: "Hữu Liên eco-tourism day",
    description:
      "A day of walking and cycling around the Hữu Liên valley with lunch at a homestay (demo).",
  },
  "na-say-deo-chi-lang": {
    title: "Chi Lăng dried custard apple",
    description: "Chi Lăng custard apple, seeded and dried soft (demo).",
  },
  "siro-dao-mau-son": {
    title: "Mẫu Sơn peach syrup",
    description: "Peaches steeped in rock sugar, to mix with water (demo).",
  },
}

/** Option titles, by their Vietnamese text. */
export const OPTION_TITLE_EN: Record<string, string> = {
  "Quy cách": "Pack",
  "Dung tích": "Volume",
  "Kích thước": "Size",
  Kiểu: "Style",
  Gói: "Package",
}

/** Variant titles and option values, by their Vietnamese text. */
export const VARIANT_TITLE_EN: Record<string, string> = {
  "Túi 1 kg": "1 kg bag",
  "Hộp quà 3 kg": "3 kg gift box",
  "Túi 2 kg": "2 kg bag",
  "Túi 5 kg": "5 kg bag",
  "Cái 1 kg": "1 kg cake",
  "Chai 500 ml": "500 ml bottle",
  "Can 2 lít": "2 litre jug",
  "Hộp 2 kg": "2 kg box",
  "Túi 500 g": "500 g bag",
  "Chai 50 ml": "50 ml bottle",
  "Chai 100 ml": "100 ml bottle",
  "Lon 330 ml": "330 ml can",
  "Thùng 24 lon": "Case of 24 cans",
  "Hộp 1 kg": "1 kg box",
  "Hộp 200 g": "200 g box",
  "Chai 1 lít": "1 litre bottle",
  "Hũ 500 g": "500 g jar",
  "Hũ 400 g": "400 g jar",
  "40 × 160 cm": "40 × 160 cm",
  "Túi đeo vai": "Shoulder bag",
  "1 đêm, 2 khách": "1 night, 2 guests",
  "2 đêm, 2 khách": "2 nights, 2 guests",
  "Gói 1 ngày": "1-day package",
  "Túi 250 g": "250 g bag",
}
