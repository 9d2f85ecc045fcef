import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOcopProducerStep,
  deleteOcopProducerStep,
  updateOcopProducerStep,
  validateOcopProducerStep,
} from "./steps/producer-steps"
import { refreshOcopSearchKeysStep } from "./steps/profile-steps"
import type { CreateOcopProducerInput, UpdateOcopProducerInput } from "./types"

export const createOcopProducerWorkflow = createWorkflow(
  "create-ocop-producer",
  (input: CreateOcopProducerInput) => {
    const data = validateOcopProducerStep({ fields: input })
    const producer = createOcopProducerStep(data as CreateOcopProducerInput)
    return new WorkflowResponse(producer)
  }
)

/** Updates a producer and, because its name is part of each product's search key, refreshes those. */
export const updateOcopProducerWorkflow = createWorkflow(
  "update-ocop-producer",
  (input: UpdateOcopProducerInput) => {
    const validateInput = transform({ input }, ({ input }) => {
      const { id, ...fields } = input
      return { id, fields }
    })
    const data = validateOcopProducerStep(validateInput)
    const updateInput = transform({ data, input }, ({ data, input }) => ({ ...data, id: input.id }))
    const producer = updateOcopProducerStep(updateInput)
    refreshOcopSearchKeysStep({ producer_id: input.id })
    return new WorkflowResponse(producer)
  }
)

export const deleteOcopProducerWorkflow = createWorkflow(
  "delete-ocop-producer",
  (input: { id: string }) => {
    const deleted = deleteOcopProducerStep(input.id)
    return new WorkflowResponse(deleted)
  }
)
