import { catalogItem } from "../../test-support"
import {
  type Cart,
  cartBlocker,
  cartReducer,
  discountWouldNeedApproval,
  emptyCart,
  itemCount,
  priceCart,
} from "./cart"

const quyt = catalogItem()
const ruou = catalogItem({
  variant_id: "variant_ruou",
  product_title: "Rượu men lá suối Mỏ Mắm",
  price: 250_000,
  vat_rate_percent: 10,
  is_alcohol: true,
  abv: 29,
  promotion_banned: true,
  age_check_required: true,
})
const chao = catalogItem({
  variant_id: "variant_ruou_nhe",
  price: 120_000,
  is_alcohol: true,
  abv: 12,
  promotion_banned: false,
  age_check_required: true,
})

function cartWith(...items: (typeof quyt)[]): Cart {
  return items.reduce(
    (cart, item, index) => cartReducer(cart, { type: "add", item, lineId: `l${index}` }),
    emptyCart
  )
}

function total(cart: Cart) {
  const priced = priceCart(cart)
  if (!priced.ok) throw new Error(priced.error)
  return priced.value.total
}

describe("cart", () => {
  it("adds one to the same product scanned again; quantities change and lines go at 0", () => {
    let cart = cartWith(quyt, quyt, ruou)
    expect(cart.lines.map((l) => l.quantity)).toEqual([2, 1])
    cart = cartReducer(cart, { type: "set_quantity", lineId: "l0", quantity: 5 })
    expect(itemCount(cart)).toBe(6)
    expect(total(cart)).toBe(5 * 60_000 + 250_000)
    cart = cartReducer(cart, { type: "set_quantity", lineId: "l0", quantity: 0 })
    expect(cart.lines.map((l) => l.item.variant_id)).toEqual(["variant_ruou"])
  })

  it("never discounts alcohol of 15 % ABV or more, by line or by order", () => {
    let cart = cartWith(quyt, ruou)
    cart = cartReducer(cart, {
      type: "line_discount",
      lineId: "l1",
      discount: { type: "percent", value: 10 },
    })
    expect(cart.lines[1]?.discount).toBeNull()
    cart = cartReducer(cart, { type: "order_discount", discount: { type: "percent", value: 10 } })
    expect(total(cart)).toBe(54_000 + 250_000)
    // a 12 % drink may be discounted (the ban starts at 15 %)
    const light = cartReducer(cartWith(chao), {
      type: "line_discount",
      lineId: "l0",
      discount: { type: "amount", value: 20_000 },
    })
    expect(total(light)).toBe(100_000)
  })

  it("asks for the ID check before payment for any alcohol line, and records who checked", () => {
    let cart = cartWith(quyt, chao)
    expect(cartBlocker(cart, 10)).toBe("age_check")
    cart = cartReducer(cart, {
      type: "age_checked",
      clerkId: "clerk_lan",
      at: "2026-12-01T03:00:00Z",
    })
    expect(cartBlocker(cart, 10)).toBeNull()
    expect(cart.ageCheck).toEqual({ checked_by: "clerk_lan", checked_at: "2026-12-01T03:00:00Z" })
    cart = cartReducer(cart, { type: "remove", lineId: "l1" })
    expect(cart.ageCheck).toBeNull()
    expect(cartBlocker(emptyCart, 10)).toBe("empty")
    const refused = cartReducer(cartWith(quyt, ruou, chao), { type: "remove_age_restricted" })
    expect(refused.lines.map((l) => l.item.variant_id)).toEqual(["variant_quyt_1kg"])
  })

  it("needs a manager above the register's threshold; any later change asks again", () => {
    const cart = cartWith(quyt, quyt)
    expect(discountWouldNeedApproval(cart, { order: { type: "percent", value: 10 } }, 10)).toBe(
      false
    )
    expect(discountWouldNeedApproval(cart, { order: { type: "percent", value: 11 } }, 10)).toBe(
      true
    )
    expect(
      discountWouldNeedApproval(
        cart,
        { lineId: "l0", discount: { type: "amount", value: 13_000 } },
        10
      )
    ).toBe(true)
    let approved = cartReducer(cart, {
      type: "order_discount",
      discount: { type: "percent", value: 20 },
      approvedBy: "clerk_manager",
    })
    expect(cartBlocker(approved, 10)).toBeNull()
    approved = cartReducer(approved, {
      type: "line_discount",
      lineId: "l0",
      discount: { type: "amount", value: 1_000 },
    })
    expect(cartBlocker(approved, 10)).toBe("discount_approval")
  })

  it("restores a parked cart and clears", () => {
    const cart = cartWith(quyt)
    expect(cartReducer(emptyCart, { type: "restore", cart })).toBe(cart)
    expect(cartReducer(cart, { type: "clear" })).toBe(emptyCart)
  })
})
