/**
 * The CLI's one runner: dispatches the subcommand, holds the one try/catch, and maps errors to exit
 * codes (2 for bad input, with the message alone: no stack traces for users).
 */
import { readEnvironment } from "../environment.js";
import { isInputError } from "../errors.js";
import { nearestNames } from "../text/nearest.js";
import { VERSION } from "../version.js";
import { isTypo } from "./did-you-mean.js";
import {
  COMPARE_USAGE,
  commandHelp,
  DASHBOARD_USAGE,
  ESTIMATE_USAGE,
  HELP_TOPICS,
  IMPORT_USAGE,
  RUN_USAGE,
} from "./usage.js";

const USAGE = `carbon-budget ${VERSION}: an emissions budget for machine-learning work

${RUN_USAGE}

${ESTIMATE_USAGE}

${IMPORT_USAGE}

${COMPARE_USAGE}

${DASHBOARD_USAGE}

Measures the energy the command uses (GPU via NVML or nvidia-smi, CPU and RAM via RAPL, else
estimated or declared), turns it into CO2e and compares it with the previous run of the same step.
Each command's options, one per line: carbon-budget <command> --help (or: carbon-budget help <command>).
Every option, with examples: docs/cli.md in the carbon-budget repository.`;

const COMMANDS = ["run", "estimate", "import", "compare", "dashboard", "help"];

/**
 * The help topic when the arguments ask for help: `-h` or `--help` among a command's own options (for
 * `run`, before `--`: after it they are the wrapped command's). `import FORMAT` has help of its own.
 */
export function helpTopic(command: string, rest: readonly string[]): string | undefined {
  const separator = rest.indexOf("--");
  const own = separator === -1 ? rest : rest.slice(0, separator);
  if (!own.includes("--help") && !own.includes("-h")) return undefined;
  if (command === "import" && (own[0] === "prometheus" || own[0] === "slurm")) return `import ${own[0]}`;
  return command;
}

function unknownCommand(command: string): string {
  const [near] = nearestNames(command, COMMANDS, 1);
  const hint = near !== undefined && isTypo(command, near) ? `; did you mean ${near}?` : "";
  return `carbon-budget: unknown command ${JSON.stringify(command)}${hint}\nexpected one of: ${COMMANDS.join(", ")} (carbon-budget help lists them)\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const topic = command && helpTopic(command, rest);
  const help = topic ? commandHelp(topic) : undefined;
  if (help) {
    process.stdout.write(help);
    return 0;
  }
  try {
    switch (command) {
      // Each subcommand's code is loaded when asked for: start-up before the wrapped command is the user's.
      case "run": {
        const [{ parseRunArgs }, { runMeasured }] = await Promise.all([
          import("./args.js"),
          import("./run.js"),
        ]);
        return await runMeasured(parseRunArgs(rest), {
          stdout: process.stdout,
          stderr: process.stderr,
          cwd: process.cwd(),
          env: readEnvironment(),
        });
      }
      case "estimate":
        return await (await import("./estimate.js")).runEstimate(rest, {
          stdout: process.stdout,
          stderr: process.stderr,
          cwd: process.cwd(),
        });
      case "compare":
        return await (await import("./compare.js")).runCompare(rest, {
          stdout: process.stdout,
          stderr: process.stderr,
          cwd: process.cwd(),
        });
      case "import":
        return await (await import("./import.js")).runImport(rest, {
          stdout: process.stdout,
          stderr: process.stderr,
          cwd: process.cwd(),
        });
      case "dashboard":
        return await (await import("./dashboard.js")).runDashboard(rest, {
          stdout: process.stdout,
          stderr: process.stderr,
          cwd: process.cwd(),
        });
      case "--version":
      case "-V":
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case "help": {
        // `help run`, `help import slurm`: that command's help; `help` alone: every synopsis.
        const [first, second] = rest;
        if (first === undefined) {
          process.stdout.write(`${USAGE}\n`);
          return 0;
        }
        const named = first === "import" && second ? `import ${second}` : first;
        const text = commandHelp(named);
        if (text) {
          process.stdout.write(text);
          return 0;
        }
        const [near] = nearestNames(named, HELP_TOPICS, 1);
        process.stderr.write(
          `carbon-budget: help: no command ${JSON.stringify(named)}; did you mean ${near}? (commands: ${HELP_TOPICS.join(", ")})\n`,
        );
        return 2;
      }
      case undefined:
      case "--help":
      case "-h":
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(unknownCommand(command));
        return 2;
    }
  } catch (error) {
    if (isInputError(error)) {
      process.stderr.write(`carbon-budget: ${error.message}\n`);
      return 2;
    }
    // A file the system would not let us read or write, that no input check named: the file and why.
    const { code, path } = error as NodeJS.ErrnoException;
    if (typeof code === "string" && typeof path === "string") {
      process.stderr.write(`carbon-budget: ${(error as Error).message}\n`);
      return 2;
    }
    // Ours, not the user's: say so plainly, with the detail needed for a bug report.
    process.stderr.write(`carbon-budget: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}
