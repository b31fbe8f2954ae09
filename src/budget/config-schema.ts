/**
 * The config file (`.github/carbon-budget.yml`), version 1, as one zod schema. Every rule carries the
 * words an error shows: custom issues put `problem` and `allowed` in their params, and built-in checks
 * carry `allowed` as their message; load-config.ts adds the key, the quoted value and the position.
 */
import { z } from "zod";
import { intensityForLocation } from "../carbon/intensity.js";
import { METRIC_SETS } from "../cluster/metric-set.js";
import { parsePrometheusUrl } from "../cluster/prometheus-client.js";
import { parseSelector } from "../cluster/selector.js";
import { isInputError } from "../errors.js";
import { requireCpu } from "../hardware/cpus.js";
import { requireGpu } from "../hardware/gpus.js";
import { STEP_NAME_ALLOWED, stepNameProblem } from "../report/step-name-rule.js";
import { byName } from "./by-name.js";
import { parseQuantity, type Quantity, type QuantityKind, quantityNoun, unitList } from "./quantity.js";

/** What a custom issue tells load-config.ts; `at: "key"` points at a mapping key rather than its value. */
export interface IssueWords {
  problem: string;
  allowed: string;
  /** Leave the value out of the message: it is a whole mapping, or the key itself is the subject. */
  quoteValue?: false;
  at?: "key";
}

type Context = z.RefinementCtx;

function report(ctx: Context, words: IssueWords, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: "custom", message: `${words.problem}; ${words.allowed}`, params: words, path });
}

/** An InputError from a table lookup becomes an issue here, keeping its "nearest" names. */
function lookup<T>(ctx: Context, find: () => T): T | typeof z.NEVER {
  try {
    return find();
  } catch (error) {
    if (!isInputError(error)) throw error;
    // The tables say "not a GPU model we know; nearest: ..."; split that so the message reads as one sentence.
    const split = /^(not|it matches|unknown) ([^;]+); (.+)$/s.exec(error.allowed);
    const verb = { not: "is not", "it matches": "matches", unknown: "names an unknown" }[split?.[1] ?? ""];
    if (split && verb) report(ctx, { problem: `${verb} ${split[2]}`, allowed: split[3] ?? "" });
    else report(ctx, { problem: "is not valid", allowed: error.allowed });
    return z.NEVER;
  }
}

/** A mapping the user may leave empty (`hardware:` with everything commented out is null in YAML). */
const section = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? undefined, schema);

function quantity<K extends QuantityKind>(kinds: readonly K[], options: { limit?: boolean } = {}) {
  return z.unknown().transform((input, ctx): Quantity<K> => {
    const result = parseQuantity(input, kinds);
    if (!result.ok) {
      // `co2e: 5 kWh` is a limit under the wrong key: say which key takes it.
      const key = options.limit && result.written ? LIMIT_OF[result.written] : undefined;
      const move = key ? `; a limit in ${unitList([result.written ?? "mass"])} goes under ${key}:` : "";
      report(ctx, { problem: result.problem, allowed: `${result.allowed}${move}` });
      return z.NEVER;
    }
    if (options.limit && result.quantity.value === 0) {
      report(ctx, {
        problem: "is zero",
        allowed: "a limit must be above zero (remove the key for no limit)",
      });
    }
    return result.quantity;
  });
}

const number = (min: number, max: number, what: string) => {
  const allowed = `use ${what}, a number from ${min} to ${max}`;
  return z.number({ error: allowed }).min(min, { error: allowed }).max(max, { error: allowed });
};
const integer = (min: number, max: number, what: string) => {
  const allowed = `use ${what}, a whole number from ${min} to ${max}`;
  return z.int({ error: allowed }).min(min, { error: allowed }).max(max, { error: allowed });
};

/**
 * Text looked up in a table (a location, a GPU or CPU model). Bounded before the lookup: "did you mean"
 * compares it with every name in the table, in time proportional to its length.
 */
const tableName = (allowed: string) =>
  z.string({ error: allowed }).max(200, { error: "use at most 200 characters" });

const UNIT_NAME = /^[\w.\- ]{1,50}$/;

const LOCATION_ALLOWED =
  "use an Electricity Maps zone or ISO country (e.g. DE, US-MIDA-PJM), a cloud region (e.g. aws:us-east-1, gcp:europe-west4, azure:westeurope), or { intensity: 350 } in gCO2e/kWh";
/** Checked against the shipped data now, so a typo fails the config rather than the first run. */
const locationName = tableName(LOCATION_ALLOWED).transform((text, ctx) => {
  const location = text.trim();
  if (location === "") report(ctx, { problem: "is empty", allowed: LOCATION_ALLOWED });
  else lookup(ctx, () => intensityForLocation(location, "location"));
  return location;
});

