/**
 * A reader that goes away (`carbon-budget ... | head`) closes our stdout or stderr: writes then fail
 * with EPIPE, which Node raises as an error event and, unhandled, as a crash with exit 1. Nothing more
 * can be said to a reader that has left, so those errors are dropped: the exit code stays the
 * command's (the wrapped command's, for `run`).
 */
const GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

export function ignoreClosedReaders(streams: readonly NodeJS.WriteStream[]): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (!GONE.has(error.code ?? "")) throw error;
    });
  }
}
