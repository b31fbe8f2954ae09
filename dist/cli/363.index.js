export const id = 363;
export const ids = [363];
export const modules = {

/***/ 5363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigFile: () => (/* binding */ parseConfigFile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(1054);
// EXTERNAL MODULE: ./src/text/nearest.ts
var nearest = __webpack_require__(613);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/budget/config-error.ts
/**
 * A problem in the config file, pointing at the line and column of the offending YAML node. It is an
 * InputError, so the CLI and the action already treat it as the user's mistake: message alone, exit 2.
 */

/** How many problems a message lists; the rest are counted. A file can hold thousands, one per line. */
const MAX_LISTED_PROBLEMS = 50;
/**
 * The value as the message quotes it: strings quoted, numbers and booleans bare, mappings in JSON's
 * flow style, long ones cut. A value may be large (an alias can repeat a mapping of the whole file),
 * so mappings are written only as far as the message shows them.
 */
function quote(value) {
    if (value === null)
        return "null";
    const text = typeof value === "object" ? flow(value, 60) : (JSON.stringify(value) ?? String(value));
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** JSON of `value`, stopping once it is longer than `limit` characters. */
function flow(value, limit) {
    let text = "";
    const write = (item) => {
        if (text.length > limit)
            return;
        if (Array.isArray(item)) {
            text += "[";
            item.forEach((element, i) => {
                if (i > 0)
                    text += ",";
                write(element);
            });
            text += "]";
        }
        else if (typeof item === "object" && item !== null) {
            text += "{";
            Object.entries(item).forEach(([key, element], i) => {
                text += `${i > 0 ? "," : ""}${JSON.stringify(key)}:`;
                write(element);
            });
            text += "}";
        }
        else {
            text += JSON.stringify(item) ?? "null";
        }
    };
    write(value);
    return text;
}
/**
 * `file:7:12: budgets.steps.train.energy: "12 kwhh" is not a quantity; use ...`, or without a value
 * `file:3:1: budget: unknown key; did you mean "budgets"?`.
 */
function formatProblem(problem) {
    const what = problem.value === undefined ? problem.problem : `${quote(problem.value)} ${problem.problem}`;
    const key = problem.key.length > 200 ? `${problem.key.slice(0, 197)}...` : problem.key;
    const subject = key ? `${key}: ${what}` : what;
    const allowed = problem.allowed ? `; ${problem.allowed}` : "";
    return `${problem.file}:${problem.line}:${problem.column}: ${subject}${allowed}`;
}
class ConfigError extends errors/* InputError */.d {
    file;
    line;
    column;
    key;
    problem;
    /** Every problem found, in file order; the fields above are the first one's. */
    problems;
    constructor(problems) {
        const [first] = problems;
        const value = first.value === undefined ? "" : typeof first.value === "string" ? first.value : quote(first.value);
        super(first.key, value, first.allowed);
        this.name = "ConfigError";
        // All at once: a CI round trip per typo is slow, and the problems are independent most of the time.
        // Up to a point: a generated file can have thousands, and the first ones show what is wrong.
        const more = problems.length - MAX_LISTED_PROBLEMS;
        this.message = [
            ...problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem),
            ...(more > 0 ? [`... and ${more.toLocaleString("en-US")} more problems in ${first.file}`] : []),
        ].join("\n");
        this.file = first.file;
        this.line = first.line;
        this.column = first.column;
        this.key = first.key;
        this.problem = first.problem;
        this.problems = problems;
    }
}
const isConfigError = (error) => error instanceof ConfigError;

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/carbon/intensity.ts
var intensity = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/cluster/metric-set.ts
var metric_set = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/cluster/prometheus-client.ts
var prometheus_client = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/cluster/selector.ts
var selector = __webpack_require__(6833);
// EXTERNAL MODULE: ./src/hardware/cpus.ts
var cpus = __webpack_require__(29);
// EXTERNAL MODULE: ./src/hardware/gpus.ts
var gpus = __webpack_require__(5657);
// EXTERNAL MODULE: ./src/report/step-name-rule.ts
var step_name_rule = __webpack_require__(7759);
// EXTERNAL MODULE: ./src/budget/by-name.ts
var by_name = __webpack_require__(2342);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/budget/quantity.ts
/**
 * Quantities with units, as budgets are written: "5 kg", "300 g", "1.5t", "12 kWh", "800 Wh", "10%".
 * Pure: text in, a value in the project's base unit out (g for mass, kWh for energy, % for percent).
 */


/** What a budget may be written in, in the order error messages list them. */
const UNITS = units/* UNITS */.QN.filter((unit) => unit.inBudgets);
const NOUNS = { mass: "a mass", energy: "an energy", percent: "a percentage" };
const EXAMPLES = {
    mass: { number: "300", unit: "g" },
    energy: { number: "12", unit: "kWh" },
    percent: { number: "10", unit: "%" },
};
const quantityNoun = (kind) => NOUNS[kind];
/** "g, kg, t" for one kind; "g, kg, t, Wh, kWh, MWh, %" for several. */
function unitList(kinds) {
    const symbols = UNITS.filter((unit) => kinds.includes(unit.kind)).map((unit) => unit.symbol);
    return symbols.join(", ");
}
const example = (kind, number, symbol) => {
    const { number: fallback, unit: first } = EXAMPLES[kind];
    const unit = symbol ?? first;
    return `${number ?? fallback}${unit === "%" ? "" : " "}${unit}`;
};
/**
 * What an error says is allowed, with an example built on the user's own number when there is one,
 * in the unit they seem to have meant (`5 kgs` is "5 kg", never "5 g": the magnitude is theirs).
 */
function allowedUnits(kinds, number, meant) {
    const [first = "mass"] = kinds;
    const units = unitList(kinds);
    const which = units.includes(",") ? `one of ${units}` : units;
    const kind = meant?.kind ?? first;
    return `use a number with ${which} (e.g. ${JSON.stringify(example(kind, number, meant?.symbol))})`;
}
/** Units spelt out, as people write them in prose. */
const SPELT = {
    gram: "g",
    gramme: "g",
    kilo: "kg",
    kilogram: "kg",
    kilogramme: "kg",
    ton: "t",
    tonne: "t",
    watthour: "Wh",
    kilowatthour: "kWh",
    megawatthour: "MWh",
    percent: "%",
    pct: "%",
};
/** The unit of `kinds` that a misspelt one most likely meant: a plural, a spelt-out name or a typo. */
function meantUnit(written, kinds) {
    const candidates = UNITS.filter((unit) => kinds.includes(unit.kind));
    const bare = written
        .toLowerCase()
        .replace(/co2e?q?$/, "")
        .replace(/[-_ ]/g, "");
    const singular = bare.replace(/e?s$/, "");
    for (const form of [bare, singular, bare.replace(/s$/, "")]) {
        const symbol = SPELT[form] ?? form;
        const unit = candidates.find((unit) => unit.symbol.toLowerCase() === symbol.toLowerCase());
        if (unit)
            return unit;
    }
    // One slip of a key (`kwhh`, `kq`): close enough to say which unit, not so loose as to guess.
    const near = candidates
        .map((unit) => ({ unit, distance: (0,nearest/* editDistance */.Y)(bare, unit.symbol.toLowerCase()) }))
        .filter(({ distance }) => distance <= 1 && bare.length >= 2)
        .sort((a, b) => a.distance - b.distance);
    return near.length === 1 || (near[0] && near[0].distance < (near[1]?.distance ?? 2))
        ? near[0]?.unit
        : undefined;
}
/**
 * Unit symbols are matched without regard to case, since "kwh" and "KG" can mean only one thing; the
 * exception is a lower-case "m" before "Wh", which would be a milliwatt-hour, a factor of 10^9 away
 * from the MWh the user probably meant. "kgCO2e"-style suffixes are accepted for masses.
 */
function findUnit(written) {
    const bare = written.replace(/co2e?q?$/i, "");
    const isMass = (unit) => unit.kind === "mass";
    if (bare !== written)
        return UNITS.find((unit) => isMass(unit) && unit.symbol === bare.toLowerCase());
    if (/^mwh$/i.test(written) && written[0] === "m")
        return undefined;
    return UNITS.find((unit) => unit.symbol.toLowerCase() === written.toLowerCase());
}
const QUANTITY = /^(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([A-Za-z%][A-Za-z0-9]*)?$/i;
/**
 * Parses a quantity of one of `kinds`. A problem reads after the quoted value ("is not a quantity");
 * `allowed` says what to write instead. A bare number is refused: "5" in a budget could be g or kg.
 */
function parseQuantity(input, kinds) {
    const text = typeof input === "number" ? String(input) : typeof input === "string" ? input.trim() : undefined;
    const match = text === undefined ? null : QUANTITY.exec(text);
    const number = match?.[1];
    // The example reuses the user's number, unless the number itself is the problem.
    const fail = (problem, ownNumber = true, meant) => ({
        ok: false,
        problem,
        allowed: allowedUnits(kinds, ownNumber ? number : undefined, meant),
    });
    if (text === undefined || !match || number === undefined)
        return fail("is not a quantity");
    const written = match[2];
    if (written === undefined)
        return fail("has no unit");
    const unit = findUnit(written);
    if (!unit) {
        const milli = /^mwh$/i.test(written) ? " (mWh would be milliwatt-hours; megawatt-hours are MWh)" : "";
        const meant = meantUnit(written, kinds);
        // Pounds are a mass we can convert; any other unit's magnitude is unknown, so the example is a plain one.
        const pounds = /^(lbs?|pounds?)$/i.test(written) && kinds.includes("mass");
        if (pounds) {
            const grams = Number(number) * units/* GRAMS_PER_LB */.QY;
            return {
                ok: false,
                problem: `is not a quantity (budgets are metric: ${number} ${written} is ${(0,units/* scaled */.vK)(grams, "mass")})`,
                allowed: allowedUnits(kinds),
            };
        }
        return fail(`is not a quantity${milli}`, meant !== undefined, meant);
    }
    if (!kinds.includes(unit.kind)) {
        // 5 kWh says nothing about grams: the example is a plain one, not the user's number in another unit.
        const wanted = kinds.map((kind) => NOUNS[kind]).join(" or ");
        return { ...fail(`is ${NOUNS[unit.kind]}, not ${wanted}`, false), written: unit.kind };
    }
    if (number.startsWith("-"))
        return fail("is negative", false);
    // Shifting the decimal exponent in the text keeps 1.1 kg at 1100 g, where 1.1 * 1000 is 1100.0000000000002.
    const [mantissa = number, power = "0"] = number.toLowerCase().split("e");
    const value = Number(`${mantissa}e${Number(power) + unit.exponent}`);
    if (!Number.isFinite(value))
        return fail("is too large", false);
    return { ok: true, quantity: { kind: unit.kind, value, text } };
}

;// CONCATENATED MODULE: ./src/budget/config-schema.ts
/**
 * The config file (`.github/carbon-budget.yml`), version 1, as one zod schema. Every rule carries the
 * words an error shows: custom issues put `problem` and `allowed` in their params, and built-in checks
 * carry `allowed` as their message; load-config.ts adds the key, the quoted value and the position.
 */











function report(ctx, words, path = []) {
    ctx.addIssue({ code: "custom", message: `${words.problem}; ${words.allowed}`, params: words, path });
}
/** An InputError from a table lookup becomes an issue here, keeping its "nearest" names. */
function lookup(ctx, find) {
    try {
        return find();
    }
    catch (error) {
        if (!(0,errors/* isInputError */.B)(error))
            throw error;
        // The tables say "not a GPU model we know; nearest: ..."; split that so the message reads as one sentence.
        const split = /^(not|it matches|unknown) ([^;]+); (.+)$/s.exec(error.allowed);
        const verb = { not: "is not", "it matches": "matches", unknown: "names an unknown" }[split?.[1] ?? ""];
        if (split && verb)
            report(ctx, { problem: `${verb} ${split[2]}`, allowed: split[3] ?? "" });
        else
            report(ctx, { problem: "is not valid", allowed: error.allowed });
        return core/* NEVER */.tm;
    }
}
/** A mapping the user may leave empty (`hardware:` with everything commented out is null in YAML). */
const section = (schema) => schemas/* preprocess */.vkY((value) => value ?? undefined, schema);
function quantity(kinds, options = {}) {
    return schemas/* unknown */.L5J().transform((input, ctx) => {
        const result = parseQuantity(input, kinds);
        if (!result.ok) {
            // `co2e: 5 kWh` is a limit under the wrong key: say which key takes it.
            const key = options.limit && result.written ? LIMIT_OF[result.written] : undefined;
            const move = key ? `; a limit in ${unitList([result.written ?? "mass"])} goes under ${key}:` : "";
            report(ctx, { problem: result.problem, allowed: `${result.allowed}${move}` });
            return core/* NEVER */.tm;
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
const number = (min, max, what) => {
    const allowed = `use ${what}, a number from ${min} to ${max}`;
    return schemas/* number */.aig({ error: allowed }).min(min, { error: allowed }).max(max, { error: allowed });
};
const integer = (min, max, what) => {
    const allowed = `use ${what}, a whole number from ${min} to ${max}`;
    return schemas/* int */.Whr({ error: allowed }).min(min, { error: allowed }).max(max, { error: allowed });
};
/**
 * Text looked up in a table (a location, a GPU or CPU model). Bounded before the lookup: "did you mean"
 * compares it with every name in the table, in time proportional to its length.
 */
const tableName = (allowed) => schemas/* string */.YjP({ error: allowed }).max(200, { error: "use at most 200 characters" });
const UNIT_NAME = /^[\w.\- ]{1,50}$/;
const LOCATION_ALLOWED = "use an Electricity Maps zone or ISO country (e.g. DE, US-MIDA-PJM), a cloud region (e.g. aws:us-east-1, gcp:europe-west4, azure:westeurope), or { intensity: 350 } in gCO2e/kWh";
/** Checked against the shipped data now, so a typo fails the config rather than the first run. */
const locationName = tableName(LOCATION_ALLOWED).transform((text, ctx) => {
    const location = text.trim();
    if (location === "")
        report(ctx, { problem: "is empty", allowed: LOCATION_ALLOWED });
    else
        lookup(ctx, () => (0,intensity/* intensityForLocation */.qP)(location, "location"));
    return location;
});
const locationSchema = schemas/* union */.KCZ([locationName, schemas/* strictObject */.rej({ intensity: number(0, 2000, "grid intensity in gCO2e/kWh") })], { error: LOCATION_ALLOWED });
const hardwareSchema = schemas/* strictObject */.rej({
    gpu: schemas/* strictObject */.rej({
        model: tableName('use a GPU model (e.g. "NVIDIA A100-SXM4-80GB")').transform((model, ctx) => lookup(ctx, () => (0,gpus/* requireGpu */.CJ)(model, "hardware.gpu.model")).name),
        count: integer(1, 4096, "how many GPUs").default(1),
    })
        .optional(),
    cpu: schemas/* strictObject */.rej({
        model: tableName('use a CPU model (e.g. "AMD EPYC 7763")').transform((model, ctx) => lookup(ctx, () => (0,cpus/* requireCpu */.Aq)(model, "hardware.cpu.model")).name),
    })
        .optional(),
    memory_gb: number(0.1, 65536, "installed memory in GB").optional(),
    host_vcpus: integer(1, 100_000, "the vCPUs of the host this machine runs on").optional(),
});
/** Which limit a warning level of each kind warns before. */
const LIMIT_OF = {
    mass: "co2e",
    energy: "energy",
    percent: "increase",
};
const KIND_OF = { co2e: "mass", energy: "energy", increase: "percent" };
const limits = {
    energy: quantity(["energy"], { limit: true }).optional(),
    co2e: quantity(["mass"], { limit: true }).optional(),
    increase: quantity(["percent"]).optional(),
    warn: quantity(["mass", "energy", "percent"]).optional(),
};
function checkLimits(budget, ctx) {
    const present = ["co2e", "energy", "increase"].filter((key) => budget[key] !== undefined);
    if (present.length === 0) {
        report(ctx, {
            problem: "sets no limit",
            allowed: 'give at least one of co2e (e.g. "5 kg"), energy (e.g. "12 kWh") or increase (e.g. "10%")',
            quoteValue: false,
        });
        return;
    }
    const { warn } = budget;
    if (!warn)
        return;
    const key = LIMIT_OF[warn.kind];
    const limit = budget[key];
    if (!limit) {
        const ways = present.map((name) => `${quantityNoun(KIND_OF[name])} like ${name} (${unitList([KIND_OF[name]])})`);
        report(ctx, {
            problem: `is ${quantityNoun(warn.kind)}, but this budget has no ${key} limit`,
            allowed: `warn must be the same kind as a limit: use ${ways.join(" or ")}`,
        }, ["warn"]);
    }
    else if (warn.value >= limit.value) {
        report(ctx, {
            problem: `is not below the ${key} limit (${JSON.stringify(limit.text)})`,
            allowed: "set warn lower than the limit it warns before",
        }, ["warn"]);
    }
}
/** A budget left empty (`eval:`) is null in YAML; as `{}` it gets the clearer "sets no limit". */
const emptyAsNone = (schema) => schemas/* preprocess */.vkY((value) => value ?? {}, schema);
const budgetSchema = schemas/* strictObject */.rej(limits).superRefine(checkLimits);
/** `per`: the limits are per functional unit (epoch, sample, 1k tokens); the step reports its count. */
const stepBudgetSchema = schemas/* strictObject */.rej({
    ...limits,
    per: schemas/* strictObject */.rej({
        unit: schemas/* string */.YjP({ error: "use a unit name (e.g. epoch, sample)" }).regex(UNIT_NAME, {
            error: "use 1 to 50 letters, digits, spaces, '.', '-' or '_' (e.g. epoch, sample)",
        }),
    })
        .optional(),
})
    .superRefine(checkLimits);
/** The rule of the `step` input and `--step`: any name a step can have, a budget can name. */
const stepName = schemas/* string */.YjP().superRefine((name, ctx) => {
    const problem = (0,step_name_rule/* stepNameProblem */.r4)(name);
    if (problem)
        report(ctx, { problem: `is not a step name (it ${problem})`, allowed: step_name_rule/* STEP_NAME_ALLOWED */._G, at: "key" });
});
/**
 * Budgets by step name. Not z.record: it drops a key named `__proto__` without a word, so a step of
 * that name would lose its budget. A Map keeps every name; the result has no prototype (by-name.ts).
 */
const stepsSchema = schemas/* preprocess */.vkY((value) => typeof value === "object" && value !== null && !Array.isArray(value)
    ? new Map(Object.entries(value))
    : value, schemas/* map */.TjK(stepName, emptyAsNone(stepBudgetSchema)))
    .transform((steps) => (0,by_name/* byName */.n)(steps));
const noSteps = () => (0,by_name/* byName */.n)([]);
const budgetsSchema = schemas/* strictObject */.rej({
    total: budgetSchema.optional(),
    steps: section(stepsSchema.default(noSteps)),
});
const DEFAULT_MIN_CHANGE = { kind: "percent", value: 2, text: "2%" };
const comparisonSchema = schemas/* strictObject */.rej({
    /** Changes smaller than this are shown as noise, not as an increase. */
    min_change: quantity(["percent"]).default(DEFAULT_MIN_CHANGE),
    /** How many of the base branch's recent runs the trend uses. */
    history: integer(1, 100, "how many recent runs to show").default(10),
});
const COMMENT_MODES = ["update", "new", "off"];
const commentSchema = schemas/* strictObject */.rej({
    mode: schemas/* enum */.k5n(COMMENT_MODES, { error: 'use "update" (edit one comment), "new" (a comment per run) or "off"' })
        .default("update"),
    // z.boolean, not z.coerce: `yes`, `on` and `ture` are text in YAML 1.2, and text is not a boolean.
    chart: schemas/* boolean */.zMY({ error: "use true or false (yes, no, on and off are text in YAML 1.2)" }).default(true),
});
/** Remote energy for steps that launch work elsewhere: checked now, used by every `run`. */
const measureSchema = schemas/* strictObject */.rej({
    prometheus: schemas/* strictObject */.rej({
        url: schemas/* string */.YjP({ error: "use the Prometheus server's URL, e.g. https://prometheus.example:9090" })
            .superRefine((url, ctx) => void lookup(ctx, () => (0,prometheus_client/* parsePrometheusUrl */.bP)("measure.prometheus.url", url))),
        selector: schemas/* string */.YjP({ error: 'use PromQL label matchers, e.g. \'{namespace="ml",pod=~"train-.*"}\'' })
            .superRefine((sel, ctx) => void lookup(ctx, () => (0,selector/* parseSelector */.Pl)("measure.prometheus.selector", sel))),
        metrics: schemas/* array */.YOg(schemas/* enum */.k5n(metric_set/* METRIC_SETS */.Ft, { error: `use ${metric_set/* METRIC_SETS */.Ft.join(", ")}` }), {
            error: `use a list of ${metric_set/* METRIC_SETS */.Ft.join(", ")}`,
        })
            .min(1, { error: `use a list of ${metric_set/* METRIC_SETS */.Ft.join(", ")}` })
            .optional(),
    })
        .optional(),
});
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: "use version: 1, the only version of this file" }),
    location: locationSchema.optional(),
    /** Unset: the cloud region's PUE where one is known, else the tool's default. */
    pue: number(1, 3, "the data centre's power usage effectiveness").optional(),
    hardware: section(hardwareSchema.default({})),
    budgets: section(budgetsSchema.default(() => ({ steps: noSteps() }))),
    comparison: section(comparisonSchema.default({ min_change: DEFAULT_MIN_CHANGE, history: 10 })),
    comment: section(commentSchema.default({ mode: "update", chart: true })),
    /** `true`: pushes to a tracked branch also write the dashboard page and badges to the data branch. */
    dashboard: schemas/* boolean */.zMY({ error: "use true or false (yes, no, on and off are text in YAML 1.2)" }).optional(),
    measure: section(measureSchema.optional()),
});
function deepFreeze(value) {
    if (typeof value === "object" && value !== null)
        Object.values(value).forEach(deepFreeze);
    return Object.freeze(value);
}
/**
 * The config of a repository without a config file (or with an empty one): no budgets, defaults.
 * Frozen, since every caller shares it; loadConfig hands out copies.
 */
const DEFAULT_CONFIG = deepFreeze(configSchema.parse({ version: 1 }));
const defOf = (schema) => schema.def;
/** Sees through optional, default and pipes, to the schema that gives the value its shape. */
function unwrap(schema) {
    let current = schema;
    for (let def = defOf(current);; def = defOf(current)) {
        if (def.innerType)
            current = def.innerType;
        else if (def.type === "pipe" && def.in && def.out)
            current = defOf(def.in).type === "transform" ? def.out : def.in;
        else
            return current;
    }
}
/** The keys the schema allows at a path, for "did you mean" and for "use one of". */
function knownKeys(path, schema = configSchema) {
    let current = unwrap(schema);
    for (const segment of path) {
        const def = defOf(current);
        const mapping = def.type === "union" ? def.options?.map(unwrap).find((o) => defOf(o).shape) : current;
        const mappingDef = mapping && defOf(mapping);
        const next = mappingDef?.shape?.[String(segment)] ?? mappingDef?.valueType;
        if (!next)
            return [];
        current = unwrap(next);
    }
    const def = defOf(current);
    const shape = def.shape ??
        (def.type === "union" ? def.options?.map((o) => defOf(unwrap(o)).shape).find(Boolean) : undefined);
    return Object.keys(shape ?? {});
}

;// CONCATENATED MODULE: ./src/budget/yaml-data.ts
/**
 * A YAML document as plain data, with bounds on what reading it may cost: the file's size, and the size
 * its aliases expand it to. Anchors and aliases are the user's to use freely; only a file built to
 * exhaust the reader is refused.
 *
 * yaml's own `toJS` is not used: it resolves each alias by scanning every anchor and alias before it
 * (10,000 aliases take seconds, 50,000 most of a minute), and its guard against alias bombs,
 * `maxAliasCount` (uses of one anchor times the aliases nested in it, 100 by default), refuses an
 * ordinary config that names one budget 101 times. Here each anchor's value is built once, its aliases
 * share it, and the document's expanded size (the values a reader walking the data visits) is counted
 * as it is built, so an exponential document stops at the limit, in time proportional to the file.
 */


/**
 * Real config files are a few KB: a budget for each of 1,000 steps is about 45 KB. A quarter of a MiB
 * leaves room for five times that, and bounds what a hostile file costs: yaml keeps several hundred
 * bytes a node, so the worst file of that size (a list of 130,000 ones) takes about 150 MB and a
 * second or two to parse, where a 10 MB config took 1.5 GB and 28 s.
 */
const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * A file under MAX_CONFIG_BYTES holds at most about 130,000 values without aliases (two bytes each, as
 * in `[1,1,1,...]`), so aliases may expand it almost eight times over that before it is refused: far
 * beyond thousands of aliases of a budget, and long before a billion laughs (9^9 values) gets going.
 */
const MAX_EXPANDED_VALUES = 1_000_000;
const count = (n) => n.toLocaleString("en-US");
/** Refuses a file over MAX_CONFIG_BYTES; `bytes` is its size on disk or of its text. */
function checkConfigSize(bytes, file) {
    if (bytes <= MAX_CONFIG_BYTES)
        return;
    throw new ConfigError([
        {
            file,
            line: 1,
            column: 1,
            key: "",
            problem: `the file is ${count(bytes)} bytes, too large for a config file`,
            allowed: `a config file may be at most ${count(MAX_CONFIG_BYTES)} bytes (256 KiB); real ones are a few KB`,
        },
    ]);
}
/**
 * The document's data: mappings as objects without a prototype (a key such as `__proto__` or
 * `constructor` is a key like any other), sequences as arrays, scalars as yaml resolved them. Expects
 * a document without syntax errors whose keys are scalars (load-config.ts checks both first).
 */
function yamlData(root, at) {
    const anchors = new Map();
    const built = new Map();
    let expanded = 0;
    const refuse = (node, problem, allowed) => {
        throw new ConfigError([{ ...at(node.range?.[0]), key: "", problem, allowed }]);
    };
    const grow = (node, size) => {
        expanded += size;
        if (expanded > MAX_EXPANDED_VALUES) {
            refuse(node, `aliases expand the file to more than ${count(MAX_EXPANDED_VALUES)} values (an alias bomb?)`, `anchors and aliases may be used freely, but the expanded file may hold at most ${count(MAX_EXPANDED_VALUES)} values`);
        }
    };
    const build = (node) => {
        if (node === null)
            return { value: null, size: 1 };
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = anchors.get(node.source);
            const done = target && built.get(target);
            if (!done) {
                return target
                    ? refuse(node, `alias *${node.source} is inside its own anchor`, "an alias may only repeat a finished value")
                    : refuse(node, `alias *${node.source} has no anchor before it`, `set &${node.source} on a value above it`);
            }
            grow(node, done.size);
            return done;
        }
        grow(node, 1);
        // The latest node with an anchor is the one later aliases name, even when it is nested in another.
        if (node.anchor)
            anchors.set(node.anchor, node);
        let result;
        if ((0,dist/* isMap */.jh)(node)) {
            const mapping = Object.create(null);
            let size = 1;
            for (const pair of node.items) {
                const item = build(pair.value);
                mapping[(0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : ""] = item.value;
                size += item.size;
            }
            result = { value: mapping, size };
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items.map((item) => build(item));
            result = {
                value: items.map((item) => item.value),
                size: items.reduce((sum, item) => sum + item.size, 1),
            };
        }
        else {
            result = { value: (0,dist/* isScalar */.jn)(node) ? node.value : null, size: 1 };
        }
        if (node.anchor)
            built.set(node, result);
        return result;
    };
    return build(root).value;
}

;// CONCATENATED MODULE: ./src/budget/load-config.ts
/**
 * Reads `.github/carbon-budget.yml`: YAML with positions, then the zod schema, then every problem
 * mapped back to the line and column of the node it is about.
 */






const defaults = () => structuredClone(DEFAULT_CONFIG);
/** Parses and validates the text of a config file; `file` is only for messages. Throws ConfigError. */
function loadConfig(text, file) {
    checkConfigSize(Buffer.byteLength(text), file);
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are found below, to name the key and where it first appeared; YAML 1.2's core
    // schema (the default) keeps `yes`/`on` as text, which the strict booleans then refuse.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, column: col };
    };
    const syntax = doc.errors.map((error) => ({
        ...at(error.pos[0]),
        key: "",
        // yaml reads nested collections recursively, and reports running out of stack as this code.
        ...(error.code === "RESOURCE_EXHAUSTION"
            ? {
                problem: "lists or mappings are nested too deeply to read",
                allowed: "a config nests a few levels deep",
            }
            : { problem: `YAML syntax error: ${error.message.split("\n")[0]}`, allowed: "" }),
    }));
    throwIfAny(syntax);
    // An absent file is the defaults; a present one that says nothing is more likely a mistake (a file
    // truncated, or committed before it was written), and its first line must be the version.
    if (doc.contents === null) {
        throw new ConfigError([
            {
                ...at(0),
                key: "version",
                problem: "missing (the file is empty)",
                allowed: "use version: 1, the only version of this file; or delete the file to use the defaults",
            },
        ]);
    }
    throwIfAny(structureProblems(doc.contents, [], at));
    const data = yamlData(doc.contents, at);
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
        throwIfAny([
            {
                ...at(doc.contents.range?.[0]),
                key: "",
                problem: "the file is not a mapping of keys",
                allowed: 'start it with "version: 1"',
            },
        ]);
    }
    const result = configSchema.safeParse(data);
    if (result.success)
        return result.data;
    const locate = (path, target) => at(nodeAt(doc.contents, path, target));
    const { issues } = result.error;
    const problems = withoutEchoes(issues).flatMap((issue) => describe(issue, [], data, locate));
    throwIfAny(problems);
    throw new Error(`config schema failed without issues: ${result.error.message}`);
}
/**
 * A misspelt key also leaves its mapping without the key it meant (`intensty` → intensity missing)
 * or, for a budget, with no limit; only the misspelling is worth reading.
 */
function withoutEchoes(issues) {
    const unknownIn = new Map();
    for (const issue of issues)
        if (issue.code === "unrecognized_keys")
            unknownIn.set(keyPath(issue.path), issue.keys);
    return issues.filter((issue) => {
        if (issue.code === "custom") {
            const wholeMapping = issue.params?.quoteValue === false;
            return !(wholeMapping && unknownIn.has(keyPath(issue.path)));
        }
        const name = issue.path.at(-1);
        if ((issue.code !== "invalid_type" && issue.code !== "invalid_value") || typeof name !== "string")
            return true;
        const unknown = unknownIn.get(keyPath(issue.path.slice(0, -1))) ?? [];
        return !unknown.some((key) => closest(key, [name]) === name);
    });
}
/** The known name a typo most likely meant, if any is close enough to suggest. */
function closest(name, known) {
    const [near] = (0,nearest/* nearestNames */.L)(name, known, 1);
    const close = near !== undefined &&
        (0,nearest/* editDistance */.Y)(name.toLowerCase(), near.toLowerCase()) <= Math.max(1, name.length / 3);
    return close ? near : undefined;
}
function throwIfAny(problems) {
    // The value is left out of the comparison: it may be large, and the other fields already tell.
    const same = (a, b) => a.line === b.line &&
        a.column === b.column &&
        a.key === b.key &&
        a.problem === b.problem &&
        a.allowed === b.allowed;
    const sorted = problems
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .filter((p, i, all) => i === 0 || !same(p, all[i - 1]));
    const [first, ...rest] = sorted;
    if (first)
        throw new ConfigError([first, ...rest]);
}
/** Duplicate keys (toJS would keep the last one silently) and keys that are not plain names. */
function structureProblems(node, path, at) {
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.flatMap((item, i) => structureProblems(item, [...path, i], at));
    if (!(0,dist/* isMap */.jh)(node))
        return [];
    const seen = new Map();
    return node.items.flatMap((pair) => {
        const keyNode = pair.key;
        if (!(0,dist/* isScalar */.jn)(keyNode) || keyNode.value === null || typeof keyNode.value === "object") {
            const where = at(keyNode?.range?.[0] ?? node.range?.[0]);
            const problem = keyNode === null || (0,dist/* isScalar */.jn)(keyNode) ? "a key is empty" : "a key is a list or mapping";
            return [{ ...where, key: keyPath(path), problem, allowed: "keys are plain names" }];
        }
        const name = String(keyNode.value);
        const first = seen.get(name);
        seen.set(name, pair);
        const own = structureProblems(pair.value, [...path, name], at);
        if (!first)
            return own;
        const firstAt = at(first.key.range?.[0]);
        return [
            {
                ...at(keyNode.range?.[0]),
                key: keyPath([...path, name]),
                problem: `duplicate key (first at line ${firstAt.line}, column ${firstAt.column})`,
                allowed: "each key may appear once; keep one",
            },
            ...own,
        ];
    });
}
/** `budgets.steps.train`; a key that a dot or a control character would garble is quoted. */
const keyPath = (path) => path
    .map(String)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what gets quoted.
    .map((key) => (/[.\u0000-\u001f\u007f]/.test(key) ? JSON.stringify(key) : key))
    .join(".");
/** The offset of the node a path names; where the path leaves the document, its deepest existing node. */
function nodeAt(root, path, target) {
    let node = root;
    let keyNode;
    for (const segment of path) {
        const here = node;
        if ((0,dist/* isAlias */.Vj)(node))
            break;
        const pair = (0,dist/* isMap */.jh)(node) ? pairsOf(node).get(String(segment)) : undefined;
        const item = (0,dist/* isSeq */.oP)(node) && typeof segment === "number" ? node.items[segment] : undefined;
        if (!pair && !item)
            return here.range?.[0];
        keyNode = pair?.key;
        // `key:` with nothing after it is a null scalar placed after the colon; the key is the better mark.
        const empty = pair && (!pair.value || ((0,dist/* isScalar */.jn)(pair.value) && pair.value.value === null));
        node = pair ? (empty ? pair.key : pair.value) : item;
    }
    const chosen = target === "key" && keyNode ? keyNode : node;
    return chosen?.range?.[0];
}
const pairsByKey = new WeakMap();
/** A mapping's pairs by key, built once: every problem is located through them, and there may be many. */
function pairsOf(node) {
    let pairs = pairsByKey.get(node);
    if (!pairs) {
        // The last of duplicate keys wins, as in the data.
        pairs = new Map(node.items.flatMap((item) => ((0,dist/* isScalar */.jn)(item.key) ? [[String(item.key.value), item]] : [])));
        pairsByKey.set(node, pairs);
    }
    return pairs;
}
function valueAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (typeof value !== "object" || value === null)
            return undefined;
        value = value[segment];
    }
    return value;
}
const load_config_NOUNS = {
    number: "a number",
    int: "a whole number",
    boolean: "a boolean",
    string: "text",
    object: "a mapping",
    record: "a mapping",
    map: "a mapping",
    array: "a list",
};
function describe(issue, base, data, locate) {
    const path = [...base, ...issue.path];
    const value = valueAt(data, path);
    const problem = (words, options = {}) => ({
        ...locate(path, options.at ?? "value"),
        key: keyPath(path),
        ...(options.quote !== false && value !== undefined && { value }),
        ...words,
    });
    // zod's own message is English for developers; ours are set on each rule as what is allowed.
    const allowed = issue.message.startsWith("Invalid input") ? mappingAllowed(path) : issue.message;
    switch (issue.code) {
        case "custom": {
            const words = issue.params;
            if (!words)
                return [problem({ problem: "is not valid", allowed: issue.message })];
            if (words.at === "key")
                return [{ ...problem(words, { quote: false, at: "key" }), value: String(path.at(-1)) }];
            return [problem(words, { quote: words.quoteValue !== false })];
        }
        case "invalid_key":
            return issue.issues.flatMap((inner) => describe({ ...inner, path: [] }, path, data, locate));
        case "invalid_union": {
            // Report the branch the user was writing (a mapping for `{ intensity: ... }`), not every branch.
            const chosen = issue.errors.find((branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0));
            if (chosen)
                return withoutEchoes(chosen).flatMap((inner) => describe(inner, path, data, locate));
            return [problem({ problem: "is not valid", allowed })];
        }
        case "unrecognized_keys": {
            const known = knownKeys(path);
            return issue.keys.map((name) => {
                const near = closest(name, known);
                return {
                    ...locate([...path, name], "key"),
                    key: keyPath([...path, name]),
                    problem: "unknown key",
                    allowed: near
                        ? `did you mean ${JSON.stringify(near)}?`
                        : `use one of ${known.join(", ")}${hint(path, name)}`,
                };
            });
        }
        case "invalid_type":
            if (value === undefined)
                return [problem({ problem: "missing", allowed })];
            return [problem({ problem: `is not ${load_config_NOUNS[issue.expected] ?? issue.expected}`, allowed })];
        case "too_small":
            return [problem({ problem: "is too small", allowed })];
        case "too_big":
            return [problem({ problem: issue.origin === "string" ? "is too long" : "is too large", allowed })];
        case "invalid_value": {
            if (value === undefined)
                return [problem({ problem: "missing", allowed })];
            const names = issue.values.filter((v) => typeof v === "string");
            const near = typeof value === "string" ? closest(value, names) : undefined;
            const suggestion = near ? `; did you mean ${JSON.stringify(near)}?` : "";
            return [problem({ problem: "is not valid", allowed: `${allowed}${suggestion}` })];
        }
        default:
            return [problem({ problem: "is not valid", allowed })];
    }
}
/** The one misplacement common enough to name: a step's budget written straight under `budgets`. */
const hint = (path, name) => keyPath(path) === "budgets" ? ` (a step's budget goes under steps: budgets.steps.${name})` : "";
function mappingAllowed(path) {
    const known = knownKeys(path);
    return known.length ? `use a mapping with keys from ${known.join(", ")}` : "use a mapping";
}
/**
 * The edge: reads a config file. A repository without one gets the defaults, and `missing` says so,
 * so the caller can mention it (a typo in the path should not look like "no budgets").
 */