const locationSchema = z.union(
  [locationName, z.strictObject({ intensity: number(0, 2000, "grid intensity in gCO2e/kWh") })],
  { error: LOCATION_ALLOWED },
);

const hardwareSchema = z.strictObject({
  gpu: z
    .strictObject({
      model: tableName('use a GPU model (e.g. "NVIDIA A100-SXM4-80GB")').transform(
        (model, ctx) => lookup(ctx, () => requireGpu(model, "hardware.gpu.model")).name,
      ),
      count: integer(1, 4096, "how many GPUs").default(1),
    })
    .optional(),
  cpu: z
    .strictObject({
      model: tableName('use a CPU model (e.g. "AMD EPYC 7763")').transform(
        (model, ctx) => lookup(ctx, () => requireCpu(model, "hardware.cpu.model")).name,
      ),
    })
    .optional(),
  memory_gb: number(0.1, 65536, "installed memory in GB").optional(),
  host_vcpus: integer(1, 100_000, "the vCPUs of the host this machine runs on").optional(),
});

/** Which limit a warning level of each kind warns before. */
const LIMIT_OF: Record<QuantityKind, "co2e" | "energy" | "increase"> = {
  mass: "co2e",
  energy: "energy",
  percent: "increase",
};
const KIND_OF = { co2e: "mass", energy: "energy", increase: "percent" } as const;

const limits = {
  energy: quantity(["energy"], { limit: true }).optional(),
  co2e: quantity(["mass"], { limit: true }).optional(),
  increase: quantity(["percent"]).optional(),
  warn: quantity(["mass", "energy", "percent"]).optional(),
};

type Limits = { [K in keyof typeof limits]?: z.output<(typeof limits)[K]> };

function checkLimits(budget: Limits, ctx: Context): void {
  const present = (["co2e", "energy", "increase"] as const).filter((key) => budget[key] !== undefined);
  if (present.length === 0) {
    report(ctx, {
      problem: "sets no limit",
      allowed: 'give at least one of co2e (e.g. "5 kg"), energy (e.g. "12 kWh") or increase (e.g. "10%")',
      quoteValue: false,
    });
    return;
  }
  const { warn } = budget;
  if (!warn) return;
  const key = LIMIT_OF[warn.kind];
  const limit = budget[key];
  if (!limit) {
    const ways = present.map(
      (name) => `${quantityNoun(KIND_OF[name])} like ${name} (${unitList([KIND_OF[name]])})`,
    );
    report(
      ctx,
      {
        problem: `is ${quantityNoun(warn.kind)}, but this budget has no ${key} limit`,
        allowed: `warn must be the same kind as a limit: use ${ways.join(" or ")}`,
      },
      ["warn"],
    );
  } else if (warn.value >= limit.value) {
    report(
      ctx,
      {
        problem: `is not below the ${key} limit (${JSON.stringify(limit.text)})`,
        allowed: "set warn lower than the limit it warns before",
      },
      ["warn"],
    );
  }
}

/** A budget left empty (`eval:`) is null in YAML; as `{}` it gets the clearer "sets no limit". */
const emptyAsNone = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? {}, schema);

export const budgetSchema = z.strictObject(limits).superRefine(checkLimits);

/** `per`: the limits are per functional unit (epoch, sample, 1k tokens); the step reports its count. */
export const stepBudgetSchema = z
  .strictObject({
    ...limits,
    per: z
      .strictObject({
        unit: z.string({ error: "use a unit name (e.g. epoch, sample)" }).regex(UNIT_NAME, {
          error: "use 1 to 50 letters, digits, spaces, '.', '-' or '_' (e.g. epoch, sample)",
        }),
      })
      .optional(),
  })
  .superRefine(checkLimits);

/** The rule of the `step` input and `--step`: any name a step can have, a budget can name. */
const stepName = z.string().superRefine((name, ctx) => {
  const problem = stepNameProblem(name);
  if (problem)
    report(ctx, { problem: `is not a step name (it ${problem})`, allowed: STEP_NAME_ALLOWED, at: "key" });
});

/**
 * Budgets by step name. Not z.record: it drops a key named `__proto__` without a word, so a step of
 * that name would lose its budget. A Map keeps every name; the result has no prototype (by-name.ts).
 */
const stepsSchema = z
  .preprocess(
    (value) =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? new Map(Object.entries(value))
        : value,
    z.map(stepName, emptyAsNone(stepBudgetSchema)),
  )
  .transform((steps) => byName(steps));

