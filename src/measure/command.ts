/**
 * Runs the wrapped command as if we were not there: it inherits stdin, stdout and stderr, receives the
 * SIGINT/SIGTERM we receive, and its exit code becomes ours. A command that cannot be started is
 * exit 127, as in a shell, with the reason.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:os";

export interface CommandResult {
  exitCode: number;
  signal?: NodeJS.Signals;
  /** Set when the command could not be started at all. */
  error?: string;
}

const FORWARDED: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export function runCommand(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; onSpawn?: () => void; onStdout?: (chunk: Buffer) => void } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    // Reading the command's output (sbatch's job id) means a pipe, passed straight through to ours.
    const { onStdout } = options;
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        stdio: onStdout ? ["inherit", "pipe", "inherit"] : "inherit",
        env: options.env ?? process.env,
      });
    } catch (error) {
      // Node refuses some arguments before trying (a NUL byte in one): the command cannot be started.
      resolve({ exitCode: 1, error: `cannot run ${command}: ${(error as Error).message}` });
      return;
    }
    child.stdout?.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      onStdout?.(chunk);
    });
    // The last output can arrive after the exit; a grandchild holding the pipe open must not hold us.
    const drained = () =>
      !child.stdout || child.stdout.readableEnded
        ? Promise.resolve()
        : new Promise<void>((done) => {
            child.stdout?.once("end", done);
            setTimeout(done, 500).unref();
          });
    const forward = (signal: NodeJS.Signals) => {
      // On a TTY the terminal sends SIGINT to the whole process group, the child included; sending
      // it again is harmless, and it is what delivers it when only we were signalled (CI cancel).
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const cleanup = () => {
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    child.once("spawn", () => options.onSpawn?.());
    child.once("error", (error: NodeJS.ErrnoException) => {
      cleanup();
      const notFound = error.code === "ENOENT";
      resolve({
        exitCode: notFound ? 127 : error.code === "EACCES" ? 126 : 1,
        error: notFound
          ? `command not found: ${command} (not on PATH, or no such file)`
          : `cannot run ${command}: ${error.message}`,
      });
    });
    child.once("exit", (code, signal) => {
      cleanup();
      void drained().then(() => {
        if (signal) {
          // A shell reports death by signal N as 128 + N; CI systems and users expect the same from us.
          resolve({ exitCode: 128 + (constants.signals[signal] ?? 0), signal });
        } else {
          resolve({ exitCode: code ?? 1 });
        }
      });
    });
  });
}
