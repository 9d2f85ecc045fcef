import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

type Service = OcopModuleService

/** One record as the generated create methods take it (their last overload takes an array). */
export type ProducerWrite = Parameters<Service["createOcopProducers"]>[0][number]
export type CertificateWrite = Parameters<Service["createOcopCertificates"]>[0][number]
export type ProfileWrite = Parameters<Service["createOcopProductProfiles"]>[0][number]

export function ocopService(container: MedusaContainer): OcopModuleService {
  return container.resolve<OcopModuleService>(OCOP_MODULE)
}

/** The values of `keys` in `record`, to put back on compensation. */
export function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]) {
  const picked = {} as Pick<T, K>
  for (const key of keys) picked[key] = record[key]
  return picked
}

/** Keys whose value is not undefined: an update writes only what the caller sent. */
export function definedKeys<T extends object>(record: T): (keyof T)[] {
  return (Object.keys(record) as (keyof T)[]).filter((key) => record[key] !== undefined)
}
