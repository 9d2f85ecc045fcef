// The parts of autocannon 8 the bench uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events"

  interface Options {
    url: string
    headers?: Record<string, string>
    connections?: number
    duration?: number
    /** Requests to send instead of a duration. */
    amount?: number
    /** Seconds before a request counts as a timeout (default 10). */
    timeout?: number
  }

  interface Result {
    "2xx": number
    non2xx: number
    errors: number
    timeouts: number
    duration: number
  }

  interface Instance extends EventEmitter, PromiseLike<Result> {}

  function autocannon(options: Options): Instance
  export default autocannon
}
