import { dirname, join } from "node:path"
import { MedusaError } from "@medusajs/framework/utils"

type Middleware = (req: LocaleRequest, res: unknown, next: (error?: unknown) => void) => unknown

interface LocaleRequest {
  query?: Record<string, unknown>
}

const GUARDED = Symbol.for("ocop.localeQueryGuard")

/**
 * Medusa 2.21 reads `?locale=` on every /store request in a middleware that runs before any of
 * ours (framework/http/middlewares/apply-locale). Given `locale[]=x` or `locale[a]=x` it calls
 * String#split on an array or object and, being async, leaves the rejection unhandled: the
 * request never gets an answer. Store routes are public, so that is a way to pile up hanging
 * connections. This wraps Medusa's middleware before its API loader registers it (medusa-config
 * runs first): a locale that is not one string is a 400 naming the field, and any other failure
 * reaches Medusa's error handler instead of hanging.
 */
export function guardLocaleQuery(): void {
  const file = join(
    dirname(require.resolve("@medusajs/framework")),
    "http/middlewares/apply-locale.js"
  )
  const module = require(file) as { applyLocale: Middleware & { [GUARDED]?: true } }
  const original = module.applyLocale
  if (typeof original !== "function" || original[GUARDED]) return
  const guarded: Middleware & { [GUARDED]?: true } = (req, res, next) => {
    const locale = req.query?.locale
    if (locale !== undefined && typeof locale !== "string") {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Field 'locale' must be one language tag, such as vi-VN or en-US"
        )
      )
    }
    return Promise.resolve()
      .then(() => original(req, res, next))
      .catch(next)
  }
  guarded[GUARDED] = true
  module.applyLocale = guarded
}
