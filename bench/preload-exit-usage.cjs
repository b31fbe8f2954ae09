// Loaded with `node --require` into the CLI under test (and nothing else): at exit, writes the process's
// own CPU time and peak RSS to BENCH_EXIT_USAGE_FILE. Children the CLI waited for are not in these figures.
const { writeFileSync } = require("node:fs");

const out = process.env.BENCH_EXIT_USAGE_FILE;
if (out) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        pid: process.pid,
        userUs: usage.userCPUTime,
        systemUs: usage.systemCPUTime,
        maxRssKb: usage.maxRSS,
      }),
    );
  });
}
