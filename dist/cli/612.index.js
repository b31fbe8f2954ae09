export const id = 612;
export const ids = [612];
export const modules = {

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

/***/ 5657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ requireGpu),
/* harmony export */   GO: () => (/* binding */ findGpu),
/* harmony export */   Jh: () => (/* binding */ requireGpuOrFamily),
/* harmony export */   Mn: () => (/* binding */ gpuIdleWatts),
/* harmony export */   dr: () => (/* binding */ sourceSchema)
/* harmony export */ });
/* unused harmony exports gpuTableSchema, GPUS, DEFAULT_GPU_IDLE_FRACTION, matchGpu */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _data_gpus_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4008);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2909);
/** The accelerator table (`data/gpus.json`) and lookups by the names drivers print or users type. */




const sourceSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), url: zod__WEBPACK_IMPORTED_MODULE_3__/* .url */ .OZ5() });
const gpuSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    aliases: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)),
    vendor: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["nvidia", "amd", "google"]),
    /** Board power (TDP/TBP/maximum power) of one device, in W. */
    tdp_w: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive(),
    /** Only where a source publishes it. */
    idle_w: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().optional(),
    memory_gb: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive(),
    /** kg CO2e to make one device, only where a source estimates it. */
    embodied_kg: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().optional(),
    source: sourceSchema,
    embodied_source: sourceSchema.optional(),
    /** Says why a figure is not a plain datasheet value. */
    note: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
});
const gpuTableSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), gpus: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(gpuSchema).min(1) });
/** Parsed once at load: a bad row in our own table should fail every test, not one odd lookup. */
const GPUS = gpuTableSchema.parse(_data_gpus_json__WEBPACK_IMPORTED_MODULE_0__).gpus;
/**
 * Idle as a share of TDP where no source gives idle power. The published idle figures in the table
 * (TPU v2 53/280 W, TPU v3 84/450 W) are both about 19%; 10% sits well below them, so a low bound
 * built on it errs wide rather than narrow.
 */
const DEFAULT_GPU_IDLE_FRACTION = 0.1;
/** Idle power of one device: the published figure, or the default share of TDP. */
function gpuIdleWatts(spec) {
    return spec.idle_w !== undefined
        ? { watts: spec.idle_w, published: true }
        : { watts: spec.tdp_w * DEFAULT_GPU_IDLE_FRACTION, published: false };
}
const gpuNames = (spec) => [spec.name, ...spec.aliases];
/** The full result, for callers that want to tell "ambiguous" from "unknown". */
const matchGpu = (name) => (0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .matchName */ .hu)(name, GPUS, gpuNames);
/** The spec for a driver-printed or user-typed name, or undefined when unknown or ambiguous. */
function findGpu(name) {
    const match = matchGpu(name);
    return match.kind === "found" ? match.row : undefined;
}
/**
 * For an estimate, where a range is the honest answer to "an A100": a family name gives all its
 * variants; an unknown name throws as `requireGpu` does. Measuring (`run --gpu`) stays strict.
 */
function requireGpuOrFamily(name, input = "--gpu") {
    const match = matchGpu(name);
    if (match.kind === "ambiguous") {
        const specs = [...match.rows].sort((a, b) => a.tdp_w - b.tdp_w || a.name.localeCompare(b.name));
        return { kind: "family", name: name.trim(), specs };
    }
    return { kind: "one", spec: requireGpu(name, input) };
}
/** Like `findGpu`, for user input: throws an InputError naming the candidates or the nearest models. */
function requireGpu(name, input = "--gpu") {
    const match = matchGpu(name);
    if (match.kind === "found")
        return match.row;
    if (match.kind === "ambiguous") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, name, `it matches several GPU models: ${(0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteList */ .JN)(match.rows.map((row) => row.name))}; give the full name`);
    }
    const near = (0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .nearestBy */ .iG)(name, GPUS, gpuNames, (spec) => spec.name, 3);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, name, `not a GPU model we know; nearest: ${(0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteList */ .JN)(near)} (all models: data/gpus.json)`);
}


/***/ }),

/***/ 2909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ quoteList),
/* harmony export */   hu: () => (/* binding */ matchName),
/* harmony export */   iG: () => (/* binding */ nearestBy)
/* harmony export */ });
/* unused harmony exports nameTokens, normaliseName, editDistance, nearest */
/**
 * Tolerant matching of hardware names: the same part is spelled differently by nvidia-smi, rocm-smi,
 * /proc/cpuinfo, systeminformation and a user typing a flag. Pure functions over strings.
 */
