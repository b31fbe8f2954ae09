export const id = 201;
export const ids = [201];
export const modules = {

/***/ 3756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sQ: () => (/* binding */ judgeWithConfig)
});

// UNUSED EXPORTS: budgetsFromConfig, hasBudgets

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
        const limits = budgets.steps[step.name];
        if (!limits)
            continue;
        steps.push(judgeScope(step.name, limits, stepAmounts(step, history[step.name] ?? []), minChangePct));
    }
    const total = budgets.total
        ? judgeScope("total", budgets.total, totalAmounts(comparison, history.total ?? []), minChangePct)
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
        steps: Object.fromEntries(Object.entries(config.budgets.steps).map(([name, budget]) => [name, toLimits(budget)])),
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


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ compareReports)
/* harmony export */ });
const toBaseRun = (base) => "hardware" in base ? { fingerprint: base.hardware.fingerprint, steps: base.steps } : base;
const pct = (head, base) => (base > 0 ? ((head - base) / base) * 100 : undefined);
function compareReports(head, baseRun, ref) {
    if (!baseRun || !ref)
        return { comparable: false, steps: head.steps.map((s) => ({ name: s.name, head: s, status: "new" })) };
    const base = toBaseRun(baseRun);
    const comparable = head.hardware.fingerprint === base.fingerprint;
    let baseG = 0;
    let baseKwh = 0;
    let headG = 0;
    let headKwh = 0;
    const steps = head.steps.map((step) => {
        const baseStep = base.steps.find((s) => s.name === step.name);
        if (!baseStep)
            return { name: step.name, head: step, status: "new" };
        if (!comparable)
            return { name: step.name, head: step, base: baseStep, status: "not-comparable" };
        baseG += baseStep.co2e_g;
        baseKwh += baseStep.energy_kwh;
        headG += step.co2e_g;
        headKwh += step.energy_kwh;
        const deltaPct = pct(step.co2e_g, baseStep.co2e_g);
        return {
            name: step.name,
            head: step,
            base: baseStep,
            status: "compared",
            deltaKwh: step.energy_kwh - baseStep.energy_kwh,
            deltaG: step.co2e_g - baseStep.co2e_g,
            ...(deltaPct !== undefined && { deltaPct }),
        };
    });
    const anyCompared = steps.some((s) => s.status === "compared");
    const totalPct = pct(headG, baseG);
    return {
        baseline: ref,
        comparable,
        steps,
        ...(anyCompared && {
            total: {
                deltaG: headG - baseG,
                deltaKwh: headKwh - baseKwh,
                ...(totalPct !== undefined && { deltaPct: totalPct }),
            },
        }),
    };
}


/***/ }),

/***/ 2269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ah: () => (/* binding */ VCPU_FALLBACK),
  uq: () => (/* binding */ findCpu),
  Aq: () => (/* binding */ requireCpu)
});

// UNUSED EXPORTS: CPUS, cpuTableSchema, matchCpu

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./data/cpus.json
const cpus_namespaceObject = /*#__PURE__*/JSON.parse('{"description":"CPU TDPs in W per socket, with cores and hardware threads per socket. A `note` marks a figure that is not a plain datasheet value. vcpu_fallback is used for a CPU not in the table.","cpus":[{"name":"AMD EPYC 7763","aliases":["AMD EPYC 7763 64-Core Processor"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7763 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"The CPU of GitHub-hosted Linux runners (a standard runner gets 2 or 4 of its 128 threads)."},{"name":"AMD EPYC 7742","aliases":["AMD EPYC 7742 64-Core Processor"],"tdp_w":225,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7742 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7742"}},{"name":"AMD EPYC 7713","aliases":["AMD EPYC 7713 64-Core Processor"],"tdp_w":225,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7713 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7713"}},{"name":"AMD EPYC 7543","aliases":["AMD EPYC 7543 32-Core Processor"],"tdp_w":225,"cores":32,"threads":64,"source":{"title":"AMD EPYC 7543 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7543"}},{"name":"AMD EPYC 7502","aliases":["AMD EPYC 7502 32-Core Processor"],"tdp_w":180,"cores":32,"threads":64,"source":{"title":"AMD EPYC 7502 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7502"}},{"name":"AMD EPYC 7452","aliases":["AMD EPYC 7452 32-Core Processor"],"tdp_w":155,"cores":32,"threads":64,"source":{"title":"AMD EPYC 7452 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-7452"}},{"name":"AMD EPYC 7R13","aliases":["AMD EPYC 7R13 Processor"],"tdp_w":280,"cores":48,"threads":96,"source":{"title":"AMD EPYC 7763 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m6a/); the TDP is that of EPYC 7763, the top standard Milan part, so read it as an upper-end assumption."},{"name":"AMD EPYC 7B13","tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7763 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"Custom Google Cloud SKU with no published TDP (model and cores: https://cloud.google.com/compute/docs/cpu-platforms); the TDP is that of EPYC 7763, the top standard Milan part, so read it as an upper-end assumption. Core count uncertain."},{"name":"AMD EPYC 7V13","aliases":["AMD EPYC 7V13 64-Core Processor"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD EPYC 7763 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7763"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series); the TDP is that of EPYC 7763, the top standard Milan part, so read it as an upper-end assumption."},{"name":"AMD EPYC 7R32","tdp_w":280,"cores":48,"threads":96,"source":{"title":"AMD EPYC 7H12 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-7h12"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/c5/); the TDP is that of EPYC 7H12, the top standard Rome part, so read it as an upper-end assumption."},{"name":"AMD EPYC 9654","aliases":["AMD EPYC 9654 96-Core Processor"],"tdp_w":360,"cores":96,"threads":192,"source":{"title":"AMD EPYC 9654 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-9654"}},{"name":"AMD EPYC 9554","aliases":["AMD EPYC 9554 64-Core Processor"],"tdp_w":360,"cores":64,"threads":128,"source":{"title":"AMD EPYC 9554 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-9554"}},{"name":"AMD EPYC 9454","aliases":["AMD EPYC 9454 48-Core Processor"],"tdp_w":290,"cores":48,"threads":96,"source":{"title":"AMD EPYC 9454 product specifications","url":"https://www.amd.com/en/products/cpu/amd-epyc-9454"}},{"name":"AMD EPYC 9R14","aliases":["AMD EPYC 9R14 96-Core Processor"],"tdp_w":360,"cores":96,"threads":192,"source":{"title":"AMD EPYC 9654 product specifications (reference part)","url":"https://www.amd.com/en/products/cpu/amd-epyc-9654"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m7a/); the TDP is that of EPYC 9654, the top standard Genoa part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8480+","aliases":["Intel(R) Xeon(R) Platinum 8480+"],"tdp_w":350,"cores":56,"threads":112,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"}},{"name":"Intel Xeon Platinum 8480C","tdp_w":350,"cores":56,"threads":112,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"},"note":"Custom SKU in NVIDIA DGX H100 (DGX H100 user guide); TDP of the 8480+, the standard part with the same core count."},{"name":"Intel Xeon Platinum 8468","tdp_w":350,"cores":48,"threads":96,"source":{"title":"Intel ARK: Xeon Platinum 8468 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208468"}},{"name":"Intel Xeon Platinum 8488C","tdp_w":350,"cores":48,"threads":96,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m7i/); the TDP is that of Xeon Platinum 8480+, the top standard Sapphire Rapids part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8481C","aliases":["Intel(R) Xeon(R) Platinum 8481C CPU @ 2.70GHz"],"tdp_w":350,"cores":56,"threads":112,"source":{"title":"Intel ARK: Xeon Platinum 8480+ specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208480%2B"},"note":"Custom Google Cloud SKU with no published TDP (model and cores: https://cloud.google.com/compute/docs/cpu-platforms); the TDP is that of Xeon Platinum 8480+, the top standard Sapphire Rapids part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8380","aliases":["Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz"],"tdp_w":270,"cores":40,"threads":80,"source":{"title":"Intel ARK: Xeon Platinum 8380 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208380"}},{"name":"Intel Xeon Platinum 8358","aliases":["Intel(R) Xeon(R) Platinum 8358 CPU @ 2.60GHz"],"tdp_w":250,"cores":32,"threads":64,"source":{"title":"Intel ARK: Xeon Platinum 8358 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208358"}},{"name":"Intel Xeon Platinum 8375C","aliases":["Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz"],"tdp_w":270,"cores":32,"threads":64,"source":{"title":"Intel ARK: Xeon Platinum 8380 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208380"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m6i/); the TDP is that of Xeon Platinum 8380, the top standard Ice Lake-SP part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8370C","aliases":["Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz"],"tdp_w":270,"cores":32,"threads":64,"source":{"title":"Intel ARK: Xeon Platinum 8380 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208380"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv5-series); the TDP is that of Xeon Platinum 8380, the top standard Ice Lake-SP part, so read it as an upper-end assumption. Seen on some GitHub-hosted runners. Core count uncertain."},{"name":"Intel Xeon Platinum 8280","tdp_w":205,"cores":28,"threads":56,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"}},{"name":"Intel Xeon Platinum 8272CL","aliases":["Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz"],"tdp_w":205,"cores":26,"threads":52,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv4-series); the TDP is that of Xeon Platinum 8280, the top standard Cascade Lake part, so read it as an upper-end assumption. Seen on some GitHub-hosted runners."},{"name":"Intel Xeon Platinum 8275CL","aliases":["Intel(R) Xeon(R) Platinum 8275CL CPU @ 3.00GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/c5/); the TDP is that of Xeon Platinum 8280, the top standard Cascade Lake part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8259CL","aliases":["Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8280 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208280"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m5/); the TDP is that of Xeon Platinum 8280, the top standard Cascade Lake part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8180","tdp_w":205,"cores":28,"threads":56,"source":{"title":"Intel ARK: Xeon Platinum 8180 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208180"}},{"name":"Intel Xeon Platinum 8168","aliases":["Intel(R) Xeon(R) Platinum 8168 CPU @ 2.70GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8168 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208168"}},{"name":"Intel Xeon Platinum 8175M","aliases":["Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Platinum 8180 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208180"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m5/); the TDP is that of Xeon Platinum 8180, the top standard Skylake-SP part, so read it as an upper-end assumption."},{"name":"Intel Xeon Platinum 8171M","aliases":["Intel(R) Xeon(R) Platinum 8171M CPU @ 2.60GHz"],"tdp_w":205,"cores":26,"threads":52,"source":{"title":"Intel ARK: Xeon Platinum 8180 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Platinum%208180"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv3-series); the TDP is that of Xeon Platinum 8180, the top standard Skylake-SP part, so read it as an upper-end assumption."},{"name":"Intel Xeon Gold 6248","aliases":["Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"],"tdp_w":150,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon Gold 6248 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206248"}},{"name":"Intel Xeon Gold 6248R","aliases":["Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz"],"tdp_w":205,"cores":24,"threads":48,"source":{"title":"Intel ARK: Xeon Gold 6248R specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206248R"}},{"name":"Intel Xeon Gold 6148","aliases":["Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz"],"tdp_w":150,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon Gold 6148 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206148"}},{"name":"Intel Xeon Gold 6226R","aliases":["Intel(R) Xeon(R) Gold 6226R CPU @ 2.90GHz"],"tdp_w":150,"cores":16,"threads":32,"source":{"title":"Intel ARK: Xeon Gold 6226R specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=Gold%206226R"}},{"name":"Intel Xeon E5-2699 v4","tdp_w":145,"cores":22,"threads":44,"source":{"title":"Intel ARK: Xeon E5-2699 v4 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2699%20v4"}},{"name":"Intel Xeon E5-2698 v4","aliases":["Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz"],"tdp_w":135,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon E5-2698 v4 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2698%20v4"},"note":"The CPU of NVIDIA DGX-1."},{"name":"Intel Xeon E5-2690 v4","aliases":["Intel(R) Xeon(R) CPU E5-2690 v4 @ 2.60GHz"],"tdp_w":135,"cores":14,"threads":28,"source":{"title":"Intel ARK: Xeon E5-2690 v4 specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2690%20v4"}},{"name":"Intel Xeon E5-2686 v4","aliases":["Intel(R) Xeon(R) CPU E5-2686 v4 @ 2.30GHz"],"tdp_w":145,"cores":18,"threads":36,"source":{"title":"Intel ARK: Xeon E5-2699 v4 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2699%20v4"},"note":"Custom AWS SKU with no published TDP (model and cores: https://aws.amazon.com/ec2/instance-types/m4/); the TDP is that of Xeon E5-2699 v4, the top standard Broadwell-EP part, so read it as an upper-end assumption."},{"name":"Intel Xeon E5-2673 v4","aliases":["Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz"],"tdp_w":145,"cores":20,"threads":40,"source":{"title":"Intel ARK: Xeon E5-2699 v4 specifications (reference part)","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=E5-2699%20v4"},"note":"Custom Azure SKU with no published TDP (model and cores: https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dv3-series); the TDP is that of Xeon E5-2699 v4, the top standard Broadwell-EP part, so read it as an upper-end assumption. Seen on older GitHub-hosted runners."},{"name":"AMD Ryzen Threadripper 3990X","aliases":["AMD Ryzen Threadripper 3990X 64-Core Processor"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD Ryzen Threadripper 3990X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-3990x"}},{"name":"AMD Ryzen Threadripper 3970X","aliases":["AMD Ryzen Threadripper 3970X 32-Core Processor"],"tdp_w":280,"cores":32,"threads":64,"source":{"title":"AMD Ryzen Threadripper 3970X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-3970x"}},{"name":"AMD Ryzen Threadripper PRO 5995WX","aliases":["AMD Ryzen Threadripper PRO 5995WX 64-Cores"],"tdp_w":280,"cores":64,"threads":128,"source":{"title":"AMD Ryzen Threadripper PRO 5995WX product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-pro-5995wx"}},{"name":"AMD Ryzen Threadripper 7980X","aliases":["AMD Ryzen Threadripper 7980X 64-Cores"],"tdp_w":350,"cores":64,"threads":128,"source":{"title":"AMD Ryzen Threadripper 7980X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-7980x"}},{"name":"AMD Ryzen Threadripper PRO 7995WX","aliases":["AMD Ryzen Threadripper PRO 7995WX 96-Cores"],"tdp_w":350,"cores":96,"threads":192,"source":{"title":"AMD Ryzen Threadripper PRO 7995WX product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-threadripper-pro-7995wx"}},{"name":"AMD Ryzen 9 7950X","aliases":["AMD Ryzen 9 7950X 16-Core Processor"],"tdp_w":170,"cores":16,"threads":32,"source":{"title":"AMD Ryzen 9 7950X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-9-7950x"}},{"name":"AMD Ryzen 9 5950X","aliases":["AMD Ryzen 9 5950X 16-Core Processor"],"tdp_w":105,"cores":16,"threads":32,"source":{"title":"AMD Ryzen 9 5950X product specifications","url":"https://www.amd.com/en/products/cpu/amd-ryzen-9-5950x"}},{"name":"Intel Core i9-14900K","tdp_w":125,"cores":24,"threads":32,"source":{"title":"Intel ARK: Core i9-14900K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i9-14900K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (253 W), so an estimate for it can be low."},{"name":"Intel Core i9-13900K","tdp_w":125,"cores":24,"threads":32,"source":{"title":"Intel ARK: Core i9-13900K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i9-13900K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (253 W), so an estimate for it can be low."},{"name":"Intel Core i9-12900K","tdp_w":125,"cores":16,"threads":24,"source":{"title":"Intel ARK: Core i9-12900K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i9-12900K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (241 W), so an estimate for it can be low."},{"name":"Intel Core i7-13700K","tdp_w":125,"cores":16,"threads":24,"source":{"title":"Intel ARK: Core i7-13700K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i7-13700K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (253 W), so an estimate for it can be low."},{"name":"Intel Core i7-12700K","tdp_w":125,"cores":12,"threads":20,"source":{"title":"Intel ARK: Core i7-12700K specifications","url":"https://ark.intel.com/content/www/us/en/ark/search.html?_charset_=UTF-8&q=i7-12700K"},"note":"Processor Base Power 125 W is used as TDP; under sustained all-core load the part may draw up to its Maximum Turbo Power (190 W), so an estimate for it can be low."}],"vcpu_fallback":{"min_w_per_vcpu":0.74,"max_w_per_vcpu":3.5,"source":{"title":"Cloud Carbon Footprint methodology: average min/max watts per vCPU over AWS micro-architectures, derived from SPECpower_ssj2008 results","url":"https://www.cloudcarbonfootprint.org/docs/methodology/"}}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hardware/gpus.ts + 1 modules
var gpus = __webpack_require__(8729);
// EXTERNAL MODULE: ./src/hardware/match.ts
var hardware_match = __webpack_require__(2909);
;// CONCATENATED MODULE: ./src/hardware/cpus.ts
/** The CPU table (`data/cpus.json`) and lookups by /proc/cpuinfo or systeminformation names. */





const cpuSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1),
    aliases: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    /** Per socket, in W. */
    tdp_w: schemas/* number */.aig().positive(),
    cores: schemas/* number */.aig().int().positive().optional(),
    /** Hardware threads per socket: what a vCPU is a share of. */
    threads: schemas/* number */.aig().int().positive().optional(),
    source: gpus/* sourceSchema */.dr,
    note: schemas/* string */.YjP().min(1).optional(),
});
const fallbackSchema = schemas/* strictObject */.rej({
    min_w_per_vcpu: schemas/* number */.aig().positive(),
    max_w_per_vcpu: schemas/* number */.aig().positive(),
    source: gpus/* sourceSchema */.dr,
});
const cpuTableSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP(),
    cpus: schemas/* array */.YOg(cpuSchema).min(1),
    vcpu_fallback: fallbackSchema,
});
const parsed = cpuTableSchema.parse(cpus_namespaceObject);
const CPUS = parsed.cpus;
/** Watts per vCPU for a CPU not in the table. */
const VCPU_FALLBACK = parsed.vcpu_fallback;
const cpuNames = (spec) => [spec.name, ...(spec.aliases ?? [])];
/** The full result, for callers that want to tell "ambiguous" from "unknown". */
const matchCpu = (name) => (0,hardware_match/* matchName */.hu)(name, CPUS, cpuNames);
/**
 * The spec for a CPU name, or undefined when unknown or ambiguous. Takes systeminformation's brand
 * with or without its manufacturer (`"AMD" + "EPYC 7763 64-Core Processor"`), or a /proc/cpuinfo
 * model name (`Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz`).
 */
function findCpu(name) {
    const match = matchCpu(name);
    return match.kind === "found" ? match.row : undefined;
}
/** Like `findCpu`, for user input: throws an InputError naming the candidates or the nearest models. */
function requireCpu(name, input = "--cpu") {
    const match = matchCpu(name);
    if (match.kind === "found")
        return match.row;
    if (match.kind === "ambiguous") {
        throw new errors/* InputError */.d(input, name, `it matches several CPU models: ${(0,hardware_match/* quoteList */.JN)(match.rows.map((row) => row.name))}; give the full name`);
    }
    const near = (0,hardware_match/* nearestBy */.iG)(name, CPUS, cpuNames, (spec) => spec.name, 3);
    throw new errors/* InputError */.d(input, name, `not a CPU model we know; nearest: ${(0,hardware_match/* quoteList */.JN)(near)} (all models: data/cpus.json)`);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   QE: () => (/* binding */ formatEnergy),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   d5: () => (/* binding */ formatPower),
/* harmony export */   so: () => (/* binding */ formatMass),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/** Numbers as people read them: a unit that keeps 3 significant figures readable, signs on deltas. */
/** Rounded first, so that 0.99996 reads "1.00" (not "1.000") and picks its unit as 1, not 0.99996. */
const rounded = (value, digits = 3) => Number(value.toPrecision(digits));
const significant = (value, digits = 3) => {
    if (value === 0)
        return "0";
    const round = rounded(value, digits);
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(round))));
    return round.toFixed(Math.min(decimals, 6));
};
function scaled(value, units) {
    const abs = Math.abs(rounded(value));
    // Zero reads in the base unit ("0 g"), not the smallest one.
    const [factor, unit] = units.find(([f]) => abs >= f || (abs === 0 && f === 1)) ?? units[units.length - 1];
    return `${significant(value / factor)} ${unit}`;
}
const formatEnergy = (kwh) => scaled(kwh, [
    [1000, "MWh"],
    [1, "kWh"],
    [0.001, "Wh"],
    [1e-6, "mWh"],
]);
const formatMass = (grams) => scaled(grams, [
    [1e6, "t"],
    [1000, "kg"],
    [1, "g"],
    [1e-3, "mg"],
]);
const formatPower = (watts) => `${significant(watts)} W`;
const signed = (text, value) => value > 0 ? `+${text}` : value < 0 ? text : `±${text}`;
const formatPct = (pct) => signed(`${significant(pct, 2)}%`, pct);
function formatDuration(seconds) {
    if (rounded(seconds) < 60)
        return `${significant(seconds)} s`;
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${String(rest).padStart(2, "0")}s`;
}
const shortSha = (sha) => (sha ? sha.slice(0, 7) : "?");


/***/ }),

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Text from a report (step names, device names, notes) reaches markdown that GitHub renders: escape it
 * so it cannot close a table cell, open a link, mention someone or inject HTML.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n]+/g, " ")
        .replace(/[\\`*_{}[\]()#+!|<>~&]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, "@\u200b");
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/trend-chart.ts
function trendChart(points, title) {
    if (points.length < 2)
        return undefined;
    const max = Math.max(...points.map((p) => p.co2eG));
    // Mermaid axes need one unit; grams or kilograms, whichever keeps the numbers short.
    const [unit, factor] = max >= 10_000 ? ["kg", 1000] : ["g", 1];
    const labels = points.map((p) => JSON.stringify(p.label.replace(/["\\]/g, "")));
    const values = points.map((p) => Number((p.co2eG / factor).toPrecision(4)));
    return [
        "```mermaid",
        "xychart-beta",
        `  title "${title.replace(/["\\]/g, "")}"`,
        `  x-axis [${labels.join(", ")}]`,
        `  y-axis "CO2e (${unit})"`,
        `  line [${values.join(", ")}]`,
        "```",
    ].join("\n");
}

// EXTERNAL MODULE: ./src/report/verdict-cells.ts
var verdict_cells = __webpack_require__(3879);
;// CONCATENATED MODULE: ./src/report/markdown.ts




function renderMarkdown(report, comparison, extras = {}) {
    const { verdict, budgets } = extras;
    const judged = verdict !== undefined && budgets !== undefined;
    const chart = extras.trend && trendChart(extras.trend.points, extras.trend.title);
    return [
        headline(report, comparison, verdict),
        ...(extras.equivalents?.length ? ["", `<sub>${extras.equivalents.map(escapeMarkdown).join(" · ")}</sub>`] : []),
        "",
        judged
            ? "| Step | Duration | Energy | CO2e (range) | Change | Budget | Status |"
            : "| Step | Duration | Energy | CO2e (range) | Change |",
        judged ? "| --- | ---: | ---: | ---: | ---: | --- | --- |" : "| --- | ---: | ---: | ---: | ---: |",
        ...comparison.steps.map((step) => judged
            ? `${stepRow(step)} ${(0,verdict_cells/* budgetCell */.oT)(budgets.steps[step.name])} | ${(0,verdict_cells/* statusCell */.fo)(find(verdict, step.name))} |`
            : stepRow(step)),
        ...(judged && verdict.total && budgets.total
            ? [totalRow(report, comparison, budgets, verdict.total)]
            : []),
        ...(extras.notices?.length ? ["", ...extras.notices.map((n) => `> ${n}`)] : []),
        ...(chart ? ["", chart] : []),
        "",
        methods(report),
    ].join("\n");
}
const find = (verdict, scope) => verdict.steps.find((s) => s.scope === scope);
function totalRow(report, comparison, budgets, total) {
    const t = report.totals;
    const range = `${(0,format/* formatMass */.so)(t.co2e_g)} (${(0,format/* formatMass */.so)(t.co2e_low_g)}–${(0,format/* formatMass */.so)(t.co2e_high_g)})`;
    const delta = comparison.total;
    const changeText = delta
        ? `${delta.deltaPct !== undefined ? `${(0,format/* formatPct */.R8)(delta.deltaPct)} ` : ""}(${(0,format/* signed */.x8)((0,format/* formatMass */.so)(delta.deltaG), delta.deltaG)})`
        : "–";
    return `| **Total** | ${(0,format/* formatDuration */.a3)(t.duration_s)} | ${(0,format/* formatEnergy */.QE)(t.energy_kwh)} | ${range} | ${changeText} | ${(0,verdict_cells/* budgetCell */.oT)(budgets.total)} | ${(0,verdict_cells/* statusCell */.fo)(total)} |`;
}
function headline(report, comparison, verdict) {
    const title = verdict ? `carbon-budget ${verdict_cells/* VERDICT_WORDS */._G[verdict.status]}` : "carbon-budget";
    return plainHeadline(report, comparison).replace(/^### carbon-budget/, `### ${title}`);
}
function plainHeadline(report, comparison) {
    const total = `**${(0,format/* formatMass */.so)(report.totals.co2e_g)} CO2e**, ${(0,format/* formatEnergy */.QE)(report.totals.energy_kwh)}`;
    const base = comparison.baseline;
    if (!base)
        return `### carbon-budget: ${total} (no baseline yet)`;
    const against = `vs ${escapeMarkdown(base.label)}${base.sha ? ` @${(0,format/* shortSha */.Fu)(base.sha)}` : ""}`;
    if (!comparison.comparable)
        return `### carbon-budget: ${total}; not comparable ${against} (different hardware)`;
    if (!comparison.total)
        return `### carbon-budget: ${total}; no step in common ${against}`;
    const { deltaG, deltaPct } = comparison.total;
    // Against a zero base there is no percentage, but the change in grams still belongs in the headline.
    const pct = deltaPct !== undefined ? `${(0,format/* formatPct */.R8)(deltaPct)} ` : "";
    return `### carbon-budget: ${total}; CO2e ${pct}(${(0,format/* signed */.x8)((0,format/* formatMass */.so)(deltaG), deltaG)}) ${against}`;
}
function stepRow(step) {
    const h = step.head;
    const range = `${(0,format/* formatMass */.so)(h.co2e_g)} (${(0,format/* formatMass */.so)(h.co2e_low_g)}–${(0,format/* formatMass */.so)(h.co2e_high_g)})`;
    return `| ${escapeMarkdown(h.name)}${exitNote(h.exit_code)} | ${(0,format/* formatDuration */.a3)(h.duration_s)} | ${(0,format/* formatEnergy */.QE)(h.energy_kwh)} | ${range} | ${change(step)} |`;
}
const exitNote = (code) => (code ? ` (exit ${code})` : "");
function change(step) {
    if (step.status === "new")
        return "new";
    if (step.status === "not-comparable")
        return "not comparable (hardware)";
    if (step.deltaG === undefined)
        return "–";
    const pct = step.deltaPct !== undefined ? `${(0,format/* formatPct */.R8)(step.deltaPct)} ` : "";
    return `${pct}(${(0,format/* signed */.x8)((0,format/* formatMass */.so)(step.deltaG), step.deltaG)})`;
}
function methods(report) {
    const a = report.assumptions;
    const lines = [
        "<details><summary>Methods and assumptions</summary>",
        "",
        "| Step | Component | Method | Source | Energy | Avg power |",
        "| --- | --- | --- | --- | ---: | ---: |",
    ];
    for (const step of report.steps) {
        for (const c of step.components)
            lines.push(componentRow(step.name, c));
    }
    lines.push("", `- PUE ${a.pue}; grid intensity ${a.intensity_g_per_kwh} gCO2e/kWh from ${escapeMarkdown(a.intensity_source)}${a.intensity_year ? ` (${a.intensity_year})` : ""}.`, ...report.steps.map((step) => `- ${escapeMarkdown(step.name)}: ${(0,format/* formatMass */.so)(step.co2e_g)} CO2e = operational ${(0,format/* formatMass */.so)(step.operational_g)} + embodied ${(0,format/* formatMass */.so)(step.embodied_g)}${step.sci_g_per_unit !== undefined && step.functional_unit
        ? `; ${(0,format/* formatMass */.so)(step.sci_g_per_unit)} per ${escapeMarkdown(step.functional_unit.name)} (SCI)`
        : ""}.`));
    const notes = report.steps.flatMap((step) => [
        ...(step.notes ?? []).map((note) => `${escapeMarkdown(step.name)}: ${escapeMarkdown(note)}`),
        ...step.components.flatMap((c) => (c.notes ?? []).map((note) => `${escapeMarkdown(step.name)} ${c.kind}: ${escapeMarkdown(note)}`)),
    ]);
    lines.push(...notes.map((note) => `- ${note}`));
    // Reports from elsewhere (an import, an older version) may not know the cost: no line beats a false 0.
    if (report.steps.some((step) => step.overhead)) {
        const overhead = report.steps.reduce((total, step) => total + (step.overhead?.cpu_s ?? 0), 0);
        lines.push(`- Measuring cost ${overhead.toFixed(2)} CPU s.`);
    }
    lines.push("", "</details>");
    return lines.join("\n");
}
function componentRow(step, c) {
    const device = [c.kind.toUpperCase(), c.device, c.model].filter(Boolean).map(String).join(" ");
    const power = c.avg_power_w !== undefined ? (0,format/* formatPower */.d5)(c.avg_power_w) : "–";
    return `| ${escapeMarkdown(step)} | ${escapeMarkdown(device)} | ${c.method} | ${escapeMarkdown(c.source)} | ${(0,format/* formatEnergy */.QE)(c.energy_kwh)} | ${power} |`;
}


/***/ }),

/***/ 1327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ parseReport),
/* harmony export */   PP: () => (/* binding */ REPORT_SCHEMA_ID)
/* harmony export */ });
/* unused harmony exports componentSchema, stepSchema, reportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/**
 * The run report, `carbon-budget/report@1` (DESIGN.md). Every read goes through this schema: a report
 * from a PR run, an artifact or the on-disk history is untrusted input.
 */

const REPORT_SCHEMA_ID = "carbon-budget/report@1";
const nonNegative = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().finite().nonnegative();
const componentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["gpu", "cpu", "ram"]),
    device: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200).optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200).optional(),
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["measured", "estimated", "declared"]),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100),
    energy_kwh: nonNegative,
    avg_power_w: nonNegative.optional(),
    samples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(2000)).max(50).optional(),
});
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    ended_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    duration_s: nonNegative,
    exit_code: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
    energy_kwh: nonNegative,
    it_energy_kwh: nonNegative,
    operational_g: nonNegative,
    embodied_g: nonNegative,
    co2e_g: nonNegative,
    co2e_low_g: nonNegative,
    co2e_high_g: nonNegative,
    /** The operational part of the range, so a report can be re-accounted at another intensity or PUE. */
    operational_low_g: nonNegative.optional(),
    operational_high_g: nonNegative.optional(),
    functional_unit: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100), count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive() }).optional(),
    sci_g_per_unit: nonNegative.optional(),
    components: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(componentSchema).max(256),
    /** What the tool itself cost: its CPU seconds over the step. */
    overhead: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ cpu_s: nonNegative }).optional(),
    /** Sources that could not serve a component at all (e.g. no GPU found), so nothing is a silent zero. */
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(2000)).max(50).optional(),
});
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(REPORT_SCHEMA_ID),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    run: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200),
        repo: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200).optional(),
        ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500).optional(),
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).optional(),
        started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        ended_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    }),
    hardware: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200),
        gpus: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200), count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive() })),
        cpu: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200), count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() }),
        memory_gb: nonNegative,
    }),
    assumptions: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        pue: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().finite().min(1).max(3),
        intensity_g_per_kwh: nonNegative,
        intensity_source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500),
        intensity_year: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
        location: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100).optional(),
    }),
    steps: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(stepSchema).max(1000),
    totals: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        duration_s: nonNegative,
        energy_kwh: nonNegative,
        co2e_g: nonNegative,
        co2e_low_g: nonNegative,
        co2e_high_g: nonNegative,
    }),
});
/** Parses untrusted JSON text into a report, with a message that says what is wrong and where. */
function parseReport(text, origin) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${origin}: not JSON (${error.message})`);
    }
    const result = reportSchema.safeParse(data);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue.path.length ? issue.path.join(".") : "(top level)";
        throw new Error(`${origin}: not a ${REPORT_SCHEMA_ID} report: ${where}: ${issue.message}`);
    }
    return result.data;
}


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

function renderTerminal(report, comparison, options = {}) {
    const lines = [];
    const a = report.assumptions;
    for (const step of report.steps) {
        const exit = step.exit_code !== undefined ? ` · exit ${step.exit_code}` : "";
        lines.push(`carbon-budget · ${step.name} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(step.duration_s)}${exit}`);
        const rows = step.components.map((c) => [
            `  ${c.kind.toUpperCase()} ${[c.device, c.model].filter(Boolean).join(" ")}`.trimEnd(),
            `${c.method} (${c.source})`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(c.energy_kwh),
            c.avg_power_w !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPower */ .d5)(c.avg_power_w) : "",
        ]);
        lines.push(...alignColumns(rows));
        for (const note of step.notes ?? [])
            lines.push(`  note: ${note}`);
        if (options.verbose) {
            for (const c of step.components)
                for (const note of c.notes ?? [])
                    lines.push(`  ${c.kind} note: ${note}`);
        }
        lines.push(`  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(step.energy_kwh)} (PUE ${a.pue}) → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.co2e_g)} CO2e (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.co2e_low_g)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.co2e_high_g)})`, `    operational ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.operational_g)} at ${a.intensity_g_per_kwh} g/kWh, ${a.intensity_source}${a.intensity_year ? ` ${a.intensity_year}` : ""}`);
        if (step.embodied_g > 0)
            lines.push(`    embodied ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.embodied_g)} (hardware manufacture, amortised over its life)`);
        if (step.sci_g_per_unit !== undefined && step.functional_unit) {
            lines.push(`    ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.sci_g_per_unit)} CO2e per ${step.functional_unit.name} (SCI, ${step.functional_unit.count} ${step.functional_unit.name})`);
        }
        const compared = comparison.steps.find((s) => s.name === step.name);
        const base = comparison.baseline;
        if (!base || !compared || compared.status === "new") {
            lines.push("  no earlier run of this step to compare with");
        }
        else if (compared.status === "not-comparable") {
            lines.push(`  not comparable with ${base.label} @${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(base.sha)}: different hardware`);
        }
        else if (compared.deltaG !== undefined) {
            const pct = compared.deltaPct !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPct */ .R8)(compared.deltaPct)} ` : "";
            lines.push(`  vs ${base.label} @${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(base.sha)} (${base.endedAt}): CO2e ${pct}(${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signed */ .x8)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(compared.deltaG), compared.deltaG)})`);
        }
        if (step.overhead)
            lines.push(`  measuring cost ${step.overhead.cpu_s.toFixed(2)} CPU s`);
        if (!options.verbose && step.components.some((c) => c.notes?.length)) {
            lines.push("  (how each number was obtained: --verbose, or the --json / --markdown report)");
        }
    }
    return `${lines.join("\n")}\n`;
}
function alignColumns(rows) {
    const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
    return rows.map((row) => row
        .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd());
}


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _G: () => (/* binding */ VERDICT_WORDS),
/* harmony export */   fo: () => (/* binding */ statusCell),
/* harmony export */   oT: () => (/* binding */ budgetCell)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

