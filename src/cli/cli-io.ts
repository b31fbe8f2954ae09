/** What a CLI command reads and writes: its streams, its folder and its environment. */
import type { Environment } from "../environment.js";

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  env: Environment;
}
