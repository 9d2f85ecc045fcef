import { csvField, toCsv, UTF8_BOM } from "./csv"

describe("CSV export", () => {
  it("quotes per RFC 4180 only when needed and doubles quotes", () => {
    expect(csvField("Công ty TNHH Rượu Mẫu Sơn")).toBe("Công ty TNHH Rượu Mẫu Sơn")
    expect(csvField('Công ty "Anh Đào", chi nhánh 1')).toBe('"Công ty ""Anh Đào"", chi nhánh 1"')
    expect(csvField("dòng 1\r\ndòng 2")).toBe('"dòng 1\r\ndòng 2"')
    expect(csvField(null)).toBe("")
    expect(csvField(undefined)).toBe("")
    expect(csvField(120000)).toBe("120000")
    expect(csvField(-5)).toBe("-5")
  })

  it("defuses cells that spreadsheets would run as formulas", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvField("+84 912")).toBe("'+84 912")
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)")
  })

  it("starts with a BOM and ends every line with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", "Hà Nội, VN"]])
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,"Hà Nội, VN"\r\n`)
  })
})
