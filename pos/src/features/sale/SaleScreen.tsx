import type { PosCatalogItem, PosTenderInput } from "@ocop/sdk"
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import type { LocalShift } from "../../db/schema"
import { Button } from "../../ui/Button"
import { useLiveQuery } from "../../ui/hooks"
import { useToast } from "../../ui/Toast"
import { useCatalog } from "../catalog-sync/CatalogProvider"
import { ManagerApproval } from "../manager/ManagerApproval"
import { kickOutbox } from "../outbox/useOutboxRunner"
import { ReceiptScreen } from "../receipt/ReceiptScreen"
import { useSession } from "../session/session"
import { PaymentScreen } from "../tenders/PaymentScreen"
import { AgeCheckDialog } from "./AgeCheckDialog"
import { CartPanel } from "./CartPanel"
import { type Cart, cartBlocker, cartReducer, emptyCart, priceCart } from "./cart"
import { commitSale } from "./commit"
import { DiscountDialog, type DiscountTarget } from "./DiscountDialog"
import { ParkedDialog } from "./ParkedDialog"
import { GroupTabs, ProductGrid } from "./ProductGrid"
import { useWedgeScanner } from "./useWedgeScanner"

type Stage = { kind: "sell" } | { kind: "pay" } | { kind: "receipt"; clientId: string }
type Dialog =
  | { kind: "discount"; target: DiscountTarget }
  | { kind: "age" }
  | { kind: "approval" }
  | { kind: "customer" }
  | { kind: "parked" }
  | { kind: "camera" }
  | { kind: "void" }
  | null

/**
 * Cards on screen at once: three rows of a landscape tablet and a scroll more. A clerk finds the
 * rest by search or group, not by scrolling, and every card is React work on each keystroke.
 */
const GRID_LIMIT = 24
const DRAFT_KEY = "ocop-pos-draft-cart"

/** The sale in progress survives a reload of this tab (committed sales live in IndexedDB). */
function readDraft(): Cart {
  try {
    const stored = sessionStorage.getItem(DRAFT_KEY)
    return stored ? (JSON.parse(stored) as Cart) : emptyCart
  } catch {
    return emptyCart
  }
}

function writeDraft(cart: Cart) {
  if (cart.lines.length) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(cart))
  else sessionStorage.removeItem(DRAFT_KEY)
}

/** A receipt's QR opens `/?sale=<client id>`: this till shows that sale's receipt again. */
function initialStage(): Stage {
  const clientId = new URLSearchParams(window.location.search).get("sale")
  return clientId ? { kind: "receipt", clientId } : { kind: "sell" }
}
// ZXing is large and only needed when the clerk opens the camera
// the e-invoice form's validation (zod) loads when a customer asks for an invoice
const CustomerDialog = lazy(() =>
  import("./CustomerDialog").then((m) => ({ default: m.CustomerDialog }))
)
const CameraScanner = lazy(() =>
  import("./CameraScanner").then((m) => ({ default: m.CameraScanner }))
)

