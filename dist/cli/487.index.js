export const id = 487;
export const ids = [487];
export const modules = {

/***/ 9487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findRepoRoot: () => (/* binding */ findRepoRoot),
/* harmony export */   readGitPosition: () => (/* binding */ readGitPosition)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** What the local git checkout says about where we are: the only place the CLI asks git. */



function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", args, { cwd, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim();
    }
    catch {
        return undefined;
    }
}
function readGitPosition(cwd) {
    const root = git(cwd, ["rev-parse", "--show-toplevel"]);
    if (!root)
        return { root: cwd, dirty: false };
    const sha = git(root, ["rev-parse", "--verify", "-q", "HEAD"]);
    const branch = git(root, ["symbolic-ref", "--short", "-q", "HEAD"]);
    const defaultBranch = findDefaultBranch(root);
    const mergeBase = sha && defaultBranch ? git(root, ["merge-base", "HEAD", `refs/heads/${defaultBranch}`]) : undefined;
    const status = git(root, ["status", "--porcelain", "--untracked-files=no"]);
    return {
        root,
        ...(branch && { branch }),
        ...(sha && { sha }),
        ...(defaultBranch && { defaultBranch }),
        ...(mergeBase && { mergeBase }),
        dirty: Boolean(status),
    };
}
function findDefaultBranch(root) {
    const remoteHead = git(root, ["symbolic-ref", "--short", "-q", "refs/remotes/origin/HEAD"]);
    if (remoteHead) {
        const name = remoteHead.replace(/^origin\//, "");
        if (git(root, ["rev-parse", "--verify", "-q", `refs/heads/${name}`]))
            return name;
    }
    for (const candidate of ["main", "master", "trunk", "develop"]) {
        if (git(root, ["rev-parse", "--verify", "-q", `refs/heads/${candidate}`]))
            return candidate;
    }
    return undefined;
}
/**
 * The checkout's top folder without asking git (no process to start before the wrapped command):
 * the nearest folder up from `cwd` holding a `.git` entry, else `cwd`.
 */
function findRepoRoot(cwd) {
    for (let dir = cwd;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ".git")))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            return cwd;
    }
}


/***/ })

};
