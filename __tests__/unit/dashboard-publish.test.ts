/**
 * The pure parts of publishing the dashboard: which files changed (by git's blob id, as the data
 * branch's tree lists them), the Pages address the comment links to, the `dashboard` input, and the
 * comment's line.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { compareReports } from "../../src/compare/compare.js";
import { pagesUrl } from "../../src/github/dashboard-link.js";
import { changedFiles, gitBlobSha } from "../../src/github/dashboard-publish.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { report } from "../helpers/reports.js";

const hashObject = (content: string) =>
  execFileSync("git", ["hash-object", "--stdin"], { input: content, encoding: "utf8" }).trim();

describe("gitBlobSha", () => {
  it("is git's blob id: the same as `git hash-object`, multi-byte text included", () => {
    // sha1("blob 0\0"), the empty blob every git knows.
    expect(gitBlobSha("")).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    for (const text of ["<svg/>\n", "CO2e · 1.2 kg – ± µ\n"]) expect(gitBlobSha(text)).toBe(hashObject(text));
  });
});

describe("changedFiles", () => {
  const page = { path: "index.html", content: "<html></html>\n" };
  const badge = { path: "badge.svg", content: "<svg/>\n" };

  it("keeps the files the tree lacks or lists with other bytes, and leaves the same ones out", () => {
    const tree = new Map([
      ["index.html", gitBlobSha(page.content)],
      ["badge.svg", gitBlobSha("<svg>old</svg>\n")],
      ["README.md", gitBlobSha("# data\n")],
    ]);
    expect(changedFiles([page, badge], tree)).toEqual([badge]);
    expect(changedFiles([page, badge], new Map())).toEqual([page, badge]);
    expect(changedFiles([page], new Map([["index.html", gitBlobSha(page.content)]]))).toEqual([]);
  });
});

describe("pagesUrl", () => {
  it("is the project site on github.io, the owner in lower case (host names are)", () => {
    expect(pagesUrl({ owner: "Acme", repo: "Models" }, "https://github.com")).toBe(
      "https://acme.github.io/Models/",
    );
  });

  it("is the root for the owner's own site repository", () => {
    expect(pagesUrl({ owner: "Acme", repo: "acme.github.io" }, "https://github.com/")).toBe(
      "https://acme.github.io/",
    );
  });

  it("is none on GitHub Enterprise Server, whose Pages live elsewhere, or for a name it cannot trust", () => {
    expect(pagesUrl({ owner: "acme", repo: "models" }, "https://ghe.example.com")).toBeUndefined();
    expect(pagesUrl({ owner: "acme", repo: "models)[x](y" }, "https://github.com")).toBeUndefined();
  });
});

describe("the dashboard input", () => {
  const read = (given: Record<string, string>) => readInputs((name) => given[name] ?? "");

  it("is unset unless given, so the config decides; true and false override it", () => {
    expect(read({ run: "make" })).not.toHaveProperty("dashboard");
    expect(read({ run: "make", dashboard: "true" }).dashboard).toBe(true);
    expect(read({ run: "make", dashboard: "false" }).dashboard).toBe(false);
  });

  it("is strict: a typo is an error naming the input", () => {
    expect(() => read({ run: "make", dashboard: "ture" })).toThrow(
      'input dashboard: "ture" is not valid; use true or false',
    );
  });
});

describe("the comment's dashboard line", () => {
  it("links the address given, once; none without one", () => {
    const plain = report();
    const comparison = compareReports(plain, undefined);
    const lines = renderMarkdown(plain, comparison, { dashboard: "https://acme.github.io/models/" }).split(
      "\n",
    );
    expect(lines.filter((line) => line.includes("github.io"))).toEqual([
      "📈 [Dashboard: every run of the branch, and badges](https://acme.github.io/models/)",
    ]);
    expect(renderMarkdown(plain, comparison)).not.toContain("Dashboard");
  });
});
