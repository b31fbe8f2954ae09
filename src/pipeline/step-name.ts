/** A step's name when none is given: the CLI's `--step` and the action's `step` input share it. */

/**
 * `python train.py --epochs 3` is step `train`, `python -m pkg.train` is `pkg.train`: the script says
 * more than the interpreter. Inline code (`python -c`, `node -e`) keeps the interpreter's name.
 */
export function defaultStepName(command: string, args: string[]): string {
  const interpreters = /^(python[\d.]*|node|bash|sh|uv|poetry|accelerate|torchrun|deepspeed|Rscript|julia)$/;
  const base = (path: string) => path.split("/").pop() ?? path;
  const first = base(command);
  let script: string | undefined;
  if (interpreters.test(first)) {
    const module = args.indexOf("-m");
    const inline = args.some((a) => a === "-c" || a === "-e" || a === "--eval");
    if (module !== -1 && args[module + 1]) script = args[module + 1];
    // `uv run python train.py`: skip launcher words to reach the script.
    else if (!inline)
      script = args.find((a) => !a.startsWith("-") && a !== "run" && !interpreters.test(base(a)));
  }
  const name = base(script ?? first)
    .replace(/\.(py|js|mjs|cjs|ts|sh|r|jl)$/i, "")
    .replace(/[^\w.\- ]+/g, "-")
    .slice(0, 100);
  return /\w/.test(name) ? name : "run";
}

/** The step's name: the one given, else one made from a shell command line (`python train.py` -> `train`). */
export function stepName(given: string | undefined, command: string): string {
  const words = command.trim().split(/\s+/);
  return given || defaultStepName(words[0] ?? "run", words.slice(1));
}