async function parseConfigFile(path) {
    if (!(0,input_file/* inputExists */.Bz)(path))
        return { config: defaults(), missing: true };
    const file = { input: "config file", shown: path, path, expected: "a YAML config file" };
    // Before reading, so a huge file costs nothing.
    checkConfigSize((0,input_file/* checkInputFile */.xR)(file, Number.POSITIVE_INFINITY), path);
    return { config: loadConfig((0,input_file/* readInputText */._)(file), path), missing: false };
}


/***/ }),

/***/ 1054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ inputExists),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   _: () => (/* binding */ readInputText),
/* harmony export */   ku: () => (/* binding */ decodeInputText),
/* harmony export */   xR: () => (/* binding */ checkInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The one edge where a file the user named (a config, a report, an import) is read. What cannot be
 * read as text is refused with an InputError naming the input, the value and what is allowed: a
 * folder, a named pipe (whose read would wait forever for a writer), a device, a file too large, a
 * binary file, text that is not UTF-8. Never a stack trace, never a hang, never a silently mangled
 * character.
 */



const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const count = (bytes) => bytes.toLocaleString("en-US");
function kindOf(stats) {
    if (stats.isFile())
        return undefined;
    if (stats.isDirectory())
        return "a folder";
    if (stats.isFIFO())
        return "a named pipe (FIFO)";
    if (stats.isSocket())
        return "a socket";
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return "a device";
    return "not a regular file";
}
function unreadable(file, error) {
    const { code, message } = error;
    if (code === "ENOENT" || code === "ENOTDIR")
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, "no such file");
    if (code === "EACCES" || code === "EPERM")
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `permission denied; give ${file.expected} you can read`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `cannot read it (${message}); give ${file.expected}`);
}
/** Checks, without opening it, that the path is a regular file of at most `maxBytes`; returns its size. */
function checkInputFile(file, maxBytes = DEFAULT_MAX_BYTES) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file.path);
    }
    catch (error) {
        throw unreadable(file, error);
    }
    const kind = kindOf(stats);
    if (kind)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `that is ${kind}, not a file; give ${file.expected}`);
    if (stats.size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `the file is ${count(stats.size)} bytes, over the ${count(maxBytes)} this input may be; give ${file.expected}`);
    }
    return stats.size;
}
/** Reads the file as UTF-8 text (a byte-order mark is dropped), after checkInputFile. */
function readInputText(file, maxBytes = DEFAULT_MAX_BYTES) {
    checkInputFile(file, maxBytes);
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file.path);
    }
    catch (error) {
        throw unreadable(file, error);
    }
    // A file that grew after the check (or a /proc file, which says 0) is held to the same limit.
    if (bytes.length > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `the file is over the ${count(maxBytes)} bytes this input may be`);
    }
    return decodeInputText(file, bytes);
}
/**
 * UTF-8 text from a file's bytes, or the InputError that says why they are not: UTF-16, binary, or
 * not UTF-8. A streaming reader passes its decoder with each chunk, says which is `first`, and ends
 * with an empty chunk marked `end`, which flushes the decoder.
 */
function decodeInputText(file, bytes, stream) {
    if ((stream?.first ?? true) &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, "it is UTF-16 text; save it as UTF-8");
    }
    if (bytes.includes(0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `it is a binary file, not text; give ${file.expected}`);
    }
    try {
        return stream
            ? stream.decoder.decode(bytes, { stream: !stream.end })
            : new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        const lossy = new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder("utf-8").decode(bytes);
        const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
        const where = stream ? "" : ` (line ${line} has a byte that is not UTF-8)`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `it is not UTF-8 text${where}; save it as UTF-8`);
    }
}
/** False only when nothing is there; any other trouble is left for the read to name. */
function inputExists(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return true;
    }
}


/***/ })

};
