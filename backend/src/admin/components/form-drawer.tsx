import { Button, Drawer, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

/** A drawer holding one form; the API's message (which names the field) shows above the buttons. */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  trigger,
  error,
  pending,
  onSubmit,
  submitLabel,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  trigger: ReactNode
  error?: string | null
  pending: boolean
  onSubmit: () => void
  submitLabel: string
  children: ReactNode
}) => {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer className="flex flex-col items-stretch gap-y-2">
            {error && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
            <div className="flex justify-end gap-x-2">
              <Drawer.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  Huỷ · Cancel
                </Button>
              </Drawer.Close>
              <Button size="small" type="submit" isLoading={pending}>
                {submitLabel}
              </Button>
            </div>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