/** Words that say nothing about which part it is: vendors, marketing and generic nouns. */
const NOISE_TOKENS = new Set([
    "nvidia",
    "tesla",
    "amd",
    "intel",
    "google",
    "gb",
    "processor",
    "cpu",
    "gpu",
    "gen",
]);
/**
 * Reduces a name to its tokens: lower case, no (R)/(TM)/®/™, no clock speed ("CPU @ 2.80GHz"), no
 * core count ("64-Core Processor"), no generation prefix ("13th Gen"), memory sizes without the unit.
 */
function nameTokens(name) {
    const cleaned = name
        .toLowerCase()
        .replace(/\((r|tm|c)\)|[®™©]/g, " ")
        .replace(/@\s*[\d.]+\s*[gm]hz/g, " ")
        .replace(/\b[\d.]+\s*[gm]hz\b/g, " ")
        .replace(/\b\d+-cores?\b/g, " ")
        .replace(/\b\d+(st|nd|rd|th)\b/g, " ")
        .replace(/\bw(ith|\/)\s+radeon(\s+\w+)?\s+graphics\b/g, " ")
        // "8480+" is a different SKU from an 8480C; keep the plus as a word rather than drop it as punctuation.
        .replace(/\+/g, " plus ")
        .replace(/\b(\d+)gb\b/g, "$1");
    return cleaned.split(/[^a-z0-9]+/).filter((token) => token !== "" && !NOISE_TOKENS.has(token));
}
/** The canonical spelling of a name: its tokens joined by single spaces. */
const normaliseName = (name) => nameTokens(name).join(" ");
const sameTokens = (a, b) => a.size === new Set(b).size && b.every((token) => a.has(token));
/**
 * Finds the row a name means. First any name or alias with the same tokens (order-free, so
 * "A100 PCIe 80GB" is "NVIDIA A100 80GB PCIe"). Then a token match, which is safe only because it is
 * one-way and narrow: every token of the query must appear in one of the row's names, the query must
 * carry a model number (a token with a digit, so "NVIDIA" alone never matches), and exactly one row
 * may qualify; several make the name ambiguous, since "A100" could be a 250 W or a 400 W part. The
 * other direction (a row's tokens inside a longer query) is not tried: "RTX 4090 D" is not a 4090.
 */
function matchName(query, rows, namesOf) {
    const queryTokens = nameTokens(query);
    if (queryTokens.length === 0)
        return { kind: "none" };
    const querySet = new Set(queryTokens);
    const tokenised = rows.map((row) => ({ row, names: namesOf(row).map(nameTokens) }));
    const exact = tokenised.find(({ names }) => names.some((tokens) => sameTokens(querySet, tokens)));
    if (exact)
        return { kind: "found", row: exact.row, by: "name" };
    if (!queryTokens.some((token) => /\d/.test(token)))
        return { kind: "none" };
    const hits = tokenised.filter(({ names }) => names.some((tokens) => queryTokens.every((token) => tokens.includes(token))));
    const [only] = hits;
    if (hits.length === 1 && only)
        return { kind: "found", row: only.row, by: "tokens" };
    if (hits.length > 1)
        return { kind: "ambiguous", rows: hits.map(({ row }) => row) };
    return { kind: "none" };
}
/** Levenshtein distance, two rows of memory. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * How far a query is from a name, token by token: each query token costs its edit distance to the
 * closest token of the name. A whole-string distance would rank "T4" nearer to "A100" than
 * "NVIDIA A100 SXM4 80GB" is; tokens keep the model number decisive. Unused name tokens add a little,
 * so a shorter name wins a tie.
 */
function tokenDistance(query, name) {
    let total = 0;
    for (const token of query) {
        total += Math.min(token.length, ...name.map((candidate) => editDistance(token, candidate)));
    }
    const unused = name.filter((candidate) => !query.includes(candidate)).length;
    return total + unused / 100;
}
/** The `n` rows nearest to `query`, labelled, for "did you mean" in error messages. */
function nearestBy(query, rows, namesOf, labelOf, n = 3) {
    const queryTokens = nameTokens(query);
    if (queryTokens.length === 0)
        return [];
    return rows
        .map((row) => ({
        label: labelOf(row),
        distance: Math.min(...namesOf(row).map((name) => tokenDistance(queryTokens, nameTokens(name)))),
    }))
        .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label))
        .slice(0, n)
        .map(({ label }) => label);
}
/** The `n` candidate names nearest to `name`. */
const nearest = (name, candidates, n = 3) => nearestBy(name, candidates, (candidate) => [candidate], (candidate) => candidate, n);
/** Quotes names for a message: `"A", "B" or "C"`. */
function quoteList(names, last = "or") {
    const quoted = names.map((name) => JSON.stringify(name));
    if (quoted.length <= 1)
        return quoted.join("");
    return `${quoted.slice(0, -1).join(", ")} ${last} ${quoted.at(-1)}`;
}