const noSteps = () => byName<StepBudget>([]);

const budgetsSchema = z.strictObject({
  total: budgetSchema.optional(),
  steps: section(stepsSchema.default(noSteps)),
});

const DEFAULT_MIN_CHANGE: Quantity<"percent"> = { kind: "percent", value: 2, text: "2%" };

const comparisonSchema = z.strictObject({
  /** Changes smaller than this are shown as noise, not as an increase. */
  min_change: quantity(["percent"]).default(DEFAULT_MIN_CHANGE),
  /** How many of the base branch's recent runs the trend uses. */
  history: integer(1, 100, "how many recent runs to show").default(10),
});

export const COMMENT_MODES = ["update", "new", "off"] as const;

const commentSchema = z.strictObject({
  mode: z
    .enum(COMMENT_MODES, { error: 'use "update" (edit one comment), "new" (a comment per run) or "off"' })
    .default("update"),
  // z.boolean, not z.coerce: `yes`, `on` and `ture` are text in YAML 1.2, and text is not a boolean.
  chart: z.boolean({ error: "use true or false (yes, no, on and off are text in YAML 1.2)" }).default(true),
});

/** Remote energy for steps that launch work elsewhere: checked now, used by every `run`. */
const measureSchema = z.strictObject({
  prometheus: z
    .strictObject({
      url: z
        .string({ error: "use the Prometheus server's URL, e.g. https://prometheus.example:9090" })
        .superRefine((url, ctx) => void lookup(ctx, () => parsePrometheusUrl("measure.prometheus.url", url))),
      selector: z
        .string({ error: 'use PromQL label matchers, e.g. \'{namespace="ml",pod=~"train-.*"}\'' })
        .superRefine((sel, ctx) => void lookup(ctx, () => parseSelector("measure.prometheus.selector", sel))),
      metrics: z
        .array(z.enum(METRIC_SETS, { error: `use ${METRIC_SETS.join(", ")}` }), {
          error: `use a list of ${METRIC_SETS.join(", ")}`,
        })
        .min(1, { error: `use a list of ${METRIC_SETS.join(", ")}` })
        .optional(),
    })
    .optional(),
});

export const configSchema = z.strictObject({
  version: z.literal(1, { error: "use version: 1, the only version of this file" }),
  location: locationSchema.optional(),
  /** Unset: the cloud region's PUE where one is known, else the tool's default. */
  pue: number(1, 3, "the data centre's power usage effectiveness").optional(),
  hardware: section(hardwareSchema.default({})),
  budgets: section(budgetsSchema.default(() => ({ steps: noSteps() }))),
  comparison: section(comparisonSchema.default({ min_change: DEFAULT_MIN_CHANGE, history: 10 })),
  comment: section(commentSchema.default({ mode: "update", chart: true })),
  /** `true`: pushes to a tracked branch also write the dashboard page and badges to the data branch. */
  dashboard: z.boolean({ error: "use true or false (yes, no, on and off are text in YAML 1.2)" }).optional(),
  measure: section(measureSchema.optional()),
});

export type Config = z.output<typeof configSchema>;
export type Budget = z.output<typeof budgetSchema>;
export type StepBudget = z.output<typeof stepBudgetSchema>;
export type HardwareConfig = Config["hardware"];
export type LocationConfig = NonNullable<Config["location"]>;
export type CommentMode = (typeof COMMENT_MODES)[number];

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

/**
 * The config of a repository without a config file (or with an empty one): no budgets, defaults.
 * Frozen, since every caller shares it; loadConfig hands out copies.
 */
export const DEFAULT_CONFIG: Readonly<Config> = deepFreeze(configSchema.parse({ version: 1 }));

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** Sees through optional, default and pipes, to the schema that gives the value its shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in && def.out)
      current = defOf(def.in).type === "transform" ? def.out : def.in;
    else return current;
  }
}

/** The keys the schema allows at a path, for "did you mean" and for "use one of". */
export function knownKeys(path: readonly PropertyKey[], schema: z.ZodType = configSchema): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    const def: Def = defOf(current);
    const mapping = def.type === "union" ? def.options?.map(unwrap).find((o) => defOf(o).shape) : current;
    const mappingDef = mapping && defOf(mapping);
    const next = mappingDef?.shape?.[String(segment)] ?? mappingDef?.valueType;
    if (!next) return [];
    current = unwrap(next);
  }
  const def = defOf(current);
  const shape =
    def.shape ??
    (def.type === "union" ? def.options?.map((o) => defOf(unwrap(o)).shape).find(Boolean) : undefined);
  return Object.keys(shape ?? {});
}
