/** Emitted by announceCertificateExpiryWorkflow once per certificate and status. */
export const OcopCertificateEvents = {
  EXPIRING: "ocop.certificate.expiring",
  EXPIRED: "ocop.certificate.expired",
} as const
