export const id = 344;
export const ids = [344,963];
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
