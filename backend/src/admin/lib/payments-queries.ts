import { useQuery } from "@tanstack/react-query"
import { ocop } from "./ocop-client"

export const useOrderPaymentDeadline = (orderId: string) =>
  useQuery({
    queryKey: ["payments-vn", "payment-deadline", orderId],
    queryFn: () => ocop.admin.retrieveOrderPaymentDeadline(orderId),
  })
