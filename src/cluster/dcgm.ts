/**
 * NVIDIA's dcgm-exporter: DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION (mJ since the driver loaded, a counter)
 * for every GPU that has it, DCGM_FI_DEV_POWER_USAGE (W, a gauge) integrated for the ones that do not.
 * Labels: `UUID` (`uuid` in the old namespace), `gpu` (index), `modelName`, `Hostname`/`hostname`,
 * `GPU_I_PROFILE`/`GPU_I_ID` on MIG instances; `pod`/`namespace`/`container` with the Kubernetes
 * mapping, `hpc_job` with the HPC mapping. One GPU is one UUID: MIG instance series repeat the whole
 * GPU's energy, so a UUID's series are combined, never summed.
 */
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
import { firstLabel, selectorForms, withExported } from "./selector-forms.js";
import { combineSeries } from "./series-integrator.js";
import type { Window } from "./window.js";

export const DCGM_ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
export const DCGM_POWER = "DCGM_FI_DEV_POWER_USAGE";

/** NVML's stated accuracy, which DCGM reads through: the same ±5% as our own NVML readings. */
const LOW_FACTOR = 0.95;
const HIGH_FACTOR = 1.05;

const OWN = new Set([
  "gpu",
  "UUID",
  "uuid",
  "pci_bus_id",
  "device",
  "modelName",
  "Hostname",
  "hostname",
  "GPU_I_PROFILE",
  "GPU_I_ID",
  "DCGM_FI_DRIVER_VERSION",
  "hpc_job",
]);
const SPELLINGS: Record<string, string[]> = {
  Hostname: ["Hostname", "hostname"],
  hostname: ["hostname", "Hostname"],
  UUID: ["UUID", "uuid"],
  uuid: ["uuid", "UUID"],
};
export const UUID_LABELS = ["UUID", "uuid"];
const NODE_OF = ["Hostname", "hostname", "node", "kubernetes_node", "instance"];

export const uuidOf = (labels: Readonly<Record<string, string>>) => firstLabel(labels, UUID_LABELS);

export const dcgm: MetricSetModule = {
  set: "dcgm",
  candidates(user: readonly Matcher[]) {
    const forms = selectorForms(user, (name) => SPELLINGS[name] ?? withExported(name, OWN));
    const candidates: Candidate[] = forms.map((matchers) => ({
      set: "dcgm",
      role: "gpu",
      names: [DCGM_ENERGY, DCGM_POWER],
      matchers,
    }));
    return { candidates, dropped: [] };
  },
  value(labels) {
    return labels.__name__ === DCGM_ENERGY
      ? { mode: "counter", joulesPerUnit: 0.001 }
      : { mode: "gauge", joulesPerUnit: 1 };
  },
  node: (labels) => firstLabel(labels, NODE_OF) ?? "unknown node",
  components(series: readonly IntegratedSeries[], window: Window): SetOutcome {
    const groups = new Map<string, IntegratedSeries[]>();
    for (const s of series) {
      const key = uuidOf(s.labels) ?? `${dcgm.node(s.labels)}:${s.labels.gpu ?? "?"}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const components: ComponentEnergy[] = [];
    let fromPower = 0;
    for (const [key, members] of groups) {
      const counters = members.filter((m) => m.labels.__name__ === DCGM_ENERGY);
      const used = counters.length > 0 ? counters : members;
      if (counters.length === 0) fromPower++;
      const result = combineSeries(used.map((m) => m.result));
      const { labels } = used[0];
      const node = dcgm.node(labels);
      const { anomalies, ...facts } = measuredFacts(result, window);
      const instances = new Set(used.map((m) => m.labels.GPU_I_ID).filter((id) => id !== undefined));
      const notes = [
        ...(counters.length === 0
          ? [`no energy counter for this GPU: ${DCGM_POWER} (W) integrated between samples`]
          : []),
        ...(instances.size > 0
          ? [
              `MIG: the energy is the whole GPU's, work on its other instances included (${instances.size} instance series selected, counted once)`,
            ]
          : []),
        ...anomalies,
      ];
      const uuid = uuidOf(labels);
      components.push({
        kind: "gpu",
        device: `${node}:${labels.gpu ?? key}`,
        ...(labels.modelName && { model: labels.modelName }),
        method: "measured",
        source: SOURCE_OF.dcgm,
        energy_j: result.energyJ,
        low_factor: LOW_FACTOR,
        high_factor: HIGH_FACTOR,
        ...facts,
        node,
        ...(uuid && { uuid }),
        notes,
      });
    }
    components.sort((a, b) => (a.device ?? "").localeCompare(b.device ?? "", "en", { numeric: true }));
    const notes = [
      `prometheus:dcgm: each GPU's own energy, whole GPU (idle included, every process on it), from ${
        fromPower === components.length
          ? `${DCGM_POWER} (W) integrated between samples`
          : `${DCGM_ENERGY} (mJ)${fromPower > 0 ? `, and ${DCGM_POWER} for ${fromPower} GPUs without it` : ""}`
      }`,
    ];
    return { components, notes };
  },
};
