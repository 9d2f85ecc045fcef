import { formatVnd } from "@ocop/core"

/** Shown when an order is above the cash-on-delivery ceiling (COD_MAX_ORDER_VND). */
export function codLimitMessage(total: number, max: number): string {
  return (
    `Thanh toán khi nhận hàng (COD) chỉ áp dụng cho đơn đến ${formatVnd(max)}; đơn này ` +
    `${formatVnd(total)}. Vui lòng chọn chuyển khoản VietQR. / Cash on delivery is limited to ` +
    `orders up to ${formatVnd(max)}; this order is ${formatVnd(total)}. Please pay by VietQR.`
  )
}
