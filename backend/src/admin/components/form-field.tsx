import { Input, Label, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export const FormField = ({
  label,
  htmlFor,
  hint,
  children,
}: {
  label: string
  htmlFor: string
  hint?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={htmlFor} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

export const TextField = ({
  id,
  label,
  value,
  onChange,
  type = "text",
  hint,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: "text" | "date" | "number"
  hint?: string
}) => (
  <FormField label={label} htmlFor={id} hint={hint}>
    <Input
      id={id}
      name={id}
      type={type}
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  </FormField>
)

/** Radix select; an empty value is represented by NONE because Radix refuses "". */
export const NONE = "__none__"

export const SelectField = ({
  id,
  label,
  value,
  onChange,
  options,
  allowNone,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  allowNone?: string
}) => (
  <FormField label={label} htmlFor={id}>
    <Select value={value || NONE} onValueChange={(next) => onChange(next === NONE ? "" : next)}>
      <Select.Trigger id={id} data-testid={`select-${id}`}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {allowNone && <Select.Item value={NONE}>{allowNone}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </FormField>
)
