/**
 * The NODE_ENV values that may run on development secrets and get the demo admin. Medusa's CLI
 * sets NODE_ENV for every command (development, production for `medusa start`); unset counts as
 * development like there.
 */
export function isDevelopmentNodeEnv(nodeEnv: string | undefined): boolean {
  return nodeEnv === undefined || nodeEnv === "" || nodeEnv === "development" || nodeEnv === "test"
}

/**
 * Settings are read whole before the server refuses to start, so that an operator learns every
 * wrong variable at once instead of fixing them one restart at a time.
 */
export interface SettingsCheck<T> {
  value: T
  /** One sentence per wrong variable, each naming it. */
  problems: string[]
}

export interface SecretRules {
  /** The public value a developer's machine runs with. */
  development: string
  minLength: number
}

/**
 * What is wrong with a secret outside development: unset (the development value would be used),
 * set to the development value, or too short to resist guessing. Empty when it is fine.
 */
export function secretProblems(
  name: string,
  given: string | undefined,
  rules: SecretRules
): string[] {
  const hint = `at least ${rules.minLength} characters, e.g. openssl rand -hex 32`
  if (!given) return [`${name} is not set, so the public development value would be used (${hint})`]
  if (given === rules.development) return [`${name} is the public development value (${hint})`]
  if (given.length < rules.minLength) {
    return [`${name} has ${given.length} characters; it needs ${hint}`]
  }
  return []
}
