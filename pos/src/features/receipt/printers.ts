/**
 * Sending ESC/POS bytes to a receipt printer from the browser: Web Serial (most Bluetooth and
 * USB-serial printers) or WebUSB (USB printers with a bulk OUT endpoint). Both need a tap to
 * choose the device the first time; Chromium remembers the permission afterwards.
 */
interface SerialPortLike {
  open(options: { baudRate: number }): Promise<void>
  close(): Promise<void>
  writable: WritableStream<Uint8Array> | null
}
interface UsbEndpointLike {
  direction: "in" | "out"
  type: string
  endpointNumber: number
}
interface UsbDeviceLike {
  open(): Promise<void>
  close(): Promise<void>
  selectConfiguration(value: number): Promise<void>
  claimInterface(number: number): Promise<void>
  transferOut(endpoint: number, data: Uint8Array): Promise<unknown>
  configuration: {
    interfaces: { interfaceNumber: number; alternate: { endpoints: UsbEndpointLike[] } }[]
  } | null
}
interface PrinterNavigator {
  serial?: { requestPort(): Promise<SerialPortLike> }
  usb?: { requestDevice(options: { filters: object[] }): Promise<UsbDeviceLike> }
}

export function printerTransportAvailable(): boolean {
  const nav = navigator as unknown as PrinterNavigator
  return Boolean(nav.serial || nav.usb)
}

export async function sendToPrinter(bytes: Uint8Array): Promise<void> {
  const nav = navigator as unknown as PrinterNavigator
  if (nav.serial) {
    const port = await nav.serial.requestPort()
    await port.open({ baudRate: 9600 })
    try {
      const writer = port.writable?.getWriter()
      if (!writer) throw new Error("printer port is not writable")
      await writer.write(bytes)
      writer.releaseLock()
    } finally {
      await port.close()
    }
    return
  }
  if (nav.usb) {
    const device = await nav.usb.requestDevice({ filters: [] })
    await device.open()
    try {
      if (!device.configuration) await device.selectConfiguration(1)
      const found = device.configuration?.interfaces
        .map((usbInterface) => ({
          usbInterface,
          endpoint: usbInterface.alternate.endpoints.find(
            (endpoint) => endpoint.direction === "out" && endpoint.type === "bulk"
          ),
        }))
        .find((candidate) => candidate.endpoint)
      if (!found?.endpoint) throw new Error("no bulk OUT endpoint on this USB device")
      await device.claimInterface(found.usbInterface.interfaceNumber)
      await device.transferOut(found.endpoint.endpointNumber, bytes)
    } finally {
      await device.close()
    }
    return
  }
  throw new Error("no WebUSB or Web Serial")
}
