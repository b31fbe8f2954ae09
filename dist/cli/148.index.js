export const id = 148;
export const ids = [148];
export const modules = {

/***/ 7484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ requireCloudRegion),
/* harmony export */   hJ: () => (/* binding */ cloudKeysOfBareRegion),
/* harmony export */   mx: () => (/* binding */ providerPue),
/* harmony export */   oF: () => (/* binding */ CLOUD_REGIONS),
/* harmony export */   p4: () => (/* binding */ isCloudKey),
/* harmony export */   tk: () => (/* binding */ cloudKey)
/* harmony export */ });
/* unused harmony exports CLOUD_PROVIDERS, CLOUD_PROVIDER_INFO */
/* harmony import */ var _data_cloud_regions_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8364);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_nearest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(613);
/**
 * Cloud regions (`data/cloud-regions.json`): which Electricity Maps zone a provider's region draws
 * from, and the provider's published PUE. Keys are `provider:region`, e.g. `aws:us-east-1`.
 */



const CLOUD_PROVIDERS = (/* unused pure expression or super */ null && (["aws", "gcp", "azure"]));
/** What users type before the colon; Google Cloud is also known by its company's name. */
const PROVIDER_ALIASES = {
    aws: "aws",
    gcp: "gcp",
    google: "gcp",
    azure: "azure",
};
const cloudKey = (row) => `${row.provider}:${row.region}`;
// Checked against its schema (`cloud-table-schema.ts`) by the tests, not at start-up: zod would delay
// the wrapped command by ~20 ms, for a table that ships in the bundle.
const parsed = _data_cloud_regions_json__WEBPACK_IMPORTED_MODULE_0__;
const CLOUD_REGIONS = parsed.regions;
const CLOUD_PROVIDER_INFO = parsed.providers;
const byKey = new Map(CLOUD_REGIONS.map((row) => [cloudKey(row), row]));
/** Zones have no colon, so any `word:rest` is meant as a cloud region. */
const isCloudKey = (location) => /^\s*[A-Za-z][\w-]*\s*:/.test(location);
/**
 * The row for `provider:region`, any case, spaces ignored (so Azure's display name "West Europe"
 * finds `westeurope`). Throws an InputError naming the nearest known keys when there is none.
 */
function requireCloudRegion(location, input = "--location") {
    const [rawProvider = "", ...rest] = location.split(":");
    const provider = PROVIDER_ALIASES[rawProvider.trim().toLowerCase()];
    if (!provider) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, location, `unknown cloud provider "${rawProvider.trim()}"; cloud regions are aws:REGION, gcp:REGION (or google:REGION) or azure:REGION`);
    }
    const region = rest.join(":").toLowerCase().replace(/\s+/g, "");
    const row = byKey.get(`${provider}:${region}`);
    if (row)
        return row;
    const known = CLOUD_REGIONS.filter((candidate) => candidate.provider === provider).map(cloudKey);
    const near = (0,_text_nearest_js__WEBPACK_IMPORTED_MODULE_2__/* .nearestNames */ .L)(`${provider}:${region}`, known, 3);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, location, `not a ${CLOUD_PROVIDER_INFO[provider].name} region we know; nearest: ${near.join(", ")} (all regions: data/cloud-regions.json)`);
}
/** The cloud keys of a region named without its provider: `us-east-1` is `aws:us-east-1`. */
function cloudKeysOfBareRegion(name) {
    const region = name.trim().toLowerCase();
    return CLOUD_REGIONS.filter((row) => row.region.toLowerCase() === region).map(cloudKey);
}
/** The provider's PUE with a source that says it is provider-wide, for the report's assumptions. */
function providerPue(provider) {
    const { name, pue } = CLOUD_PROVIDER_INFO[provider];
    return {
        value: pue.value,
        source: `${name} published PUE ${pue.value} (${pue.year}), a provider-wide figure, not one for this region: ${pue.source.title}, ${pue.source.url}`,
    };
}


/***/ }),

/***/ 8684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ resolveIntensityLive),
/* harmony export */   nV: () => (/* binding */ CLI_GRID_NAMES),
/* harmony export */   qP: () => (/* binding */ intensityForLocation),
/* harmony export */   yK: () => (/* binding */ resolveIntensity)
/* harmony export */ });
/* unused harmony exports worldAverage, WORLD_AVERAGE, explicitIntensity */
/* harmony import */ var _tgwf_co2_data__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3705);
/* harmony import */ var _tgwf_co2_data_electricity_maps__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(497);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _text_nearest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(613);
/* harmony import */ var _cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7484);
/**
 * Grid carbon intensity: which value applies, and where it came from. Order of precedence (docs/architecture.md,
 * "Accounting"): an explicit value; the live Electricity Maps value when a token is configured
 * (`resolveIntensityLive`, the only path that touches the network); a cloud region's grid zone; an
 * Electricity Maps zone or ISO country (yearly data shipped in @tgwf/co2); the world average, with a warning.
 */





const yearlyTables = Object.entries(_tgwf_co2_data_electricity_maps__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay)
    .map(([key, table]) => ({ year: Number(key.replace(/^yearly/, "")), table }))
    .filter(({ year }) => Number.isInteger(year))
    .sort((a, b) => b.year - a.year);
const latest = yearlyTables[0];
if (!latest)
    throw new Error("@tgwf/co2 ships no Electricity Maps yearly data");
/** Ember's country averages use ISO 3166 alpha-3 codes, and `WORLD`. */
const ember = _tgwf_co2_data__WEBPACK_IMPORTED_MODULE_0__/* .averageIntensity */ .JK.data;
const CLI_GRID_NAMES = { location: "--location", grid: "--location or --intensity" };
/** The fallback, with a warning that says what the user could set instead. */
function worldAverage(names = CLI_GRID_NAMES) {
    return {
        g_per_kwh: ember.WORLD ?? 475,
        source: "world average (Ember, via @tgwf/co2)",
        warning: `no ${names.grid} given: using the world average grid intensity; set one for a meaningful CO2e figure`,
    };
}
const WORLD_AVERAGE = worldAverage();
function explicitIntensity(value, input = "--intensity") {
    if (!Number.isFinite(value) || value < 0 || value > 2000) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, String(value), "give grid intensity in gCO2e/kWh, a number from 0 to 2000");
    }
    return { g_per_kwh: value, source: "given" };
}
/**
 * Resolves a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `google:…`, `azure:westeurope`), an
 * Electricity Maps zone (`DE`, `US-MIDA-PJM`) or an ISO country (`DE`, `DEU`), any case.
 */
