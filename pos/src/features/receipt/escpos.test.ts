import type { OutboxSale } from "../../db/schema"
import { testRegister } from "../../test-support"
import { encodeReceipt, toCp1258Text } from "./escpos"
import { buildReceiptDocument } from "./receipt"

const sale = {
  kind: "sale",
  clientId: "5f0c8f7e-4a53-4c8e-9b1e-3b2a1f0e9d11",
  payload: {
    client_id: "5f0c8f7e-4a53-4c8e-9b1e-3b2a1f0e9d11",
    sale_number: "CH1-000042",
    shift_id: "s",
    clerk_id: "clerk_lan",
    created_at: "2026-12-01T03:05:00.000Z",
    lines: [],
    tenders: [{ kind: "cash", amount: 185_000, received: 200_000 }],
    einvoice: null,
  },
  receipt: {
    registerCode: "CH1",
    clerkName: "Nguyễn Thị Lan",
    lines: [
      {
        title: "Quýt vàng Bắc Sơn",
        variantTitle: "Hộp quà 3 kg",
        stars: 4,
        quantity: 1,
        unitPrice: 185_000,
        discount: 0,
        net: 185_000,
        vatRatePercent: 5,
      },
    ],
    gross: 185_000,
    discountTotal: 0,
    total: 185_000,
    vatByRate: [{ ratePercent: 5, gross: 185_000, vat: 8_810 }],
    change: 15_000,
  },
} as unknown as OutboxSale

const bytesOf = (text: string) => [...text].map((c) => c.charCodeAt(0))

function indexOfBytes(haystack: Uint8Array, needle: number[]): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

describe("ESC/POS receipt", () => {
  it("writes tone marks as code page 1258 combining characters", () => {
    expect(toCp1258Text("Quýt")).toBe("Quy\u0301t")
    expect(toCp1258Text("Rượu")).toBe("R\u01b0\u01a1\u0323u")
    expect(toCp1258Text("Đồng")).toBe("Đ\u00f4\u0300ng")
    expect(toCp1258Text("ABC 123")).toBe("ABC 123")
  })

  it.each(["80mm", "58mm"] as const)("encodes a whole receipt for %s paper", (paper) => {
    const doc = buildReceiptDocument(sale, testRegister, "https://pos.example")
    const bytes = encodeReceipt(doc, paper)
    // ESC @ initialises, ESC t selects the code page, GS V cuts
    expect([...bytes.slice(0, 2)]).toEqual([0x1b, 0x40])
    expect(indexOfBytes(bytes, [0x1b, 0x74])).toBeGreaterThan(0)
    expect(indexOfBytes(bytes, [0x1d, 0x56])).toBeGreaterThan(0)
    expect(indexOfBytes(bytes, bytesOf("CH1-000042"))).toBeGreaterThan(0)
    expect(indexOfBytes(bytes, bytesOf("185.000"))).toBeGreaterThan(0)
    expect(indexOfBytes(bytes, bytesOf("15.000"))).toBeGreaterThan(0)
    // "Quýt" → Q u y 0xEC (combining acute in CP1258) t
    expect(indexOfBytes(bytes, [0x51, 0x75, 0x79, 0xec, 0x74])).toBeGreaterThan(0)
    // the QR (GS ( k … store data) carries the look-up address
    expect(indexOfBytes(bytes, [0x1d, 0x28, 0x6b])).toBeGreaterThan(0)
    expect(indexOfBytes(bytes, bytesOf(doc.lookupUrl))).toBeGreaterThan(0)
    // no line wider than the paper
    const text = new TextDecoder("latin1").decode(bytes)
    const printable = text
      .split(/\r?\n/)
      .map((l) => [...l].filter((c) => c.charCodeAt(0) >= 0x20).join(""))
    expect(
      Math.max(...printable.filter((l) => !l.includes("http")).map((l) => l.length))
    ).toBeLessThanOrEqual(paper === "80mm" ? 48 + 4 : 32 + 4)
  })
})
