/**
 * The methods table of the comment (pure): how each number was obtained, one row per component. A
 * cluster's devices (64 nodes x 8 GPUs) would be hundreds of rows saying the same thing, so remote
 * devices of one step, kind, model, method and source share a row that says how many there are and on
 * how many nodes; every row still names its method and source.
 */
import type { Report, ReportComponent } from "../report/schema.js";
import { escapeMarkdown as esc } from "./escape.js";
import { formatEnergy, formatPower } from "./format.js";

/** The table's lines (header included), or none when no step has components. */
export function methodsTable(report: Pick<Report, "steps">): string[] {
  const rows = report.steps.flatMap((step) => groupComponents(step.components).map((g) => row(step.name, g)));
  if (rows.length === 0) return [];
  return [
    "| Step | Component | Method | Source | Energy | Avg power |",
    "| --- | --- | --- | --- | ---: | ---: |",
    ...rows,
  ];
}

/** A local component alone, or remote devices that differ only in their node, UUID and figures. */
export interface ComponentGroup {
  first: ReportComponent;
  count: number;
  nodes: number;
  energyKwh: number;
  /** The devices' powers summed, like their energy; undefined when any device has none. */
  powerW?: number;
}

export function groupComponents(components: readonly ReportComponent[]): ComponentGroup[] {
  const groups = new Map<string, { members: ReportComponent[] }>();
  const order: { members: ReportComponent[] }[] = [];
  for (const [index, c] of components.entries()) {
    // Local devices keep a row each (GPU 0, GPU 1): a runner has few, and each has its own sensor.
    const key =
      c.node === undefined ? `local:${index}` : JSON.stringify([c.kind, c.model ?? "", c.method, c.source]);
    let group = groups.get(key);
    if (!group) {
      group = { members: [] };
      groups.set(key, group);
      order.push(group);
    }
    group.members.push(c);
  }
  return order.map(({ members }) => {
    const [first] = members as [ReportComponent, ...ReportComponent[]];
    const powers = members.map((m) => m.avg_power_w);
    return {
      first,
      count: members.length,
      nodes: new Set(members.map((m) => m.node)).size,
      energyKwh: members.reduce((sum, m) => sum + m.energy_kwh, 0),
      ...(powers.every((p) => p !== undefined) && {
        powerW: powers.reduce<number>((sum, p) => sum + (p ?? 0), 0),
      }),
    };
  });
}

function row(step: string, group: ComponentGroup): string {
  const c = group.first;
  const device =
    group.count === 1
      ? [c.kind.toUpperCase(), c.device, c.model].filter(Boolean).map(String).join(" ")
      : `${group.count} × ${[c.kind.toUpperCase(), c.model].filter(Boolean).join(" ")} on ${group.nodes} node${group.nodes === 1 ? "" : "s"}`;
  const power = group.powerW !== undefined ? formatPower(group.powerW) : "–";
  return `| ${esc(step)} | ${esc(device)} | ${c.method} | ${esc(c.source)} | ${formatEnergy(group.energyKwh)} | ${power} |`;
}

const PLURAL: Record<string, string> = { gpu: "GPUs", cpu: "CPUs", ram: "RAM domains", node: "nodes" };

/**
 * The notes on a step's components, as markdown list items' text: a note many devices share (every
 * node's "whole node, idle included") is said once, with how many devices it is about.
 */
export function componentNotes(step: { name: string; components: readonly ReportComponent[] }): string[] {
  const counts = new Map<string, { kind: string; note: string; count: number }>();
  for (const c of step.components) {
    for (const note of c.notes ?? []) {
      const key = JSON.stringify([c.kind, note]);
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { kind: c.kind, note, count: 1 });
    }
  }
  return [...counts.values()].map(
    ({ kind, note, count }) =>
      `${esc(step.name)} ${kind}: ${esc(note)}${count > 1 ? ` (${count} ${PLURAL[kind] ?? "devices"})` : ""}`,
  );
}
