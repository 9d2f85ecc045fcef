import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeProducerFields } from "@ocop/core"
import { invalidField, invalidFields, notFound } from "../errors"
import type { CreateOcopProducerInput, OcopProducerFields, OcopProducerRecord } from "../types"
import { definedKeys, ocopService, type ProducerWrite, pick } from "./ocop-service"

export interface ValidateProducerInput {
  /** Set on update: the producer must exist and may keep its own handle. */
  id?: string
  fields: OcopProducerFields
}

/** Cleans and checks producer fields; fails with every problem named by its field. */
export const validateOcopProducerStep = createStep(
  "validate-ocop-producer",
  async (input: ValidateProducerInput, { container }) => {
    const ocop = ocopService(container)
    if (input.id) {
      const [existing] = await ocop.listOcopProducers({ id: input.id }, { select: ["id"] })
      if (!existing) throw notFound("OCOP producer", input.id)
    }
    const { data, problems } = normalizeProducerFields(input.fields, { isCreate: !input.id })
    if (data.handle && !problems.some((problem) => problem.field === "handle")) {
      const clash = await ocop.listOcopProducers({ handle: data.handle }, { select: ["id"] })
      if (clash.some((producer) => producer.id !== input.id)) {
        problems.push({ field: "handle", message: `"${data.handle}" is already used` })
      }
    }
    if (problems.length) throw invalidFields(problems)
    return new StepResponse(data)
  }
)

export const createOcopProducerStep = createStep(
  "create-ocop-producer",
  async (data: CreateOcopProducerInput, { container }) => {
    const producer = await ocopService(container).createOcopProducers(data as ProducerWrite)
    return new StepResponse(producer, producer.id)
  },
  async (id, { container }) => {
    if (!id) return
    await ocopService(container).deleteOcopProducers(id)
  }
)

export const updateOcopProducerStep = createStep(
  "update-ocop-producer",
  async (input: OcopProducerFields & { id: string }, { container }) => {
    const ocop = ocopService(container)
    const { id, ...fields } = input
    const keys = definedKeys(fields)
    const previous = await ocop.retrieveOcopProducer(id)
    const changes = pick(fields, keys) as ProducerWrite
    const producer = await ocop.updateOcopProducers({ ...changes, id })
    const restore: Record<string, unknown> = { id }
    for (const key of keys) restore[key] = previous[key as keyof OcopProducerRecord]
    return new StepResponse(producer, restore as ProducerWrite & { id: string })
  },
  async (previous, { container }) => {
    if (!previous) return
    await ocopService(container).updateOcopProducers(previous)
  }
)

/**
 * Soft-deletes a producer that no product points to any more; products must be moved to another
 * producer first, so no profile is left pointing at a deleted producer.
 */
export const deleteOcopProducerStep = createStep(
  "delete-ocop-producer",
  async (id: string, { container }) => {
    const ocop = ocopService(container)
    const [existing] = await ocop.listOcopProducers({ id }, { select: ["id"] })
    if (!existing) throw notFound("OCOP producer", id)
    const [, count] = await ocop.listAndCountOcopProductProfiles(
      { producer_id: id },
      { select: ["id"], take: 1 }
    )
    if (count > 0) {
      throw invalidField(
        "id",
        `producer still has ${count} product(s); move them to another producer first`
      )
    }
    await ocop.softDeleteOcopProducers(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await ocopService(container).restoreOcopProducers(id)
  }
)
