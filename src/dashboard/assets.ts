/**
 * The page's inlined code and style: uPlot (the chart library, MIT) and the page's own script and
 * stylesheet. Read once at load; ncc sees these `new URL(..., import.meta.url)` reads and copies each
 * file next to the bundle, so the committed dist/ needs no node_modules.
 */
import { readFileSync } from "node:fs";

export const CHART_LIBRARY = {
  name: "uPlot",
  license: "MIT License, Copyright (c) 2022 Leon Sorokin",
  js: readFileSync(new URL("../../node_modules/uplot/dist/uPlot.iife.min.js", import.meta.url), "utf8"),
  css: readFileSync(new URL("../../node_modules/uplot/dist/uPlot.min.css", import.meta.url), "utf8"),
};

export const PAGE_SCRIPT = readFileSync(new URL("./client/dashboard-page.js", import.meta.url), "utf8");
export const PAGE_STYLE = readFileSync(new URL("./client/dashboard-page.css", import.meta.url), "utf8");
