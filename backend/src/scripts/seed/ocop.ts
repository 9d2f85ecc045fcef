import { isValidGroup, toNfc, validateTaxId } from "@ocop/core"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import {
  createOcopProducerWorkflow,
  issueOcopCertificateWorkflow,
  revokeOcopCertificateWorkflow,
  setOcopProductProfileWorkflow,
} from "../../workflows/ocop"
import { SEED_PRODUCERS } from "../seed-data/producers"
import { SEED_PRODUCTS } from "../seed-data/products"
import type { ProductIds } from "./catalog"
import { resolveSeedDay, type SeedContext } from "./context"

export type ProducerIds = Map<string, string>

function ocopService(ctx: SeedContext): OcopModuleService {
  return ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
}

/** Producers by handle; the tax id of each must pass the shared rule before it is written. */
export async function ensureProducers(ctx: SeedContext): Promise<ProducerIds> {
  const ocop = ocopService(ctx)
  const handles = SEED_PRODUCERS.map((producer) => producer.handle)
  const existing = await ocop.listOcopProducers(
    { handle: handles },
    { select: ["id", "handle"], take: null }
  )
  const ids: ProducerIds = new Map(existing.map((producer) => [producer.handle, producer.id]))
  let created = 0
  for (const producer of SEED_PRODUCERS) {
    if (ids.has(producer.handle)) continue
    const taxId = validateTaxId(producer.tax_id)
    if (!taxId.ok) throw new Error(`seed: producer ${producer.handle}: ${taxId.error}`)
    const { result } = await createOcopProducerWorkflow(ctx.container).run({
      input: { ...producer, tax_id: taxId.value, address_schema: "2025", photos: [] },
    })
    ids.set(producer.handle, result.id)
    created++
  }
  if (created > 0) ctx.logger.info(`seed: ${created} OCOP producers`)
  return ids
}

/** The OCOP profile of each product; an existing profile is left as it is. */
export async function ensureProductProfiles(
  ctx: SeedContext,
  products: ProductIds,
  producers: ProducerIds
): Promise<void> {
  const ocop = ocopService(ctx)
  const existing = await ocop.listOcopProductProfiles(
    { product_id: [...products.values()] },
    { select: ["product_id"], take: null }
  )
  const profiled = new Set(existing.map((profile) => profile.product_id))
  let created = 0
  for (const product of SEED_PRODUCTS) {
    const productId = products.get(product.handle)
    if (!productId) throw new Error(`seed: product ${product.handle} is missing`)
    if (profiled.has(productId)) continue
    if (!isValidGroup(product.group, product.sub_group)) {
      throw new Error(
        `seed: ${product.handle} has unknown group ${product.group}/${product.sub_group}`
      )
    }
    const producerId = producers.get(product.producer)
    if (!producerId) throw new Error(`seed: ${product.handle} names unknown producer`)
    await setOcopProductProfileWorkflow(ctx.container).run({
      input: {
        product_id: productId,
        product_group: product.group,
        sub_group: product.sub_group,
        origin_label: product.origin_label,
        province_code: product.province_code,
        ward_code: product.ward_code,
        address_schema: "2025",
        legacy_district: product.legacy_district,
        producer_id: producerId,
        is_alcohol: product.is_alcohol ?? false,
        abv: product.abv ?? null,
        vat_category: product.vat_category,
        is_demo: product.is_demo,
      },
    })
    created++
  }
  if (created > 0) ctx.logger.info(`seed: ${created} OCOP product profiles`)
}

/**
 * Certificate histories, oldest first: issuing a newer one supersedes the current one (the
 * workflow does that). A certificate is found by product and decision number; a revocation is
 * applied once.
 */
export async function ensureCertificates(ctx: SeedContext, products: ProductIds): Promise<void> {
  const ocop = ocopService(ctx)
  const existing = await ocop.listOcopCertificates(
    { product_id: [...products.values()] },
    { select: ["id", "product_id", "decision_number", "revoked_at"], take: null }
  )
  const recorded = new Map(
    existing.map((cert) => [`${cert.product_id}|${toNfc(cert.decision_number)}`, cert])
  )
  let issued = 0
  let revoked = 0
  for (const product of SEED_PRODUCTS) {
    const productId = products.get(product.handle)
    if (!productId) throw new Error(`seed: product ${product.handle} is missing`)
    for (const certificate of product.certificates) {
      const key = `${productId}|${toNfc(certificate.decision_number).trim()}`
      let found = recorded.get(key)
      if (!found) {
        const { result } = await issueOcopCertificateWorkflow(ctx.container).run({
          input: {
            product_id: productId,
            stars: certificate.stars,
            score: certificate.score ?? null,
            decision_number: certificate.decision_number,
            decision_date: resolveSeedDay(certificate.decision_date, ctx.now),
            issuer_name: certificate.issuer_name,
            issuer_level: certificate.issuer_level,
            legal_basis: certificate.legal_basis,
            round_label: certificate.round_label ?? null,
            valid_to: certificate.valid_to
              ? resolveSeedDay(certificate.valid_to, ctx.now)
              : undefined,
            metadata: certificate.metadata,
          },
        })
        found = result
        recorded.set(key, result)
        issued++
      }
      if (certificate.revoke && !found.revoked_at) {
        await revokeOcopCertificateWorkflow(ctx.container).run({
          input: {
            certificate_id: found.id,
            revoked_at: resolveSeedDay(certificate.revoke.revoked_at, ctx.now),
            reason: certificate.revoke.reason,
          },
        })
        revoked++
      }
    }
  }
  if (issued + revoked > 0) ctx.logger.info(`seed: ${issued} certificates, ${revoked} revoked`)
}
