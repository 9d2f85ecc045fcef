import { DEFAULT_COD_MAX_ORDER_VND, readCodOptions } from "./options"

describe("COD provider options", () => {
  it("cap cash on delivery at 5.000.000 ₫ unless told otherwise, written either way", () => {
    expect(readCodOptions({}).value.maxOrderVnd).toBe(DEFAULT_COD_MAX_ORDER_VND)
    expect(readCodOptions({ COD_MAX_ORDER_VND: "3.000.000" }).value.maxOrderVnd).toBe(3_000_000)
    expect(readCodOptions({ COD_MAX_ORDER_VND: "3000000" }).value.maxOrderVnd).toBe(3_000_000)
  })

  it("name the variable when it is not a positive whole number of đồng", () => {
    for (const value of ["1.5", "0", "-5", "năm triệu"]) {
      expect(readCodOptions({ COD_MAX_ORDER_VND: value }).problems).toEqual([
        expect.stringContaining("COD_MAX_ORDER_VND"),
      ])
    }
  })
})
