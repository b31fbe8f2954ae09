export const id = 521;
export const ids = [521];
export const modules = {

/***/ 7080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ parseFunctionalUnit),
/* harmony export */   ZN: () => (/* binding */ sciPerUnit),
/* harmony export */   uO: () => (/* binding */ checkFunctionalUnit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The Software Carbon Intensity rate, SCI = (O + M) / R (Green Software Foundation, ISO/IEC 21031:2024):
 * a step's operational plus embodied grams per functional unit R that the step declares (samples,
 * tokens, epochs). A rate, so runs of different sizes compare.
 */

/** Same bounds as the report schema, so a unit that passes here is never rejected on read. */
const MAX_NAME_LENGTH = 100;
/** Throws on a unit the report could not carry; callers turn user input into one before this. */
function checkFunctionalUnit(unit) {
    if (unit.name.trim() === "" || unit.name.length > MAX_NAME_LENGTH) {
        throw new RangeError(`functional unit: name must be 1 to ${MAX_NAME_LENGTH} characters, got "${unit.name}"`);
    }
    if (!Number.isFinite(unit.count) || unit.count <= 0) {
        throw new RangeError(`functional unit: count of ${unit.name} must be a finite number > 0, got ${unit.count}`);
    }
    return unit;
}
/** (O + M) / R in grams per unit. */
function sciPerUnit(co2eGrams, unit) {
    return co2eGrams / checkFunctionalUnit(unit).count;
}
/** `unit: samples=50000`: a functional unit for SCI (g per unit). */
function parseFunctionalUnit(input, text) {
    const match = /^([A-Za-z][\w-]{0,49})\s*=\s*([0-9.eE+]+)$/.exec(text.trim());
    const count = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(count) || count <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, "use NAME=COUNT with a positive count, e.g. samples=50000 or epoch=3");
    }
    return { name: match[1], count };
}


/***/ }),

/***/ 3521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_USAGE: () => (/* reexport */ usage/* RUN_USAGE */.W3),
  defaultStepName: () => (/* reexport */ defaultStepName),
  parseNumber: () => (/* binding */ parseNumber),
  parseRunArgs: () => (/* binding */ parseRunArgs)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/carbon/sci.ts
var sci = __webpack_require__(7080);
// EXTERNAL MODULE: ./src/cluster/spec.ts
var spec = __webpack_require__(8971);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/pipeline/step-name.ts
/** A step's name when none is given: the CLI's `--step` and the action's `step` input share it. */
/** Programs that run another program: the name is that program's. */
const WRAPPERS = /^(uv|uvx|poetry|pipenv|pdm|hatch|pixi|conda|mamba|micromamba|srun|mpirun|mpiexec|horovodrun|nohup|time|env)$/;
/** Of the wrappers, those whose first word is a subcommand: `uv run`, `conda run`. */
const SUBCOMMAND = /^(uv|poetry|pipenv|pdm|hatch|pixi|conda|mamba|micromamba)$/;
/** Programs that run a script (or a module with -m): the name is the script's. */
const INTERPRETERS = /^(python[\d.]*|pypy[\d.]*|node|bun|deno|bash|sh|zsh|Rscript|julia|torchrun|deepspeed|accelerate)$/;
/** Modules that are launchers themselves: `python -m torch.distributed.run ... train.py`. */
const LAUNCHER_MODULES = /^(torch\.distributed\.(run|launch)|accelerate\.commands\.launch|deepspeed\.launcher\.runner)$/;
const SCRIPT = /\.(py|js|mjs|cjs|ts|sh|bash|r|jl)$/i;
const base = (path) => path.split("/").pop() ?? path;
const isOption = (word) => word.startsWith("-") && word.length > 1;
/**
 * The first word that is not an option and, if it can be told, not an option's value: a launcher's
 * options mostly take values (`--nproc_per_node 8`, `-n env`), but some are flags (`--frozen`), so
 * a word right after a bare option is taken only when nothing better follows.
 */
