import { runSpecGroup } from "../helpers/runner"

await runSpecGroup("vietqr")
