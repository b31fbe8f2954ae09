/**
 * Before the wrapped command starts, the action's own process becomes unreadable to it. The command
 * runs as the same user as the action, and a process of the same user may read another's
 * /proc/<pid>/environ and /proc/<pid>/mem, where the action's inputs are (the job token among them).
 * Linux's prctl(PR_SET_DUMPABLE, 0) takes that away: the kernel then allows those reads only to a
 * process with CAP_SYS_PTRACE (root). execve resets the flag, so it covers this process alone; what
 * the command itself is given is command-env.ts's business.
 */
const PR_GET_DUMPABLE = 3;
const PR_SET_DUMPABLE = 4;

export type Hardening = { ok: true } | { ok: false; reason: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function hardenProcess(platform: NodeJS.Platform = process.platform): Promise<Hardening> {
  if (platform !== "linux") {
    return { ok: false, reason: `the process is only made unreadable on Linux, not on ${platform}` };
  }
  let koffi: typeof import("koffi").default;
  try {
    // A real dynamic import, as for NVML: koffi ships beside the bundle in dist/node_modules, and the
    // command must still run where its native module cannot load.
    koffi = (await import(/* webpackIgnore: true */ "koffi")).default;
  } catch (error) {
    return {
      ok: false,
      reason: `koffi (the FFI module prctl is called through) failed to load: ${message(error)}`,
    };
  }
  try {
    // null is the running program, and with it the C library node is linked against.
    const prctl = koffi
      .load(null)
      .func(
        "int prctl(int option, unsigned long arg2, unsigned long arg3, unsigned long arg4, unsigned long arg5)",
      );
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) !== 0 || prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) !== 0) {
      return { ok: false, reason: "prctl(PR_SET_DUMPABLE, 0) was refused" };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `prctl could not be called: ${message(error)}` };
  }
}