function firstPositional(words) {
    const loose = words.findIndex((word) => !isOption(word));
    const strict = words.findIndex((word, i) => !isOption(word) &&
        !/^\d+$/.test(word) &&
        !(i > 0 && isOption(words[i - 1] ?? "") && !words[i - 1]?.includes("=")));
    return strict !== -1 ? strict : loose;
}
/** The script or module a command line runs, through launchers and environment runners. */
function scriptOf(command, args) {
    let program = base(command);
    let rest = [...args];
    // Each turn peels one launcher; a command line nests a few at most (`srun uv run torchrun x.py`).
    for (let turn = 0; turn < 8; turn += 1) {
        if (WRAPPERS.test(program)) {
            if (SUBCOMMAND.test(program)) {
                const run = rest.indexOf("run");
                if (run === -1)
                    return undefined;
                rest = rest.slice(run + 1);
            }
            if (program === "env")
                rest = rest.filter((word) => !/^\w+=/.test(word));
            // A known program or a script among the words wins over guessing which words are values.
            const known = rest.findIndex((word) => !isOption(word) &&
                (INTERPRETERS.test(base(word)) || WRAPPERS.test(base(word)) || SCRIPT.test(word)));
            const next = known !== -1 ? known : firstPositional(rest);
            if (next === -1)
                return undefined;
            program = base(rest[next] ?? "");
            rest = rest.slice(next + 1);
            if (SCRIPT.test(program))
                return program;
            continue;
        }
        if (!INTERPRETERS.test(program))
            return turn === 0 ? undefined : program;
        if (program === "accelerate") {
            if (rest[0] !== "launch")
                return undefined;
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
            if (name === undefined)
                return undefined;
            if (!LAUNCHER_MODULES.test(name))
                return name;
            rest = rest.slice(module + 2);
            program = "torchrun";
            continue;
        }
        if (script !== -1)
            return base(rest[script] ?? "");
        const next = rest.findIndex((word) => !isOption(word) && (INTERPRETERS.test(base(word)) || WRAPPERS.test(base(word))));
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
function defaultStepName(command, args) {
    const name = base(scriptOf(command, args) ?? base(command))
        .replace(/\.(py|js|mjs|cjs|ts|sh|bash|r|jl)$/i, "")
        .replace(/[^\w.\- ]+/g, "-")
        .slice(0, 100);
    return /\w/.test(name) ? name : "run";
}
/** The step's name: the one given, else one made from a shell command line (`python train.py` -> `train`). */
function stepName(given, command) {
    const words = command.trim().split(/\s+/);
    return given || defaultStepName(words[0] ?? "run", words.slice(1));
}

// EXTERNAL MODULE: ./src/report/step-name-rule.ts
var step_name_rule = __webpack_require__(7759);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * `carbon-budget run` arguments (docs/cli.md): parsed strictly, every bad value an InputError that
 * names the flag, the value and what is allowed.
 */








const RUN_OPTIONS = {
    step: { type: "string" },
    location: { type: "string" },
    intensity: { type: "string" },
    pue: { type: "string" },
    gpu: { type: "string" },
    "gpu-count": { type: "string" },
    cpu: { type: "string" },
    "memory-gb": { type: "string" },
    "host-vcpus": { type: "string" },
    interval: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" },
    "no-store": { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean", short: "v" },
    unit: { type: "string" },
    "no-embodied": { type: "boolean" },
    config: { type: "string" },
    prometheus: { type: "string" },
    selector: { type: "string" },
    metrics: { type: "string" },
    slurm: { type: "boolean" },
    "slurm-job": { type: "string" },
};
function parseNumber(input, text, rule) {
    const value = Number(text.trim());
    const ok = text.trim() !== "" &&
        Number.isFinite(value) &&
        value >= rule.min &&
        value <= rule.max &&
        (!rule.integer || Number.isInteger(value));
    if (!ok) {
        const kind = rule.integer ? "a whole number" : "a number";
        throw new errors/* InputError */.d(input, text, `expected ${rule.what}: ${kind} from ${rule.min} to ${rule.max}`);
    }
    return value;
}
function parseRunArgs(argv) {
    const separator = argv.indexOf("--");
    const own = separator === -1 ? argv : argv.slice(0, separator);
    const wrapped = separator === -1 ? [] : argv.slice(separator + 1);
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: own,
            options: RUN_OPTIONS,
            strict: true,
            allowPositionals: true,
        }));
    }
    catch (error) {
        // Node names the offending option in quotes; show that rather than the whole command line.
        const message = error.message;
        const option = /'(--?[\w-]+)'/.exec(message)?.[1] ?? own.join(" ");
        throw new errors/* InputError */.d("carbon-budget run", option, `${message}\n${usage/* RUN_USAGE */.W3}`);
    }
    if (wrapped.length === 0) {
        const hint = positionals.length ? ` (put \`--\` before \`${positionals.join(" ")}\`)` : "";
        throw new errors/* InputError */.d("COMMAND", wrapped.join(" "), `give the command to measure after \`--\`${hint}\n${usage/* RUN_USAGE */.W3}`);
    }
    if (positionals.length) {
        throw new errors/* InputError */.d("carbon-budget run", positionals.join(" "), `unexpected arguments before \`--\`\n${usage/* RUN_USAGE */.W3}`);
    }
    const [command, ...commandArgs] = wrapped;
    const step = values.step ?? defaultStepName(command, commandArgs);
    const stepProblem = (0,step_name_rule/* stepNameProblem */.r4)(step);
    if (stepProblem)
        throw new errors/* InputError */.d("--step", step, `it ${stepProblem}; ${step_name_rule/* STEP_NAME_ALLOWED */._G}`);
    const optionalNumber = (flag, rule) => {
        const text = values[flag];
        return typeof text === "string" ? parseNumber(`--${flag}`, text, rule) : undefined;
    };
    const gpuCount = optionalNumber("gpu-count", { min: 1, max: 4096, integer: true, what: "how many GPUs" });
    if (gpuCount !== undefined && !values.gpu) {
        throw new errors/* InputError */.d("--gpu-count", String(gpuCount), "--gpu-count goes with --gpu MODEL");
    }
    return {
        step,
        command,
        commandArgs,
        ...remoteArgs(values),
        ...(values.location !== undefined && { location: nonEmpty("--location", values.location) }),
        ...(values.intensity !== undefined && {
            intensity: parseNumber("--intensity", values.intensity, {
                min: 0,
                max: 2000,
                what: "grid intensity in gCO2e/kWh",
            }),
        }),
        ...(values.pue !== undefined && {
            pue: optionalNumber("pue", { min: 1, max: 3, what: "power usage effectiveness" }),
        }),
        ...(values.gpu !== undefined && { gpu: nonEmpty("--gpu", values.gpu), gpuCount: gpuCount ?? 1 }),
        ...(values.cpu !== undefined && { cpu: nonEmpty("--cpu", values.cpu) }),
        ...(values["memory-gb"] !== undefined && {
            memoryGb: optionalNumber("memory-gb", { min: 0.1, max: 65536, what: "installed memory in GB" }),
        }),
        ...(values["host-vcpus"] !== undefined && {
            hostVcpus: optionalNumber("host-vcpus", {
                min: 1,
                max: 100_000,
                integer: true,
                what: "the vCPUs of the host this machine runs on",
            }),
        }),
        intervalMs: optionalNumber("interval", {
            min: 50,
            max: 60_000,
            integer: true,
            what: "the sampling interval in ms",
        }) ?? 1000,
        ...(values.json !== undefined && { json: nonEmpty("--json", values.json) }),
        ...(values.markdown !== undefined && { markdown: nonEmpty("--markdown", values.markdown) }),
        store: !values["no-store"],
        quiet: Boolean(values.quiet),
        verbose: Boolean(values.verbose),
        ...(values.unit !== undefined && { unit: (0,sci/* parseFunctionalUnit */.Rf)("--unit", values.unit) }),
        embodied: !values["no-embodied"],
        ...(values.config !== undefined && { config: nonEmpty("--config", values.config) }),
    };
}
/** --prometheus goes with --selector (and --metrics with both); --slurm or --slurm-job, not both. */
function remoteArgs(values) {
    const { prometheus, selector, metrics } = values;
    if (prometheus === undefined && (selector !== undefined || metrics !== undefined)) {
        const flag = selector !== undefined ? "--selector" : "--metrics";
        throw new errors/* InputError */.d(flag, selector ?? metrics ?? "", "it goes with --prometheus URL");
    }
    const slurm = values.slurm || values["slurm-job"] !== undefined;
    // With Slurm, no selector means the job's own GPUs: DCGM labels them hpc_job.
    if (prometheus !== undefined && selector === undefined && !slurm) {
        throw new errors/* InputError */.d("--prometheus", prometheus, 'give the series to measure with --selector, e.g. --selector \'{namespace="ml",pod=~"train-.*"}\' (with --slurm, the job\'s GPUs by hpc_job)');
    }
    if (values.slurm && values["slurm-job"] !== undefined) {
        throw new errors/* InputError */.d("--slurm-job", values["slurm-job"], "use --slurm (the id from sbatch's output) or --slurm-job ID, not both");
    }
    const jobId = values["slurm-job"] !== undefined ? (0,spec/* parseJobId */.et)("--slurm-job", values["slurm-job"]) : undefined;
    return {
        ...(prometheus !== undefined && {
            prometheus: (0,spec/* prometheusSpec */.EW)({
                url: prometheus,
                ...(selector !== undefined && { selector }),
                ...(metrics !== undefined && { metrics }),
            }, { url: "--prometheus", selector: "--selector", metrics: "--metrics" }),
        }),
        ...((values.slurm || jobId !== undefined) && { slurm: jobId !== undefined ? { jobId } : {} }),
    };
}
function nonEmpty(input, value) {
    if (value.trim() === "")
        throw new errors/* InputError */.d(input, value, "it must not be empty");
    return value.trim();
}



