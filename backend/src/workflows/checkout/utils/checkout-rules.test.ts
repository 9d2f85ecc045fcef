import {
  AGE_CONFIRMATION_KEY,
  ageConfirmationFor,
  CHECKOUT_MESSAGES,
  checkoutViolation,
} from "./checkout-rules"

const now = new Date("2026-06-01T05:00:00Z")
const quyt = { is_alcohol: false, abv: null }
const ruou = { is_alcohol: true, abv: 29 }
const confirmed = { [AGE_CONFIRMATION_KEY]: ageConfirmationFor({ confirmed_adult: true }, now) }
const base = { total: 270_000, codMaxOrderVnd: 5_000_000, metadata: {} }

describe("checkout rules", () => {
  it("let an ordinary cart complete with any payment that collects money (or none: a free cart)", () => {
    for (const providerIds of [["pp_cod_cod"], ["pp_vietqr_vietqr"], ["pp_stripe_stripe"], []]) {
      expect(checkoutViolation({ ...base, lines: [quyt], providerIds })).toBeNull()
    }
  })

  it("never let Medusa's system provider, which takes no money, complete a cart", () => {
    for (const providerIds of [
      ["pp_system_default"],
      ["pp_vietqr_vietqr", "pp_system_default"],
      ["pp_system_default", "pp_cod_cod"],
    ]) {
      expect(checkoutViolation({ ...base, lines: [quyt], providerIds })).toBe(
        CHECKOUT_MESSAGES.noPayment
      )
    }
  })

  it("refuse cash on delivery for an alcohol cart, whatever the age gate", () => {
    for (const providerIds of [["pp_cod_cod"], ["pp_vietqr_vietqr", "pp_cod_cod"]]) {
      const facts = { ...base, lines: [quyt, ruou], providerIds, metadata: confirmed }
      expect(checkoutViolation(facts)).toBe(CHECKOUT_MESSAGES.alcoholCash)
    }
    expect(CHECKOUT_MESSAGES.alcoholCash).toContain("COD")
    expect(CHECKOUT_MESSAGES.alcoholCash).toContain("cash on delivery")
  })

  it("require the age confirmation for alcohol paid without cash", () => {
    const facts = { ...base, lines: [ruou], providerIds: ["pp_vietqr_vietqr"] }
    expect(checkoutViolation(facts)).toBe(CHECKOUT_MESSAGES.ageRequired)
    expect(checkoutViolation({ ...facts, metadata: null })).toBe(CHECKOUT_MESSAGES.ageRequired)
    expect(
      checkoutViolation({
        ...facts,
        metadata: { [AGE_CONFIRMATION_KEY]: { confirmed_adult: "yes" } },
      })
    ).toBe(CHECKOUT_MESSAGES.ageRequired)
    expect(checkoutViolation({ ...facts, metadata: confirmed })).toBeNull()
  })

  it("cap cash on delivery at the configured order value", () => {
    const facts = { ...base, lines: [quyt], providerIds: ["pp_cod_cod"], codMaxOrderVnd: 270_000 }
    expect(checkoutViolation(facts)).toBeNull()
    expect(checkoutViolation({ ...facts, total: 270_001 })).toContain("270.000")
    expect(
      checkoutViolation({ ...facts, total: 270_001, providerIds: ["pp_vietqr_vietqr"] })
    ).toBeNull()
  })

  it("accept a birth date of an adult, refuse a minor's, and keep no birth date", () => {
    expect(ageConfirmationFor({ birth_date: "2008-06-01" }, now)).toEqual({
      confirmed_adult: true,
      method: "birth_date",
      confirmed_at: now.toISOString(),
    })
    expect(ageConfirmationFor({ birth_date: "2008-06-02" }, now)).toEqual({
      refused: CHECKOUT_MESSAGES.underAge,
    })
    expect(ageConfirmationFor({ confirmed_adult: true }, now)).toMatchObject({
      method: "declaration",
    })
  })
})
