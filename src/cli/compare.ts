/**
 * `carbon-budget compare --base BASE.json --head HEAD.json [--config FILE] [--markdown FILE|-]`: judge
 * two reports offline, as the PR comment would. Exit 1 over budget, 0 otherwise, 2 for bad input.
 */
import { resolve } from "node:path";
import { judgeWithConfig } from "../budget/from-config.js";
import { parseConfigFile } from "../budget/load-config.js";
import { compareReports } from "../compare/compare.js";
import { InputError } from "../errors.js";
import { readInputText } from "../input-file.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderBudgetLines, renderTerminal } from "../render/terminal.js";
import { VERDICT_WORDS } from "../render/verdict-cells.js";
import { parseReport, type Report } from "../report/schema.js";
import { parseOptions } from "./args.js";
import { checkOutputPath, writeOutput } from "./output.js";
import { COMPARE_USAGE } from "./usage.js";

function readReportFile(input: string, path: string, cwd: string): Report {
  const text = readInputText({
    input,
    shown: path,
    path: resolve(cwd, path),
    expected: "a report written by --json",
  });
  try {
    return parseReport(text, path);
  } catch (error) {
    throw new InputError(input, path, `${(error as Error).message}; give a report written by --json`);
  }
}

const OPTIONS = {
  base: { type: "string" },
  head: { type: "string" },
  config: { type: "string" },
  markdown: { type: "string" },
} as const;

export async function runCompare(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string },
): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, {
    command: "carbon-budget compare",
    usage: COMPARE_USAGE,
  });
  if (positionals.length > 0) {
    throw new InputError(
      "carbon-budget compare",
      positionals.join(" "),
      `compare takes options only: --base BASE.json --head HEAD.json\n${COMPARE_USAGE}`,
    );
  }
  if (!values.base || !values.head) {
    throw new InputError(
      values.base ? "--head" : "--base",
      "",
      `both --base and --head are required\n${COMPARE_USAGE}`,
    );
  }
  if (values.markdown && values.markdown !== "-") checkOutputPath("--markdown", values.markdown, io.cwd);
  const base = readReportFile("--base", values.base, io.cwd);
  const head = readReportFile("--head", values.head, io.cwd);
  const config = values.config ? (await parseConfigFile(resolve(io.cwd, values.config))).config : undefined;
  const comparison = compareReports(head, base, {
    label: values.base,
    runId: base.run.id,
    ...(base.run.sha && { sha: base.run.sha }),
    ...(base.run.ref && { ref: base.run.ref }),
    endedAt: base.run.ended_at,
  });
  const judged = judgeWithConfig(comparison, config);
  io.stderr.write(renderTerminal(head, comparison));
  if (judged) {
    io.stderr.write(`carbon-budget: budgets: ${VERDICT_WORDS[judged.verdict.status]}\n`);
    for (const line of renderBudgetLines(judged.verdict, judged.budgets)) io.stderr.write(`${line}\n`);
  }
  if (values.markdown) {
    writeOutput("--markdown", values.markdown, `${renderMarkdown(head, comparison, judged ?? {})}\n`, io);
  }
  return judged?.verdict.status === "fail" ? 1 : 0;
}
