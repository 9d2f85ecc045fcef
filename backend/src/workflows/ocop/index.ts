export { announceCertificateExpiryWorkflow } from "./announce-workflow"
export {
  issueOcopCertificateWorkflow,
  revokeOcopCertificateWorkflow,
} from "./certificate-workflows"
export { OcopCertificateEvents } from "./events"
export {
  createOcopProducerWorkflow,
  deleteOcopProducerWorkflow,
  updateOcopProducerWorkflow,
} from "./producer-workflows"
export { refreshOcopSearchKeysWorkflow, setOcopProductProfileWorkflow } from "./profile-workflows"
export type { CertificateExpiryEventData } from "./steps/announce-steps"
export type * from "./types"
