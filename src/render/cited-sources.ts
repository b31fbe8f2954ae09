/**
 * The pages our own tables cite (`data/*.json`, every `url`): the only links a report's text keeps
 * live. A note names its source's URL ("TDP 280 W (AMD EPYC 7763, https://www.amd.com/...)"), and a
 * reader should be able to follow it; any other URL in a report's text, which a pull request may
 * have written, is shown as text.
 */
import cloudRegions from "../../data/cloud-regions.json" with { type: "json" };
import cpus from "../../data/cpus.json" with { type: "json" };
import embodied from "../../data/embodied.json" with { type: "json" };
import equivalents from "../../data/equivalents.json" with { type: "json" };
import gpus from "../../data/gpus.json" with { type: "json" };

function urlsIn(value: unknown, key = ""): string[] {
  if (typeof value === "string") return key === "url" && /^https?:\/\/\S+$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => urlsIn(item));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([name, item]) => urlsIn(item, name));
  return [];
}

export const CITED_URLS: ReadonlySet<string> = new Set(
  urlsIn([cloudRegions, cpus, embodied, equivalents, gpus]),
);