/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ candidateMatchers),
/* harmony export */   Ft: () => (/* binding */ METRIC_SETS),
/* harmony export */   GC: () => (/* binding */ SOURCE_OF),
/* harmony export */   Mt: () => (/* binding */ measuredFacts)
/* harmony export */ });
const METRIC_SETS = ["dcgm", "kepler", "node-rapl"];
const SOURCE_OF = {
    dcgm: "prometheus:dcgm",
    kepler: "prometheus:kepler",
    "node-rapl": "prometheus:node-rapl",
};
/** The selector Prometheus is sent: the metric names as one regular expression, then the matchers. */
function candidateMatchers(candidate, names = candidate.names) {
    const name = names.length === 1
        ? { name: "__name__", op: "=", value: names[0] }
        : { name: "__name__", op: "=~", value: names.join("|") };
    return [name, ...candidate.matchers];
}
/** A component's coverage, its average power over the covered time, and its anomalies as notes. */
function measuredFacts(result, window) {
    const windowMs = window.toMs - window.fromMs;
    const coverage = windowMs > 0 ? Math.min(1, result.coveredMs / windowMs) : 0;
    const anomalies = [];
    if (result.resets > 0) {
        anomalies.push(`the counter went back ${result.resets} time${result.resets === 1 ? "" : "s"} (a reset: driver reload, exporter restart, RAPL wrap): the energy between the last sample before it and the reset is not counted`);
    }
    if (result.bridgedGaps > 0) {
        anomalies.push(`${result.bridgedGaps} gap${result.bridgedGaps === 1 ? "" : "s"} in the samples (longest ${Math.round(result.longestGapMs / 1000)} s) bridged by the energy counter`);
    }
    if (result.missedGaps > 0) {
        anomalies.push(`${result.missedGaps} gap${result.missedGaps === 1 ? "" : "s"} in the samples (longest ${Math.round(result.longestGapMs / 1000)} s) not counted`);
    }
    if (coverage < 0.9) {
        anomalies.push(`samples cover ${Math.round(coverage * 100)}% of the window; the rest is not counted`);
    }
    return {
        coverage,
        ...(result.coveredMs > 0 && { avg_power_w: result.energyJ / (result.coveredMs / 1000) }),
        samples: result.samples,
        anomalies,
    };
}


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ PrometheusClient),
/* harmony export */   bP: () => (/* binding */ parsePrometheusUrl),
/* harmony export */   fZ: () => (/* binding */ isPrometheusError)
/* harmony export */ });
/* unused harmony export PrometheusError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

class PrometheusError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = "PrometheusError";
    }
}
const isPrometheusError = (error) => error instanceof PrometheusError;
/** An http(s) URL, checked before anything runs. */
function parsePrometheusUrl(input, text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, "use the Prometheus server's URL, e.g. https://prometheus.example:9090");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, url.host || text, "use an http:// or https:// URL");
    }
    const auth = url.username !== ""
        ? { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
        : undefined;
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    const base = url.toString().replace(/\/+$/, "");
    return { base, host: url.host, ...(auth && { auth }) };
}
const RETRY_DELAYS_MS = [500, 1500];
class PrometheusClient {
    options;
    /** Requests sent, retries included. */
    requests = 0;
    host;
    headers;
    timeoutMs;
    sleep;
    constructor(options) {
        this.options = options;
        this.host = options.target.host;
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        const auth = options.auth ?? options.target.auth;
        this.headers = {
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
            ...(auth && {
                authorization: "bearer" in auth
                    ? `Bearer ${auth.bearer}`
                    : `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`,
            }),
        };
    }
    /** Label sets of the series any selector matches with samples in [start, end]. */
    async series(selectors, startMs, endMs) {
        const params = selectors.map((s) => ["match[]", s]);
        params.push(["start", seconds(startMs)], ["end", seconds(endMs)]);
        const data = await this.post("/api/v1/series", params);
        if (!Array.isArray(data))
            throw this.malformed("series");
        return data;
    }
    /** The raw samples of `selector` in (atMs - rangeMs, atMs]. */
    async rawSamples(selector, rangeMs, atMs) {
        const data = (await this.post("/api/v1/query", [
            ["query", `${selector}[${Math.max(1, Math.round(rangeMs))}ms]`],
            ["time", seconds(atMs)],
            ["timeout", `${Math.max(1, Math.floor((this.timeoutMs - 5000) / 1000))}s`],
        ]));
        if (data?.resultType !== "matrix" || !Array.isArray(data.result))
            throw this.malformed("query");
        return data.result;
    }
    malformed(what) {
        return new PrometheusError("server", `Prometheus at ${this.host} sent a ${what} answer we cannot read`);
    }
    async post(path, params) {
        for (let attempt = 0;; attempt++) {
            try {
                return await this.once(path, params);
            }
            catch (error) {
                const transient = isPrometheusError(error) && (error.kind === "server" || error.kind === "unreachable");
                if (!transient || attempt >= RETRY_DELAYS_MS.length)
                    throw error;
                await this.sleep(RETRY_DELAYS_MS[attempt]);
            }
        }
    }
    async once(path, params) {
        this.requests++;
        let response;
        try {
            response = await fetch(`${this.options.target.base}${path}`, {
                method: "POST",
                headers: this.headers,
                body: new URLSearchParams(params).toString(),
                signal: AbortSignal.timeout(this.timeoutMs),
            });
        }
        catch (error) {
            const err = error;
            if (err.name === "TimeoutError") {
                throw new PrometheusError("timeout", `Prometheus at ${this.host} did not answer within ${this.timeoutMs / 1000} s`);
            }
            const why = err.cause?.code ?? err.cause?.message ?? err.message;
            throw new PrometheusError("unreachable", `could not reach Prometheus at ${this.host}: ${why}`);
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        if (response.status === 401 || response.status === 403) {
            throw new PrometheusError("auth", `Prometheus at ${this.host} answered ${response.status} ${response.statusText || "Unauthorized"}${this.headers.authorization
                ? ": the credentials given (PROMETHEUS_TOKEN or PROMETHEUS_USER/PROMETHEUS_PASSWORD) were refused"
                : ": set PROMETHEUS_TOKEN, or PROMETHEUS_USER and PROMETHEUS_PASSWORD"}`);
        }
        if (response.ok && body?.status === "success")
            return body.data;
        const said = body?.error
            ? `${body.errorType ? `${body.errorType}: ` : ""}${body.error}`
            : `HTTP ${response.status}${response.headers.get("content-type") ? ` (${response.headers.get("content-type")})` : ""}`;
        const message = `Prometheus at ${this.host} answered ${response.status}: ${said}`;
        if (body?.errorType === "timeout" || /query timed out/i.test(body?.error ?? "")) {
            throw new PrometheusError("timeout", message);
        }
        if (/too many samples/i.test(body?.error ?? ""))
            throw new PrometheusError("too-many-samples", message);
        if (response.status >= 500)
            throw new PrometheusError("server", message);
        throw new PrometheusError("query", message);
    }
}
const seconds = (ms) => (ms / 1000).toFixed(3);


/***/ }),

