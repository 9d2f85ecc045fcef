import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatDateTimeVi } from "@ocop/core"
import type { AdminOrderPaymentDeadline } from "@ocop/sdk"
import { OcopRow } from "../components/ocop-row"
import { useOrderPaymentDeadline } from "../lib/payments-queries"

const STATES: Record<
  Exclude<AdminOrderPaymentDeadline["state"], "not_applicable">,
  { label: string; color: "orange" | "green" | "grey" }
> = {
  awaiting_payment: { label: "Chờ chuyển khoản · Awaiting transfer", color: "orange" },
  paid: { label: "Đã nhận chuyển khoản · Transfer received", color: "green" },
  cancelled: { label: "Đã huỷ · Cancelled", color: "grey" },
}

/**
 * The unpaid-order deadline of a VietQR checkout order: until when the shop waits for the
 * transfer before the order is cancelled and its stock released. Nothing for other orders.
 */
const OrderPaymentDeadlineWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error } = useOrderPaymentDeadline(order.id)
  const deadline = data?.payment_deadline
  if (error) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {error.message}
        </Text>
      </Container>
    )
  }
  if (!deadline || deadline.state === "not_applicable" || !deadline.deadline) return null
  const state = STATES[deadline.state]
  const overdue =
    deadline.state === "awaiting_payment" && new Date(deadline.deadline).getTime() < Date.now()
  return (
    <Container className="divide-y p-0" data-testid="payment-deadline-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Hạn thanh toán VietQR · VietQR payment deadline</Heading>
        <Badge size="small" color={state.color} data-testid="payment-deadline-state">
          {state.label}
        </Badge>
      </div>
      <OcopRow label="Hạn chót · Deadline" testId="payment-deadline">
        {`${formatDateTimeVi(deadline.deadline)} (giờ Việt Nam · Vietnam time)`}
      </OcopRow>
      <OcopRow label="Quy tắc · Rule" testId="payment-deadline-rule">
        {overdue
          ? "Quá hạn: đơn sẽ được huỷ và trả hàng về kho trong vài phút. · Overdue: the order is cancelled and its stock released within minutes."
          : `Không nhận được chuyển khoản sau ${deadline.ttl_hours} giờ, đơn được huỷ và trả hàng về kho. · Without the transfer ${deadline.ttl_hours} hours after ordering, the order is cancelled and its stock released.`}
      </OcopRow>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderPaymentDeadlineWidget
