/**
 * `carbon-budget dashboard [--history DIR] [--out DIR] [--config FILE]`: the run history as one
 * self-contained page, with README badges beside it. Reads the local history or a checkout of the data
 * branch; the page's code loads only when this command runs (main.ts imports this file for its usage).
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { InputError } from "../errors.js";
import { nearestOption } from "./did-you-mean.js";
import { commandHelp, DASHBOARD_USAGE } from "./usage.js";

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

const OPTIONS = {
  history: { type: "string" },
  out: { type: "string" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
    }).values;
  } catch (error) {
    const { message } = error as Error;
    const option = /'(--?[\w-]+)/.exec(message)?.[1];
    const near = option && nearestOption(option, OPTIONS);
    const hint = near ? `; did you mean ${near}?` : "";
    throw new InputError(
      "carbon-budget dashboard",
      option ?? argv.join(" "),
      `${message}${hint}\n${DASHBOARD_USAGE}`,
    );
  }
}

async function loadBudgets(path: string | undefined, gitRoot: string, cwd: string) {
  const [{ parseConfigFile }, { budgetsFromConfig }] = await Promise.all([
    import("../budget/load-config.js"),
    import("../budget/from-config.js"),
  ]);
  const file = path === undefined ? join(gitRoot, ".github", "carbon-budget.yml") : resolve(cwd, path);
  if (path === undefined && !existsSync(file)) return undefined;
  const { config, missing } = await parseConfigFile(file);
  if (missing) throw new InputError("--config", path ?? file, "no such file");
  return budgetsFromConfig(config);
}

function outputFolder(path: string, input: string): string {
  if (existsSync(path) && !statSync(path).isDirectory()) {
    throw new InputError(input, path, "that is a file; give a folder for index.html and the badges");
  }
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new InputError(input, path, `cannot create it: ${(error as Error).message}`);
  }
  return path;
}

export async function runDashboard(argv: string[], io: Io): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    io.stdout.write(commandHelp("dashboard") ?? DASHBOARD_USAGE);
    return 0;
  }
  const [{ readGitPosition }, { STORE_DIR }, { readHistory }, { dashboardFiles }] = await Promise.all([
    import("../git/local.js"),
    import("../baseline/local-store.js"),
    import("../dashboard/read-history.js"),
    import("../dashboard/files.js"),
  ]);
  const git = readGitPosition(io.cwd);
  const historyDir =
    values.history === undefined ? join(git.root, STORE_DIR) : resolve(io.cwd, values.history);
  if (values.history === undefined && !existsSync(historyDir)) {
    throw new InputError(
      "--history",
      historyDir,
      "there is no run history here yet: `carbon-budget run -- COMMAND` records one, or give --history DIR (a checkout of the data branch)",
    );
  }
  const history = readHistory(historyDir, "--history");
  for (const line of history.skipped) io.stderr.write(`carbon-budget: warning: ${line}\n`);
  if (history.runs.length === 0) {
    throw new InputError(
      "--history",
      values.history ?? historyDir,
      "holds no runs yet; `carbon-budget run -- COMMAND` adds one, or give a checkout of the data branch",
    );
  }
  const budgets = await loadBudgets(values.config, git.root, io.cwd);
  const out = outputFolder(values.out === undefined ? history.root : resolve(io.cwd, values.out), "--out");
  const files = dashboardFiles(history.runs, {
    ...(budgets && { budgets }),
    ...(git.defaultBranch && { defaultBranch: git.defaultBranch }),
    generatedAt: new Date(),
  });
  for (const file of files) {
    try {
      writeFileSync(join(out, file.path), file.content);
    } catch (error) {
      throw new InputError(
        "--out",
        values.out ?? out,
        `could not write ${file.path}: ${(error as Error).message}`,
      );
    }
  }
  const page = join(out, "index.html");
  const shown = relative(io.cwd, page);
  const badges = files.filter((file) => file.path.endsWith(".svg")).map((file) => file.path);
  io.stdout.write(
    [
      `carbon-budget dashboard: ${history.runs.length} run${history.runs.length === 1 ? "" : "s"} from ${history.root}`,
      `  wrote ${shown.startsWith("..") ? page : shown}`,
      `        ${badges.join(", ")}`,
      `  open  ${pathToFileURL(page).href}`,
      "",
    ].join("\n"),
  );
  return 0;
}