function intensityForLocation(location, input = "--location") {
    return locate(location, input).intensity;
}
/** The zone's name as Electricity Maps gives it, for sources: `US-MIDA-PJM (PJM Interconnection)`. */
function zoneLabel(zoneKey) {
    const zone = latest.table.data[zoneKey];
    return zone ? `${zoneKey} (${zone.zone.zoneName})` : zoneKey;
}
const cloudLabel = (row) => `the grid zone of ${(0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .cloudKey */ .tk)(row)} (${row.name})`;
function cloudRegionIntensity(row) {
    const zone = latest.table.data[row.zone];
    // A test checks every row against the shipped data, so this only fires after an @tgwf/co2 upgrade.
    if (!zone) {
        throw new Error(`data/cloud-regions.json maps ${(0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .cloudKey */ .tk)(row)} to ${row.zone}, which @tgwf/co2 lacks`);
    }
    return {
        intensity: {
            g_per_kwh: zone.carbonIntensity.value,
            source: `Electricity Maps yearly average for ${zoneLabel(row.zone)}, ${cloudLabel(row)}, via @tgwf/co2`,
            year: latest.year,
            location: (0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .cloudKey */ .tk)(row),
            pue: (0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .providerPue */ .mx)(row.provider),
        },
        zone: row.zone,
        cloud: row,
    };
}
function locate(location, input) {
    if ((0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .isCloudKey */ .p4)(location))
        return cloudRegionIntensity((0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .requireCloudRegion */ .Lx)(location, input));
    const key = location.trim();
    const zones = latest.table.data;
    const zoneKey = Object.keys(zones).find((zone) => zone.toUpperCase() === key.toUpperCase());
    if (zoneKey) {
        return {
            intensity: {
                g_per_kwh: zones[zoneKey].carbonIntensity.value,
                source: `Electricity Maps yearly average for ${zoneLabel(zoneKey)}, via @tgwf/co2`,
                year: latest.year,
                location: zoneKey,
            },
            zone: zoneKey,
        };
    }
    const upper = key.toUpperCase();
    if (/^[A-Z]{3}$/.test(upper) && ember[upper] !== undefined) {
        return {
            intensity: {
                g_per_kwh: ember[upper],
                source: `Ember yearly average for ${upper}, via @tgwf/co2`,
                location: upper,
            },
        };
    }
    // `us-east-1`, `europe-west4`, `westeurope`: a cloud region without its provider.
    const cloud = (0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .cloudKeysOfBareRegion */ .hJ)(key);
    if (cloud.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, location, `a cloud region is written with its provider: did you mean ${cloud.join(" or ")}?`);
    }
    // A country Electricity Maps splits (RU, CL) or a country's name is closer to its zones than any spelling.
    const related = Object.keys(zones).filter((zone) => zone.startsWith(`${upper}-`) || zones[zone].zone.zoneName.toUpperCase() === upper);
    const known = [...Object.keys(zones), ...Object.keys(ember).filter((k) => /^[A-Z]{3}$/.test(k))];
    const near = related.length > 0 ? related.slice(0, 3) : (0,_text_nearest_js__WEBPACK_IMPORTED_MODULE_4__/* .nearestNames */ .L)(key, known, 3);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, location, `expected an Electricity Maps zone or ISO country code, or a cloud region (e.g. DE, FR, US-MIDA-PJM, DEU, aws:us-east-1)${near.length ? `; nearest: ${near.join(", ")}` : ""}`);
}
/** The no-network resolution: explicit value, cloud region, zone or country, world average. */
function resolveIntensity(options, names = CLI_GRID_NAMES) {
    if (options.intensity !== undefined) {
        const given = explicitIntensity(options.intensity);
        if (!options.location)
            return given;
        // PUE does not depend on where the intensity came from: a cloud region still names its provider's.
        if ((0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .isCloudKey */ .p4)(options.location)) {
            const row = (0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .requireCloudRegion */ .Lx)(options.location, names.location);
            return { ...given, location: (0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .cloudKey */ .tk)(row), pue: (0,_cloud_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .providerPue */ .mx)(row.provider) };
        }
        return { ...given, location: options.location };
    }
    if (options.location)
        return intensityForLocation(options.location, names.location);
    return names === CLI_GRID_NAMES ? WORLD_AVERAGE : worldAverage(names);
}
/**
 * Like `resolveIntensity`, but asks Electricity Maps for the latest value first when a token is given
 * and the location has a zone. The location is checked before anything is sent, so a typo fails as
 * input instead of becoming a request; any failure of the request falls back to the yearly value
 * with a note saying why.
 */
async function resolveIntensityLive(options, live = {}, names = CLI_GRID_NAMES) {
    const { token, ...request } = live;
    if (options.intensity !== undefined || !options.location || !token)
        return resolveIntensity(options, names);
    const { intensity: yearly, zone, cloud } = locate(options.location, names.location);
    if (!zone) {
        return {
            ...yearly,
            note: `live intensity needs an Electricity Maps zone or a cloud region, not an ISO alpha-3 code like ${yearly.location}: yearly average used`,
        };
    }
    // Loaded only with a token: the live provider's response schema (zod) need not delay every start.
    const { fetchLatestIntensity } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(451)]).then(__webpack_require__.bind(__webpack_require__, 3451));
    const answer = await fetchLatestIntensity(zone, { ...request, token });
    if (!answer.ok) {
        return { ...yearly, note: `live intensity unavailable (${answer.reason}): yearly average used` };
    }
    const { value } = answer;
    return {
        g_per_kwh: value.g_per_kwh,
        source: `Electricity Maps live value for ${zoneLabel(zone)} at ${value.datetime}${cloud ? `, ${cloudLabel(cloud)}` : ""}`,
        year: new Date(value.datetime).getUTCFullYear(),
        ...(yearly.location !== undefined && { location: yearly.location }),
        ...(yearly.pue && { pue: yearly.pue }),
        ...(value.isEstimated && {
            note: `Electricity Maps marks this value as estimated${value.estimationMethod ? ` (${value.estimationMethod})` : ""}`,
        }),
    };
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
        fail(`give label matchers only, without a metric name (${JSON.stringify(body.slice(0, brace))}); the metrics come from --metrics (the action's prometheus-metrics input)`);
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
            fail("__name__ is chosen by --metrics (the action's prometheus-metrics input), not the selector");
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
/* harmony export */   Mn: () => (/* binding */ gpuIdleWatts)
/* harmony export */ });
/* unused harmony exports GPUS, DEFAULT_GPU_IDLE_FRACTION, matchGpu */
/* harmony import */ var _data_gpus_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4008);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2909);
/** The accelerator table (`data/gpus.json`) and lookups by the names drivers print or users type. */



