import { z } from "@medusajs/framework/zod"

export const AdminUnlockSignIn = z.object({
  /** The auth actor whose sign-in is locked: "user" (admin) or "customer". */
  actor_type: z.string().regex(/^[a-z_]+$/, "actor_type: must be an actor type such as user"),
  email: z.string().email("email: must be an email address"),
})
export type AdminUnlockSignInType = z.infer<typeof AdminUnlockSignIn>
