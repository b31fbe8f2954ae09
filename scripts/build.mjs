// Rebuilds dist/ from empty: the CLI bundle, the action bundles (when present), and koffi's runtime.
// koffi stays outside the bundles: its loader finds the native module relative to its own files, which
// ncc would move. So dist/node_modules carries koffi's JS and the Linux x64 and arm64 native packages.
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const ncc = join(root, "node_modules", ".bin", "ncc");

const bundles = [
  { entry: "src/cli/index.ts", out: "dist/cli", bin: true },
  { entry: "src/action/index.ts", out: "dist" },
  { entry: "src/action/post-index.ts", out: "dist/post" },
];

rmSync(dist, { recursive: true, force: true });
// The bundles are independent: built side by side, the build takes the time of the largest.
await Promise.all(
  bundles
    .filter(({ entry }) => existsSync(join(root, entry)))
    .map(async ({ entry, out, bin }) => {
      const { stderr } = await promisify(execFile)(
        ncc,
        ["build", entry, "-o", out, "-e", "koffi", "--no-source-map-register", "-q"],
        { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      );
      if (stderr) process.stderr.write(stderr);
      if (bin) {
        const file = join(root, out, "index.js");
        const text = readFileSync(file, "utf8");
        writeFileSync(file, `#!/usr/bin/env node\n${text.replace(/^#!.*\n/, "")}`);
        chmodSync(file, 0o755);
      }
    }),
);

const koffiDir = join(root, "node_modules", "koffi");
const koffiVersion = JSON.parse(readFileSync(join(koffiDir, "package.json"), "utf8")).version;
const koffiOut = join(dist, "node_modules", "koffi");
for (const file of [
  "package.json",
  "index.js",
  "LICENSE.txt",
  "src/koffi/index.js",
  "src/koffi/src/static.js",
]) {
  if (!existsSync(join(koffiDir, file))) continue;
  mkdirSync(dirname(join(koffiOut, file)), { recursive: true });
  cpSync(join(koffiDir, file), join(koffiOut, file));
}

for (const arch of ["x64", "arm64"]) {
  const name = `@koromix/koffi-linux-${arch}`;
  const out = join(dist, "node_modules", name);
  const installed = join(root, "node_modules", name);
  if (existsSync(installed)) {
    copyNativePackage(installed, out);
    continue;
  }
  // npm installs only this machine's native package; the other comes from the registry tarball of
  // the exact same version, cached so repeated builds stay offline.
  const cache = join(tmpdir(), "carbon-budget-koffi", `${arch}-${koffiVersion}`);
  if (!existsSync(join(cache, "package", "package.json"))) {
    mkdirSync(cache, { recursive: true });
    const tarball = execFileSync("npm", ["pack", `${name}@${koffiVersion}`, "--silent"], { cwd: cache })
      .toString()
      .trim()
      .split("\n")
      .pop();
    execFileSync("tar", ["-xzf", tarball], { cwd: cache });
  }
  copyNativePackage(join(cache, "package"), out);
}

function copyNativePackage(from, to) {
  mkdirSync(to, { recursive: true });
  for (const file of ["package.json", "index.js", "LICENSE.txt"]) {
    if (existsSync(join(from, file))) cpSync(join(from, file), join(to, file));
  }
  // glibc build only: the runners we target (GitHub-hosted and the usual self-hosted images) are glibc.
  const glibc = `linux_${to.endsWith("arm64") ? "arm64" : "x64"}`;
  cpSync(join(from, glibc), join(to, glibc), { recursive: true });
}
