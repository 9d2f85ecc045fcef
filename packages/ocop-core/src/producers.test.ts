import { isProducerKind, PRODUCER_KIND_NAMES, PRODUCER_KINDS } from "./producers"

describe("producer kinds", () => {
  it("lists company, cooperative, cooperative group and household, each named in both languages", () => {
    expect(PRODUCER_KINDS).toEqual(["company", "cooperative", "cooperative_group", "household"])
    for (const kind of PRODUCER_KINDS) {
      expect(PRODUCER_KIND_NAMES[kind].vi).not.toBe("")
      expect(PRODUCER_KIND_NAMES[kind].en).not.toBe("")
    }
    expect(PRODUCER_KIND_NAMES.cooperative.vi).toBe("Hợp tác xã")
  })

  it("recognises only the listed kinds", () => {
    expect(isProducerKind("household")).toBe(true)
    expect(isProducerKind("farm")).toBe(false)
    expect(isProducerKind(1)).toBe(false)
  })
})
