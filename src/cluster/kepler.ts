/**
 * Kepler's energy counters (joules). Since 0.10: `kepler_{pod,container,node}_cpu_joules_total` with a
 * `zone` label (package, core, uncore, dram, psys: the zones overlap, so only `package` is CPU and
 * `dram` is RAM, never a sum of zones) and `kepler_{pod,container,node}_gpu_joules_total`; a pod is
 * `pod_name`/`pod_namespace`, a node `node_name`, and a pod that ended turns from `state="running"` to
 * `state="terminated"` (two series, one pod). Before 0.10: `kepler_container_{package,dram,gpu}_joules_total`
 * and `kepler_node_{package,dram,gpu}_joules_total` with `mode="dynamic"|"idle"` and pods as
 * `pod_name`/`container_namespace`. A selector naming pods reads the pod (or container) level, else the
 * node level.
 */

import { PACKAGE_FACTORS } from "../measure/rapl-meter.js";
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
import { firstLabel, NODE_LABELS, selectorForms, signature, withExported } from "./selector-forms.js";
import { combineSeries, type SeriesResult, sumSeries } from "./series-integrator.js";
import type { Window } from "./window.js";

const OWN = new Set([
  "zone",
  "path",
  "node_name",
  "pod_id",
  "pod_name",
  "pod_namespace",
  "container_id",
  "container_name",
  "container_namespace",
  "runtime",
  "state",
  "mode",
  "gpu",
  "gpu_uuid",
  "gpu_name",
  "vendor",
  "package",
]);
const POD_LABELS = new Set(["pod", "namespace", "pod_name", "pod_namespace", "pod_id"]);
const CONTAINER_LABELS = new Set(["container", "container_name", "container_id", "container_namespace"]);
const bare = (name: string) => name.replace(/^exported_/, "");
const isNodeLabel = (name: string) => NODE_LABELS.includes(bare(name));

type Level = "pod" | "container" | "node";

/** A user label in Kepler's spelling at a level; [] when that level has no such label. */
function spell(level: Level, old: boolean, name: string): string[] {
  const b = bare(name);
  if (isNodeLabel(name)) {
    if (!old) return ["node_name", name];
    return level === "node" ? [name, "exported_instance", "instance"] : [name, "instance"];
  }
  if (b === "pod") return ["pod_name"];
  if (b === "namespace") return [old ? "container_namespace" : "pod_namespace"];
  if (b === "container") return level === "pod" ? [] : ["container_name"];
  if (level === "pod" && CONTAINER_LABELS.has(b)) return [];
  return withExported(name, OWN);
}

const PREFIX = "kepler_";

export const kepler: MetricSetModule = {
  set: "kepler",
  candidates(user: readonly Matcher[]) {
    const names = user.map((m) => bare(m.name));
    const level: Level = names.some((n) => POD_LABELS.has(n))
      ? "pod"
      : names.some((n) => CONTAINER_LABELS.has(n))
        ? "container"
        : "node";
    const candidates: Candidate[] = [];
    const dropped = new Set<string>();
    const add = (
      old: boolean,
      lvl: Level,
      role: Candidate["role"],
      metricNames: string[],
      extra: Matcher[],
    ) => {
      const kept = user.filter((m) => spell(lvl, old, m.name).length > 0);
      for (const m of user) if (!kept.includes(m)) dropped.add(m.name);
      for (const form of selectorForms(kept, (name) => spell(lvl, old, name))) {
        candidates.push({ set: "kepler", role, names: metricNames, matchers: [...form, ...extra] });
      }
    };
    // 0.10 and later: one CPU metric per level, zones as a label (only package and dram are fetched).
    add(
      false,
      level,
      "cpu",
      [`${PREFIX}${level}_cpu_joules_total`],
      [{ name: "zone", op: "=~", value: "package|dram" }],
    );
    add(false, level, "gpu", [`${PREFIX}${level}_gpu_joules_total`], []);
    // Before 0.10: containers (pods are their labels) and nodes, one metric per component.
    const oldLevel = level === "node" ? "node" : "container";
    add(
      true,
      oldLevel,
      "cpu",
      [`${PREFIX}${oldLevel}_package_joules_total`, `${PREFIX}${oldLevel}_dram_joules_total`],
      [],
    );
    add(true, oldLevel, "gpu", [`${PREFIX}${oldLevel}_gpu_joules_total`], []);
    return { candidates, dropped: [...dropped] };
  },
  value: () => ({ mode: "counter", joulesPerUnit: 1 }),
  node: (labels) =>
    firstLabel(labels, ["node_name", "node", "exported_instance", "instance"]) ?? "unknown node",
  components(series: readonly IntegratedSeries[], window: Window): SetOutcome {
    // One workload's series over time (running, then terminated) combine; workloads add up per node.
    const workloads = new Map<string, Device>();
    for (const s of series) {
      const kind = kindOf(s.labels);
      if (!kind) continue;
      const node = kepler.node(s.labels);
      const { state: _state, ...identity } = s.labels;
      const device = kind === "gpu" && s.labels.gpu_uuid ? `gpu:${s.labels.gpu_uuid}` : kind;
      const key = `${node}\u0000${device}\u0000${signature(identity)}`;
      const entry = workloads.get(key) ?? {
        kind,
        node,
        labels: s.labels,
        results: [],
        names: new Set<string>(),
      };
      entry.names.add(firstLabel(s.labels, ["pod_id", "pod_name", "container_id", "container_name"]) ?? node);
      entry.results.push(s.result);
      workloads.set(key, entry);
    }
    const devices = new Map<string, Device>();
    for (const [key, entry] of workloads) {
      const deviceKey = key.split("\u0000").slice(0, 2).join("\u0000");
      const target = devices.get(deviceKey) ?? { ...entry, results: [], names: new Set<string>() };
      target.results.push(combineSeries(entry.results));
      for (const n of entry.names) target.names.add(n);
      devices.set(deviceKey, target);
    }
    const components = [...devices.values()].map((entry) => toComponent(entry, window));
    components.sort(
      (a, b) =>
        (a.device ?? "").localeCompare(b.device ?? "", "en", { numeric: true }) ||
        a.kind.localeCompare(b.kind),
    );
    return { components, notes: [] };
  },
};

