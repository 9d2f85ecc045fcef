import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { CertificateForm } from "../components/certificate-form"
import { OcopRow } from "../components/ocop-row"
import { OcopStatusBadge } from "../components/ocop-status-badge"
import { ProfileForm } from "../components/profile-form"
import { RevokeForm } from "../components/revoke-form"
import { both, stars } from "../lib/labels"
import { useOcopProduct, useOcopReference } from "../lib/ocop-queries"

/** The OCOP panel on the product page: stars, group, origin, producer and current certificate. */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data: panel, isLoading, error } = useOcopProduct(product.id)
  const reference = useOcopReference()
  const profile = panel?.profile ?? null
  const current = panel?.current_certificate ?? null
  const group = reference.data?.product_groups.find((g) => g.code === profile?.product_group)
  const subGroup = group?.subGroups.find((s) => s.code === profile?.sub_group)

  return (
    <Container className="divide-y p-0" data-testid="ocop-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Mỗi xã một sản phẩm · One Commune One Product
          </Text>
        </div>
        {panel && (
          <Badge size="small" color={panel.badge ? "green" : "grey"} data-testid="ocop-badge">
            {panel.badge
              ? "Được gắn nhãn OCOP · OCOP badge shown"
              : "Không gắn nhãn OCOP · No OCOP badge"}
          </Badge>
        )}
      </div>
      {isLoading && (
        <Text size="small" className="px-6 py-4">
          Đang tải… · Loading…
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {panel && (
        <>
          <OcopRow label="Hạng sao · Stars" testId="ocop-stars">
            {current
              ? `${stars(current.stars)} ${current.stars} sao · ${current.stars} stars`
              : null}
          </OcopRow>
          <OcopRow label="Nhóm sản phẩm · Group" testId="ocop-group">
            {group ? [both(group), subGroup && both(subGroup)].filter(Boolean).join(" — ") : null}
          </OcopRow>
          <OcopRow label="Xuất xứ · Origin" testId="ocop-origin">
            {profile
              ? [
                  profile.origin_label,
                  profile.legacy_district && `huyện cũ ${profile.legacy_district}`,
                ]
                  .filter(Boolean)
                  .join(" · ") || null
              : null}
          </OcopRow>
          <OcopRow label="Chủ thể · Producer" testId="ocop-producer">
            {panel.producer?.name ?? null}
          </OcopRow>
          <OcopRow label="Chứng nhận · Certificate" testId="ocop-certificate">
            {current ? (
              <div className="flex flex-col gap-y-1">
                <span data-testid="ocop-decision-number">{current.decision_number}</span>
                <span>
                  {current.issuer_name}
                  {current.issuer_level_label ? ` (${both(current.issuer_level_label)})` : ""}
                </span>
                <span>Hiệu lực đến · Valid to: {current.valid_to_vi}</span>
                <div>
                  <OcopStatusBadge status={current.status} />
                </div>
              </div>
            ) : null}
          </OcopRow>
          <div className="flex flex-wrap justify-end gap-2 px-6 py-4">
            <ProfileForm productId={product.id} profile={profile} />
            <CertificateForm productId={product.id} current={current} />
            {current && !current.revoked_at && <RevokeForm certificate={current} />}
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductOcopWidget
