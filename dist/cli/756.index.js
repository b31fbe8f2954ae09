export const id = 756;
export const ids = [756];
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

/***/ 3756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  budgetsFromConfig: () => (/* binding */ budgetsFromConfig),
  hasBudgets: () => (/* binding */ hasBudgets),
  judgeWithConfig: () => (/* binding */ judgeWithConfig)
});

// EXTERNAL MODULE: ./src/budget/by-name.ts
var by_name = __webpack_require__(2342);
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

;// CONCATENATED MODULE: ./src/budget/evaluate.ts


function evaluateBudgets(input) {
    const { comparison, budgets, history, minChangePct } = input;
    const steps = [];
    for (const step of comparison.steps) {
        const limits = (0,by_name/* own */.Z)(budgets.steps, step.name);
        // A step that ran unmeasured has no figures to hold against a limit: no check beats a false pass.
        if (!limits || step.status === "not-measured")
            continue;
        steps.push(judgeScope(step.name, limits, stepAmounts(step, (0,by_name/* own */.Z)(history, step.name) ?? []), minChangePct));
    }
    const total = budgets.total
        ? judgeScope("total", budgets.total, totalAmounts(comparison, (0,by_name/* own */.Z)(history, "total") ?? []), minChangePct)
        : undefined;
    const all = [...steps, ...(total ? [total] : [])];
    const status = all.some((s) => s.status === "fail")
        ? "fail"
        : all.some((s) => s.status === "warn")
            ? "warn"
            : comparison.baseline && comparison.comparable
                ? "pass"
                : "no-baseline";
    return { status, steps, ...(total && { total }) };
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
        comparable: step.status === "compared",
        history,
    };
}
function totalAmounts(comparison, history) {
    const sum = (pick) => comparison.steps.reduce((t, s) => t + pick(s), 0);
    const head = { energyKwh: sum((s) => s.head.energy_kwh), co2eG: sum((s) => s.head.co2e_g) };
    // The base total is over the steps both runs have, so a new step is not an "increase".
    const compared = comparison.steps.filter((s) => s.status === "compared" && s.base);
    const base = compared.length
        ? {
            energyKwh: compared.reduce((t, s) => t + (s.base?.energy_kwh ?? 0), 0),
            co2eG: compared.reduce((t, s) => t + (s.base?.co2e_g ?? 0), 0),
        }
        : undefined;
    return {
        head,
        ...(base && { base }),
        headComparedG: compared.reduce((t, s) => t + s.head.co2e_g, 0),
        comparable: compared.length > 0,
        history,
    };
}
function judgeScope(scope, limits, amounts, minChangePct) {
    const checks = [];
    const perUnit = limits.perUnit;
    const perHead = perUnit ? unitCount(amounts.head.unit, perUnit) : 1;
    const perBase = perUnit ? unitCount(amounts.base?.unit, perUnit) : 1;
    const headCo2 = amounts.headComparedG;
    const noise = amounts.comparable && amounts.base
        ? judgeNoise(headCo2, amounts.base.co2eG, amounts.history, minChangePct)
        : undefined;
    const absolute = (limit, max, value) => {
        if (max === undefined)
            return;
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
            const notWorse = base !== undefined && base > max && (actual <= base || noise?.within === true);
            checks.push({
                limit,
                status: notWorse ? "warn" : "fail",
                limitValue: max,
                actual,
                reason: notWorse
                    ? "over budget, as the base branch already was; this change does not make it worse"
                    : "over budget",
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
const RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
function worst(checks) {
    return checks.reduce((w, c) => (RANK[c.status] > RANK[w] ? c.status : w), checks.length ? "skipped" : "pass");
}

;// CONCATENATED MODULE: ./src/budget/from-config.ts
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
        steps: (0,by_name/* byName */.n)(Object.entries(config.budgets.steps).map(([name, budget]) => [name, toLimits(budget)])),
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
        verdict: evaluateBudgets({
            comparison,
            budgets,
            history: {},
            minChangePct: config.comparison.min_change.value,
        }),
    };
}


/***/ })

};
