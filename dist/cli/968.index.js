export const id = 968;
export const ids = [968];
export const modules = {

/***/ 2342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ own),
/* harmony export */   n: () => (/* binding */ byName)
/* harmony export */ });
/**
 * Records keyed by names from a config or a report (step names), which may be anything a user typed:
 * `__proto__`, `constructor` or `toString` are step names like any other. A record built here has no
 * prototype, so such a name is an own key; a lookup reads own keys only, so a plain object built
 * elsewhere never answers with something it inherited.
 */
function byName(entries) {
    const record = Object.create(null);
    for (const [name, value] of entries)
        record[name] = value;
    return record;
}
const own = (record, name) => Object.hasOwn(record, name) ? record[name] : undefined;


/***/ }),

/***/ 1046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yh: () => (/* binding */ budgetUnit),
  A1: () => (/* binding */ evaluateBudgets),
  WB: () => (/* binding */ jobStatus)
});

;// CONCATENATED MODULE: ./src/compare/noise.ts
/**
 * Noise-aware deltas (pure). Two runs of the same training step never use exactly the same energy, so
 * a change is "within noise" when it is under `min_change`, or when the new value sits inside the
 * spread of the base branch's recent runs: median ± 3 robust standard deviations (1.4826 × MAD), the
 * usual outlier fence for small samples, which one unusual run does not widen the way a plain
 * standard deviation would.
 */
/** MAD x 1.4826 estimates the standard deviation of normally distributed values. */
const MAD_TO_SIGMA = 1.4826;
/** How many robust standard deviations from the median still count as noise. */
const SPREAD_SIGMAS = 3;
/** Fewer runs than this say nothing about spread. */
const MIN_HISTORY = 3;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function spreadOf(values) {
    const finite = values.filter(Number.isFinite);
    if (finite.length < MIN_HISTORY)
        return undefined;
    const center = median(finite);
    const mad = median(finite.map((v) => Math.abs(v - center)));
    return { median: center, sigma: MAD_TO_SIGMA * mad, runs: finite.length };
}
/** Whether `head` differs from `base` by more than noise, given the base branch's recent values. */
function judgeNoise(head, base, history, minChangePct) {
    if (base > 0 && Math.abs(((head - base) / base) * 100) < minChangePct) {
        return { within: true, why: "min-change", minChangePct };
    }
    const spread = spreadOf(history);
    if (spread && Math.abs(head - spread.median) <= SPREAD_SIGMAS * spread.sigma) {
        return { within: true, why: "spread", spread };
    }
    return { within: false };
}

// EXTERNAL MODULE: ./src/budget/by-name.ts
var by_name = __webpack_require__(2342);
;// CONCATENATED MODULE: ./src/budget/evaluate.ts


/** The unit a scope's budget is per ("epoch"), for a step's name or "total"; none when it is absolute. */
const budgetUnit = (budgets, scope) => (scope === "total" ? budgets.total : (0,by_name/* own */.Z)(budgets.steps, scope))?.perUnit;
function evaluateBudgets(input) {
    const { comparison, budgets, history, minChangePct } = input;
    const steps = [];
    for (const step of comparison.steps) {
        const limits = (0,by_name/* own */.Z)(budgets.steps, step.name);
        if (!limits)
            continue;
        steps.push(judgeScope(step.name, limits, stepAmounts(step, (0,by_name/* own */.Z)(history, step.name) ?? []), minChangePct));
    }
    const total = budgets.total
        ? judgeScope("total", budgets.total, totalAmounts(comparison, (0,by_name/* own */.Z)(history, "total") ?? []), minChangePct)
        : undefined;
    return {
        status: jobStatus(comparison, [...steps, ...(total ? [total] : [])]),
        steps,
        ...(total && { total }),
    };
}
/**
 * The job's verdict from its judged scopes (none when there are no budgets): a failure that the
 * figures prove wins; then work left unmeasured anywhere in the job, which is never a pass.
 */