/***/ 6833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* binding */ renderSelector),
/* harmony export */   Pl: () => (/* binding */ parseSelector),
/* harmony export */   Ql: () => (/* binding */ alternation),
/* harmony export */   cK: () => (/* binding */ matches)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * PromQL label matchers (`{namespace="ml",pod=~"train-.*"}`): parsed and checked before anything runs,
 * rendered back for queries, and evaluated locally to tell which of several selector forms a series
 * came from. Prometheus anchors regular expressions (RE2) at both ends; so does `matches`.
 */

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ALLOWED = 'use PromQL label matchers, e.g. {namespace="ml",pod=~"train-.*"}';
function parseSelector(input, text) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, `${why}; ${ALLOWED}`);
    };
    let body = text.trim();
    if (body === "")
        fail("it is empty");
    const brace = body.indexOf("{");
    if (brace > 0) {
        fail(`give label matchers only, without a metric name (${JSON.stringify(body.slice(0, brace))}); the metrics come from --metrics`);
    }
    if (body.startsWith("{")) {
        if (!body.endsWith("}"))
            fail("the closing } is missing");
        body = body.slice(1, -1);
    }
    const matchers = [];
    let at = 0;
    const skipSpace = () => {
        while (at < body.length && /\s/.test(body[at]))
            at++;
    };
    while (true) {
        skipSpace();
        if (at >= body.length)
            break;
        const name = /^[^\s=!~,]*/.exec(body.slice(at))?.[0] ?? "";
        if (!LABEL_NAME.test(name))
            fail(`${JSON.stringify(name || body.slice(at, at + 10))} is not a label name`);
        at += name.length;
        skipSpace();
        const op = ["=~", "!~", "!=", "="].find((o) => body.startsWith(o, at));
        if (!op)
            fail(`after ${name} expected =, !=, =~ or !~`);
        at += op.length;
        skipSpace();
        const literal = readString(body, at);
        if (!literal)
            fail(`the value of ${name} must be a quoted string`);
        const { value, end } = literal;
        at = end;
        if (name === "__name__")
            fail("__name__ is chosen by --metrics, not the selector");
        if (op === "=~" || op === "!~") {
            const problem = regexProblem(value);
            if (problem)
                fail(`the regular expression for ${name} does not compile (${problem})`);
        }
        matchers.push({ name, op: op, value });
        skipSpace();
        if (at < body.length) {
            if (body[at] !== ",")
                fail(`expected , or } after the matcher for ${name}`);
            at++;
        }
    }
    if (matchers.length === 0) {
        fail("it selects every series in the cluster; name the job's pods, namespace, nodes or hpc_job");
    }
    if (matchers.every((m) => matchesValue(m, ""))) {
        fail("every matcher also matches an empty label, so it selects every series in the cluster");
    }
    return matchers;
}
/** A PromQL string literal: "..." and '...' with Go escapes, or a raw `...`. */
function readString(text, start) {
    const quote = text[start];
    if (quote === "`") {
        const end = text.indexOf("`", start + 1);
        return end === -1 ? undefined : { value: text.slice(start + 1, end), end: end + 1 };
    }
    if (quote !== '"' && quote !== "'")
        return undefined;
    let value = "";
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (c === quote)
            return { value, end: i + 1 };
        if (c !== "\\") {
            value += c;
            continue;
        }
        const next = text[++i];
        const simple = {
            n: "\n",
            t: "\t",
            r: "\r",
            "\\": "\\",
            '"': '"',
            "'": "'",
            a: "\x07",
            b: "\b",
            f: "\f",
            v: "\v",
        };
        if (next in simple)
            value += simple[next];
        else if (next === "x" || next === "u" || next === "U") {
            const width = next === "x" ? 2 : next === "u" ? 4 : 8;
            const hex = text.slice(i + 1, i + 1 + width);
            if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex))
                return undefined;
            value += String.fromCodePoint(Number.parseInt(hex, 16));
            i += width;
        }
        else if (next !== undefined && /[0-7]/.test(next)) {
            const octal = text.slice(i, i + 3);
            if (!/^[0-7]{3}$/.test(octal))
                return undefined;
            value += String.fromCharCode(Number.parseInt(octal, 8));
            i += 2;
        }
        else
            return undefined;
    }
    return undefined;
}
/**
 * RE2 and JavaScript share the syntax selectors use; RE2's leading flag group `(?i)` becomes a JS flag
 * and `(?P<name>` a JS named group (RE2's ungreedy `U` has no JS twin: local matching only decides which
 * form a series came from, Prometheus has already matched it). What JS cannot compile is reported.
 */
