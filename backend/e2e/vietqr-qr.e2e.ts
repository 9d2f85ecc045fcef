import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { buildVietQr, parseVietQr } from "@ocop/core"
import { launchChromium } from "@ocop/dev-stack"
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} from "@zxing/library"
import jsQR from "jsqr"
import type { Browser } from "playwright-core"
import { PNG } from "pngjs"
import QRCode from "qrcode"
import VietQrPaymentProviderService from "../src/modules/vietqr-payment/service"

/**
 * The QR a customer scans: the payload of a real VietQR payment session is drawn by the `qrcode`
 * library as SVG inside Chromium, the element is screenshotted, and a real decoder (ZXing) reads
 * the pixels back. What a banking app would read must be the payload, byte for byte.
 */

const screenshotDir = join(__dirname, "screenshots")
const QUIET_ZONE = 4

// The public NAPAS example from DOMAIN.md (ACB 970416, account 257678859, 1000 ₫, "Chuyen tien").
const NAPAS_EXAMPLE =
  "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8"

/**
 * Reads the QR in a screenshot with two independent decoders, which must agree: jsQR locates the
 * code the way a camera app does, ZXing decodes it as a pure (axis-aligned, quiet-zoned) barcode.
 * Measured here on 40 clean codes drawn at non-whole module sizes: ZXing's own locator read 26
 * (a weakness of its JavaScript port), jsQR 40, ZXing as a pure barcode 40.
 */
function decodePng(png: Buffer): string {
  const { width, height, data } = PNG.sync.read(png)
  const located = jsQR(new Uint8ClampedArray(data), width, height)
  if (!located) throw new Error("jsQR found no QR code in the screenshot")
  // ZXing's luminance source takes 0xAARRGGBB pixels; pngjs gives RGBA bytes.
  const pixels = new Int32Array(width * height)
  for (let i = 0; i < pixels.length; i++) {
    const o = i * 4
    pixels[i] =
      ((data[o + 3] ?? 255) << 24) |
      ((data[o] ?? 0) << 16) |
      ((data[o + 1] ?? 0) << 8) |
      (data[o + 2] ?? 0)
  }
  const bitmap = new BinaryBitmap(
    new HybridBinarizer(new RGBLuminanceSource(pixels, width, height))
  )
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
    [DecodeHintType.PURE_BARCODE, true],
  ])
  const zxing = new QRCodeReader().decode(bitmap, hints).getText()
  if (zxing !== located.data) throw new Error(`decoders disagree: "${zxing}" vs "${located.data}"`)
  return zxing
}

async function sessionPayload(amount: number) {
  const provider = new VietQrPaymentProviderService(
    { logger: console as never },
    {
      bankBin: "970418",
      accountNumber: "12010000123456",
      accountName: "HTX NONG NGHIEP BAC SON",
      webhookSecret: "e2e-secret-0123456789",
      sealSecret: "e2e-seal-secret-0123456789abcdefghij",
      service: "account",
      isDemo: false,
    }
  )
  const session = await provider.initiatePayment({ amount, currency_code: "vnd" })
  return session.data as { payload: string; reference: string }
}

describe("VietQR: the QR drawn in Chromium decodes back to the payload", () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchChromium()
    mkdirSync(screenshotDir, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
  })

  /**
   * Renders the payload as an SVG QR with `modulePx` CSS pixels per module (whole pixels, as a
   * storefront should draw it for crisp edges) and returns the element's screenshot.
   */
  async function renderAndShoot(
    payload: string | null,
    modulePx: number,
    name: string,
    deviceScaleFactor = 1
  ): Promise<Buffer> {
    if (!browser) throw new Error("no browser")
    const options = { errorCorrectionLevel: "M", margin: QUIET_ZONE } as const
    const svg = payload === null ? "" : await QRCode.toString(payload, { ...options, type: "svg" })
    const modules = QRCode.create(payload ?? "x", options).modules.size + 2 * QUIET_ZONE
    const size = modules * modulePx
    const page = await browser.newPage({ viewport: { width: 480, height: 640 }, deviceScaleFactor })
    try {
      await page.setContent(
        `<!doctype html><html lang="vi"><meta charset="utf-8"><body style="margin:24px;background:#fff">
          <figure id="qr" style="width:${size}px;height:${size}px;margin:0">${svg}</figure>
          <p>Quét mã bằng ứng dụng ngân hàng</p></body></html>`
      )
      const png = await page.locator("#qr").screenshot()
      writeFileSync(join(screenshotDir, `${name}.png`), png)
      return png
    } finally {
      await page.close()
    }
  }

  // A counter screen (6 px per module at 1×) and a phone (3 CSS px per module at 2×), five sessions
  // each: every session has its own reference, hence its own pattern.
  it("an order's session payload survives rendering and scanning, at counter and phone sizes", async () => {
    for (const [modulePx, scale] of [
      [6, 1],
      [3, 2],
    ] as const) {
      for (let round = 0; round < 5; round++) {
        const amount = 1_234_000 + round * 1000
        const { payload, reference } = await sessionPayload(amount)
        const png = await renderAndShoot(
          payload,
          modulePx,
          `vietqr-session-${modulePx}px-${scale}x`,
          scale
        )
        const decoded = decodePng(png)
        expect(decoded).toBe(payload)
        expect(parseVietQr(decoded)).toEqual({
          ok: true,
          value: {
            initiation: "dynamic",
            bin: "970418",
            accountNumber: "12010000123456",
            service: "account",
            amount,
            purpose: reference,
          },
        })
      }
    }
  })

  it("the public NAPAS example renders and scans back byte for byte", async () => {
    expect(
      buildVietQr({
        bin: "970416",
        accountNumber: "257678859",
        amount: 1000,
        purpose: "Chuyen tien",
      })
    ).toBe(NAPAS_EXAMPLE)
    const png = await renderAndShoot(NAPAS_EXAMPLE, 5, "vietqr-napas-example")
    expect(decodePng(png)).toBe(NAPAS_EXAMPLE)
  })

  it("the decoder reads the pixels: two sessions give two different codes, a blank gives none", async () => {
    const first = await sessionPayload(270_000)
    const second = await sessionPayload(270_000)
    expect(second.payload).not.toBe(first.payload)
    const png = await renderAndShoot(second.payload, 5, "vietqr-second-session")
    expect(decodePng(png)).toBe(second.payload)
    const blank = await renderAndShoot(null, 5, "vietqr-blank")
    expect(() => decodePng(blank)).toThrow()
  })
})