function jobStatus(comparison, scopes = []) {
    if (scopes.some((s) => s.status === "fail"))
        return "fail";
    if (scopes.some((s) => s.status === "not-measured"))
        return "not-measured";
    if (comparison.steps.some((s) => s.status === "not-measured"))
        return "not-measured";
    if (scopes.some((s) => s.status === "warn"))
        return "warn";
    return comparison.baseline && comparison.comparable ? "pass" : "no-baseline";
}
const unitOf = (step) => step.functional_unit && { name: step.functional_unit.name, count: step.functional_unit.count };
function stepAmounts(step, history) {
    const head = { energyKwh: step.head.energy_kwh, co2eG: step.head.co2e_g, unit: unitOf(step.head) };
    const base = step.base && {
        energyKwh: step.base.energy_kwh,
        co2eG: step.base.co2e_g,
        unit: unitOf(step.base),
    };
    return {
        head,
        ...(base && { base }),
        headComparedG: head.co2eG,
        // A step measured in part keeps its base (same hardware) for the lower bound's sake.
        comparable: step.status === "compared" || (step.status === "not-measured" && base !== undefined),
        history,
        ...(step.status === "not-measured" && { unmeasured: step.head.not_measured ? "whole" : "part" }),
    };
}
function totalAmounts(comparison, history) {
    const sum = (pick) => comparison.steps.reduce((t, s) => t + pick(s), 0);
    const head = { energyKwh: sum((s) => s.head.energy_kwh), co2eG: sum((s) => s.head.co2e_g) };
    // The base total is over the steps both runs have, so a new step is not an "increase"; a step
    // unmeasured on the head counts with what was measured of it (a lower bound), never left out.
    const withBase = comparison.steps.filter((s) => s.base && (s.status === "compared" || s.status === "not-measured"));
    const base = withBase.length
        ? {
            energyKwh: withBase.reduce((t, s) => t + (s.base?.energy_kwh ?? 0), 0),
            co2eG: withBase.reduce((t, s) => t + (s.base?.co2e_g ?? 0), 0),
        }
        : undefined;
    const unmeasured = comparison.steps.some((s) => s.status === "not-measured");
    return {
        head,
        ...(base && { base }),
        headComparedG: withBase.reduce((t, s) => t + s.head.co2e_g, 0),
        comparable: withBase.length > 0,
        history,
        // Steps with no figures at all add nothing but also take nothing away: the sum is still a lower bound.
        ...(unmeasured && { unmeasured: "part" }),
    };
}
const NOT_MEASURED_WHOLE = "the step ran but was not measured: no figures to judge";
const PART = "part of the work was not measured";
function judgeScope(scope, limits, amounts, minChangePct) {
    const checks = [];
    const perUnit = limits.perUnit;
    const perHead = perUnit ? unitCount(amounts.head.unit, perUnit) : 1;
    const perBase = perUnit ? unitCount(amounts.base?.unit, perUnit) : 1;
    const headCo2 = amounts.headComparedG;
    const lowerBound = amounts.unmeasured === "part";
    // A lower bound has no place in a spread of whole runs: no change of it is "within noise".
    const noise = amounts.comparable && amounts.base && !amounts.unmeasured
        ? judgeNoise(headCo2, amounts.base.co2eG, amounts.history, minChangePct)
        : undefined;
    const absolute = (limit, max, value) => {
        if (max === undefined)
            return;
        if (amounts.unmeasured === "whole") {
            checks.push({ limit, status: "not-measured", limitValue: max, reason: NOT_MEASURED_WHOLE });
            return;
        }
        if (perUnit && perHead === undefined) {
            checks.push({
                limit,
                status: "warn",
                limitValue: max,
                reason: `the step declares no "${perUnit}" count, so the per-${perUnit} budget cannot be judged`,
            });
            return;
        }
        const actual = value(amounts.head) / (perHead ?? 1);
        const warnAt = limits.warn && limits.warn.kind === (limit === "energy" ? "energy" : "mass")
            ? limits.warn.value
            : undefined;
        if (actual > max) {
            const base = amounts.comparable && amounts.base && perBase !== undefined
                ? value(amounts.base) / perBase
                : undefined;
            const baseOver = base !== undefined && base > max;
            // With a lower bound, "not worse than the base" cannot be told: the rest might make it worse.
            if (lowerBound && baseOver) {
                checks.push({
                    limit,
                    status: "not-measured",
                    limitValue: max,
                    actual,
                    reason: `over budget, as the base branch already was; ${PART}, so whether this change makes it worse cannot be told`,
                });
                return;
            }
            const notWorse = baseOver && (actual <= (base ?? 0) || noise?.within === true);
            checks.push({
                limit,
                status: notWorse ? "warn" : "fail",
                limitValue: max,
                actual,
                reason: notWorse
                    ? "over budget, as the base branch already was; this change does not make it worse"
                    : lowerBound
                        ? `over budget by the measured part alone (${PART})`
                        : "over budget",
            });
        }
        else if (lowerBound) {
            checks.push({
                limit,
                status: "not-measured",
                limitValue: max,
                actual,
                reason: `${PART}; what was measured is ${warnAt !== undefined && actual > warnAt ? "above the warning level" : "within budget"}`,
            });
        }
        else if (warnAt !== undefined && actual > warnAt) {
            checks.push({ limit, status: "warn", limitValue: max, actual, reason: "above the warning level" });
        }
        else {
            checks.push({ limit, status: "pass", limitValue: max, actual, reason: "within budget" });
        }
    };
    absolute("energy", limits.energyKwh, (a) => a.energyKwh);
    absolute("co2e", limits.co2eG, (a) => a.co2eG);
    if (limits.increasePct !== undefined) {
        checks.push(relativeCheck(limits, amounts, headCo2, noise));
    }
    return { scope, status: worst(checks), checks, ...(noise && { noise }) };
}
function relativeCheck(limits, amounts, headCo2, noise) {
    const limitValue = limits.increasePct ?? 0;
    if (amounts.unmeasured === "whole")
        return { limit: "increase", status: "not-measured", limitValue, reason: NOT_MEASURED_WHOLE };
    if (!amounts.base)
        return { limit: "increase", status: "skipped", limitValue, reason: "no baseline" };
    if (!amounts.comparable)
        return {
            limit: "increase",
            status: "skipped",
            limitValue,
            reason: "not comparable (different hardware)",
        };
    if (amounts.base.co2eG <= 0)
        return { limit: "increase", status: "skipped", limitValue, reason: "the baseline is zero" };
    const actual = ((headCo2 - amounts.base.co2eG) / amounts.base.co2eG) * 100;
    if (amounts.unmeasured === "part") {
        return actual > limitValue
            ? {
                limit: "increase",
                status: "fail",
                limitValue,
                actual,
                reason: `increase over budget by the measured part alone (${PART})`,
            }
            : {
                limit: "increase",
                status: "not-measured",
                limitValue,
                actual,
                reason: `${PART}, so the increase cannot be told`,
            };
    }
    if (noise?.within)
        return { limit: "increase", status: "pass", limitValue, actual, reason: "within noise" };
    if (actual > limitValue)
        return { limit: "increase", status: "fail", limitValue, actual, reason: "increase over budget" };
    const warnAt = limits.warn?.kind === "percent" ? limits.warn.value : undefined;
    if (warnAt !== undefined && actual > warnAt) {
        return {
            limit: "increase",
            status: "warn",
            limitValue,
            actual,
            reason: "increase above the warning level",
        };
    }
    return { limit: "increase", status: "pass", limitValue, actual, reason: "within budget" };
}
function unitCount(unit, wanted) {
    return unit && unit.name === wanted && unit.count > 0 ? unit.count : undefined;
}
/** Unmeasured work outranks a warning: it may hide a failure. */
const RANK = { skipped: 0, pass: 1, warn: 2, "not-measured": 3, fail: 4 };
function worst(checks) {
    return checks.reduce((w, c) => (RANK[c.status] > RANK[w] ? c.status : w), checks.length ? "skipped" : "pass");
}