export function SaleScreen(props: { shift: LocalShift }) {
  const { t } = useTranslation()
  const services = useServices()
  const { db } = services
  const { pairing, clerk } = useSession()
  const register = pairing.register
  const { index, progress, loaded, refreshItems } = useCatalog()
  const toast = useToast()
  const [cart, dispatch] = useReducer(cartReducer, emptyCart, readDraft)
  const [stage, setStage] = useState<Stage>(initialStage)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [query, setQuery] = useState("")
  const [group, setGroup] = useState<string | null>(null)
  const [committing, setCommitting] = useState(false)
  /** The product the clerk just scanned or tapped: its line is marked and scrolled into view. */
  const [lastAdded, setLastAdded] = useState<string | null>(null)
  const search = useRef<HTMLInputElement>(null)
  const parked = useLiveQuery(() => db.parked.orderBy("parkedAt").toArray(), [], [])

  const priced = useMemo(() => {
    const result = priceCart(cart)
    return result.ok ? result.value : null
  }, [cart])
  const shown = useMemo(
    () => (query.trim() ? index.search(query, GRID_LIMIT) : index.byGroup(group, GRID_LIMIT)),
    [index, query, group]
  )

  const addItem = useCallback(
    (item: PosCatalogItem) => {
      dispatch({ type: "add", item, lineId: crypto.randomUUID() })
      setLastAdded(item.variant_id)
      if (item.age_check_required && !cart.ageCheck) setDialog({ kind: "age" })
    },
    [cart.ageCheck]
  )

  const onScan = useCallback(
    (code: string) => {
      setQuery((current) => (current.endsWith(code) ? current.slice(0, -code.length) : current))
      const item = index.lookupCode(code)
      if (!item) {
        toast(t("sale.notFound", { code }), "error")
        return
      }
      // the marked cart line says what was added; a toast would cover the search box
      addItem(item)
    },
    [index, addItem, toast, t]
  )
  useWedgeScanner(onScan)
  useEffect(() => writeDraft(cart), [cart])

  const ready = loaded && index.size > 0
  useEffect(() => {
    // the moment a clerk can sell: products on screen (bench/ measures cold start to here)
    if (ready && !performance.getEntriesByName("ocop:sale-screen-ready").length) {
      performance.mark("ocop:sale-screen-ready")
    }
  }, [ready])

  const startPayment = useCallback(() => {
    const blocker = cartBlocker(cart, register.discount_approval_percent)
    if (blocker === "age_check") setDialog({ kind: "age" })
    else if (blocker === "discount_approval") setDialog({ kind: "approval" })
    else if (blocker === null) setStage({ kind: "pay" })
  }, [cart, register.discount_approval_percent])
  // stable handlers: the cart panel renders again only when the cart changes
  const cartActions = useMemo(
    () => ({
      onLineDiscount: (lineId: string) => setDialog({ kind: "discount", target: { lineId } }),
      onOrderDiscount: () => setDialog({ kind: "discount", target: { order: true } }),
      onCustomer: () => setDialog({ kind: "customer" }),
      onShowParked: () => setDialog({ kind: "parked" }),
      onVoid: () => setDialog({ kind: "void" }),
    }),
    []
  )

  const complete = async (tenders: PosTenderInput[]) => {
    setCommitting(true)
    try {
      const sale = await commitSale(db, {
        register,
        referencePrefix: pairing.referencePrefix,
        clerk,
        localShiftId: props.shift.clientId,
        cart,
        tenders,
        clientId: crypto.randomUUID(),
        now: new Date(services.now()),
      })
      kickOutbox()
      void refreshItems(sale.payload.lines.map((line) => line.variant_id))
      dispatch({ type: "clear" })
      setStage({ kind: "receipt", clientId: sale.clientId })
    } finally {
      setCommitting(false)
    }
  }

  const park = useCallback(() => {
    const first = cart.lines[0]?.item.product_title ?? ""
    void db.parked
      .add({
        id: crypto.randomUUID(),
        parkedAt: new Date(services.now()).toISOString(),
        clerkId: clerk.id,
        label: `${first}${cart.lines.length > 1 ? ` +${cart.lines.length - 1}` : ""}`,
        cart,
      })
      .then(() => dispatch({ type: "clear" }))
  }, [cart, db, services, clerk.id])

  if (stage.kind === "receipt") {
    return (
      <ReceiptScreen
        clientId={stage.clientId}
        onNewSale={() => {
          if (window.location.search) window.history.replaceState(null, "", "/")
          setStage({ kind: "sell" })
          setQuery("")
        }}
      />
    )
  }
  if (stage.kind === "pay" && priced) {
    const token = clerk.token
    return (
      <PaymentScreen
        total={priced.total}
        register={register}
        referencePrefix={pairing.referencePrefix}
        token={token}
        busy={committing}
        onCancel={() => setStage({ kind: "sell" })}
        onComplete={(tenders) => void complete(tenders)}
      />
    )
  }

  return (
    <div className="sale-screen" data-testid="sale-screen">
      <section className="catalog-pane">
        <div className="search-row">
          <input
            ref={search}
            className="search-input"
            type="search"
            data-scan-target
            placeholder={t("sale.searchPlaceholder")}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label={t("sale.searchPlaceholder")}
            autoComplete="off"
            data-testid="search"
          />
          <Button
            size="lg"
            onClick={() => setDialog({ kind: "camera" })}
            aria-label={t("sale.camera")}
          >
            <span aria-hidden="true">▣</span> {t("sale.camera")}
          </Button>
        </div>
        {!query && <GroupTabs groups={index.groups} value={group} onChange={setGroup} />}
        {progress?.full && (
          <p className="info-strip">{t("sync.catalogFirst", { count: progress.items })}</p>
        )}
        {loaded && index.size === 0 && !progress && (
          <p className="info-strip">{t("sync.catalogEmpty")}</p>
        )}
        <ProductGrid items={shown} onPick={addItem} />
      </section>
      <CartPanel
        cart={cart}
        priced={priced}
        dispatch={dispatch}
        {...cartActions}
        onPark={park}
        parkedCount={parked.length}
        onPay={startPayment}
        lastAdded={lastAdded}
      />

      {dialog?.kind === "discount" && (
        <DiscountDialog
          cart={cart}
          target={dialog.target}
          thresholdPercent={register.discount_approval_percent}
          onClose={() => setDialog(null)}
          onApply={(discount, approvedBy) => {
            if ("lineId" in dialog.target) {
              dispatch({
                type: "line_discount",
                lineId: dialog.target.lineId,
                discount,
                approvedBy,
              })
            } else {
              dispatch({ type: "order_discount", discount, approvedBy })
            }
            setDialog(null)
          }}
        />
      )}
      {dialog?.kind === "approval" && (
        <ManagerApproval
          reason={t("discount.needsManager", { percent: register.discount_approval_percent })}
          onCancel={() => setDialog(null)}
          onApproved={(manager) => {
            dispatch({
              type: "order_discount",
              discount: cart.orderDiscount,
              approvedBy: manager.id,
            })
            setDialog(null)
          }}
        />
      )}
      {dialog?.kind === "age" && (
        <AgeCheckDialog
          onConfirm={() => {
            dispatch({
              type: "age_checked",
              clerkId: clerk.id,
              at: new Date(services.now()).toISOString(),
            })
            setDialog(null)
          }}
          onRefuse={() => {
            dispatch({ type: "remove_age_restricted" })
            setDialog(null)
          }}
        />
      )}
      {dialog?.kind === "customer" && (
        <Suspense fallback={null}>
          <CustomerDialog
            cart={cart}
            onClose={() => setDialog(null)}
            onSave={(customer, einvoice) => {
              dispatch({ type: "customer", customer })
              dispatch({ type: "einvoice", einvoice })
              setDialog(null)
            }}
          />
        </Suspense>
      )}
      {dialog?.kind === "parked" && (
        <ParkedDialog
          parked={parked}
          onClose={() => setDialog(null)}
          onDelete={(sale) => void db.parked.delete(sale.id)}
          onResume={(sale) => {
            if (cart.lines.length) return
            dispatch({ type: "restore", cart: sale.cart as Cart })
            void db.parked.delete(sale.id)
            setDialog(null)
          }}
        />
      )}
      {dialog?.kind === "camera" && (
        <Suspense fallback={null}>
          <CameraScanner
            onClose={() => setDialog(null)}
            onScan={(code) => {
              setDialog(null)
              onScan(code)
            }}
          />
        </Suspense>
      )}
      {dialog?.kind === "void" && (
        <VoidConfirm
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            dispatch({ type: "clear" })
            setDialog(null)
          }}
        />
      )}
    </div>
  )
}

function VoidConfirm(props: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-label={t("sale.void")}>
        <div className="modal-body">
          <p className="confirm-text">{t("sale.voidConfirm")}</p>
          <div className="dialog-actions">
            <Button size="lg" onClick={props.onCancel}>
              {t("common.cancel")}
            </Button>
            <Button variant="danger" size="lg" onClick={props.onConfirm}>
              {t("sale.void")}
            </Button>
          </div>
        </div>
      </div>
    </div>
  )
}
