import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isValidGroup, VAT_CATEGORIES } from "@ocop/core"
import { type FieldProblem, invalidFields } from "../errors"
import { cleanText, cleanTextFields, profileSearchKey } from "../text"
import type { OcopProductProfileRecord, SetOcopProductProfileInput } from "../types"
import { assertCatalogProductExists } from "./catalog-product"
import { definedKeys, ocopService, type ProfileWrite, pick } from "./ocop-service"

const PROFILE_TEXT_FIELDS = [
  "product_group",
  "sub_group",
  "origin_label",
  "province_code",
  "ward_code",
  "address_schema",
  "legacy_district",
  "producer_id",
] as const satisfies readonly (keyof SetOcopProductProfileInput)[]

/** Checks the profile against the catalog (the product exists) and the OCOP rules. */
export const validateOcopProductProfileStep = createStep(
  "validate-ocop-product-profile",
  async (input: SetOcopProductProfileInput, { container }) => {
    await assertCatalogProductExists(container, input.product_id)

    const data = cleanTextFields(input, PROFILE_TEXT_FIELDS)
    const problems: FieldProblem[] = []
    if (!data.product_group || !isValidGroup(data.product_group)) {
      problems.push({
        field: "product_group",
        message: `unknown OCOP product group "${input.product_group}"`,
      })
    } else if (data.sub_group && !isValidGroup(data.product_group, data.sub_group)) {
      problems.push({
        field: "sub_group",
        message: `"${data.sub_group}" is not a sub-group of ${data.product_group}`,
      })
    }
    if (!data.province_code) problems.push({ field: "province_code", message: "must not be empty" })
    if (data.abv != null && (!Number.isFinite(data.abv) || data.abv < 0 || data.abv > 100)) {
      problems.push({ field: "abv", message: "must be a percentage from 0 to 100" })
    }
    if (data.vat_category !== undefined && !VAT_CATEGORIES.includes(data.vat_category)) {
      problems.push({
        field: "vat_category",
        message: `must be one of ${VAT_CATEGORIES.join(", ")}`,
      })
    }
    if (data.producer_id) {
      const [producer] = await ocopService(container).listOcopProducers(
        { id: data.producer_id },
        { select: ["id"] }
      )
      if (!producer) {
        problems.push({
          field: "producer_id",
          message: `no producer with id "${data.producer_id}"`,
        })
      }
    }
    if (problems.length) throw invalidFields(problems)
    return new StepResponse(data)
  }
)

type ProfileUndo = { created_id: string } | { previous: Partial<OcopProductProfileRecord> }

/** Creates the product's profile or updates the fields given; one profile per product. */
export const upsertOcopProductProfileStep = createStep(
  "upsert-ocop-product-profile",
  async (input: SetOcopProductProfileInput, { container }) => {
    const ocop = ocopService(container)
    const [existing] = await ocop.listOcopProductProfiles({ product_id: input.product_id })
    const fields = pick(input, definedKeys(input)) as ProfileWrite
    if (!existing) {
      const created = await ocop.createOcopProductProfiles(fields)
      return new StepResponse<OcopProductProfileRecord, ProfileUndo>(created, {
        created_id: created.id,
      })
    }
    const keys = definedKeys(fields) as (keyof OcopProductProfileRecord)[]
    const previous = { ...pick(existing, keys), id: existing.id }
    const updated = await ocop.updateOcopProductProfiles({ ...fields, id: existing.id })
    return new StepResponse<OcopProductProfileRecord, ProfileUndo>(updated, { previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop = ocopService(container)
    if ("created_id" in undo) await ocop.deleteOcopProductProfiles(undo.created_id)
    else await ocop.updateOcopProductProfiles(undo.previous as ProfileWrite & { id: string })
  }
)

export interface RefreshSearchKeysInput {
  product_ids?: string[]
  producer_id?: string
}

/**
 * Recomputes search_key from the catalog title (read through query.graph), origin label,
 * producer name and former district, for the given products or every product of a producer.
 */
export const refreshOcopSearchKeysStep = createStep(
  "refresh-ocop-search-keys",
  async (input: RefreshSearchKeysInput, { container }) => {
    const ocop = ocopService(container)
    const filters = input.producer_id
      ? { producer_id: input.producer_id }
      : { product_id: input.product_ids ?? [] }
    if (!input.producer_id && !input.product_ids?.length) return new StepResponse([], [])
    const profiles = await ocop.listOcopProductProfiles(filters, { relations: ["producer"] })
    if (!profiles.length) return new StepResponse([], [])

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: profiles.map((profile) => profile.product_id) },
    })
    const titles = new Map(products.map((product) => [product.id, product.title]))
    const changes = profiles.map((profile) => ({
      id: profile.id,
      search_key: profileSearchKey({
        title: cleanText(titles.get(profile.product_id)),
        origin_label: profile.origin_label,
        producer_name: profile.producer?.name,
        legacy_district: profile.legacy_district,
      }),
    }))
    const previous = profiles.map((profile) => ({ id: profile.id, search_key: profile.search_key }))
    const updated = await ocop.updateOcopProductProfiles(changes)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await ocopService(container).updateOcopProductProfiles(previous)
  }
)
