/**
 * One user selector, several ways a series may spell it. Prometheus renames a target label a series
 * already has to `exported_<name>` when honor_labels is off (the GPU Operator's default for `pod`,
 * `namespace`, `container`); dcgm-exporter has written its node label `Hostname` and `hostname`; Kepler
 * calls a pod `pod_name`. Each form is one spelling for every matcher; the forms are queried together
 * and the series they find are de-duplicated.
 */
import type { Matcher } from "./selector.js";

/** Labels that name the machine, in any exporter's spelling. */
export const NODE_LABELS = ["Hostname", "hostname", "node", "node_name", "nodename", "kubernetes_node"];

/** For a label the user named, the names a series of this metric set may carry it under, best first. */
export type Alternatives = (name: string) => string[];

/** Beyond this many combinations, only the all-first and all-last spellings are tried. */
const MAX_FORMS = 16;

export function selectorForms(user: readonly Matcher[], alternatives: Alternatives): Matcher[][] {
  const choices = user.map((m) => [...new Set(alternatives(m.name))]);
  const count = choices.reduce((n, c) => n * c.length, 1);
  const combos: string[][] =
    count <= MAX_FORMS
      ? choices.reduce<string[][]>(
          (acc, c) => acc.flatMap((prefix) => c.map((name) => [...prefix, name])),
          [[]],
        )
      : [choices.map((c) => c[0]), choices.map((c) => c[c.length - 1])];
  const seen = new Set<string>();
  const forms: Matcher[][] = [];
  for (const names of combos) {
    // A form naming one label twice (two user labels mapped onto one) can still be valid PromQL.
    const form = user.map((m, i) => ({ ...m, name: names[i] }));
    const key = JSON.stringify(form);
    if (!seen.has(key)) {
      seen.add(key);
      forms.push(form);
    }
  }
  return forms;
}

/** `pod` -> [pod, exported_pod]; a label already `exported_` or one the exporter owns stays as it is. */
export function withExported(name: string, own: ReadonlySet<string>): string[] {
  if (name.startsWith("exported_") || own.has(name)) return [name];
  return [name, `exported_${name}`];
}

/** A series' labels as one stable key (the same series found through two forms is one series). */
export function signature(labels: Readonly<Record<string, string>>): string {
  return JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]]),
  );
}

/** A label under the first of several names it may have. */
export function firstLabel(
  labels: Readonly<Record<string, string>>,
  names: readonly string[],
): string | undefined {
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}
