// Fails when dist/ does not match a build from empty of the current sources (untracked files included).
import { execFileSync } from "node:child_process";

execFileSync("node", ["scripts/build.mjs"], { stdio: "inherit" });
const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", "dist"])
  .toString()
  .trim();
if (changed) {
  console.error(`dist/ is stale: rebuild with \`npm run build\` and commit it.\n${changed}`);
  process.exitCode = 1;
} else {
  console.error("dist/ is up to date.");
}
