import { runSpecGroup } from "../helpers/runner"

await runSpecGroup("plain")
