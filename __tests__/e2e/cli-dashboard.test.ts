/**
 * `carbon-budget dashboard` end to end: the committed bundle, spawned as a user would, on a data branch
 * checkout and on the local history. The page itself is tested in dashboard-browser.test.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeDir, runCli, scratchRepo } from "../helpers/cli.js";
import { sampleHistory, sha, writeDataBranch, writeLocalHistory } from "../helpers/history.js";

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.cleanup());

const dashboard = (args: string[]) =>
  runCli(["dashboard", ...args], { cwd: repo.dir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } });

/** The data the page embeds, as the browser will read it. */
const embedded = (html: string) =>
  JSON.parse(
    /<script type="application\/json" id="dashboard-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "{}",
  );

describe("carbon-budget dashboard", () => {
  it("writes the page and badges from a data branch checkout into --out", async () => {
    writeDataBranch(join(repo.dir, "data"), sampleHistory(), { omitReports: [sha(2)] });
    const result = await dashboard(["--history", "data", "--out", "site"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `carbon-budget dashboard: 10 runs from ${join(repo.dir, "data")}`,
        "  wrote site/index.html",
        "        badge.svg, badge-train.svg, badge-eval.svg",
        `  open  file://${join(repo.dir, "site", "index.html")}`,
        "",
      ].join("\n"),
    );
    const data = embedded(readFileSync(join(repo.dir, "site", "index.html"), "utf8"));
    const train = data.branches[0].steps[0];
    expect(train.points).toHaveLength(8);
    // Commit 2's report is missing; the index still has its figures (train 126 g), without a range.
    expect(train.points[1]).toMatchObject({ sha: sha(2), co2e_g: 126, text: { range: "not recorded" } });
    expect(existsSync(join(repo.dir, "data", "index.html"))).toBe(false);
  });

  it("reads .carbon-budget at the git root by default, writes beside it, and draws the config's budgets", async () => {
    writeLocalHistory(repo.dir, sampleHistory());
    mkdirSync(join(repo.dir, ".github"));
    writeFileSync(
      join(repo.dir, ".github", "carbon-budget.yml"),
      "version: 1\nbudgets:\n  steps:\n    train: { co2e: 0.15 kg, warn: 135 g }\n",
    );
    mkdirSync(join(repo.dir, "sub"));
    const result = await runCli(["dashboard"], {
      cwd: join(repo.dir, "sub"),
      env: { PATH: `${nodeDir}:/usr/bin:/bin` },
    });
    expect(result.code).toBe(0);
    // Outside the working folder: the full path.
    expect(result.stdout).toContain(`  wrote ${join(repo.dir, ".carbon-budget", "index.html")}\n`);
    const data = embedded(readFileSync(join(repo.dir, ".carbon-budget", "index.html"), "utf8"));
    // 0.15 kg = 150 g.
    expect(data.branches[0].steps[0].budget).toEqual({ co2e_g: 150, co2e_warn_g: 135 });
    expect(readFileSync(join(repo.dir, ".carbon-budget", "badge-train.svg"), "utf8")).toContain(
      "budget 150 g: within",
    );
  });

  it("warns about a file it cannot read and draws the rest", async () => {
    const store = writeLocalHistory(repo.dir, sampleHistory());
    writeFileSync(join(store, "v1", "main", sha(1), "broken.json"), "{");
    const result = await dashboard([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^carbon-budget: warning: .*broken\.json: not JSON .*\(skipped\)\n$/);
    expect(result.stdout).toContain("10 runs from");
  });

  it.each([
    [
      "no history yet",
      [],
      /^carbon-budget: --history: ".*\/\.carbon-budget" is not valid; there is no run history here yet: `carbon-budget run -- COMMAND` records one/,
    ],
    [
      "a folder that is no history",
      ["--history", "."],
      /^carbon-budget: --history: ".*" is not valid; it has no v1\/ folder; give/,
    ],
    [
      "a mistyped option",
      ["--histroy", "x"],
      /^carbon-budget dashboard: "--histroy" is not valid; .*; did you mean --history\?/,
    ],
    [
      "a config file that is not there",
      ["--history", "data", "--config", "nope.yml"],
      /^carbon-budget: --config: "nope.yml" is not valid; no such file\n$/,
    ],
  ])("answers %s with exit 2 and one message", async (_what, args, message) => {
    writeDataBranch(join(repo.dir, "data"), sampleHistory());
    const result = await dashboard(args);
    expect(result.code).toBe(2);
    expect(
      result.stderr.replace(/^carbon-budget: carbon-budget dashboard/, "carbon-budget dashboard"),
    ).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("answers --help on stdout", async () => {
    const result = await dashboard(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^usage: carbon-budget dashboard \[--history DIR\] \[--out DIR\] \[--config FILE\]\n/,
    );
  });
});
