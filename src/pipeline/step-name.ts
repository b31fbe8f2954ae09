/** A step's name when none is given: the CLI's `--step` and the action's `step` input share it. */

/** Programs that run another program: the name is that program's. */
const WRAPPERS =
  /^(uv|uvx|poetry|pipenv|pdm|hatch|pixi|conda|mamba|micromamba|srun|mpirun|mpiexec|horovodrun|nohup|time|env)$/;
/** Of the wrappers, those whose first word is a subcommand: `uv run`, `conda run`. */
const SUBCOMMAND = /^(uv|poetry|pipenv|pdm|hatch|pixi|conda|mamba|micromamba)$/;
/** Programs that run a script (or a module with -m): the name is the script's. */
const INTERPRETERS =
  /^(python[\d.]*|pypy[\d.]*|node|bun|deno|bash|sh|zsh|Rscript|julia|torchrun|deepspeed|accelerate)$/;
/** Modules that are launchers themselves: `python -m torch.distributed.run ... train.py`. */
const LAUNCHER_MODULES =
  /^(torch\.distributed\.(run|launch)|accelerate\.commands\.launch|deepspeed\.launcher\.runner)$/;
const SCRIPT = /\.(py|js|mjs|cjs|ts|sh|bash|r|jl)$/i;

const base = (path: string) => path.split("/").pop() ?? path;
const isOption = (word: string) => word.startsWith("-") && word.length > 1;

/**
 * The first word that is not an option and, if it can be told, not an option's value: a launcher's
 * options mostly take values (`--nproc_per_node 8`, `-n env`), but some are flags (`--frozen`), so
 * a word right after a bare option is taken only when nothing better follows.
 */
function firstPositional(words: readonly string[]): number {
  const loose = words.findIndex((word) => !isOption(word));
  const strict = words.findIndex(
    (word, i) =>
      !isOption(word) &&
      !/^\d+$/.test(word) &&
      !(i > 0 && isOption(words[i - 1] ?? "") && !words[i - 1]?.includes("=")),
  );
  return strict !== -1 ? strict : loose;
}

/** The script or module a command line runs, through launchers and environment runners. */
function scriptOf(command: string, args: readonly string[]): string | undefined {
  let program = base(command);
  let rest = [...args];
  // Each turn peels one launcher; a command line nests a few at most (`srun uv run torchrun x.py`).
  for (let turn = 0; turn < 8; turn += 1) {
    if (WRAPPERS.test(program)) {
      if (SUBCOMMAND.test(program)) {
        const run = rest.indexOf("run");
        if (run === -1) return undefined;
        rest = rest.slice(run + 1);
      }
      if (program === "env") rest = rest.filter((word) => !/^\w+=/.test(word));
      // A known program or a script among the words wins over guessing which words are values.
      const known = rest.findIndex(
        (word) =>
          !isOption(word) &&
          (INTERPRETERS.test(base(word)) || WRAPPERS.test(base(word)) || SCRIPT.test(word)),
      );
      const next = known !== -1 ? known : firstPositional(rest);
      if (next === -1) return undefined;
      program = base(rest[next] ?? "");
      rest = rest.slice(next + 1);
      if (SCRIPT.test(program)) return program;
      continue;
    }
    if (!INTERPRETERS.test(program)) return turn === 0 ? undefined : program;
    if (program === "accelerate") {
      if (rest[0] !== "launch") return undefined;
      rest = rest.slice(1);
    }
    const module = rest.findIndex((word) => word === "-m" || word === "--module");
    const script = rest.findIndex((word) => !isOption(word) && SCRIPT.test(word));
    // Inline code (`python -c`, `node -e`) has no script: the interpreter names the step. A `-c` after
    // the script is the script's own option (`train.py -c config.yaml`).
    const inline = rest.findIndex((word) => word === "-c" || word === "-e" || word === "--eval");
    if (inline !== -1 && (script === -1 || inline < script) && (module === -1 || inline < module))
      return undefined;
    if (module !== -1 && (script === -1 || module < script)) {
      const name = rest[module + 1];
      if (name === undefined) return undefined;
      if (!LAUNCHER_MODULES.test(name)) return name;
      rest = rest.slice(module + 2);
      program = "torchrun";
      continue;
    }
    if (script !== -1) return base(rest[script] ?? "");
    const next = rest.findIndex(
      (word) => !isOption(word) && (INTERPRETERS.test(base(word)) || WRAPPERS.test(base(word))),
    );
    if (next !== -1) {
      program = base(rest[next] ?? "");
      rest = rest.slice(next + 1);
      continue;
    }
    const positional = firstPositional(rest);
    return positional === -1 ? undefined : base(rest[positional] ?? "");
  }
  return undefined;
}

/**
 * `python train.py --epochs 3` is step `train`, and so is `torchrun --nproc_per_node 8 train.py`,
 * `accelerate launch --config_file a.yaml train.py` or `uv run python train.py`: the script says more
 * than the launcher. `python -m pkg.train` is `pkg.train`. Inline code (`python -c`, `node -e`) keeps
 * the interpreter's name; a program of its own (`make train`) is its own name.
 */
export function defaultStepName(command: string, args: string[]): string {
  const name = base(scriptOf(command, args) ?? base(command))
    .replace(/\.(py|js|mjs|cjs|ts|sh|bash|r|jl)$/i, "")
    .replace(/[^\w.\- ]+/g, "-")
    .slice(0, 100);
  return /\w/.test(name) ? name : "run";
}

/** The step's name: the one given, else one made from a shell command line (`python train.py` -> `train`). */
export function stepName(given: string | undefined, command: string): string {
  const words = command.trim().split(/\s+/);
  return given || defaultStepName(words[0] ?? "run", words.slice(1));
}
