import { addressText } from "../app/lib/format"

describe("addressText", () => {
  it("joins street, ward and province with commas, skipping empty parts", () => {
    expect(addressText(["12 Lê Lợi", "Phường Đông Kinh", "Lạng Sơn"])).toBe(
      "12 Lê Lợi, Phường Đông Kinh, Lạng Sơn"
    )
    expect(addressText(["12 Lê Lợi", "", null, undefined, "  ", "Lạng Sơn"])).toBe(
      "12 Lê Lợi, Lạng Sơn"
    )
  })

  it("says a place once when the ward field repeats the province", () => {
    expect(addressText(["211 Trần Đăng Ninh", "Lạng Sơn", "Lạng Sơn"])).toBe(
      "211 Trần Đăng Ninh, Lạng Sơn"
    )
    expect(addressText(["211 Trần Đăng Ninh", "lạng sơn", "Lạng Sơn"])).toBe(
      "211 Trần Đăng Ninh, lạng sơn"
    )
  })

  it("keeps places that differ only by their tone marks", () => {
    expect(addressText(["Xã Đồng", "Xã Dong"])).toBe("Xã Đồng, Xã Dong")
  })
})
