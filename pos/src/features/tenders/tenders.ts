import { buildVietQr, checkTenders, toVietQrPurpose } from "@ocop/core"
import type { PosRegister, PosTenderInput } from "@ocop/sdk"

/** Vietnamese banknotes in circulation (polymer and cotton), smallest first. */
export const VND_NOTES = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000]

/**
 * Buttons for cash handed over: the exact amount, then the amounts a customer is likely to hand
 * over for it — the due rounded up to each note (10 000, 50 000, …), and one or two 500 000s.
 */
export function quickCashAmounts(due: number, count = 5): number[] {
  if (due <= 0) return []
  const amounts = new Set<number>([due])
  for (const note of [10_000, 20_000, 50_000, 100_000, 200_000, 500_000]) {
    amounts.add(Math.ceil(due / note) * note)
  }
  amounts.add((Math.floor(due / 500_000) + 1) * 500_000)
  return [...amounts].sort((a, b) => a - b).slice(0, count)
}

export function paidSoFar(tenders: readonly PosTenderInput[]): number {
  return tenders.reduce((sum, tender) => sum + tender.amount, 0)
}

export function remainingDue(total: number, tenders: readonly PosTenderInput[]): number {
  return Math.max(0, total - paidSoFar(tenders))
}

/** Cash for the rest of the sale (or part of it): the tender pays at most what is still due. */
export function cashTender(due: number, received: number): PosTenderInput {
  return { kind: "cash", amount: Math.min(due, received), received }
}

export function changeDue(total: number, tenders: readonly PosTenderInput[]): number {
  const result = checkTenders(total, tenders)
  return result.ok ? result.value : 0
}

export function isFullyPaid(total: number, tenders: readonly PosTenderInput[]): boolean {
  return total > 0 && checkTenders(total, tenders).ok
}

/**
 * VietQR reference: the device's reference prefix + its own 6-digit counter ("CH1A000123"),
 * unique per register without asking the server, within the 19 characters every bank keeps of
 * a transfer note.
 */
export function vietQrReference(referencePrefix: string, sequence: number): string {
  const prefix = referencePrefix.replace(/[^A-Za-z0-9]/g, "").toUpperCase()
  return `${prefix}${String(sequence).padStart(6, "0")}`
}

export function vietQrPayload(register: PosRegister, amount: number, reference: string): string {
  return buildVietQr({
    bin: register.vietqr.bank_bin,
    accountNumber: register.vietqr.account_number,
    amount,
    purpose: toVietQrPurpose(reference, 19),
    service: register.vietqr.service,
  })
}