/**
 * The table ships inside the bundle, so it is checked against its schema (`table-schema.ts`) by the
 * tests, where a bad row fails every run, rather than at each start-up, where zod would cost the
 * wrapped command ~20 ms of delay.
 */
const GPUS = _data_gpus_json__WEBPACK_IMPORTED_MODULE_0__.gpus;
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

/***/ 1996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ JOULES_PER_KWH),
/* harmony export */   I1: () => (/* binding */ significant),
/* harmony export */   QN: () => (/* binding */ UNITS),
/* harmony export */   QY: () => (/* binding */ GRAMS_PER_LB),
/* harmony export */   Wf: () => (/* binding */ rounded),
/* harmony export */   _K: () => (/* binding */ scaleOf),
/* harmony export */   em: () => (/* binding */ joulesToKwh),
/* harmony export */   vK: () => (/* binding */ scaled)
/* harmony export */ });
/** In the order error messages list them. */
const UNITS = [
    { symbol: "mg", kind: "mass", exponent: -3, inBudgets: false },
    { symbol: "g", kind: "mass", exponent: 0, inBudgets: true },
    { symbol: "kg", kind: "mass", exponent: 3, inBudgets: true },
    { symbol: "t", kind: "mass", exponent: 6, inBudgets: true },
    { symbol: "mWh", kind: "energy", exponent: -6, inBudgets: false },
    { symbol: "Wh", kind: "energy", exponent: -3, inBudgets: true },
    { symbol: "kWh", kind: "energy", exponent: 0, inBudgets: true },
    { symbol: "MWh", kind: "energy", exponent: 3, inBudgets: true },
    { symbol: "%", kind: "percent", exponent: 0, inBudgets: true },
];
/** The international avoirdupois pound, exact by definition (1959): papers from the US quote lbs/kWh. */
const GRAMS_PER_LB = 453.59237;
const JOULES_PER_KWH = 3.6e6;
const joulesToKwh = (joules) => joules / JOULES_PER_KWH;
/** A kind's units as [factor to the base unit, symbol], largest first: what `scaled` picks from. */
const scaleOf = (kind) => UNITS.filter((unit) => unit.kind === kind)
    .sort((a, b) => b.exponent - a.exponent)
    .map((unit) => [10 ** unit.exponent, unit.symbol]);
/** Rounded first, so that 0.99996 reads "1.00" (not "1.000") and picks its unit as 1, not 0.99996. */
const rounded = (value, digits = 3) => Number(value.toPrecision(digits));
/** `digits` significant figures, trailing zeros kept ("1.00"), at most six decimals. */
const significant = (value, digits = 3) => {
    if (value === 0)
        return "0";
    const round = rounded(value, digits);
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(round))));
    return round.toFixed(Math.min(decimals, 6));
};
/** A value in the largest unit of `kind` it reaches once rounded to `digits`, written by `show`. */
function scaled(value, kind, digits = 3, show = (v) => significant(v, digits)) {
    const units = scaleOf(kind);
    const abs = Math.abs(rounded(value, digits));
    // Zero reads in the base unit ("0 g"), not the smallest one.
    const [factor, unit] = units.find(([f]) => abs >= f || (abs === 0 && f === 1)) ?? units[units.length - 1];
    return `${show(value / factor)} ${unit}`;
}


/***/ }),

