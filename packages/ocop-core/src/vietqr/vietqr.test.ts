import fc from "fast-check"
import { BANKS } from "./banks"
import { buildVietQr, type VietQrInput } from "./build"
import { crc16CcittFalse } from "./crc16"
import { parseVietQr } from "./parse"
import { encodeTlv } from "./tlv"

const NAPAS_EXAMPLE =
  "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8"

/** Appends a correct CRC so that tests reach the checks after it. */
function withCrc(body: string): string {
  const head = `${body}6304`
  return `${head}${crc16CcittFalse(head)}`
}

function merchant(bin: string, account: string, service = "QRIBFTTA"): string {
  return encodeTlv([
    { id: "00", value: "A000000727" },
    {
      id: "01",
      value: encodeTlv([
        { id: "00", value: bin },
        { id: "01", value: account },
      ]),
    },
    { id: "02", value: service },
  ])
}

describe("buildVietQr", () => {
  it("reproduces the public NAPAS example byte for byte", () => {
    expect(
      buildVietQr({
        bin: "970416",
        accountNumber: "257678859",
        amount: 1000,
        purpose: "Chuyen tien",
      })
    ).toBe(NAPAS_EXAMPLE)
  })

  it("makes a static QR without amount or purpose", () => {
    const payload = buildVietQr({ bin: "970436", accountNumber: "0011001234567", purpose: "" })
    expect(payload).toMatch(/^000201010211/)
    expect(payload).not.toContain("5404")
    expect(payload).not.toContain("62")
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)))
  })

  it("uses the card service when asked", () => {
    expect(
      buildVietQr({ bin: "970436", accountNumber: "9704361234567890", service: "card" })
    ).toContain("0208QRIBFTTC")
  })

  it.each<[Partial<VietQrInput>, RegExp]>([
    [{ bin: "97041" }, /BIN/],
    [{ bin: "97041a" }, /BIN/],
    [{ accountNumber: "" }, /Account number/],
    [{ accountNumber: "1234-5678" }, /Account number/],
    [{ accountNumber: "12345678901234567890" }, /Account number/],
    [{ amount: 0 }, /Amount/],
    [{ amount: -1000 }, /Amount/],
    [{ amount: 1000.5 }, /Amount/],
    [{ amount: 10_000_000_000_000 }, /Amount/],
    [{ purpose: "x".repeat(26) }, /toVietQrPurpose/],
    [{ purpose: "Chuyển tiền" }, /ASCII/],
  ])("refuses %j", (change, message) => {
    expect(() => buildVietQr({ bin: "970416", accountNumber: "257678859", ...change })).toThrow(
      message
    )
  })
})

describe("parseVietQr", () => {
  it("reads the public NAPAS example", () => {
    expect(parseVietQr(NAPAS_EXAMPLE)).toEqual({
      ok: true,
      value: {
        initiation: "dynamic",
        bin: "970416",
        accountNumber: "257678859",
        service: "account",
        amount: 1000,
        purpose: "Chuyen tien",
      },
    })
  })

  it("accepts surrounding whitespace and a lower-case CRC", () => {
    const lower = `${NAPAS_EXAMPLE.slice(0, -4)}bbb8`
    expect(parseVietQr(`  ${lower}\n`).ok).toBe(true)
  })

  it("reports a CRC mismatch", () => {
    const tampered = NAPAS_EXAMPLE.replace("54041000", "54049000")
    expect(parseVietQr(tampered)).toEqual({
      ok: false,
      error: expect.stringContaining("CRC mismatch"),
    })
  })

  it("ignores fields VietQR does not use and additional data without a purpose", () => {
    const body = [
      "000201",
      "010211",
      `38${String(merchant("970436", "123456").length).padStart(2, "0")}${merchant("970436", "123456")}`,
      "5303704",
      "5802VN",
      "5905SHOP1",
      "62070703POS",
    ].join("")
    expect(parseVietQr(withCrc(body))).toEqual({
      ok: true,
      value: { initiation: "static", bin: "970436", accountNumber: "123456", service: "account" },
    })
  })

  const account = merchant("970416", "257678859")
  const base = { "00": "01", "01": "12", "38": account, "53": "704", "54": "1000", "58": "VN" }
  const build = (fields: Record<string, string | undefined>) =>
    withCrc(
      encodeTlv(
        Object.entries({ ...base, ...fields })
          .filter((entry): entry is [string, string] => entry[1] !== undefined)
          .map(([id, value]) => ({ id, value }))
      )
    )

  it.each<[string, Record<string, string | undefined>, string]>([
    ["a wrong payload format", { "00": "02" }, "payload format"],
    ["a missing initiation method", { "01": undefined }, "Missing initiation method"],
    ["an unknown initiation method", { "01": "13" }, "initiation method"],
    ["another currency", { "53": "840" }, "currency"],
    ["another country", { "58": "TH" }, "country"],
    ["no account", { "38": undefined }, "Missing VietQR account"],
    ["another scheme's GUID", { "38": account.replace("A000000727", "A000000999") }, "NAPAS GUID"],
    [
      "a missing beneficiary",
      { "38": encodeTlv([{ id: "00", value: "A000000727" }]) },
      "beneficiary",
    ],
    [
      "a missing BIN",
      {
        "38": encodeTlv([
          { id: "00", value: "A000000727" },
          { id: "01", value: encodeTlv([{ id: "01", value: "123" }]) },
        ]),
      },
      "bank BIN",
    ],
    ["an unknown service", { "38": merchant("970416", "1", "QRPUSH") }, "service"],
    ["a fractional amount", { "54": "1000.5" }, "Amount"],
    ["a zero amount", { "54": "0" }, "Amount"],
    ["a 14-digit amount", { "54": "10000000000000" }, "Amount"],
  ])("reports %s", (_, fields, message) => {
    expect(parseVietQr(build(fields))).toEqual({
      ok: false,
      error: expect.stringContaining(message),
    })
  })

  it("reports malformed TLV and a missing CRC", () => {
    expect(parseVietQr("000201010412")).toEqual({
      ok: false,
      error: expect.stringContaining("truncated"),
    })
    expect(parseVietQr("000201")).toEqual({ ok: false, error: expect.stringContaining("CRC") })
    expect(parseVietQr("")).toEqual({ ok: false, error: expect.stringContaining("CRC") })
    expect(parseVietQr("0002016303ABC")).toEqual({
      ok: false,
      error: expect.stringContaining("CRC"),
    })
  })

  it("round-trips buildVietQr", () => {
    const input = fc.record(
      {
        bin: fc.constantFrom(...BANKS.map((bank) => bank.bin)),
        accountNumber: fc.stringMatching(/^\d{6,19}$/),
        amount: fc.integer({ min: 1, max: 9_999_999_999_999 }),
        purpose: fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
          minLength: 1,
          maxLength: 25,
        }),
        service: fc.constantFrom("account" as const, "card" as const),
      },
      { requiredKeys: ["bin", "accountNumber"] }
    )
    fc.assert(
      fc.property(input, (qr) => {
        const parsed = parseVietQr(buildVietQr(qr))
        expect(parsed).toEqual({
          ok: true,
          value: {
            ...qr,
            service: qr.service ?? "account",
            initiation: qr.amount === undefined ? "static" : "dynamic",
          },
        })
      }),
      { numRuns: 300 }
    )
  })
})
