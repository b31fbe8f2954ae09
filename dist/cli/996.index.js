export const id = 996;
export const ids = [996];
export const modules = {

/***/ 1996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ JOULES_PER_KWH),
/* harmony export */   I1: () => (/* binding */ significant),
/* harmony export */   QN: () => (/* binding */ UNITS),
/* harmony export */   QY: () => (/* binding */ GRAMS_PER_LB),
/* harmony export */   Wf: () => (/* binding */ rounded),
/* harmony export */   em: () => (/* binding */ joulesToKwh),
/* harmony export */   vK: () => (/* binding */ scaled)
/* harmony export */ });
/* unused harmony export scaleOf */
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


/***/ })

};
