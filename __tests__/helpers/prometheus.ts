/**
 * A real Prometheus (Debian's package, /usr/bin/prometheus) on 127.0.0.1, on a free port, with a
 * temporary TSDB: back-filled from OpenMetrics with `promtool tsdb create-blocks-from openmetrics`
 * (timestamps in seconds, `# EOF` at the end), or scraping a target every second. Retention is a
 * century so the back-filled 2024 blocks are kept. `stop()` kills it and removes the TSDB; every test
 * that starts one stops it, also on failure.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PROMETHEUS = "/usr/bin/prometheus";
export const PROMTOOL = "/usr/bin/promtool";

export interface RunningPrometheus {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPrometheus(
  options: {
    /** OpenMetrics text to back-fill (ends with `# EOF`). */
    openMetrics?: string;
    /** A file of it, for inputs too big to hold (the benchmark's). */
    openMetricsFile?: string;
    /** `scrape_configs` entries, as YAML text under the key. */
    scrapeConfigs?: string;
    /** A web config file's text (basic_auth_users). */
    webConfig?: string;
  } = {},
): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), "carbon-budget-prometheus-"));
  const data = join(dir, "data");
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child?.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (options.openMetrics !== undefined || options.openMetricsFile) {
      const input = options.openMetricsFile ?? join(dir, "fixture.om");
      if (options.openMetrics !== undefined) writeFileSync(input, options.openMetrics);
      execFileSync(PROMTOOL, ["tsdb", "create-blocks-from", "openmetrics", input, data], {
        stdio: "pipe",
        maxBuffer: 64 << 20,
      });
    }
    const config = join(dir, "prometheus.yml");
    writeFileSync(
      config,
      `global: {}\n${options.scrapeConfigs ? `scrape_configs:\n${options.scrapeConfigs}` : ""}`,
    );
    const args = [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      "--storage.tsdb.retention.time=100y",
      "--web.enable-lifecycle",
    ];
    if (options.webConfig) {
      const web = join(dir, "web.yml");
      writeFileSync(web, options.webConfig);
      args.push(`--web.config.file=${web}`);
    }
    // A port can be taken between our check and Prometheus's bind: try a few.
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = await freePort();
      let log = "";
      child = spawn(PROMETHEUS, [...args, `--web.listen-address=127.0.0.1:${port}`], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      child.stderr?.on("data", (chunk) => {
        log = (log + chunk).slice(-4000);
      });
      const url = `http://127.0.0.1:${port}`;
      if (await ready(url, child)) return { url, port, stop };
      await stop().catch(() => undefined);
      if (!/address already in use/.test(log)) throw new Error(`prometheus did not start:\n${log}`);
    }
    throw new Error("prometheus: no free port after 5 tries");
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Up when its HTTP server answers (401 counts: the web config asks for credentials). */
async function ready(url: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) return false;
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.status === 200 || response.status === 401) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

export interface Series {
  name: string;
  labels: Record<string, string>;
  /** [Unix seconds, value] */
  samples: [number, number][];
}

/** OpenMetrics for promtool: one line per sample, no metadata (every metric is "unknown"), `# EOF`. */
export function openMetrics(series: readonly Series[]): string {
  const lines: string[] = [];
  for (const s of series) {
    const labels = Object.entries(s.labels)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(",");
    for (const [t, v] of s.samples) lines.push(`${s.name}{${labels}} ${v} ${t}`);
  }
  return `${lines.join("\n")}\n# EOF\n`;
}
