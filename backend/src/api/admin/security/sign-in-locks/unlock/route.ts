import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnlockSignInResponse } from "@ocop/sdk"
import { signInAccount } from "../../../../abuse/guards"
import { abuseGuards } from "../../../../abuse/instance"
import type { AdminUnlockSignInType } from "../../validators"

/**
 * Lifts a sign-in lock before it runs out (a staff member who mistyped, a customer on the phone):
 * the account may sign in at once and its next lock starts short again.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUnlockSignInType>,
  res: MedusaResponse<AdminUnlockSignInResponse>
) {
  const { actor_type, email } = req.validatedBody
  const account = signInAccount(actor_type, email)
  if (account) await abuseGuards.signIn.unlock(account)
  const normalized = email.trim().toLowerCase()
  req.scope
    .resolve("logger")
    .info(`sign-in: ${actor_type} ${normalized} unlocked by admin ${req.auth_context.actor_id}`)
  res.json({ actor_type, email: normalized, unlocked: true })
}
