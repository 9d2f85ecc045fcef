import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { compareVi } from "@ocop/core"
import type { PosClerkSummary, PosRegister } from "@ocop/sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { resolveVietQrProvider } from "../../../modules/vietqr-payment/resolve"

export type PosService = PosModuleService

export function posService(container: MedusaContainer): PosModuleService {
  return container.resolve<PosModuleService>(POS_MODULE)
}

interface RegisterRow {
  id: string
  code: string
  name: string
  kind: "store" | "booth"
  sales_channel_id: string
  stock_location_id: string
  region_id: string
  receipt: Record<string, unknown>
  vietqr: Record<string, unknown> | null
  discount_approval_percent: number
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null
}

/** The register's own VietQR account, or the shop's (the VietQR provider's) when it has none. */
function vietQrAccount(container: MedusaContainer, own: Record<string, unknown> | null) {
  if (own && text(own.bank_bin) && text(own.account_number)) {
    return {
      bank_bin: String(own.bank_bin),
      account_number: String(own.account_number),
      account_name: text(own.account_name) ?? "",
      service: own.service === "card" ? ("card" as const) : ("account" as const),
    }
  }
  const shop = resolveVietQrProvider(container).shopAccount()
  return {
    bank_bin: shop.bankBin,
    account_number: shop.accountNumber,
    account_name: shop.accountName,
    service: shop.service === "card" ? ("card" as const) : ("account" as const),
  }
}

/** A register as a tablet sees it: channel key, region currency, receipt header, VietQR account. */
export async function loadRegisterView(
  container: MedusaContainer,
  registerId: string
): Promise<PosRegister> {
  const [register] = (await posService(container).listPosRegisters({
    id: registerId,
  })) as unknown as RegisterRow[]
  if (!register) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Register ${registerId} was not found`)
  }
  return (await presentRegisters(container, [register]))[0] as PosRegister
}

export async function presentRegisters(
  container: MedusaContainer,
  registers: RegisterRow[]
): Promise<PosRegister[]> {
  if (registers.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: channels }, { data: regions }] = await Promise.all([
    query.graph({
      entity: "sales_channel",
      fields: ["id", "publishable_api_keys.token", "publishable_api_keys.revoked_at"],
      filters: { id: registers.map((register) => register.sales_channel_id) },
    }),
    query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { id: registers.map((register) => register.region_id) },
    }),
  ])
  return registers.map((register) => {
    const channel = channels.find((candidate) => candidate.id === register.sales_channel_id)
    const keys = (channel?.publishable_api_keys ?? []) as Array<{
      token: string
      revoked_at: Date | string | null
    } | null>
    const key = keys.find((candidate) => candidate && !candidate.revoked_at)
    const region = regions.find((candidate) => candidate.id === register.region_id)
    const receipt = register.receipt ?? {}
    return {
      id: register.id,
      code: register.code,
      name: register.name,
      kind: register.kind,
      sales_channel_id: register.sales_channel_id,
      stock_location_id: register.stock_location_id,
      publishable_key: key?.token ?? "",
      region_id: register.region_id,
      currency_code: region?.currency_code ?? "vnd",
      receipt: {
        shop_name: text(receipt.shop_name) ?? register.name,
        address: text(receipt.address) ?? "",
        tax_id: text(receipt.tax_id),
        phone: text(receipt.phone),
        footer_vi: text(receipt.footer_vi),
        footer_en: text(receipt.footer_en),
      },
      vietqr: vietQrAccount(container, register.vietqr),
      discount_approval_percent: register.discount_approval_percent,
    }
  })
}

/** Active clerks of a register, managers first, then by name (Vietnamese order). */
export async function listClerkSummaries(
  container: MedusaContainer,
  registerId: string
): Promise<PosClerkSummary[]> {
  const clerks = await posService(container).listPosClerks({
    register_id: registerId,
    is_active: true,
  })
  return clerks
    .map((clerk) => ({ id: clerk.id, name: clerk.name, role: clerk.role }))
    .sort((a, b) => (a.role === b.role ? compareVi(a.name, b.name) : a.role === "manager" ? -1 : 1))
}
