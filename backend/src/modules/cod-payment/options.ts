import { parseVnd } from "@ocop/core"
import type { SettingsCheck } from "../../lib/settings-check"

/** Cash on delivery's contract: its Medusa id, its options and how they are read. */

/** Medusa names providers pp_{identifier}_{id}; regions enable them by this id. */
export const COD_PROVIDER_ID = "pp_cod_cod"

export interface CodProviderOptions {
  /** Largest order total in đồng that may be paid on delivery. */
  maxOrderVnd: number
}

export const DEFAULT_COD_MAX_ORDER_VND = 5_000_000

/** COD_MAX_ORDER_VND: whole đồng, "5000000" or "5.000.000" as people write it. */
export function readCodOptions(env: NodeJS.ProcessEnv): SettingsCheck<CodProviderOptions> {
  const raw = env.COD_MAX_ORDER_VND
  if (raw === undefined || raw.trim() === "") {
    return { value: { maxOrderVnd: DEFAULT_COD_MAX_ORDER_VND }, problems: [] }
  }
  // "1.5" is refused, not read as 15.
  const parsed = parseVnd(raw)
  if (!parsed.ok || parsed.value <= 0) {
    return {
      value: { maxOrderVnd: DEFAULT_COD_MAX_ORDER_VND },
      problems: [`COD_MAX_ORDER_VND must be a positive whole number of đồng (got "${raw}")`],
    }
  }
  return { value: { maxOrderVnd: parsed.value }, problems: [] }
}

/** The payment module's registration of this provider. */
export function codPaymentProvider(options: CodProviderOptions) {
  return { resolve: "./src/modules/cod-payment", id: "cod", options: { ...options } }
}
