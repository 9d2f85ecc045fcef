import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
  Logger,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { hashPin, PIN_PATTERN, verifyPin } from "./pin-hash"
import { checkSignInTicket } from "./sign-in-ticket"

export interface PosPinAuthOptions {
  /** Secret that signs the sign-in tickets of the POS route (the app's JWT secret). */
  ticketSecret: string
}

interface PinBody {
  clerk_id?: unknown
  register_id?: unknown
  pin?: unknown
  ticket?: unknown
}

const WRONG = "Invalid clerk or PIN"

/**
 * Auth provider "pos-pin": a clerk's identity is keyed by the clerk id, holds the scrypt hash of the
 * PIN (provider_metadata.pin_hash, never returned) and the register the clerk belongs to
 * (user_metadata.register_id). Sign-in works only with a ticket from POST /pos/auth/sign-in.
 */
class PosPinAuthProviderService extends AbstractAuthModuleProvider {
  static override identifier = "pos-pin"
  static override DISPLAY_NAME = "POS PIN"

  protected readonly options_: PosPinAuthOptions
  protected readonly logger_: Logger

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.ticketSecret !== "string" || options.ticketSecret.length < 16) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "pos-pin auth provider needs a ticketSecret of at least 16 characters"
      )
    }
  }

  constructor(container: { logger: Logger }, options: PosPinAuthOptions) {
    super()
    this.options_ = options
    this.logger_ = container.logger
  }

  private providerIdentity(identity: AuthIdentityDTO) {
    return identity.provider_identities?.find((p) => p.provider === this.provider)
  }

  private sanitize(identity: AuthIdentityDTO): AuthIdentityDTO {
    const copy = JSON.parse(JSON.stringify(identity)) as AuthIdentityDTO
    const own = this.providerIdentity(copy)
    if (own?.provider_metadata) delete own.provider_metadata.pin_hash
    return copy
  }

  private async find(
    clerkId: string,
    service: AuthIdentityProviderService
  ): Promise<AuthIdentityDTO | null> {
    try {
      return await service.retrieve({ entity_id: clerkId })
    } catch (error) {
      if ((error as MedusaError).type === MedusaError.Types.NOT_FOUND) return null
      throw error
    }
  }

  async authenticate(
    data: AuthenticationInput,
    service: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const body = (data.body ?? {}) as PinBody
    const { clerk_id, register_id, pin, ticket } = body
    if (typeof clerk_id !== "string" || typeof register_id !== "string") {
      return { success: false, error: WRONG }
    }
    if (!checkSignInTicket(this.options_.ticketSecret, ticket, { clerk_id, register_id })) {
      return { success: false, error: "PIN sign-in goes through POST /pos/auth/sign-in" }
    }
    if (typeof pin !== "string" || !PIN_PATTERN.test(pin)) return { success: false, error: WRONG }
    const identity = await this.find(clerk_id, service)
    const own = identity ? this.providerIdentity(identity) : undefined
    if (!identity || !own || own.user_metadata?.register_id !== register_id) {
      return { success: false, error: WRONG }
    }
    if (!(await verifyPin(pin, own.provider_metadata?.pin_hash))) {
      return { success: false, error: WRONG }
    }
    return { success: true, authIdentity: this.sanitize(identity) }
  }

  /** Creates a clerk's identity: body {clerk_id, register_id, pin}. Used by the clerk workflows. */
  override async register(
    data: AuthenticationInput,
    service: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const { clerk_id, register_id, pin } = (data.body ?? {}) as PinBody
    if (typeof clerk_id !== "string" || typeof register_id !== "string") {
      return { success: false, error: "clerk_id and register_id are required" }
    }
    if (typeof pin !== "string" || !PIN_PATTERN.test(pin)) {
      return { success: false, error: "PIN must be 4 to 6 digits" }
    }
    if (await this.find(clerk_id, service)) {
      return { success: false, error: `Clerk ${clerk_id} already has a PIN identity` }
    }
    const created = await service.create({
      entity_id: clerk_id,
      provider_metadata: { pin_hash: await hashPin(pin) },
      user_metadata: { register_id },
    })
    return { success: true, authIdentity: this.sanitize(created) }
  }

  /** Changes a PIN: {entity_id: clerk id, pin}. */
  override async update(
    data: Record<string, unknown>,
    service: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const { entity_id, pin } = data
    if (typeof entity_id !== "string") return { success: false, error: "entity_id is required" }
    if (typeof pin !== "string" || !PIN_PATTERN.test(pin)) {
      return { success: false, error: "PIN must be 4 to 6 digits" }
    }
    const updated = await service.update(entity_id, {
      provider_metadata: { pin_hash: await hashPin(pin) },
    })
    return { success: true, authIdentity: this.sanitize(updated) }
  }
}

export default PosPinAuthProviderService