/***/ }),

/***/ 6968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   budgetsFromConfig: () => (/* binding */ budgetsFromConfig),
/* harmony export */   hasBudgets: () => (/* binding */ hasBudgets),
/* harmony export */   judgeWithConfig: () => (/* binding */ judgeWithConfig)
/* harmony export */ });
/* harmony import */ var _by_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2342);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1046);
/** The config file's budgets in the evaluator's terms (pure): quantities become plain kWh, g and %. */


function toLimits(budget) {
    return {
        ...(budget.energy && { energyKwh: budget.energy.value }),
        ...(budget.co2e && { co2eG: budget.co2e.value }),
        ...(budget.increase && { increasePct: budget.increase.value }),
        ...(budget.warn && { warn: { kind: budget.warn.kind, value: budget.warn.value } }),
        ...("per" in budget && budget.per && { perUnit: budget.per.unit }),
    };
}
function budgetsFromConfig(config) {
    return {
        ...(config.budgets.total && { total: toLimits(config.budgets.total) }),
        steps: (0,_by_name_js__WEBPACK_IMPORTED_MODULE_1__/* .byName */ .n)(Object.entries(config.budgets.steps).map(([name, budget]) => [name, toLimits(budget)])),
    };
}
const hasBudgets = (budgets) => budgets.total !== undefined || Object.keys(budgets.steps).length > 0;
/** The config's budgets judged against a comparison with no base-branch history (CLI use), if any are set. */
function judgeWithConfig(comparison, config) {
    if (!config)
        return undefined;
    const budgets = budgetsFromConfig(config);
    if (!hasBudgets(budgets))
        return undefined;
    return {
        budgets,
        verdict: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateBudgets */ .A1)({
            comparison,
            budgets,
            history: {},
            minChangePct: config.comparison.min_change.value,
        }),
    };
}


/***/ })

};