const ICON = { pass: "✅", warn: "⚠️", fail: "❌", skipped: "➖" };
const VERDICT_WORDS = {
    pass: "✅ within budget",
    warn: "⚠️ warning",
    fail: "❌ over budget",
    "no-baseline": "ℹ️ no baseline",
};
function budgetCell(limits) {
    if (!limits)
        return "–";
    const per = limits.perUnit ? ` per ${limits.perUnit}` : "";
    const parts = [
        limits.energyKwh !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(limits.energyKwh)}${per}` : undefined,
        limits.co2eG !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(limits.co2eG)}${per}` : undefined,
        limits.increasePct !== undefined ? `≤ +${limits.increasePct}%` : undefined,
    ].filter(Boolean);
    return parts.join(", ") || "–";
}
function statusCell(verdict) {
    if (!verdict)
        return "–";
    const deciding = verdict.checks.find((c) => c.status === verdict.status);
    const noise = verdict.checks.some((c) => c.reason === "within noise") ? " (within noise)" : "";
    const reason = deciding && verdict.status !== "pass" ? ` ${deciding.reason}` : "";
    const value = deciding?.status === "fail" && deciding.limit === "increase" && deciding.actual !== undefined
        ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPct */ .R8)(deciding.actual)})`
        : "";
    return `${ICON[verdict.status]}${reason}${value}${noise}`;
}


/***/ })

};
