import { validateTaxId } from "@ocop/core"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "../../ui/Button"
import { Modal } from "../../ui/Modal"
import type { Cart } from "./cart"

const phoneSchema = z
  .string()
  .trim()
  .regex(/^(\+84|0)\d{9,10}$/)

const einvoiceSchema = z.object({
  kind: z.enum(["company", "personal"]),
  tax_id: z
    .string()
    .trim()
    .refine((value) => validateTaxId(value).ok, "tax_id"),
  name: z.string().trim().min(1),
  address: z.string().trim().min(1),
  email: z.email(),
  buyer_name: z.string().trim().nullable(),
})

type EinvoiceForm = z.input<typeof einvoiceSchema>

const blankInvoice: EinvoiceForm = {
  kind: "company",
  tax_id: "",
  name: "",
  address: "",
  email: "",
  buyer_name: "",
}

/** Optional customer phone and a VAT e-invoice request (captured here, issued by the provider). */
export function CustomerDialog(props: {
  cart: Cart
  onSave: (customer: Cart["customer"], einvoice: Cart["einvoice"]) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [phone, setPhone] = useState(props.cart.customer?.phone ?? "")
  const [wantsInvoice, setWantsInvoice] = useState(Boolean(props.cart.einvoice))
  const [invoice, setInvoice] = useState<EinvoiceForm>(
    props.cart.einvoice
      ? { ...props.cart.einvoice, buyer_name: props.cart.einvoice.buyer_name ?? "" }
      : blankInvoice
  )
  const [errors, setErrors] = useState<Record<string, string>>({})

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (phone && !phoneSchema.safeParse(phone).success) found.phone = t("sale.invalidPhone")
    let einvoice: Cart["einvoice"] = null
    if (wantsInvoice) {
      const parsed = einvoiceSchema.safeParse(invoice)
      if (parsed.success) {
        einvoice = { ...parsed.data, buyer_name: parsed.data.buyer_name || null }
      } else {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0])
          found[field] =
            field === "tax_id"
              ? t("sale.invalidTaxId")
              : field === "email"
                ? t("sale.invalidEmail")
                : t("sale.required")
        }
      }
    }
    setErrors(found)
    if (Object.keys(found).length) return
    props.onSave(phone ? { phone: phone.trim(), name: invoice.buyer_name || null } : null, einvoice)
  }

  const field = (name: keyof EinvoiceForm, label: string, type = "text") => (
    <label>
      {label}
      <input
        type={type}
        value={String(invoice[name] ?? "")}
        onChange={(e) => setInvoice({ ...invoice, [name]: e.target.value })}
        aria-invalid={Boolean(errors[name])}
      />
      {errors[name] && <small className="error-text">{errors[name]}</small>}
    </label>
  )

  return (
    <Modal title={t("sale.customer")} onClose={props.onClose} wide testId="customer-dialog">
      <form className="form-grid" onSubmit={submit}>
        <label className="span-2">
          {t("sale.phone")}
          <input
            type="tel"
            inputMode="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            aria-invalid={Boolean(errors.phone)}
          />
          {errors.phone && <small className="error-text">{errors.phone}</small>}
        </label>
        <label className="checkbox span-2">
          <input
            type="checkbox"
            checked={wantsInvoice}
            onChange={(e) => setWantsInvoice(e.target.checked)}
          />
          {t("sale.einvoice")}
        </label>
        {wantsInvoice && (
          <>
            <div className="segmented span-2">
              {(["company", "personal"] as const).map((kind) => (
                <button
                  type="button"
                  key={kind}
                  className={invoice.kind === kind ? "active" : ""}
                  onClick={() => setInvoice({ ...invoice, kind })}
                >
                  {t(`sale.einvoiceKind.${kind}`)}
                </button>
              ))}
            </div>
            {field("tax_id", t("sale.taxId"))}
            {field("name", t("sale.companyName"))}
            {field("address", t("sale.address"))}
            {field("email", t("sale.email"), "email")}
            {field("buyer_name", t("sale.buyerName"))}
          </>
        )}
        <div className="dialog-actions span-2">
          <Button variant="ghost" onClick={props.onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="primary" size="lg">
            {t("common.save")}
          </Button>
        </div>
      </form>
    </Modal>
  )
}