/***/ 8364:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"description":"Public cloud regions of AWS, Google Cloud and Azure: where each region is (as its provider documents it), the Electricity Maps zone whose grid serves that place (spelled as in @tgwf/co2\'s yearly data; a whole country where it is not split, or where the provider names no finer place), and the provider\'s published PUE. The provider documents the place, not the grid: a sub-national zone is our reading of which balancing authority serves it, and a `note` says so where that reading is not plain. `source` is the provider\'s page that names the region and its place.","providers":{"aws":{"name":"Amazon Web Services","pue":{"value":1.15,"year":2024,"source":{"title":"AWS Sustainability: Data centers","url":"https://aws.amazon.com/sustainability/data-centers/"},"note":"\\"In 2024, AWS reported a global power usage effectiveness (PUE) of 1.15\\": a global average; AWS publishes no per-region PUE (best sites: 1.04 Europe, 1.05 Americas, 1.07 Asia Pacific)"}},"gcp":{"name":"Google Cloud","pue":{"value":1.1,"year":2023,"source":{"title":"Google 2024 Environmental Report","url":"https://blog.google/outreach-initiatives/sustainability/2024-environmental-report/"},"note":"\\"In 2023, the average annual power usage effectiveness for our data centers was 1.10\\": the fleet of Google-owned data centres; Google publishes per-campus figures, but Cloud regions do not map one-to-one onto campuses (several run in leased facilities), so the fleet figure is used for every region"}},"azure":{"name":"Microsoft Azure","pue":{"value":1.18,"year":2024,"source":{"title":"Microsoft: Measuring datacenter energy and water use to improve Microsoft Cloud sustainability","url":"https://datacenters.microsoft.com/sustainability/efficiency/"},"note":"global operating average as Microsoft reported it in 2024 (its newest generation is designed for 1.12); Microsoft\'s regional datacenter fact sheets give figures for some regions, not transcribed here"}}},"regions":[{"provider":"aws","region":"us-east-1","name":"US East (N. Virginia)","location":"Northern Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"us-east-2","name":"US East (Ohio)","location":"Ohio, United States","zone":"US-MIDA-PJM","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"us-west-1","name":"US West (N. California)","location":"Northern California, United States","zone":"US-CAL-CISO","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"us-west-2","name":"US West (Oregon)","location":"Oregon, United States","zone":"US-NW-BPAT","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"AWS names the state only; its Oregon region is commonly placed in Morrow/Umatilla counties, inside the Bonneville Power Administration balancing area"},{"provider":"aws","region":"af-south-1","name":"Africa (Cape Town)","location":"Cape Town, South Africa","zone":"ZA","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-east-1","name":"Asia Pacific (Hong Kong)","location":"Hong Kong","zone":"HK","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-east-2","name":"Asia Pacific (Taipei)","location":"Taipei, Taiwan","zone":"TW","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"launched 2025"},{"provider":"aws","region":"ap-south-1","name":"Asia Pacific (Mumbai)","location":"Mumbai, India","zone":"IN-WE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-south-2","name":"Asia Pacific (Hyderabad)","location":"Hyderabad, India","zone":"IN-SO","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-1","name":"Asia Pacific (Singapore)","location":"Singapore","zone":"SG","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-2","name":"Asia Pacific (Sydney)","location":"Sydney, Australia","zone":"AU-NSW","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-3","name":"Asia Pacific (Jakarta)","location":"Jakarta, Indonesia","zone":"ID","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-4","name":"Asia Pacific (Melbourne)","location":"Melbourne, Australia","zone":"AU-VIC","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-5","name":"Asia Pacific (Malaysia)","location":"Kuala Lumpur, Malaysia","zone":"MY-WM","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-6","name":"Asia Pacific (New Zealand)","location":"Auckland, New Zealand","zone":"NZ","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"launched 2025; not confirmed against the AWS page this table cites"},{"provider":"aws","region":"ap-southeast-7","name":"Asia Pacific (Thailand)","location":"Bangkok, Thailand","zone":"TH","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-northeast-1","name":"Asia Pacific (Tokyo)","location":"Tokyo, Japan","zone":"JP-TK","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-northeast-2","name":"Asia Pacific (Seoul)","location":"Seoul, South Korea","zone":"KR","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-northeast-3","name":"Asia Pacific (Osaka)","location":"Osaka, Japan","zone":"JP-KN","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ca-central-1","name":"Canada (Central)","location":"Montréal, Québec, Canada","zone":"CA-QC","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ca-west-1","name":"Canada West (Calgary)","location":"Calgary, Alberta, Canada","zone":"CA-AB","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-central-1","name":"Europe (Frankfurt)","location":"Frankfurt, Germany","zone":"DE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-central-2","name":"Europe (Zurich)","location":"Zurich, Switzerland","zone":"CH","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-west-1","name":"Europe (Ireland)","location":"Dublin, Ireland","zone":"IE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-west-2","name":"Europe (London)","location":"London, United Kingdom","zone":"GB","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-west-3","name":"Europe (Paris)","location":"Paris, France","zone":"FR","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-south-1","name":"Europe (Milan)","location":"Milan, Italy","zone":"IT-NO","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-south-2","name":"Europe (Spain)","location":"Aragón, Spain","zone":"ES","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-north-1","name":"Europe (Stockholm)","location":"Stockholm, Sweden","zone":"SE-SE3","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"il-central-1","name":"Israel (Tel Aviv)","location":"Tel Aviv, Israel","zone":"IL","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"me-south-1","name":"Middle East (Bahrain)","location":"Bahrain","zone":"BH","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"me-central-1","name":"Middle East (UAE)","location":"United Arab Emirates","zone":"AE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"mx-central-1","name":"Mexico (Central)","location":"Querétaro, Mexico","zone":"MX","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"sa-east-1","name":"South America (São Paulo)","location":"São Paulo, Brazil","zone":"BR-CS","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"Electricity Maps\' Central Brazil zone is the Southeast/Centre-West subsystem, which serves São Paulo"},{"provider":"aws","region":"us-gov-east-1","name":"AWS GovCloud (US-East)","location":"Ohio, United States","zone":"US-MIDA-PJM","source":{"title":"AWS GovCloud (US) User Guide: What is AWS GovCloud (US)?","url":"https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/whatis.html"},"note":"AWS GovCloud partition; location as AWS announced it (Ohio)"},{"provider":"aws","region":"us-gov-west-1","name":"AWS GovCloud (US-West)","location":"Pacific Northwest, United States","zone":"US-NW-BPAT","source":{"title":"AWS GovCloud (US) User Guide: What is AWS GovCloud (US)?","url":"https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/whatis.html"},"note":"AWS GovCloud partition; AWS does not publish the state, Oregon is assumed"},{"provider":"aws","region":"cn-north-1","name":"China (Beijing)","location":"Beijing, China","zone":"CN","source":{"title":"Amazon Web Services in China: global infrastructure","url":"https://www.amazonaws.cn/en/about-aws/global-infrastructure/"},"note":"AWS China partition, operated by Sinnet"},{"provider":"aws","region":"cn-northwest-1","name":"China (Ningxia)","location":"Ningxia, China","zone":"CN","source":{"title":"Amazon Web Services in China: global infrastructure","url":"https://www.amazonaws.cn/en/about-aws/global-infrastructure/"},"note":"AWS China partition, operated by NWCD"},{"provider":"gcp","region":"us-central1","name":"Iowa","location":"Council Bluffs, Iowa, United States","zone":"US-MIDW-MISO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-east1","name":"South Carolina","location":"Moncks Corner, South Carolina, United States","zone":"US-CAR-SC","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"},"note":"Berkeley County is served through Santee Cooper (South Carolina Public Service Authority); the balancing authority is our reading, not Google\'s"},{"provider":"gcp","region":"us-east4","name":"Northern Virginia","location":"Ashburn, Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-east5","name":"Columbus","location":"Columbus, Ohio, United States","zone":"US-MIDA-PJM","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-south1","name":"Dallas","location":"Dallas, Texas, United States","zone":"US-TEX-ERCO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-west1","name":"Oregon","location":"The Dalles, Oregon, United States","zone":"US-NW-BPAT","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-west2","name":"Los Angeles","location":"Los Angeles, California, United States","zone":"US-CAL-LDWP","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"},"note":"the City of Los Angeles is its own balancing authority (LADWP); a facility outside the city would be in CAISO"},{"provider":"gcp","region":"us-west3","name":"Salt Lake City","location":"Salt Lake City, Utah, United States","zone":"US-NW-PACE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-west4","name":"Las Vegas","location":"Las Vegas, Nevada, United States","zone":"US-NW-NEVP","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"northamerica-northeast1","name":"Montréal","location":"Montréal, Québec, Canada","zone":"CA-QC","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"northamerica-northeast2","name":"Toronto","location":"Toronto, Ontario, Canada","zone":"CA-ON","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"northamerica-south1","name":"Querétaro","location":"Querétaro, Mexico","zone":"MX","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"southamerica-east1","name":"São Paulo","location":"Osasco, São Paulo, Brazil","zone":"BR-CS","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"},"note":"Electricity Maps\' Central Brazil zone is the Southeast/Centre-West subsystem, which serves São Paulo"},{"provider":"gcp","region":"southamerica-west1","name":"Santiago","location":"Santiago, Chile","zone":"CL-SEN","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-central2","name":"Warsaw","location":"Warsaw, Poland","zone":"PL","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-north1","name":"Finland","location":"Hamina, Finland","zone":"FI","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-north2","name":"Stockholm","location":"Stockholm, Sweden","zone":"SE-SE3","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-southwest1","name":"Madrid","location":"Madrid, Spain","zone":"ES","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west1","name":"Belgium","location":"St. Ghislain, Belgium","zone":"BE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west2","name":"London","location":"London, United Kingdom","zone":"GB","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west3","name":"Frankfurt","location":"Frankfurt, Germany","zone":"DE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west4","name":"Netherlands","location":"Eemshaven, Netherlands","zone":"NL","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west6","name":"Zurich","location":"Zurich, Switzerland","zone":"CH","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west8","name":"Milan","location":"Milan, Italy","zone":"IT-NO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west9","name":"Paris","location":"Paris, France","zone":"FR","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west10","name":"Berlin","location":"Berlin, Germany","zone":"DE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west12","name":"Turin","location":"Turin, Italy","zone":"IT-NO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-east1","name":"Taiwan","location":"Changhua County, Taiwan","zone":"TW","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-east2","name":"Hong Kong","location":"Hong Kong","zone":"HK","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-northeast1","name":"Tokyo","location":"Tokyo, Japan","zone":"JP-TK","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-northeast2","name":"Osaka","location":"Osaka, Japan","zone":"JP-KN","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-northeast3","name":"Seoul","location":"Seoul, South Korea","zone":"KR","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-south1","name":"Mumbai","location":"Mumbai, India","zone":"IN-WE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-south2","name":"Delhi","location":"Delhi, India","zone":"IN-NO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-southeast1","name":"Singapore","location":"Jurong West, Singapore","zone":"SG","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-southeast2","name":"Jakarta","location":"Jakarta, Indonesia","zone":"ID","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"australia-southeast1","name":"Sydney","location":"Sydney, Australia","zone":"AU-NSW","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"australia-southeast2","name":"Melbourne","location":"Melbourne, Australia","zone":"AU-VIC","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"me-central1","name":"Doha","location":"Doha, Qatar","zone":"QA","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"me-central2","name":"Dammam","location":"Dammam, Saudi Arabia","zone":"SA","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"me-west1","name":"Tel Aviv","location":"Tel Aviv, Israel","zone":"IL","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"africa-south1","name":"Johannesburg","location":"Johannesburg, South Africa","zone":"ZA","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"azure","region":"eastus","name":"East US","location":"Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"eastus2","name":"East US 2","location":"Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"centralus","name":"Central US","location":"Iowa, United States","zone":"US-MIDW-MISO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"northcentralus","name":"North Central US","location":"Illinois, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Chicago area (ComEd) is in PJM, not MISO"},{"provider":"azure","region":"southcentralus","name":"South Central US","location":"Texas, United States","zone":"US-TEX-ERCO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westcentralus","name":"West Central US","location":"Wyoming, United States","zone":"US-NW-WACM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"Cheyenne is in WAPA\'s Rocky Mountain balancing area by our reading; Microsoft names the state only"},{"provider":"azure","region":"westus","name":"West US","location":"California, United States","zone":"US-CAL-CISO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westus2","name":"West US 2","location":"Washington, United States","zone":"US-NW-GCPD","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"Microsoft names the state only; its Washington campus is in Quincy (Grant County PUD)"},{"provider":"azure","region":"westus3","name":"West US 3","location":"Phoenix, Arizona, United States","zone":"US-SW-AZPS","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Phoenix area is split between Arizona Public Service and Salt River Project; APS assumed"},{"provider":"azure","region":"canadacentral","name":"Canada Central","location":"Toronto, Ontario, Canada","zone":"CA-ON","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"canadaeast","name":"Canada East","location":"Québec City, Québec, Canada","zone":"CA-QC","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"brazilsouth","name":"Brazil South","location":"São Paulo State, Brazil","zone":"BR-CS","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"Electricity Maps\' Central Brazil zone is the Southeast/Centre-West subsystem, which serves São Paulo"},{"provider":"azure","region":"brazilsoutheast","name":"Brazil Southeast","location":"Rio de Janeiro, Brazil","zone":"BR-CS","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"mexicocentral","name":"Mexico Central","location":"Querétaro State, Mexico","zone":"MX","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"chilecentral","name":"Chile Central","location":"Santiago, Chile","zone":"CL-SEN","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"northeurope","name":"North Europe","location":"Dublin, Ireland","zone":"IE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westeurope","name":"West Europe","location":"Netherlands","zone":"NL","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"uksouth","name":"UK South","location":"London, United Kingdom","zone":"GB","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"ukwest","name":"UK West","location":"Cardiff, United Kingdom","zone":"GB","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"francecentral","name":"France Central","location":"Paris, France","zone":"FR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"francesouth","name":"France South","location":"Marseille, France","zone":"FR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"germanywestcentral","name":"Germany West Central","location":"Frankfurt, Germany","zone":"DE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"germanynorth","name":"Germany North","location":"Berlin, Germany","zone":"DE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"switzerlandnorth","name":"Switzerland North","location":"Zurich, Switzerland","zone":"CH","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"switzerlandwest","name":"Switzerland West","location":"Geneva, Switzerland","zone":"CH","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"norwayeast","name":"Norway East","location":"Oslo, Norway","zone":"NO-NO1","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"norwaywest","name":"Norway West","location":"Stavanger, Norway","zone":"NO-NO2","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"swedencentral","name":"Sweden Central","location":"Gävle, Sweden","zone":"SE-SE3","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"swedensouth","name":"Sweden South","location":"Malmö, Sweden","zone":"SE-SE4","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"polandcentral","name":"Poland Central","location":"Warsaw, Poland","zone":"PL","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"italynorth","name":"Italy North","location":"Milan, Italy","zone":"IT-NO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"spaincentral","name":"Spain Central","location":"Madrid, Spain","zone":"ES","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"austriaeast","name":"Austria East","location":"Vienna, Austria","zone":"AT","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"belgiumcentral","name":"Belgium Central","location":"Brussels, Belgium","zone":"BE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"eastasia","name":"East Asia","location":"Hong Kong","zone":"HK","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southeastasia","name":"Southeast Asia","location":"Singapore","zone":"SG","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"japaneast","name":"Japan East","location":"Tokyo and Saitama, Japan","zone":"JP-TK","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"japanwest","name":"Japan West","location":"Osaka, Japan","zone":"JP-KN","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"koreacentral","name":"Korea Central","location":"Seoul, South Korea","zone":"KR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"koreasouth","name":"Korea South","location":"Busan, South Korea","zone":"KR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"australiaeast","name":"Australia East","location":"New South Wales, Australia","zone":"AU-NSW","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"australiasoutheast","name":"Australia Southeast","location":"Victoria, Australia","zone":"AU-VIC","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"australiacentral","name":"Australia Central","location":"Canberra, Australia","zone":"AU-NSW","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Australian Capital Territory is part of the NSW region of the National Electricity Market; restricted-access region"},{"provider":"azure","region":"australiacentral2","name":"Australia Central 2","location":"Canberra, Australia","zone":"AU-NSW","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Australian Capital Territory is part of the NSW region of the National Electricity Market; restricted-access region"},{"provider":"azure","region":"centralindia","name":"Central India","location":"Pune, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southindia","name":"South India","location":"Chennai, India","zone":"IN-SO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westindia","name":"West India","location":"Mumbai, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"jioindiawest","name":"Jio India West","location":"Jamnagar, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"jioindiacentral","name":"Jio India Central","location":"Nagpur, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"indonesiacentral","name":"Indonesia Central","location":"Jakarta, Indonesia","zone":"ID","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"malaysiawest","name":"Malaysia West","location":"Kuala Lumpur, Malaysia","zone":"MY-WM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"newzealandnorth","name":"New Zealand North","location":"Auckland, New Zealand","zone":"NZ","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"uaenorth","name":"UAE North","location":"Dubai, United Arab Emirates","zone":"AE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"uaecentral","name":"UAE Central","location":"Abu Dhabi, United Arab Emirates","zone":"AE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"qatarcentral","name":"Qatar Central","location":"Doha, Qatar","zone":"QA","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"israelcentral","name":"Israel Central","location":"Israel","zone":"IL","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southafricanorth","name":"South Africa North","location":"Johannesburg, South Africa","zone":"ZA","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southafricawest","name":"South Africa West","location":"Cape Town, South Africa","zone":"ZA","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"usgovvirginia","name":"US Gov Virginia","location":"Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure Government overview","url":"https://learn.microsoft.com/azure/azure-government/documentation-government-welcome"},"note":"Azure Government cloud"},{"provider":"azure","region":"usgovarizona","name":"US Gov Arizona","location":"Arizona, United States","zone":"US-SW-AZPS","source":{"title":"Microsoft Learn: Azure Government overview","url":"https://learn.microsoft.com/azure/azure-government/documentation-government-welcome"},"note":"Azure Government cloud; the Arizona balancing authority is assumed, as for westus3"},{"provider":"azure","region":"usgovtexas","name":"US Gov Texas","location":"Texas, United States","zone":"US-TEX-ERCO","source":{"title":"Microsoft Learn: Azure Government overview","url":"https://learn.microsoft.com/azure/azure-government/documentation-government-welcome"},"note":"Azure Government cloud"},{"provider":"azure","region":"chinanorth","name":"China North","location":"Beijing, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinanorth2","name":"China North 2","location":"Beijing, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinanorth3","name":"China North 3","location":"Hebei, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinaeast","name":"China East","location":"Shanghai, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinaeast2","name":"China East 2","location":"Shanghai, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinaeast3","name":"China East 3","location":"Shanghai, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"}]}');