interface Device {
  kind: ComponentEnergy["kind"];
  node: string;
  labels: Record<string, string>;
  results: SeriesResult[];
  /** The pods or containers whose energy this is. */
  names: Set<string>;
}

function toComponent(entry: Device, window: Window): ComponentEnergy {
  const result = sumSeries(entry.results);
  const { anomalies, ...facts } = measuredFacts(result, window);
  const uuid = entry.kind === "gpu" ? entry.labels.gpu_uuid : undefined;
  const name = entry.labels.__name__ ?? "";
  const level: Level = name.includes("_pod_") ? "pod" : name.includes("_container_") ? "container" : "node";
  return {
    kind: entry.kind,
    device: uuid ? `${entry.node}:${entry.labels.gpu ?? uuid}` : entry.node,
    ...(uuid && entry.labels.gpu_name && { model: entry.labels.gpu_name }),
    method: "measured",
    source: SOURCE_OF.kepler,
    energy_j: result.energyJ,
    low_factor: PACKAGE_FACTORS.low,
    high_factor: PACKAGE_FACTORS.high,
    ...facts,
    node: entry.node,
    ...(uuid && { uuid }),
    notes: [counts(entry.kind, level, entry.labels.mode !== undefined, entry.names.size), ...anomalies],
  };
}

function kindOf(labels: Readonly<Record<string, string>>): ComponentEnergy["kind"] | undefined {
  const name = labels.__name__ ?? "";
  if (name.endsWith("_gpu_joules_total")) return "gpu";
  if (name.endsWith("_package_joules_total")) return "cpu";
  if (name.endsWith("_dram_joules_total")) return "ram";
  if (name.endsWith("_cpu_joules_total"))
    return labels.zone === "package" ? "cpu" : labels.zone === "dram" ? "ram" : undefined;
  return undefined;
}

/** What Kepler's figure counts, said on every component it gives. */
function counts(kind: ComponentEnergy["kind"], level: Level, old: boolean, workloads: number): string {
  const what =
    kind === "cpu"
      ? "CPU package energy (zone package)"
      : kind === "ram"
        ? "DRAM energy (zone dram)"
        : "GPU energy";
  if (level === "node") return `Kepler: the whole node's ${what}, idle included`;
  const whose = `${workloads} selected ${level}${workloads === 1 ? "" : "s"}`;
  return old
    ? `Kepler (before 0.10, modes dynamic + idle): the ${what} Kepler apportions to ${whose}; idle energy only where Kepler shares it out`
    : `Kepler: the active ${what} Kepler apportions to ${whose} by CPU time; idle energy is not attributed to ${level}s`;
}