function compile(pattern) {
    let flags = "";
    let source = pattern.replace(/\(\?P</g, "(?<");
    const leading = /^\(\?([imsU]+)\)/.exec(source);
    if (leading) {
        flags = [...new Set(leading[1].replace(/U/g, ""))].join("");
        source = source.slice(leading[0].length);
    }
    try {
        return new RegExp(`^(?:${source})$`, flags);
    }
    catch {
        return new RegExp(`^(?:${source})$`, `${flags}u`);
    }
}
function regexProblem(pattern) {
    try {
        compile(pattern);
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
const compiled = new Map();
function matchesValue(matcher, value) {
    if (matcher.op === "=")
        return value === matcher.value;
    if (matcher.op === "!=")
        return value !== matcher.value;
    let re = compiled.get(matcher.value);
    if (!re) {
        re = compile(matcher.value);
        compiled.set(matcher.value, re);
    }
    return re.test(value) === (matcher.op === "=~");
}
/** As Prometheus evaluates it: a missing label has the empty value. */
function matches(matchers, labels) {
    return matchers.every((m) => matchesValue(m, labels[m.name] ?? ""));
}
function renderSelector(matchers) {
    return `{${matchers.map((m) => `${m.name}${m.op}${JSON.stringify(m.value)}`).join(",")}}`;
}
/** A regular expression that matches exactly these values (for `=~`). */
function alternation(values) {
    return values.map((v) => v.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")).join("|");
}


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ prometheusSpec),
/* harmony export */   et: () => (/* binding */ parseJobId)
/* harmony export */ });
/* unused harmony export parseMetrics */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _metric_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);
/* harmony import */ var _prometheus_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3582);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6833);
/**
 * What the user asks to be measured remotely, checked the same way wherever it is given (CLI flags,
 * action inputs, the config file): a Prometheus URL with a selector and metric sets, a Slurm job.
 */