/***/ }),

/***/ 4008:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"description":"Accelerator specs: board power (TDP/TBP/max power) per device in W, idle power where a source publishes it, memory in GB, embodied emissions in kg CO2e where a source estimates them. Aliases are the names drivers print (nvidia-smi/NVML, rocm-smi). A `note` marks a figure that is not a plain datasheet value.","gpus":[{"name":"NVIDIA Tesla P100 PCIe 16GB","aliases":["Tesla P100-PCIE-16GB","P100 PCIe 16GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":16,"source":{"title":"NVIDIA Tesla P100 PCIe datasheet","url":"https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-PCIe-datasheet.pdf"}},{"name":"NVIDIA Tesla P100 PCIe 12GB","aliases":["Tesla P100-PCIE-12GB","P100 PCIe 12GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":12,"source":{"title":"NVIDIA Tesla P100 PCIe datasheet","url":"https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-PCIe-datasheet.pdf"}},{"name":"NVIDIA Tesla P100 SXM2 16GB","aliases":["Tesla P100-SXM2-16GB","P100 SXM2 16GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":16,"source":{"title":"NVIDIA Tesla P100 (NVLink) datasheet","url":"https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf"}},{"name":"NVIDIA Tesla V100 PCIe 16GB","aliases":["Tesla V100-PCIE-16GB","V100 PCIe 16GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":16,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100 PCIe 32GB","aliases":["Tesla V100-PCIE-32GB","V100 PCIe 32GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":32,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100 SXM2 16GB","aliases":["Tesla V100-SXM2-16GB","V100 SXM2 16GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":16,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100 SXM2 32GB","aliases":["Tesla V100-SXM2-32GB","V100 SXM2 32GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":32,"source":{"title":"NVIDIA Tesla V100 datasheet","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA Tesla V100S PCIe 32GB","aliases":["Tesla V100S-PCIE-32GB","V100S PCIe 32GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":32,"source":{"title":"NVIDIA Tesla V100 datasheet (V100S column)","url":"https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"}},{"name":"NVIDIA T4","aliases":["Tesla T4","NVIDIA Tesla T4"],"vendor":"nvidia","tdp_w":70,"memory_gb":16,"source":{"title":"NVIDIA T4 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf"}},{"name":"NVIDIA A10","aliases":["NVIDIA A10"],"vendor":"nvidia","tdp_w":150,"memory_gb":24,"source":{"title":"NVIDIA A10 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/datasheet-new/nvidia-a10-datasheet.pdf"}},{"name":"NVIDIA A10G","aliases":["NVIDIA A10G"],"vendor":"nvidia","tdp_w":300,"memory_gb":24,"source":{"title":"Amazon EC2 G5 instances (A10G, 24 GB)","url":"https://aws.amazon.com/ec2/instance-types/g5/"},"note":"Uncertain: the A10G is an AWS-only part with no public datasheet; 300 W is the power limit nvidia-smi reports on G5 instances, not a published TDP."},{"name":"NVIDIA A30","aliases":["NVIDIA A30"],"vendor":"nvidia","tdp_w":165,"memory_gb":24,"source":{"title":"NVIDIA A30 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/data-center/products/a30-gpu/pdf/a30-datasheet.pdf"}},{"name":"NVIDIA A40","aliases":["NVIDIA A40"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA A40 datasheet","url":"https://images.nvidia.com/content/Solutions/data-center/a40/nvidia-a40-datasheet.pdf"}},{"name":"NVIDIA A100 PCIe 40GB","aliases":["NVIDIA A100-PCIE-40GB","A100-PCIE-40GB"],"vendor":"nvidia","tdp_w":250,"memory_gb":40,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"}},{"name":"NVIDIA A100 PCIe 80GB","aliases":["NVIDIA A100 80GB PCIe","NVIDIA A100-PCIE-80GB"],"vendor":"nvidia","tdp_w":300,"memory_gb":80,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"}},{"name":"NVIDIA A100 SXM4 40GB","aliases":["NVIDIA A100-SXM4-40GB","A100-SXM4-40GB"],"vendor":"nvidia","tdp_w":400,"memory_gb":40,"embodied_kg":150,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"},"embodied_source":{"title":"Luccioni, Viguier, Ligozat, Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, JMLR 24 (2023)","url":"https://arxiv.org/abs/2211.02001"},"note":"The embodied emissions (150 kg CO2e per GPU) are the BLOOM paper\'s per-A100 estimate, not a manufacturer\'s life-cycle assessment."},{"name":"NVIDIA A100 SXM4 80GB","aliases":["NVIDIA A100-SXM4-80GB","NVIDIA A100-SXM-80GB","A100-SXM4-80GB"],"vendor":"nvidia","tdp_w":400,"memory_gb":80,"embodied_kg":150,"source":{"title":"NVIDIA A100 Tensor Core GPU datasheet","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"},"embodied_source":{"title":"Luccioni, Viguier, Ligozat, Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, JMLR 24 (2023)","url":"https://arxiv.org/abs/2211.02001"},"note":"The embodied emissions (150 kg CO2e per GPU) are the BLOOM paper\'s per-A100 estimate, not a manufacturer\'s life-cycle assessment."},{"name":"NVIDIA H100 PCIe 80GB","aliases":["NVIDIA H100 PCIe"],"vendor":"nvidia","tdp_w":350,"memory_gb":80,"source":{"title":"NVIDIA H100 Tensor Core GPU datasheet","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet"},"note":"Configurable 300-350 W; the maximum is used."},{"name":"NVIDIA H100 SXM5 80GB","aliases":["NVIDIA H100 80GB HBM3","NVIDIA H100 SXM5 80GB","H100 SXM"],"vendor":"nvidia","tdp_w":700,"memory_gb":80,"embodied_kg":164,"source":{"title":"NVIDIA H100 Tensor Core GPU datasheet","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet"},"embodied_source":{"title":"NVIDIA HGX H100 Product Carbon Footprint summary: 1,312 kg CO2e cradle-to-gate per 8-GPU baseboard (NVSwitches included), one eighth per GPU","url":"https://images.nvidia.com/aem-dam/Solutions/documents/HGX-H100-PCF-Summary.pdf"}},{"name":"NVIDIA H100 NVL 94GB","aliases":["NVIDIA H100 NVL"],"vendor":"nvidia","tdp_w":400,"memory_gb":94,"source":{"title":"NVIDIA H100 Tensor Core GPU datasheet","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet"},"note":"Configurable 350-400 W; the maximum is used."},{"name":"NVIDIA H200 SXM 141GB","aliases":["NVIDIA H200","H200 SXM"],"vendor":"nvidia","tdp_w":700,"memory_gb":141,"source":{"title":"NVIDIA H200 Tensor Core GPU product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/h200/"}},{"name":"NVIDIA H200 NVL 141GB","aliases":["NVIDIA H200 NVL"],"vendor":"nvidia","tdp_w":600,"memory_gb":141,"source":{"title":"NVIDIA H200 Tensor Core GPU product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/h200/"},"note":"Configurable up to 600 W; the maximum is used."},{"name":"NVIDIA B200","aliases":["NVIDIA B200"],"vendor":"nvidia","tdp_w":1000,"memory_gb":180,"embodied_kg":284.25,"source":{"title":"NVIDIA HGX platform (HGX B200 specifications)","url":"https://www.nvidia.com/en-us/data-center/hgx/"},"embodied_source":{"title":"NVIDIA HGX B200 Product Carbon Footprint summary: 2,274 kg CO2e cradle-to-gate per 8-GPU baseboard, one eighth per GPU","url":"https://images.nvidia.com/aem-dam/Solutions/documents/HGX-B200-PCF-Summary.pdf"},"note":"Uncertain: NVIDIA lists \'up to 1,000 W\' per GPU for HGX B200; memory is the DGX B200 total (1,440 GB) over 8 GPUs."},{"name":"NVIDIA L4","aliases":["NVIDIA L4"],"vendor":"nvidia","tdp_w":72,"memory_gb":24,"source":{"title":"NVIDIA L4 Tensor Core GPU product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/l4/"}},{"name":"NVIDIA L40","aliases":["NVIDIA L40"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA L40 product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/l40/"}},{"name":"NVIDIA L40S","aliases":["NVIDIA L40S"],"vendor":"nvidia","tdp_w":350,"memory_gb":48,"source":{"title":"NVIDIA L40S product page (specifications)","url":"https://www.nvidia.com/en-us/data-center/l40s/"}},{"name":"NVIDIA GeForce RTX 3090","aliases":["NVIDIA GeForce RTX 3090"],"vendor":"nvidia","tdp_w":350,"memory_gb":24,"source":{"title":"NVIDIA GeForce RTX 3090 specifications (total graphics power)","url":"https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/"}},{"name":"NVIDIA GeForce RTX 4090","aliases":["NVIDIA GeForce RTX 4090"],"vendor":"nvidia","tdp_w":450,"memory_gb":24,"source":{"title":"NVIDIA GeForce RTX 4090 specifications (total graphics power)","url":"https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/"}},{"name":"NVIDIA GeForce RTX 5090","aliases":["NVIDIA GeForce RTX 5090"],"vendor":"nvidia","tdp_w":575,"memory_gb":32,"source":{"title":"NVIDIA GeForce RTX 5090 specifications (total graphics power)","url":"https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/"}},{"name":"NVIDIA RTX A6000","aliases":["NVIDIA RTX A6000"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA RTX A6000 product page (specifications)","url":"https://www.nvidia.com/en-us/design-visualization/rtx-a6000/"}},{"name":"NVIDIA RTX 6000 Ada Generation","aliases":["NVIDIA RTX 6000 Ada Generation","RTX 6000 Ada"],"vendor":"nvidia","tdp_w":300,"memory_gb":48,"source":{"title":"NVIDIA RTX 6000 Ada Generation product page (specifications)","url":"https://www.nvidia.com/en-us/design-visualization/rtx-6000/"}},{"name":"AMD Instinct MI210","aliases":["AMD Instinct MI210","Instinct MI210"],"vendor":"amd","tdp_w":300,"memory_gb":64,"source":{"title":"AMD Instinct MI210 accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi200/mi210.html"}},{"name":"AMD Instinct MI250","aliases":["AMD Instinct MI250","Instinct MI250"],"vendor":"amd","tdp_w":500,"memory_gb":128,"source":{"title":"AMD Instinct MI250 accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi200/mi250.html"},"note":"Per package (two GCDs); rocm-smi lists each GCD as its own device, so a device-level share is half."},{"name":"AMD Instinct MI250X","aliases":["AMD Instinct MI250X","Instinct MI250X"],"vendor":"amd","tdp_w":500,"memory_gb":128,"source":{"title":"AMD Instinct MI250X accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html"},"note":"Per package (two GCDs; 560 W peak when liquid-cooled); rocm-smi lists each GCD as its own device, so a device-level share is half."},{"name":"AMD Instinct MI300X","aliases":["AMD Instinct MI300X","Instinct MI300X","AMD Instinct MI300X OAM"],"vendor":"amd","tdp_w":750,"memory_gb":192,"source":{"title":"AMD Instinct MI300X accelerator specifications","url":"https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html"}},{"name":"Google TPU v2","aliases":["TPU v2","Cloud TPU v2"],"vendor":"google","tdp_w":280,"idle_w":53,"memory_gb":16,"source":{"title":"Jouppi et al., Ten Lessons From Three Generations Shaped Google\'s TPUv4i, ISCA 2021, Table 1 (chip TDP and idle)","url":"https://doi.org/10.1109/ISCA52012.2021.00010"},"note":"Per chip (two TensorCores, 8 GB HBM each, per https://cloud.google.com/tpu/docs/v2)."},{"name":"Google TPU v3","aliases":["TPU v3","Cloud TPU v3"],"vendor":"google","tdp_w":450,"idle_w":84,"memory_gb":32,"source":{"title":"Jouppi et al., Ten Lessons From Three Generations Shaped Google\'s TPUv4i, ISCA 2021, Table 1 (chip TDP and idle)","url":"https://doi.org/10.1109/ISCA52012.2021.00010"},"note":"Per chip (two TensorCores, 16 GB HBM each, per https://cloud.google.com/tpu/docs/v3)."},{"name":"Google TPU v4","aliases":["TPU v4","Cloud TPU v4"],"vendor":"google","tdp_w":192,"memory_gb":32,"source":{"title":"Jouppi et al., TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning, ISCA 2023 (maximum chip power)","url":"https://arxiv.org/abs/2304.01433"},"note":"Per chip; the maximum measured chip power is used as TDP."},{"name":"Google TPU v5e","aliases":["TPU v5e","TPU v5 lite","Cloud TPU v5e","v5litepod"],"vendor":"google","tdp_w":175,"memory_gb":16,"source":{"title":"Cloud TPU v5e documentation (16 GB HBM per chip)","url":"https://cloud.google.com/tpu/docs/v5e"},"note":"Uncertain: Google publishes no v5e TDP; 175 W is the chip TDP of TPUv4i, the previous single-TensorCore, air-cooled inference chip (Jouppi et al., ISCA 2021, Table 1, https://doi.org/10.1109/ISCA52012.2021.00010). An assumption, not a datasheet figure."}]}');

/***/ })

};
