import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cleanText, normalizeProfileFields, productSearchKey } from "@ocop/core"
import { invalidFields } from "../errors"
import type { OcopProductProfileRecord, SetOcopProductProfileInput } from "../types"
import { assertCatalogProductExists } from "./catalog-product"
import { definedKeys, ocopService, type ProfileWrite, pick } from "./ocop-service"

/** Checks the profile against the catalog (the product exists) and the OCOP rules. */
export const validateOcopProductProfileStep = createStep(
  "validate-ocop-product-profile",
  async (input: SetOcopProductProfileInput, { container }) => {
    await assertCatalogProductExists(container, input.product_id)

    const { data, problems } = normalizeProfileFields(input)
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
      search_key: productSearchKey({
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
