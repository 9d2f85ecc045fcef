import { BrowserMultiFormatReader, type IScannerControls } from "@zxing/browser"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Modal } from "../../ui/Modal"

/** The tablet's camera as a scanner (ZXing): the first code read closes the dialog. */
export function CameraScanner(props: { onScan: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  const [error, setError] = useState<string | null>(null)
  const { onScan } = props

  useEffect(() => {
    const reader = new BrowserMultiFormatReader()
    let controls: IScannerControls | undefined
    let done = false
    if (!video.current) return
    reader
      .decodeFromVideoDevice(undefined, video.current, (result, _error, scanner) => {
        if (result && !done) {
          done = true
          scanner.stop()
          onScan(result.getText())
        }
      })
      .then((started) => {
        controls = started
        if (done) started.stop()
      })
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : String(failure))
      )
    return () => {
      done = true
      controls?.stop()
    }
  }, [onScan])

  return (
    <Modal title={t("sale.camera")} onClose={props.onClose} wide>
      <div className="camera-frame">
        <video ref={video} muted playsInline />
        <div className="camera-target" aria-hidden="true" />
      </div>
      <p className="muted">
        {error ? t("sale.cameraError", { message: error }) : t("sale.cameraHint")}
      </p>
    </Modal>
  )
}
