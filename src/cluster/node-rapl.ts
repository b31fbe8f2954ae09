/**
 * node_exporter's RAPL collector: `node_rapl_<zone>_joules_total{index,path}` per zone and socket, or
 * with --collector.rapl.enable-zone-label one `node_rapl_joules_total{rapl_zone}`. The whole node: every
 * process on it, idle included. Only `package` (CPU) and `dram` (RAM) are read: `core` and `uncore` sit
 * inside `package`, `psys` around it. The same socket read through MSR and MMIO (`intel-rapl-mmio`
 * paths) is one socket. The node is `instance` (kube-prometheus relabels it to the node's name), or
 * `node`/`nodename` where a relabeling adds one.
 */

import { DRAM_FACTORS, PACKAGE_FACTORS } from "../measure/rapl-meter.js";
import type { ComponentEnergy } from "../measure/types.js";
import {
  type Candidate,
  type IntegratedSeries,
  type MetricSetModule,
  measuredFacts,
  type SetOutcome,
  SOURCE_OF,
} from "./metric-set.js";
import type { Matcher } from "./selector.js";
import { firstLabel, NODE_LABELS, selectorForms, withExported } from "./selector-forms.js";
import { combineSeries, sumSeries } from "./series-integrator.js";
import type { Window } from "./window.js";

const OWN = new Set(["index", "path", "rapl_zone"]);
const PER_ZONE = ["node_rapl_package_joules_total", "node_rapl_dram_joules_total"];
const ZONE_LABELLED = "node_rapl_joules_total";

function spell(name: string): string[] {
  if (NODE_LABELS.includes(name.replace(/^exported_/, ""))) return [name, "instance", "node"];
  return withExported(name, OWN);
}

const zoneOf = (labels: Readonly<Record<string, string>>) =>
  labels.rapl_zone ?? /^node_rapl_(\w+)_joules_total$/.exec(labels.__name__ ?? "")?.[1];

export const nodeRapl: MetricSetModule = {
  set: "node-rapl",
  candidates(user: readonly Matcher[]) {
    const candidates: Candidate[] = [];
    for (const form of selectorForms(user, spell)) {
      candidates.push({ set: "node-rapl", role: "cpu", names: PER_ZONE, matchers: form });
      candidates.push({
        set: "node-rapl",
        role: "cpu",
        names: [ZONE_LABELLED],
        matchers: [...form, { name: "rapl_zone", op: "=~", value: "package|dram" }],
      });
    }
    return { candidates, dropped: [] };
  },
  value: () => ({ mode: "counter", joulesPerUnit: 1 }),
  node(labels) {
    const node = firstLabel(labels, ["node", "nodename", "instance"]) ?? "unknown node";
    // host:port, or [v6]:port, from a plain scrape target: the port is the exporter's, not the machine's.
    return node.replace(/^\[(.+)\]:\d+$/, "$1").replace(/^([^:]+):\d+$/, "$1");
  },
  components(series: readonly IntegratedSeries[], window: Window): SetOutcome {
    const sockets = new Map<string, { kind: "cpu" | "ram"; node: string; results: IntegratedSeries[] }>();
    for (const s of series) {
      const zone = zoneOf(s.labels);
      const kind = zone === "package" ? "cpu" : zone === "dram" ? "ram" : undefined;
      if (!kind) continue;
      const node = nodeRapl.node(s.labels);
      // MSR and MMIO paths of one socket share its index: the combine counts the socket once.
      const key = `${node}\u0000${kind}\u0000${s.labels.index ?? s.labels.path ?? ""}`;
      const entry = sockets.get(key) ?? { kind, node, results: [] };
      entry.results.push(s);
      sockets.set(key, entry);
    }
    const machines = new Map<
      string,
      { kind: "cpu" | "ram"; node: string; sockets: ReturnType<typeof combineSeries>[] }
    >();
    for (const entry of sockets.values()) {
      const key = `${entry.node}\u0000${entry.kind}`;
      const machine = machines.get(key) ?? { kind: entry.kind, node: entry.node, sockets: [] };
      machine.sockets.push(combineSeries(entry.results.map((r) => r.result)));
      machines.set(key, machine);
    }
    const components: ComponentEnergy[] = [...machines.values()].map((m) => {
      const result = sumSeries(m.sockets);
      const { anomalies, ...facts } = measuredFacts(result, window);
      const factors = m.kind === "cpu" ? PACKAGE_FACTORS : DRAM_FACTORS;
      const zone = m.kind === "cpu" ? "package" : "dram";
      return {
        kind: m.kind,
        device: m.node,
        method: "measured",
        source: SOURCE_OF["node-rapl"],
        energy_j: result.energyJ,
        low_factor: factors.low,
        high_factor: factors.high,
        ...facts,
        node: m.node,
        notes: [
          `node_exporter RAPL: the whole node's ${zone} energy (${m.sockets.length} socket${m.sockets.length === 1 ? "" : "s"}), every process on it, idle included`,
          ...anomalies,
        ],
      };
    });
    components.sort(
      (a, b) =>
        (a.device ?? "").localeCompare(b.device ?? "", "en", { numeric: true }) ||
        a.kind.localeCompare(b.kind),
    );
    return { components, notes: [] };
  },
};
