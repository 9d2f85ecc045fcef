import type { Command } from "concurrently"

const exited = (command: Command) => command.exited || command.state !== "started"

/**
 * Asks each command to stop, waits for them to exit, and forces whatever is left after the grace
 * period. The database must outlive its clients: Medusa's graceful shutdown waits on it.
 */
export async function stopCommands(commands: Command[], graceMs = 15_000): Promise<void> {
  for (const command of commands) if (!exited(command)) command.kill("SIGTERM")
  const deadline = Date.now() + graceMs
  while (commands.some((command) => !exited(command)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const command of commands) if (!exited(command)) command.kill("SIGKILL")
}
