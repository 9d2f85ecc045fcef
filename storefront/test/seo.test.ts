import { seoMeta } from "../app/lib/seo"

describe("page metadata", () => {
  const page = {
    title: "Quýt vàng Bắc Sơn · Chợ OCOP Lạng Sơn",
    description: "Quýt vàng Bắc Sơn, OCOP 4 sao",
    origin: "https://ocop.example",
    path: "/products/quyt-vang-bac-son",
    siteName: "Chợ OCOP Lạng Sơn",
  }

  it("pairs the Vietnamese and English URLs of a page the same way from both languages", () => {
    const vi = seoMeta({ ...page, locale: "vi" })
    const en = seoMeta({ ...page, locale: "en" })
    const alternates = (tags: ReturnType<typeof seoMeta>) =>
      tags.filter((tag) => "rel" in tag && tag.rel === "alternate")
    expect(alternates(vi)).toEqual([
      { tagName: "link", rel: "alternate", hrefLang: "vi", href: `${page.origin}${page.path}` },
      { tagName: "link", rel: "alternate", hrefLang: "en", href: `${page.origin}/en${page.path}` },
      {
        tagName: "link",
        rel: "alternate",
        hrefLang: "x-default",
        href: `${page.origin}${page.path}`,
      },
    ])
    expect(alternates(en)).toEqual(alternates(vi))
    expect(vi).toContainEqual({
      tagName: "link",
      rel: "canonical",
      href: `${page.origin}${page.path}`,
    })
    expect(en).toContainEqual({
      tagName: "link",
      rel: "canonical",
      href: `${page.origin}/en${page.path}`,
    })
    expect(en).toContainEqual({ property: "og:locale", content: "en_US" })
  })

  it("keeps private pages out of the index and makes image URLs absolute", () => {
    const tags = seoMeta({ ...page, locale: "vi", noindex: true, image: "/static/quyt.jpg" })
    expect(tags).toContainEqual({ name: "robots", content: "noindex" })
    expect(tags).toContainEqual({
      property: "og:image",
      content: "https://ocop.example/static/quyt.jpg",
    })
  })
})
