import { model } from "@medusajs/framework/utils"
import { PRODUCER_KINDS } from "@ocop/core"
import { OcopProductProfile } from "./product-profile"

/** A producer (chủ thể OCOP): the company, cooperative or household behind OCOP products. */
export const OcopProducer = model
  .define("ocop_producer", {
    id: model.id({ prefix: "ocpr" }).primaryKey(),
    // URL-safe identifier used by the store API: /store/ocop/producers/:handle
    handle: model.text().unique(),
    name: model.text().searchable(),
    kind: model.enum([...PRODUCER_KINDS]),
    // 10 digits, 10-3 for a branch, or the 12-digit personal id of a household (validated in @ocop/core)
    tax_id: model.text().nullable(),
    // Post-2025 address: province code + ward/commune code, with the code list they belong to
    province_code: model.text(),
    ward_code: model.text().nullable(),
    address_schema: model.text().default("2025"),
    address_line: model.text().nullable(),
    // District before the 2025 reform (e.g. "Bắc Sơn"): history and brand, not an address
    legacy_district: model.text().nullable(),
    phone: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    photos: model.json().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    is_demo: model.boolean().default(false),
    metadata: model.json().nullable(),
    products: model.hasMany(() => OcopProductProfile, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["legacy_district"] }, { on: ["province_code", "ward_code"] }])