function parseMetrics(input, text) {
    const names = text
        .split(/[\s,]+/)
        .map((n) => n.trim())
        .filter(Boolean);
    const unknown = names.filter((n) => !_metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft.includes(n));
    if (names.length === 0 || unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, `use one or more of ${_metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft.join(", ")}, comma separated${unknown.length ? ` (not ${unknown.join(", ")})` : ""}`);
    }
    return [...new Set(names)];
}
/** Without a selector, the Slurm job's GPUs (`{hpc_job="ID"}`): the caller allows that only with Slurm. */
function prometheusSpec(given, names) {
    const metrics = given.metrics === undefined
        ? [..._metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft]
        : typeof given.metrics === "string"
            ? parseMetrics(names.metrics, given.metrics)
            : [...given.metrics];
    return {
        target: (0,_prometheus_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePrometheusUrl */ .bP)(names.url, given.url),
        selector: given.selector === undefined ? [] : (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSelector */ .Pl)(names.selector, given.selector),
        selectorText: given.selector?.trim() ?? "",
        metrics,
    };
}
/** A Slurm job id as sacct takes it: `123`, an array task `123_4`, a heterogeneous component `123+0`. */
function parseJobId(input, text) {
    const id = text.trim();
    if (!/^\d+([_+]\d+)?$/.test(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, "use a Slurm job id: digits, e.g. 123456 (or 123456_7 for an array task)");
    }
    return id;
}


/***/ }),

/***/ 7759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _G: () => (/* binding */ STEP_NAME_ALLOWED),
/* harmony export */   r4: () => (/* binding */ stepNameProblem)
/* harmony export */ });
/* unused harmony export STEP_NAME_MAX */
/**
 * What a step may be called: the one rule for the CLI's `--step`, the action's `step` input and a
 * budget's key in the config, so any step that can run can have a budget.
 */
/** As many characters as a report's step name holds. */
const STEP_NAME_MAX = 200;
const STEP_NAME_ALLOWED = `use 1 to ${STEP_NAME_MAX} characters, not only spaces, with no control characters (tabs, line breaks)`;
/**
 * Why `name` cannot name a step, or undefined when it can. Matrix legs are named freely
 * (`train-${{ matrix.model }}` is `train-org/llama`), so only what breaks a report or a table is refused.
 */
function stepNameProblem(name) {
    if (name.trim() === "")
        return "is empty";
    if (name.length > STEP_NAME_MAX)
        return `is longer than ${STEP_NAME_MAX} characters`;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
    if (/[\u0000-\u001f\u007f]/.test(name))
        return "holds a control character";
    return undefined;
}


/***/ })

};
