/**
 * The Slurm job a wrapped `sbatch` submitted, read from its output as it passes through: `Submitted
 * batch job 123` (optionally `on cluster NAME`), or with --parsable a line that is only `123` or
 * `123;cluster`. The first `Submitted` line wins; a bare number counts only when there is none (a
 * script that prints numbers before its sbatch then does not mislead).
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
  private submitted?: SlurmJobRef;
  private parsable?: SlurmJobRef;

  push(chunk: Buffer | string): void {
    if (this.submitted) return;
    const lines = (this.partial + chunk.toString()).split(/\r?\n/);
    this.partial = (lines.pop() ?? "").slice(-MAX_LINE);
    for (const line of lines) {
      this.read(line);
      if (this.submitted) return;
    }
  }

  private read(line: string): void {
    const submitted = SUBMITTED.exec(line);
    if (submitted) this.submitted = ref(submitted);
    const parsable = PARSABLE.exec(line.trim());
    if (parsable && !this.parsable) this.parsable = ref(parsable);
  }

  /** The job, once the output has ended (an unterminated last line counts too). */
  get job(): SlurmJobRef | undefined {
    if (!this.submitted && this.partial) {
      this.read(this.partial);
      this.partial = "";
    }
    return this.submitted ?? this.parsable;
  }
}

const ref = (match: RegExpExecArray): SlurmJobRef => ({
  id: match[1],
  ...(match[2] && { cluster: match[2] }),
});
