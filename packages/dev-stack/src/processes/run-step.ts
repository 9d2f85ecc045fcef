import { concurrently } from "concurrently"

export interface StepCommand {
  name: string
  command: string
  cwd: string
  env: Record<string, string | undefined>
}

/** Runs one finite command (migrate, seed) with prefixed output; rejects when it fails. */
export async function runStep(step: StepCommand): Promise<void> {
  const { result } = concurrently([{ ...step, prefixColor: "gray" }], {
    prefix: "name",
    raw: false,
  })
  try {
    await result
  } catch {
    throw new Error(`${step.name} failed (command: ${step.command} in ${step.cwd})`)
  }
}
