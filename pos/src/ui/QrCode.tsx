import QRCode from "qrcode"
import { useEffect, useState } from "react"

/** A QR drawn as SVG (crisp at any size, prints sharp on thermal and laser paper). */
export function QrCode(props: { value: string; size: number; label: string; testId?: string }) {
  const [svg, setSvg] = useState("")
  useEffect(() => {
    let cancelled = false
    void QRCode.toString(props.value, { type: "svg", margin: 2, errorCorrectionLevel: "M" }).then(
      (markup) => {
        if (!cancelled) setSvg(markup)
      }
    )
    return () => {
      cancelled = true
    }
  }, [props.value])
  return (
    <div
      className="qr"
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      data-payload={props.value}
      style={{ width: props.size, height: props.size }}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG markup generated locally by the qrcode library from our own payload
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  )
}
