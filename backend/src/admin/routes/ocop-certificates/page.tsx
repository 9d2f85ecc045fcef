import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { OcopStatusBadge } from "../../components/ocop-status-badge"
import { stars } from "../../lib/labels"
import { useExpiringCertificates } from "../../lib/ocop-queries"

const DEFAULT_DAYS = 60

/** The renewal list: current certificates ending within N days (and those already expired). */
const OcopCertificatesPage = () => {
  const [days, setDays] = useState(DEFAULT_DAYS)
  const { data, isLoading, error } = useExpiringCertificates(days)
  const rows = data?.certificates ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Chứng nhận OCOP sắp hết hạn · Expiring OCOP certificates</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chứng nhận hiện hành hết hạn trong {days} ngày tới, gần nhất trước · Current
            certificates ending within {days} days, soonest first
          </Text>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="days" size="xsmall">
            Số ngày · Days
          </Label>
          <Input
            id="days"
            type="number"
            size="small"
            className="w-24"
            min={0}
            value={days}
            onChange={(event) => setDays(Math.max(0, Number(event.target.value) || 0))}
          />
        </div>
      </div>
      {isLoading && <Text className="px-6 py-4">Đang tải… · Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{error.message}</Text>}
      {data && rows.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">
          Không có chứng nhận nào sắp hết hạn · Nothing expires in this window
        </Text>
      )}
      {rows.length > 0 && (
        <Table data-testid="ocop-expiring-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm · Product</Table.HeaderCell>
              <Table.HeaderCell>Số quyết định · Decision</Table.HeaderCell>
              <Table.HeaderCell>Hạng · Stars</Table.HeaderCell>
              <Table.HeaderCell>Cơ quan cấp · Issuer</Table.HeaderCell>
              <Table.HeaderCell>Hiệu lực đến · Valid to</Table.HeaderCell>
              <Table.HeaderCell>Còn lại · Days left</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái · Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((cert) => (
              <Table.Row key={cert.id}>
                <Table.Cell>
                  <Link to={`/products/${cert.product_id}`} className="text-ui-fg-interactive">
                    {cert.product?.title ?? cert.product_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{cert.decision_number}</Table.Cell>
                <Table.Cell title={`${cert.stars}`}>{stars(cert.stars)}</Table.Cell>
                <Table.Cell>{cert.issuer_name}</Table.Cell>
                <Table.Cell>{cert.valid_to_vi}</Table.Cell>
                <Table.Cell>{cert.days_until_expiry}</Table.Cell>
                <Table.Cell>
                  <OcopStatusBadge status={cert.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chứng nhận OCOP · Certificates",
  icon: ShieldCheck,
})

export default OcopCertificatesPage
