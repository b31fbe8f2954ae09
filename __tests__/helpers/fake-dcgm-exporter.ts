/**
 * A stand-in dcgm-exporter: one GPU whose energy counter grows at a fixed power, served in the text
 * exposition format with an explicit timestamp on each sample, so the value Prometheus stores is
 * exactly `watts x (timestamp - start)` however late the scrape. Its energy over any window is then
 * `watts x window`, to the millisecond.
 */
import { createServer, type Server } from "node:http";

export interface FakeDcgmExporter {
  port: number;
  stop(): Promise<void>;
}

export async function startFakeDcgmExporter(options: {
  watts: number;
  labels: Record<string, string>;
}): Promise<FakeDcgmExporter> {
  const startMs = Date.now();
  const labels = Object.entries(options.labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(",");
  const server: Server = createServer((request, response) => {
    if (request.url !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    const now = Date.now();
    // W x ms = mJ: the counter in mJ since the exporter started.
    const millijoules = options.watts * (now - startMs);
    response.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    response.end(
      [
        "# HELP DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION Total energy consumption since boot (in mJ).",
        "# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter",
        `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${labels}} ${millijoules} ${now}`,
        "",
      ].join("\n"),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Prometheus keeps its scrape connection alive; close it rather than wait for it.
        server.closeAllConnections();
      }),
  };
}
