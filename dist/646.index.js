export const id = 646;
export const ids = [646];
export const modules = {

/***/ 86646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchLatestIntensity: () => (/* binding */ fetchLatestIntensity)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIVE_TIMEOUT_MS, latestIntensityUrl */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92678);
/**
 * The live edge: Electricity Maps' latest carbon intensity for one zone (API v3,
 * `GET /v3/carbon-intensity/latest?zone=Z`, header `auth-token`). Called only when the user configured
 * a token, and only with a zone we resolved: the API's fallback to the caller's IP location is switched
 * off, so nothing about where we run is guessed from the network. Failures come back as a reason, not
 * a throw, so the caller can fall back to the yearly value; a reason never contains the token.
 */


const DEFAULT_LIVE_TIMEOUT_MS = 5000;
/** The fields we use of the documented answer; anything else the API adds is ignored. */
const latestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    zone: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(64),
    // Same bounds as an explicit --intensity: a value outside them is a broken answer, not a grid.
    carbonIntensity: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(2000),
    datetime: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$({ offset: true }),
    isEstimated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().nullish(),
    estimationMethod: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100).nullish(),
});
function latestIntensityUrl(zone, baseUrl = _environment_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ELECTRICITY_MAPS_URL */ .u) {
    const query = new URLSearchParams({
        zone,
        // Lifecycle factors are the API's default and the basis of the yearly data in @tgwf/co2; said
        // explicitly so a live and a yearly figure stay comparable if the default ever changes.
        emissionFactorType: "lifecycle",
        shouldUseFallbackCallerLookup: "false",
    });
    return `${baseUrl.replace(/\/+$/, "")}/v3/carbon-intensity/latest?${query}`;
}
async function fetchLatestIntensity(zone, options) {
    const { token, baseUrl, timeoutMs = DEFAULT_LIVE_TIMEOUT_MS } = options;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const fail = (reason) => ({ ok: false, reason: withoutSecret(reason, token) });
    try {
        const response = await fetchImpl(latestIntensityUrl(zone, baseUrl), {
            headers: { "auth-token": token, accept: "application/json" },
            signal: AbortSignal.timeout(timeoutMs),
            // fetch keeps custom headers across a redirect, so following one could hand the token to another host.
            redirect: "error",
        });
        if (!response.ok) {
            await response.body?.cancel();
            return fail(`HTTP ${response.status}`);
        }
        const parsed = latestSchema.safeParse(await response.json());
        if (!parsed.success) {
            const [issue] = parsed.error.issues;
            return fail(`unexpected answer: ${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "invalid"}`);
        }
        const answer = parsed.data;
        if (answer.zone.toUpperCase() !== zone.toUpperCase()) {
            return fail(`the answer was for zone ${answer.zone}, not ${zone}`);
        }
        return {
            ok: true,
            value: {
                zone: answer.zone,
                g_per_kwh: answer.carbonIntensity,
                datetime: answer.datetime,
                isEstimated: answer.isEstimated === true,
                ...(answer.estimationMethod && { estimationMethod: answer.estimationMethod }),
            },
        };
    }
    catch (error) {
        return fail(describeFailure(error, timeoutMs));
    }
}
function describeFailure(error, timeoutMs) {
    if (error instanceof Error && error.name === "TimeoutError")
        return `no answer within ${timeoutMs} ms`;
    if (error instanceof SyntaxError)
        return "the answer was not JSON";
    // undici says only "fetch failed"; the useful part (ECONNREFUSED, a redirect) is in the cause.
    const cause = error instanceof Error ? error.cause : undefined;
    const detail = cause instanceof Error
        ? (cause.code ?? cause.message)
        : error instanceof Error
            ? error.message
            : String(error);
    return `request failed: ${detail}`;
}
/** Belt and braces: no message we build carries the token, but a library's error text might echo it. */
function withoutSecret(text, secret) {
    return secret ? text.split(secret).join("***") : text;
}


/***/ })

};
