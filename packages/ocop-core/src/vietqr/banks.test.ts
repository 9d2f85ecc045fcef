import { BANKS, bankByBin } from "./banks"

describe("banks", () => {
  it("lists the common BINs once each", () => {
    expect(BANKS).toHaveLength(10)
    expect(new Set(BANKS.map((b) => b.bin)).size).toBe(10)
    for (const bank of BANKS) expect(bank.bin).toMatch(/^970\d{3}$/)
  })

  it.each([
    ["970436", "Vietcombank"],
    ["970415", "VietinBank"],
    ["970418", "BIDV"],
    ["970405", "Agribank"],
    ["970407", "Techcombank"],
    ["970422", "MB"],
    ["970416", "ACB"],
    ["970432", "VPBank"],
    ["970403", "Sacombank"],
    ["970423", "TPBank"],
  ])("%s is %s", (bin, shortName) => {
    expect(bankByBin(bin)?.shortName).toBe(shortName)
  })

  it("trims input and returns undefined for unknown BINs", () => {
    expect(bankByBin(" 970416 ")?.shortName).toBe("ACB")
    expect(bankByBin("970999")).toBeUndefined()
  })
})
