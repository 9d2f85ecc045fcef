import fc from "fast-check"
import { contentLanguage, localizedText, TRANSLATION_LOCALES } from "./locale"

describe("contentLanguage", () => {
  it("reads the language subtag of a BCP 47 locale", () => {
    expect(contentLanguage("en-US")).toBe("en")
    expect(contentLanguage("EN-gb")).toBe("en")
    expect(contentLanguage("en")).toBe("en")
    expect(contentLanguage("en_AU")).toBe("en")
    expect(contentLanguage("vi-VN")).toBe("vi")
    expect(contentLanguage("fr-FR")).toBe("vi")
    expect(contentLanguage("")).toBe("vi")
    expect(contentLanguage(undefined)).toBe("vi")
    expect(contentLanguage(null)).toBe("vi")
  })

  it("maps each language to the locale its translations are stored under", () => {
    expect(TRANSLATION_LOCALES).toEqual({ vi: "vi-VN", en: "en-US" })
    expect(contentLanguage(TRANSLATION_LOCALES.en)).toBe("en")
    expect(contentLanguage(TRANSLATION_LOCALES.vi)).toBe("vi")
  })
})

describe("localizedText", () => {
  const story = { vi: "Câu chuyện", en: "The story" }

  it("picks the locale's language and falls back to Vietnamese", () => {
    expect(localizedText(story, "en-US")).toBe("The story")
    expect(localizedText(story, "vi")).toBe("Câu chuyện")
    expect(localizedText(story, undefined)).toBe("Câu chuyện")
    expect(localizedText({ vi: "Câu chuyện", en: null }, "en")).toBe("Câu chuyện")
    expect(localizedText({ vi: "Câu chuyện", en: "  " }, "en")).toBe("Câu chuyện")
    expect(localizedText({ vi: null, en: "The story" }, "vi")).toBeNull()
    expect(localizedText({ vi: undefined, en: undefined }, "en")).toBeNull()
  })

  it("never answers with text of a third language and always prefers a present Vietnamese text to none", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: null }),
        fc.option(fc.string(), { nil: null }),
        fc.string(),
        (vi, en, locale) => {
          const text = localizedText({ vi, en }, locale)
          expect(text === vi || text === en).toBe(true)
          if (vi != null && text == null) throw new Error("dropped the Vietnamese text")
        }
      )
    )
  })
})
