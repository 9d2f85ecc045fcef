import type { MedusaClient } from "../http.js"
import type {
  PosCashMovementInput,
  PosCatalogPage,
  PosCatalogQuery,
  PosDevicePairing,
  PosLockoutInput,
  PosLockoutResponse,
  PosMeResponse,
  PosRegister,
  PosSaleInput,
  PosSaleResponse,
  PosSalesBatchInput,
  PosSalesBatchResponse,
  PosShiftCloseInput,
  PosShiftOpenInput,
  PosShiftResponse,
  PosSignInInput,
  PosSignInResponse,
  PosStockExceptionsResponse,
  PosVietQrStatusResponse,
} from "./types.js"

/**
 * The tablet POS routes. Paths are this file's business: apps call the methods. Clerk calls need
 * the `pos_clerk` bearer token that `signIn` returns (set it on the js-sdk client).
 */
export function createPosApi(medusa: MedusaClient) {
  const call = <T>(path: string, method: "GET" | "POST", body?: object, query?: object) =>
    medusa.client.fetch<T>(path, {
      method,
      body: body as Record<string, unknown> | undefined,
      query: query as Record<string, unknown> | undefined,
    })
  return {
    /** Manager (admin user) side: the registers a tablet can be paired with. */
    listRegisters: () => call<{ registers: PosRegister[] }>("/admin/pos/registers", "GET"),
    pairDevice: (registerId: string, body: { label: string }) =>
      call<PosDevicePairing>(`/admin/pos/registers/${registerId}/devices`, "POST", body),

    signIn: (body: PosSignInInput) => call<PosSignInResponse>("/pos/auth/sign-in", "POST", body),
    me: () => call<PosMeResponse>("/pos/me", "GET"),
    catalog: (query: PosCatalogQuery = {}) =>
      call<PosCatalogPage>("/pos/catalog", "GET", undefined, query),
    recordSale: (body: PosSaleInput) => call<PosSaleResponse>("/pos/sales", "POST", body),
    /** Many queued sales at once, oldest first: one outcome per sale, in the order sent. */
    recordSales: (body: PosSalesBatchInput) =>
      call<PosSalesBatchResponse>("/pos/sales/batch", "POST", body),
    /** A sale of this register by its id or client UUID (404 until it is recorded). */
    getSale: (idOrClientId: string) =>
      call<PosSaleResponse>(`/pos/sales/${encodeURIComponent(idOrClientId)}`, "GET"),
    openShift: (body: PosShiftOpenInput) => call<PosShiftResponse>("/pos/shifts", "POST", body),
    /** A shift of this register by its id or client UUID, with the Z report once closed. */
    getShift: (idOrClientId: string) =>
      call<PosShiftResponse>(`/pos/shifts/${encodeURIComponent(idOrClientId)}`, "GET"),
    recordCashMovement: (shiftId: string, body: PosCashMovementInput) =>
      call<PosShiftResponse>(`/pos/shifts/${shiftId}/cash-movements`, "POST", body),
    closeShift: (shiftId: string, body: PosShiftCloseInput) =>
      call<PosShiftResponse>(`/pos/shifts/${shiftId}/close`, "POST", body),
    vietQrStatus: (reference: string) =>
      call<PosVietQrStatusResponse>(`/pos/vietqr/${encodeURIComponent(reference)}`, "GET"),
    /** A lockout the tablet decided while offline, for the manager's list. */
    recordLockout: (body: PosLockoutInput) =>
      call<PosLockoutResponse>("/pos/lockouts", "POST", body),
    stockExceptions: () => call<PosStockExceptionsResponse>("/pos/stock-exceptions", "GET"),
  }
}

export type PosApi = ReturnType<typeof createPosApi>
