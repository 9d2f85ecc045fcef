import type { OcopStarRating } from "./stars"

export const ISSUER_LEVELS = ["district", "province", "central"] as const
export type IssuerLevel = (typeof ISSUER_LEVELS)[number]

export const ISSUER_LEVEL_NAMES: Readonly<Record<IssuerLevel, { vi: string; en: string }>> = {
  district: { vi: "UBND cấp huyện", en: "District People's Committee" },
  province: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
  central: { vi: "Trung ương", en: "Central government" },
}

/** Districts were abolished by the 2025 reform; from this day they issue nothing. */
export const DISTRICT_LEVEL_ABOLISHED_ON = "2025-07-01"

export function isIssuerLevel(value: unknown): value is IssuerLevel {
  return typeof value === "string" && (ISSUER_LEVELS as readonly string[]).includes(value)
}

/**
 * Who may recognise each star rating. 3★ is allowed to district or province for decisions before
 * the 2025 reform because early rounds differed between provinces; after it only the province.
 */
export function issuerLevelsForStars(stars: OcopStarRating, decisionDay: string): IssuerLevel[] {
  if (stars === 5) return ["central"]
  if (stars === 4) return ["province"]
  return decisionDay < DISTRICT_LEVEL_ABOLISHED_ON ? ["district", "province"] : ["province"]
}

export interface LegalBasis {
  /** Decision number as written in Vietnamese, e.g. "148/QĐ-TTg". */
  code: string
  year: number
  /** Signing date, when known from a verified source. */
  issuedOn?: string
  en: string
  /** Codes of the decisions this one replaces or amends. */
  replaces?: readonly string[]
  amends?: readonly string[]
}

/** Prime Minister decisions behind OCOP criteria, oldest first. Kept per certificate as data. */
export const LEGAL_BASES: readonly LegalBasis[] = [
  {
    code: "1048/QĐ-TTg",
    year: 2019,
    issuedOn: "2019-08-21",
    en: "OCOP evaluation and rating criteria",
  },
  {
    code: "781/QĐ-TTg",
    year: 2021,
    // Exact signing date not verified; only the year is recorded.
    en: "Amended annexes of the 1048 criteria",
    amends: ["1048/QĐ-TTg"],
  },
  {
    code: "148/QĐ-TTg",
    year: 2023,
    issuedOn: "2023-02-24",
    en: "OCOP criteria and rating procedure (replaces 1048 and 781)",
    replaces: ["1048/QĐ-TTg", "781/QĐ-TTg"],
  },
  {
    code: "1489/QĐ-TTg",
    year: 2025,
    issuedOn: "2025-07-06",
    en: "Amendment of 148 after the two-level local government reform",
    amends: ["148/QĐ-TTg"],
  },
]

export function legalBasisByCode(code: string): LegalBasis | undefined {
  return LEGAL_BASES.find((basis) => basis.code === code.normalize("NFC").trim())
}
