#!/usr/bin/env node
import * as __WEBPACK_EXTERNAL_MODULE_koffi__ from "koffi";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "koffi"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_koffi_namespaceObject = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_koffi__["default"]) });
;// CONCATENATED MODULE: ./src/cli/main.ts

async function main(argv) {
    console.error("hello", argv, typeof external_koffi_namespaceObject["default"].load);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/index.ts

main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

