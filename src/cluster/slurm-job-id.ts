/**
 * The Slurm job a wrapped `sbatch` submitted, read from its output as it passes through: `Submitted
 * batch job 123` (optionally `on cluster NAME`), or with --parsable a line that is only `123` or
 * `123;cluster`. The first one seen wins.
 */
export interface SlurmJobRef {
  id: string;
  cluster?: string;
}

const SUBMITTED = /Submitted batch job (\d+)(?: on cluster (\S+))?/;
const PARSABLE = /^(\d+)(?:;(\S+))?$/;
/** A line longer than this is not sbatch's; only its end is kept while waiting for the newline. */
const MAX_LINE = 4096;

export class JobIdScanner {
  private partial = "";
  private found?: SlurmJobRef;

  push(chunk: Buffer | string): void {
    if (this.found) return;
    const lines = (this.partial + chunk.toString()).split(/\r?\n/);
    this.partial = (lines.pop() ?? "").slice(-MAX_LINE);
    for (const line of lines) {
      this.found = parseLine(line);
      if (this.found) return;
    }
  }

  /** The job, once the output has ended (an unterminated last line counts too). */
  get job(): SlurmJobRef | undefined {
    return this.found ?? parseLine(this.partial);
  }
}

function parseLine(line: string): SlurmJobRef | undefined {
  const match = SUBMITTED.exec(line) ?? PARSABLE.exec(line.trim());
  if (!match) return undefined;
  return { id: match[1], ...(match[2] && { cluster: match[2] }) };
}
