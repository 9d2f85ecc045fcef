import {
  isProducerKind,
  normalizeProducerFields,
  PRODUCER_KIND_NAMES,
  PRODUCER_KINDS,
} from "./producers"

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

describe("normalizeProducerFields", () => {
  const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field)

  it("cleans text, derives the handle from the name and normalises the tax id on create", () => {
    const { data, problems } = normalizeProducerFields(
      {
        name: " Hợp tác xã Rượu men lá Mỏ Mắm ".normalize("NFD"),
        kind: "cooperative",
        province_code: "20",
        phone: "  ",
        tax_id: "0100 112 437",
      },
      { isCreate: true }
    )
    expect(problems).toEqual([])
    expect(data.name).toBe("Hợp tác xã Rượu men lá Mỏ Mắm".normalize("NFC"))
    expect(data.handle).toBe("hop-tac-xa-ruou-men-la-mo-mam")
    expect(data.phone).toBeNull()
    expect(data.tax_id).toBe("0100112437")
    expect(data.kind).toBe("cooperative")
  })

  it("requires a name and a province on create, and names every problem at once", () => {
    const { problems } = normalizeProducerFields(
      { name: " ", province_code: "", tax_id: "0100112438", latitude: 91, longitude: -181 },
      { isCreate: true }
    )
    expect(fields(problems)).toEqual(["name", "province_code", "tax_id", "latitude", "longitude"])
  })

  it("checks on update only what is sent, and keeps a given handle when it is well formed", () => {
    expect(normalizeProducerFields({ phone: "0205 3833 111" }, { isCreate: false })).toEqual({
      data: { phone: "0205 3833 111" },
      problems: [],
    })
    const emptied = normalizeProducerFields({ name: "", tax_id: " " }, { isCreate: false })
    expect(fields(emptied.problems)).toEqual(["name"])
    expect(emptied.data.tax_id).toBeNull()
    expect(normalizeProducerFields({ handle: " htx-2 " }, { isCreate: false }).data.handle).toBe(
      "htx-2"
    )
    const bad = normalizeProducerFields({ handle: "Bad Handle" }, { isCreate: false })
    expect(bad.problems[0]?.message).toMatch(/lower-case letters/)
    expect(
      normalizeProducerFields({ handle: null as unknown as string }, { isCreate: false }).problems
    ).toHaveLength(1)
  })

  it("asks for a handle when none can be derived from the name", () => {
    const { problems } = normalizeProducerFields(
      { name: "★★★", province_code: "20" },
      { isCreate: true }
    )
    expect(problems).toEqual([
      { field: "handle", message: "cannot be derived from the name; give one" },
    ])
  })

  it("accepts the edges of latitude and longitude", () => {
    const { problems } = normalizeProducerFields(
      { latitude: -90, longitude: 180 },
      { isCreate: false }
    )
    expect(problems).toEqual([])
  })
})
