import { model } from "@medusajs/framework/utils"
import { OcopProducer } from "./producer"

/**
 * The OCOP side of a catalog product: group, origin, producer and the flags that checkout and
 * promotions need. One profile per product (read-only link on product_id). The certificate in
 * force is never copied here: it is chosen from the history on the day asked
 * (`certificateInForce` in @ocop/core).
 */
export const OcopProductProfile = model
  .define("ocop_product_profile", {
    id: model.id({ prefix: "ocpp" }).primaryKey(),
    product_id: model.text().unique(),
    // OCOP product group code and sub-group (data in @ocop/core product-groups)
    product_group: model.text(),
    sub_group: model.text().nullable(),
    // Brand/origin label as sold ("Quýt vàng Bắc Sơn"): not an address
    origin_label: model.text().nullable(),
    province_code: model.text(),
    ward_code: model.text().nullable(),
    address_schema: model.text().default("2025"),
    legacy_district: model.text().nullable(),
    is_alcohol: model.boolean().default(false),
    // % alcohol by volume; promotions are banned at 15 % and above
    abv: model.float().nullable(),
    // VAT category key in @ocop/core's VAT schedule (fresh_produce, processed_food, alcohol…)
    vat_category: model.text().default("standard"),
    // toSearchKey(title + origin + producer): diacritics- and đ-insensitive search
    search_key: model.text().default(""),
    is_demo: model.boolean().default(false),
    producer: model.belongsTo(() => OcopProducer, { mappedBy: "products" }).nullable(),
  })
  .indexes([{ on: ["product_group"] }, { on: ["legacy_district"] }, { on: ["ward_code"] }])
