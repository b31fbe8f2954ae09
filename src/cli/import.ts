/**
 * `carbon-budget import`: a report from what was measured elsewhere (CodeCarbon's emissions.csv), and
 * the Hugging Face model-card block for it (or for a carbon-budget report). Skipped rows are named as
 * `FILE:LINE: reason` on stderr; the command succeeds when anything was imported.
 */
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { InputError, isInputError } from "../errors.js";
import { type CodecarbonRead, CodecarbonReader } from "../import/codecarbon.js";
import { modelCardFromReport } from "../import/model-card.js";
import { checkInputFile, decodeInputText, type InputFile, readInputText, unreadable } from "../input-file.js";
import { renderImportTable } from "../render/import-table.js";
import { renderModelCard, TRAINING_TYPES, type TrainingType } from "../render/model-card.js";
import { parseReport, type Report } from "../report/schema.js";
import { VERSION } from "../version.js";
import { parseOptions } from "./args.js";
import { checkOutputPath, writeOutput } from "./output.js";
import { IMPORT_USAGE } from "./usage.js";

export interface ImportArgs {
  format: "codecarbon" | "report";
  file: string;
  json?: string;
  modelCard: boolean;
  trainingType?: TrainingType;
  project?: string;
}

export interface ImportIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

const OPTIONS = {
  json: { type: "string" },
  "model-card": { type: "boolean" },
  "training-type": { type: "string" },
  project: { type: "string" },
} as const;

export function parseImportArgs(argv: string[]): ImportArgs {
  const { values, positionals } = parseOptions(argv, OPTIONS, {
    command: "carbon-budget import",
    usage: IMPORT_USAGE,
  });
  const [format, file, ...extra] = positionals;
  const usage = (input: string, value: string, why: string): never => {
    throw new InputError(input, value, `${why}\n${IMPORT_USAGE}`);
  };
  if (format !== "codecarbon" && format !== "report") {
    return usage(
      "FORMAT",
      format ?? "",
      "expected codecarbon (an emissions.csv), report (a carbon-budget report), prometheus or slurm",
    );
  }
  if (!file?.trim()) return usage("FILE", file ?? "", "give the file to import");
  if (extra.length > 0) usage("carbon-budget import", extra.join(" "), "unexpected arguments");
  const modelCard = Boolean(values["model-card"]);
  const trainingType = values["training-type"];
  if (trainingType !== undefined && !modelCard) {
    usage("--training-type", trainingType, "it goes with --model-card");
  }
  if (trainingType !== undefined && !(TRAINING_TYPES as readonly string[]).includes(trainingType)) {
    usage(
      "--training-type",
      trainingType,
      `expected ${TRAINING_TYPES.join(" or ")}, as the Hub's model cards say`,
    );
  }
  // The card goes to stdout, so the report cannot: one of them would be unreadable.
  if (modelCard && values.json === "-")
    usage("--json", "-", "--model-card prints to stdout; write the report to a file");
  if (values.project !== undefined && (format !== "codecarbon" || !values.project.trim())) {
    usage("--project", values.project, "give a CodeCarbon project_name; it goes with import codecarbon");
  }
  if (values.json !== undefined && !values.json.trim())
    usage("--json", values.json, "give a file path, or - for stdout");
  return {
    format,
    file,
    modelCard,
    ...(values.json !== undefined && { json: values.json }),
    ...(trainingType !== undefined && { trainingType: trainingType as TrainingType }),
    ...(values.project !== undefined && { project: values.project }),
  };
}

export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  // A cluster's own figures: each source has its own flags.
  if (argv[0] === "prometheus")
    return (await import("./import-prometheus.js")).runImportPrometheus(argv.slice(1), io);
  if (argv[0] === "slurm") return (await import("./import-slurm.js")).runImportSlurm(argv.slice(1), io);
  const args = parseImportArgs(argv);
  if (args.json && args.json !== "-") checkOutputPath("--json", args.json, io.cwd);
  const input: InputFile = {
    input: "FILE",
    shown: args.file,
    path: resolve(io.cwd, args.file),
    expected: args.format === "codecarbon" ? "CodeCarbon's emissions.csv" : "a report written by --json",
  };
  // stdout carries the report or the card when asked for; the table then goes to stderr.
  const human = args.json === "-" || args.modelCard ? io.stderr : io.stdout;

  let report: Report;
  let source: string;
  let location: string | undefined;
  let title: string;
  if (args.format === "codecarbon") {
    const result = await readCodecarbon(input, args, io);
    if (!result.report) {
      throw new InputError("FILE", args.file, `no row could be imported (${result.skipped} skipped, above)`);
    }
    report = result.report;
    const from = result.versions.length
      ? result.versions.map((v) => `CodeCarbon ${v}`).join(", ")
      : "CodeCarbon";
    source = `${from}, imported by carbon-budget ${VERSION}`;
    location = result.places.join("; ") || undefined;
    const skipped = result.skipped ? `; ${result.skipped} rows skipped` : "";
    title = `imported ${plural(report.steps.length, "run")} from ${args.file} (${from})${skipped}`;
  } else {
    const text = readInputText(input);
    try {
      report = parseReport(text, args.file);
    } catch (error) {
      throw new InputError("FILE", args.file, (error as Error).message.replace(`${args.file}: `, ""));
    }
    source = `carbon-budget ${report.tool.version}`;
    title = `report ${report.run.id} from ${args.file}`;
  }

  human.write(renderImportTable(report, title));
  if (args.json) writeOutput("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
  if (args.modelCard) {
    const card = modelCardFromReport(report, {
      source,
      ...(args.trainingType && { trainingType: args.trainingType }),
      ...(location && { geographicalLocation: location }),
    });
    io.stdout.write(renderModelCard(card));
  }
  return 0;
}

/**
 * Streams the file through the importer, a MiB at a time, so memory follows the runs, not the file's
 * size; each skipped row is named as soon as it is read.
 */
async function readCodecarbon(input: InputFile, args: ImportArgs, io: ImportIo): Promise<CodecarbonRead> {
  // Streamed, so any size is read; what is not a file, or not UTF-8 text, is refused as it is found.
  checkInputFile(input, Number.POSITIVE_INFINITY);
  const reader = new CodecarbonReader({
    origin: args.file,
    version: VERSION,
    ...(args.project !== undefined && { project: args.project }),
    onProblem: (problem) => io.stderr.write(`${args.file}:${problem.line}: ${problem.reason}\n`),
  });
  try {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let first = true;
    for await (const chunk of createReadStream(input.path, { highWaterMark: 1 << 20 })) {
      reader.push(decodeInputText(input, chunk as Buffer, { decoder, first }));
      first = false;
    }
    reader.push(decodeInputText(input, new Uint8Array(), { decoder, first, end: true }));
  } catch (error) {
    if (isInputError(error)) throw error;
    throw unreadable(input, error);
  }
  return reader.finish();
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
