import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { ProducerForm } from "../../components/producer-form"
import { both } from "../../lib/labels"
import { useOcopProducers, useOcopReference } from "../../lib/ocop-queries"

/** Producers (chủ thể OCOP): companies, cooperatives and households behind OCOP products. */
const OcopProducersPage = () => {
  const { data, isLoading, error } = useOcopProducers()
  const reference = useOcopReference()
  const kindLabel = (code: string) => {
    const kind = reference.data?.producer_kinds.find((k) => k.code === code)
    return kind ? both(kind) : code
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Chủ thể OCOP · OCOP producers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh · Companies, cooperatives,
            households
          </Text>
        </div>
        <ProducerForm />
      </div>
      {isLoading && <Text className="px-6 py-4">Đang tải… · Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{error.message}</Text>}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên · Name</Table.HeaderCell>
              <Table.HeaderCell>Loại hình · Kind</Table.HeaderCell>
              <Table.HeaderCell>Mã số thuế · Tax id</Table.HeaderCell>
              <Table.HeaderCell>Huyện cũ · Former district</Table.HeaderCell>
              <Table.HeaderCell>Điện thoại · Phone</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.producers.map((producer) => (
              <Table.Row key={producer.id}>
                <Table.Cell>{producer.name}</Table.Cell>
                <Table.Cell>{kindLabel(producer.kind)}</Table.Cell>
                <Table.Cell>{producer.tax_id ?? "—"}</Table.Cell>
                <Table.Cell>{producer.legacy_district ?? "—"}</Table.Cell>
                <Table.Cell>{producer.phone ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chủ thể OCOP · Producers",
  icon: BuildingStorefront,
})

export default OcopProducersPage
