import fc from "fast-check"
import {
  cleanText,
  cleanTextFields,
  compareVi,
  searchWords,
  searchWordVariants,
  slugifyVi,
  telexToSearchWord,
  toNfc,
  toSearchKey,
  viCollator,
} from "./text"

const VIETNAMESE_LETTERS =
  "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
const vietnameseChars = [
  ...VIETNAMESE_LETTERS,
  ...VIETNAMESE_LETTERS.toUpperCase(),
  " ",
  "\t",
  "0",
  "9",
]
const vietnameseText = fc
  .array(fc.constantFrom(...vietnameseChars), { maxLength: 40 })
  .chain((chars) =>
    fc.constantFrom(chars.join("").normalize("NFC"), chars.join("").normalize("NFD"))
  )

describe("toSearchKey", () => {
  it("follows the DOMAIN.md example", () => {
    expect(toSearchKey("Rượu men lá suối Mỏ Mắm")).toBe("ruou men la suoi mo mam")
  })

  it("maps đ and Đ, which NFD leaves alone", () => {
    expect(toSearchKey("Đặc sản Đồng Đăng đó")).toBe("dac san dong dang do")
  })

  it("collapses and trims whitespace", () => {
    expect(toSearchKey("  Quýt \t vàng\n\u00a0Bắc   Sơn ")).toBe("quyt vang bac son")
  })

  it("gives the same key for NFC and NFD input", () => {
    const text = "Gạo nếp cái hoa vàng"
    expect(toSearchKey(text.normalize("NFD"))).toBe(toSearchKey(text.normalize("NFC")))
  })

  it("turns Vietnamese text into lower-case ASCII", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(toSearchKey(text)).toMatch(/^[a-z0-9 ]*$/)
      })
    )
  })

  it("matches the DOMAIN.md recipe on Vietnamese text", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const recipe = text
          .normalize("NFD")
          .replace(/\p{Mn}/gu, "")
          .replace(/đ/g, "d")
          .replace(/Đ/g, "D")
          .toLowerCase()
        expect(toSearchKey(text)).toBe(recipe.replace(/\s+/g, " ").trim())
      })
    )
  })

  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const key = toSearchKey(text)
        expect(toSearchKey(key)).toBe(key)
      }),
      { numRuns: 500 }
    )
    expect(toSearchKey("İstanbul")).toBe("istanbul")
  })
})

describe("toNfc", () => {
  it("composes decomposed Vietnamese", () => {
    const nfd = "Mỏ Mắm".normalize("NFD")
    expect(toNfc(nfd)).toBe("Mỏ Mắm".normalize("NFC"))
    expect(toNfc(nfd).length).toBeLessThan(nfd.length)
  })
})

describe("compareVi", () => {
  it("sorts Đ after D and before E, as Vietnamese readers expect", () => {
    const names = ["Đào Mẫu Sơn", "Ếch", "Dưa", "Bánh chưng", "Da"]
    expect([...names].sort(compareVi)).toEqual(["Bánh chưng", "Da", "Dưa", "Đào Mẫu Sơn", "Ếch"])
    expect(viCollator.resolvedOptions().locale).toMatch(/^vi/)
  })
})

describe("slugifyVi", () => {
  it("makes URL handles", () => {
    expect(slugifyVi("Quýt vàng Bắc Sơn")).toBe("quyt-vang-bac-son")
    expect(slugifyVi("  Rượu men lá (suối Mỏ Mắm) 29,5% ")).toBe("ruou-men-la-suoi-mo-mam-29-5")
    expect(slugifyVi("—!!—")).toBe("")
  })

  it("only produces lower-case ASCII words joined by single hyphens", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(slugifyVi(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/)
      })
    )
  })
})

describe("cleanText", () => {
  it("stores NFC, trimmed; blank becomes null; undefined and null stay", () => {
    expect(cleanText("  Mỏ Mắm ".normalize("NFD"))).toBe("Mỏ Mắm".normalize("NFC"))
    expect(cleanText(" \t ")).toBeNull()
    expect(cleanText(null)).toBeNull()
    expect(cleanText(undefined)).toBeUndefined()
  })

  it("is idempotent and always NFC without outer spaces", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const once = cleanText(text)
        expect(cleanText(once)).toBe(once)
        if (once != null) {
          expect(once).toBe(once.normalize("NFC"))
          expect(once).toBe(once.trim())
        }
      })
    )
  })

  it("cleans only the named keys of a record", () => {
    const record = { name: " HTX ", phone: "", kind: " household ", count: 3 }
    expect(cleanTextFields(record, ["name", "phone", "count"])).toEqual({
      name: "HTX",
      phone: null,
      kind: " household ",
      count: 3,
    })
  })
})

describe("searchWords", () => {
  it("splits the search key on anything but letters and digits", () => {
    expect(searchWords("Rượu men lá, 29,5% — Đồng Đăng")).toEqual([
      "ruou",
      "men",
      "la",
      "29",
      "5",
      "dong",
      "dang",
    ])
    expect(searchWords("  ")).toEqual([])
  })

  it("gives only non-empty a–z0–9 words, the same for NFC and NFD input", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const words = searchWords(text)
        expect(words.every((word) => /^[a-z0-9]+$/.test(word))).toBe(true)
        expect(searchWords(text.normalize("NFD"))).toEqual(words)
      })
    )
  })
})

describe("telexToSearchWord", () => {
  it("reads the Telex keys a keyboard left in a word", () => {
    expect(telexToSearchWord("quyts")).toBe("quyt")
    expect(telexToSearchWord("ddaof")).toBe("dao")
    expect(telexToSearchWord("maaux")).toBe("mau")
    expect(telexToSearchWord("ruwngf")).toBe("rung")
    expect(telexToSearchWord("truwowngf")).toBe("truong")
    expect(telexToSearchWord("sown")).toBe("son")
    expect(telexToSearchWord("thoo")).toBe("tho")
  })

  it("leaves a plain word and a word's first letter alone", () => {
    expect(telexToSearchWord("quyt")).toBe("quyt")
    expect(telexToSearchWord("son")).toBe("son")
    expect(telexToSearchWord("x")).toBe("x")
  })
})

describe("searchWordVariants", () => {
  it("swaps each pair of neighbouring letters and adds the Telex reading", () => {
    expect(searchWordVariants("qyut").sort()).toEqual(["yqut", "quyt", "qytu"].sort())
    expect(searchWordVariants("quyts")).toContain("quyt")
    expect(searchWordVariants("lein")).toContain("lien")
  })

  it("never gives the word itself, and nothing for words under three letters", () => {
    expect(searchWordVariants("den")).not.toContain("den")
    expect(searchWordVariants("aab")).toEqual(["ab", "aba"])
    expect(searchWordVariants("la")).toEqual([])
  })
})