/***/ }),

/***/ 4008:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"description":"Accelerator specs: board power (TDP/TBP/max power) per device in W, idle power where a source publishes it, memory in GB, embodied emissions in kg CO2e where a source estimates them. Aliases are the names drivers print (nvidia-smi/NVML, rocm-smi). A `note` marks a figure that is not a plain datasheet value.","gpus":[{"name":"NVIDIA Tesla P100 PCIe 16GB","aliases":["Tesla P100-PCIE-16GB","P100 PCIe 16GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":16,"source":{"title":"NVIDIA Tesla P100 PCIe datasheet","url":"https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-PCIe-datasheet.pdf"}},{"name":"NVIDIA Tesla P100 PCIe 12GB","aliases":["Tesla P100-PCIE-12GB","P100 PCIe 12GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":12,"source":{"title":"NVIDIA Tesla P100 PCIe datasheet","url":"https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-PCIe-datasheet.pdf"}},{"name":"NVIDIA Tesla P100 SXM2 16GB","aliases":["Tesla P100-SXM2-16GB","P100 SXM2 16GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":16,"source":{"title":"NVIDIA Tesla P100 (NVLink) datasheet","url":"https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf"}},{"name":"NVIDIA Tesla V100 PCIe 16GB","aliases":["Tesla V100-PCIE-16GB","V100 PCIe 16GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":16,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100 PCIe 32GB","aliases":["Tesla V100-PCIE-32GB","V100 PCIe 32GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":32,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100 SXM2 16GB","aliases":["Tesla V100-SXM2-16GB","V100 SXM2 16GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":16,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100 SXM2 32GB","aliases":["Tesla V100-SXM2-32GB","V100 SXM2 32GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":32,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100S PCIe 32GB","aliases":["Tesla V100S-PCIE-32GB","V100S PCIe 32GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":32,"source":{"title":"NVIDIA Tesla V100 datasheet (V100S column)","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA T4","aliases":["Tesla T4","NVIDIA Tesla T4"],"vendor":"nvidia","tdp_w":70,"memory_gb":16,"source":{"title":"NVIDIA T4 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf"}},{"name":"NVIDIA A10","aliases":["NVIDIA A10"],"vendor":"nvidia","tdp_w":150,"memory_gb":24,"source":{"title":"NVIDIA A10 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/datasheet-new/nvidia-a10-datasheet.pdf"}},{"name":"NVIDIA A10G","aliases":["NVIDIA A10G"],"vendor":"nvidia","tdp_w":300,"memory_gb":24,"source":{"title":"Amazon EC2 G5 instances (A10G, 24 GB)","url":"https://aws.amazon.com/ec2/instance-types/g5/"},"note":"Uncertain: the A10G is an AWS-only part with no public datasheet; 300 W is the power limit nvidia-smi reports on G5 instances, not a published TDP."},{"name":"NVIDIA A30","aliases":["NVIDIA A30"],"vendor":"nvidia","tdp_w":165,"memory_gb":24,"source":{"title":"NVIDIA A30 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/data-center/products/a30-gpu/pdf/a30-datasheet.pdf"}},{"name":"NVIDIA A40","aliases":["NVIDIA A40"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA A40 datasheet","url":"https://images.nvidia.com/content/Solutions/data-center/a40/nvidia-a40-datasheet.pdf"}},{"name":"NVIDIA A100 PCIe 40GB","aliases":["NVIDIA A100-PCIE-40GB","A100-PCIE-40GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":40,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"}},{"name":"NVIDIA A100 PCIe 80GB","aliases":["NVIDIA A100 80GB PCIe","NVIDIA A100-PCIE-80GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":80,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"}},{"name":"NVIDIA A100 SXM4 40GB","aliases":["NVIDIA A100-SXM4-40GB","A100-SXM4-40GB"],"vendor":"nvidia","tdp_w":400,"memory_gb":40,"embodied_kg":150,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"},"embodied_source":{"title":"Luccioni, Viguier, Ligozat, Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, JMLR 24 (2023)","url":"https://arxiv.org/abs/2211.02001"},"note":"The embodied emissions (150 kg CO2e per GPU) are the BLOOM paper\'s per-A100 estimate, not a manufacturer\'s life-cycle assessment."},{"name":"NVIDIA A100 SXM4 80GB","aliases":["NVIDIA A100-SXM4-80GB","NVIDIA A100-SXM-80GB","A100-SXM4-80GB"],"vendor":"nvidia","tdp_w":400,"memory_gb":80,"embodied_kg":150,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"},"embodied_source":{"title":"Luccioni, Viguier, Ligozat, Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, JMLR 24 (2023)","url":"https://arxiv.org/abs/2211.02001"},"note":"The embodied emissions (150 kg CO2e per GPU) are the BLOOM paper\'s per-A100 estimate, not a manufacturer\'s life-cycle assessment."},{"name":"NVIDIA H100 PCIe 80GB","aliases":["NVIDIA H100 PCIe"],"vendor":"nvidia","tdp_w":350,"memory_gb":80,"source":{"title":"NVIDIA H100 Tensor Core GPU datasheet","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet"},"note":"Configurable 300-350 W; the maximum is used."},{"name":"NVIDIA H100 SXM5 80GB","aliases":["NVIDIA H100 80GB HBM3","NVIDIA H100 SXM5 80GB","H100 SXM"],"vendor":"nvidia","tdp_w":700,"memory_gb":80,"embodied_kg":164,"source":{"title":"NVIDIA H100 Tensor Core GPU datasheet","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet"},"embodied_source":{"title":"NVIDIA HGX H100 Product Carbon Footprint summary: 1,312 kg CO2e cradle-to-gate per 8-GPU baseboard (NVSwitches included), one eighth per GPU","url":"https://images.nvidia.com/aem-dam/Solutions/documents/HGX-H100-PCF-Summary.pdf"}},{"name":"NVIDIA H100 NVL 94GB","aliases":["NVIDIA H100 NVL"],"vendor":"nvidia","tdp_w":400,"memory_gb":94,"source":{"title":"NVIDIA H100 Tensor Core GPU datasheet","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet"},"note":"Configurable 350-400 W; the maximum is used."},{"name":"NVIDIA H200 SXM 141GB","aliases":["NVIDIA H200","H200 SXM"],"vendor":"nvidia","tdp_w":700,"memory_gb":141,"source":{"title":"NVIDIA H200 Tensor Core GPU product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/h200/"}},{"name":"NVIDIA H200 NVL 141GB","aliases":["NVIDIA H200 NVL"],"vendor":"nvidia","tdp_w":600,"memory_gb":141,"source":{"title":"NVIDIA H200 Tensor Core GPU product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/h200/"},"note":"Configurable up to 600 W; the maximum is used."},{"name":"NVIDIA B200","aliases":["NVIDIA B200"],"vendor":"nvidia","tdp_w":1000,"memory_gb":180,"embodied_kg":284.25,"source":{"title":"NVIDIA HGX platform (HGX B200 specifications)","url":"https://www.nvidia.com/en-us/data-center/hgx/"},"embodied_source":{"title":"NVIDIA HGX B200 Product Carbon Footprint summary: 2,274 kg CO2e cradle-to-gate per 8-GPU baseboard, one eighth per GPU","url":"https://images.nvidia.com/aem-dam/Solutions/documents/HGX-B200-PCF-Summary.pdf"},"note":"Uncertain: NVIDIA lists \'up to 1,000 W\' per GPU for HGX B200; memory is the DGX B200 total (1,440 GB) over 8 GPUs."},{"name":"NVIDIA L4","aliases":["NVIDIA L4"],"vendor":"nvidia","tdp_w":72,"memory_gb":24,"source":{"title":"NVIDIA L4 Tensor Core GPU product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/l4/"}},{"name":"NVIDIA L40","aliases":["NVIDIA L40"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA L40 product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/l40/"}},{"name":"NVIDIA L40S","aliases":["NVIDIA L40S"],"vendor":"nvidia","tdp_w":350,"memory_gb":48,"source":{"title":"NVIDIA L40S product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/l40s/"}},{"name":"NVIDIA GeForce RTX 3090","aliases":["NVIDIA GeForce RTX 3090"],"vendor":"nvidia","tdp_w":350,"memory_gb":24,"source":{"title":"NVIDIA GeForce RTX 3090 specifications (total graphics power)","url":"https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/"}},{"name":"NVIDIA GeForce RTX 4090","aliases":["NVIDIA GeForce RTX 4090"],"vendor":"nvidia","tdp_w":450,"memory_gb":24,"source":{"title":"NVIDIA GeForce RTX 4090 specifications (total graphics power)","url":"https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/"}},{"name":"NVIDIA GeForce RTX 5090","aliases":["NVIDIA GeForce RTX 5090"],"vendor":"nvidia","tdp_w":575,"memory_gb":32,"source":{"title":"NVIDIA GeForce RTX 5090 specifications (total graphics power)","url":"https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/"}},{"name":"NVIDIA RTX A6000","aliases":["NVIDIA RTX A6000"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA RTX A6000 product page (specifications)","url":"https://www.nvidia.com/en-us/design-visualization/rtx-a6000/"}},{"name":"NVIDIA RTX 6000 Ada Generation","aliases":["NVIDIA RTX 6000 Ada Generation","RTX 6000 Ada"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA RTX 6000 Ada Generation product page (specifications)","url":"https://www.nvidia.com/en-us/design-visualization/rtx-6000/"}},{"name":"AMD Instinct MI210","aliases":["AMD Instinct MI210","Instinct MI210"],"vendor":"amd","tdp_w":300,"memory_gb":64,"source":{"title":"AMD Instinct MI210 accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi200/mi210.html"}},{"name":"AMD Instinct MI250","aliases":["AMD Instinct MI250","Instinct MI250"],"vendor":"amd","tdp_w":500,"memory_gb":128,"source":{"title":"AMD Instinct MI250 accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi200/mi250.html"},"note":"Per package (two GCDs); rocm-smi lists each GCD as its own device, so a device-level share is half."},{"name":"AMD Instinct MI250X","aliases":["AMD Instinct MI250X","Instinct MI250X"],"vendor":"amd","tdp_w":500,"memory_gb":128,"source":{"title":"AMD Instinct MI250X accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html"},"note":"Per package (two GCDs; 560 W peak when liquid-cooled); rocm-smi lists each GCD as its own device, so a device-level share is half."},{"name":"AMD Instinct MI300X","aliases":["AMD Instinct MI300X","Instinct MI300X","AMD Instinct MI300X OAM"],"vendor":"amd","tdp_w":750,"memory_gb":192,"source":{"title":"AMD Instinct MI300X accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html"}},{"name":"Google TPU v2","aliases":["TPU v2","Cloud TPU v2"],"vendor":"google","tdp_w":280,"idle_w":53,"memory_gb":16,"source":{"title":"Jouppi et al., Ten Lessons From Three Generations Shaped Google\'s TPUv4i, ISCA 2021, Table 1 (chip TDP and idle)","url":"https://doi.org/10.1109/ISCA52012.2021.00010"},"note":"Per chip (two TensorCores, 8 GB HBM each, per https://cloud.google.com/tpu/docs/v2)."},{"name":"Google TPU v3","aliases":["TPU v3","Cloud TPU v3"],"vendor":"google","tdp_w":450,"idle_w":84,"memory_gb":32,"source":{"title":"Jouppi et al., Ten Lessons From Three Generations Shaped Google\'s TPUv4i, ISCA 2021, Table 1 (chip TDP and idle)","url":"https://doi.org/10.1109/ISCA52012.2021.00010"},"note":"Per chip (two TensorCores, 16 GB HBM each, per https://cloud.google.com/tpu/docs/v3)."},{"name":"Google TPU v4","aliases":["TPU v4","Cloud TPU v4"],"vendor":"google","tdp_w":192,"memory_gb":32,"source":{"title":"Jouppi et al., TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning, ISCA 2023 (maximum chip power)","url":"https://arxiv.org/abs/2304.01433"},"note":"Per chip; the maximum measured chip power is used as TDP."},{"name":"Google TPU v5e","aliases":["TPU v5e","TPU v5 lite","Cloud TPU v5e","v5litepod"],"vendor":"google","tdp_w":175,"memory_gb":16,"source":{"title":"Cloud TPU v5e documentation (16 GB HBM per chip)","url":"https://cloud.google.com/tpu/docs/v5e"},"note":"Uncertain: Google publishes no v5e TDP; 175 W is the chip TDP of TPUv4i, the previous single-TensorCore, air-cooled inference chip (Jouppi et al., ISCA 2021, Table 1, https://doi.org/10.1109/ISCA52012.2021.00010). An assumption, not a datasheet figure."}]}');

/***/ })

};
