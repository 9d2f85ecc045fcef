import { DEMO_VIETQR, readVietQrOptions } from "./options"

const development = { strict: false, production: false }
const staging = { strict: true, production: false }
const production = { strict: true, production: true }

const shop = {
  VIETQR_BANK_BIN: "970418",
  VIETQR_ACCOUNT_NUMBER: "12010000123456",
  VIETQR_ACCOUNT_NAME: "HTX NONG NGHIEP BAC SON",
  VIETQR_WEBHOOK_SECRET: "a-long-production-webhook-secret",
  VIETQR_SEAL_SECRET: "s".repeat(40),
}

describe("VietQR provider options", () => {
  it("use a labelled demo account and development secrets on a developer's machine", () => {
    const { value, problems } = readVietQrOptions({}, development)
    expect(problems).toEqual([])
    expect(value).toMatchObject({ ...DEMO_VIETQR, service: "account", isDemo: true })
    expect(value.sealSecret).not.toBe(value.webhookSecret)
  })

  it("outside development refuse the development seal secret, and the webhook secret once a real account is set", () => {
    const demo = readVietQrOptions({}, staging).problems
    expect(demo).toHaveLength(1)
    expect(demo[0]).toMatch(/^VIETQR_SEAL_SECRET is not set/)

    const real = readVietQrOptions(
      {
        VIETQR_ACCOUNT_NUMBER: shop.VIETQR_ACCOUNT_NUMBER,
        VIETQR_WEBHOOK_SECRET: DEMO_VIETQR.webhookSecret,
      },
      staging
    ).problems
    expect(real).toEqual([
      expect.stringMatching(/^VIETQR_WEBHOOK_SECRET is the public development value/),
      expect.stringMatching(/^VIETQR_SEAL_SECRET is not set/),
    ])
    expect(
      readVietQrOptions({ ...shop, VIETQR_WEBHOOK_SECRET: "short" }, staging).problems
    ).toEqual([
      expect.stringMatching(/^VIETQR_WEBHOOK_SECRET has 5 characters; it needs at least 16/),
    ])
    expect(
      readVietQrOptions({ ...shop, VIETQR_SEAL_SECRET: "x".repeat(31) }, staging).problems
    ).toEqual([
      expect.stringMatching(/^VIETQR_SEAL_SECRET has 31 characters; it needs at least 32/),
    ])
    expect(readVietQrOptions(shop, staging)).toEqual({
      value: expect.objectContaining({ isDemo: false, sealSecret: shop.VIETQR_SEAL_SECRET }),
      problems: [],
    })
  })

  it("keep one secret per purpose, even in development", () => {
    const same = { VIETQR_WEBHOOK_SECRET: "x".repeat(40), VIETQR_SEAL_SECRET: "x".repeat(40) }
    expect(readVietQrOptions(same, development).problems).toEqual([
      expect.stringContaining("VIETQR_SEAL_SECRET must differ from VIETQR_WEBHOOK_SECRET"),
    ])
  })

  it("require the shop's real account in production", () => {
    expect(readVietQrOptions(shop, production).problems).toEqual([])
    for (const name of ["VIETQR_BANK_BIN", "VIETQR_ACCOUNT_NUMBER", "VIETQR_ACCOUNT_NAME"]) {
      const { [name]: _, ...missing } = shop as Record<string, string>
      expect(readVietQrOptions(missing, production).problems.join("\n")).toContain(name)
    }
    expect(
      readVietQrOptions({ ...shop, VIETQR_ACCOUNT_NUMBER: DEMO_VIETQR.accountNumber }, production)
        .problems
    ).toEqual([expect.stringContaining("demo account")])
  })

  it("refuse malformed values, each named", () => {
    const problems = readVietQrOptions(
      { VIETQR_BANK_BIN: "97041", VIETQR_ACCOUNT_NUMBER: "12-34", VIETQR_SERVICE: "wallet" },
      development
    ).problems
    expect(problems).toEqual([
      expect.stringContaining("VIETQR_BANK_BIN must be 6 digits"),
      expect.stringContaining("VIETQR_ACCOUNT_NUMBER must be 1 to 19 letters or digits"),
      expect.stringContaining("VIETQR_SERVICE must be account or card"),
    ])
  })
})
