/**
 * SCI's resource share for the server platform (RR / ToR): this machine's vCPUs over its host's. Bare
 * metal is its own host. A VM's host is, best first: what the user says (`--host-vcpus`, config
 * `hardware.host_vcpus`); its instance type's family in data/cloud-hosts.json; a 2-socket server of
 * its CPU model (data/cpus.json); a stated default host, with a range. Never the whole server for a VM:
 * that would charge a 2-vCPU job for 96 others. Pure.
 */
import { z } from "zod";
import table from "../../data/cloud-hosts.json" with { type: "json" };
import { sourceSchema } from "../hardware/table-schema.js";

const familySchema = z.strictObject({
  provider: z.enum(["aws"]),
  family: z.string().regex(/^[a-z][a-z0-9-]*$/),
  host_vcpus: z.number().int().positive(),
  /** The size whose vCPUs are the host's: the bare-metal one, or the largest. */
  size: z.string().min(1),
  source: sourceSchema,
  note: z.string().min(1).optional(),
});

export const cloudHostsSchema = z.strictObject({
  description: z.string(),
  families: z.array(familySchema).min(1),
  cpu_host: z.strictObject({
    sockets: z.number().int().positive(),
    low_sockets: z.number().int().positive(),
    source: sourceSchema,
    note: z.string().min(1),
  }),
  default_host: z.strictObject({
    vcpus: z.number().int().positive(),
    low_vcpus: z.number().int().positive(),
    high_vcpus: z.number().int().positive(),
    source: sourceSchema,
    range: z.string().min(1),
    range_sources: z.array(sourceSchema).min(1),
    note: z.string().min(1),
  }),
});

/** Parsed once at load: a bad row in our own table should fail every test. */
export const CLOUD_HOSTS = cloudHostsSchema.parse(table);

/** What the host is known by; `platform` as measure/platform.ts classifies it. */
export interface HostFacts {
  /** vCPUs (hardware threads) this machine sees; 0 when unknown. */
  vcpus: number;
  platform: { kind: "bare-metal" | "vm" | "unknown"; instanceType?: string };
  /** How the machine was named in the report: "a VM (Amazon EC2 m5.large)". */
  platformText: string;
  /** The CPU model's name and hardware threads per socket, when the CPU table knows it. */
  cpu?: { name: string; threads?: number };
  /** Sockets this machine sees (a VM's, not its host's). */
  sockets: number;
  /** Given by the user: the host's vCPUs. */
  declaredHostVcpus?: number;
}

export interface HostShare {
  vcpusUsed: number;
  /** The host's vCPUs, and the range it may lie in when it is not known exactly. */
  vcpusTotal: number;
  vcpusTotalLow?: number;
  vcpusTotalHigh?: number;
  /** Where the host's size came from, for the embodied note. */
  basis: string;
  /** What the user can do to make it exact, when it is an estimate. */
  note?: string;
}

export const HOST_VCPUS_HOW =
  "give the host's vCPUs in the config's hardware.host_vcpus (or run's --host-vcpus N) to make the share exact";

const familyOf = (instanceType: string) => instanceType.split(".")[0] ?? "";

/** The host this machine's share is taken of; undefined when its own vCPUs are unknown. */
export function hostShare(facts: HostFacts): HostShare | undefined {
  const used = facts.vcpus;
  if (!(used > 0)) return undefined;
  const capped = (total: number) => Math.max(total, used);
  if (facts.declaredHostVcpus !== undefined) {
    return { vcpusUsed: used, vcpusTotal: capped(facts.declaredHostVcpus), basis: "host vCPUs as given" };
  }
  if (facts.platform.kind === "bare-metal") {
    return { vcpusUsed: used, vcpusTotal: used, basis: `${facts.platformText}: its own host` };
  }
  const type = facts.platform.instanceType;
  const family = type && CLOUD_HOSTS.families.find((row) => row.family === familyOf(type));
  if (type && family) {
    return {
      vcpusUsed: used,
      vcpusTotal: capped(family.host_vcpus),
      basis: `${type}: a ${family.family} host has ${family.host_vcpus} vCPUs (${family.size}, data/cloud-hosts.json)`,
      ...(family.note && { note: `${family.note} ${capitalised(HOST_VCPUS_HOW)}` }),
    };
  }
  const vm = facts.platform.kind === "vm" ? facts.platformText : "this machine, perhaps a VM,";
  const threads = facts.cpu?.threads;
  if (threads !== undefined && facts.platform.kind === "vm") {
    const { sockets, low_sockets: lowSockets } = CLOUD_HOSTS.cpu_host;
    return {
      vcpusUsed: used,
      vcpusTotal: capped(threads * sockets),
      vcpusTotalLow: capped(threads * lowSockets),
      vcpusTotalHigh: capped(threads * sockets),
      basis: `a ${sockets}-socket host of its CPU (${facts.cpu?.name}, ${threads} threads per socket)`,
      note: `${capitalised(vm)} does not say its host (taken as ${lowSockets} to ${sockets} sockets of its CPU); ${HOST_VCPUS_HOW}`,
    };
  }
  if (threads !== undefined) {
    // No DMI: most likely bare metal or a container on it; the sockets seen are then the host's.
    const total = threads * Math.max(1, facts.sockets);
    return {
      vcpusUsed: used,
      vcpusTotal: capped(total),
      basis: `its CPU (${facts.cpu?.name}): ${threads} threads x ${Math.max(1, facts.sockets)} socket(s)`,
      note: `${capitalised(vm)} does not say what it is (no DMI): its host is taken to be the sockets it sees; ${HOST_VCPUS_HOW}`,
    };
  }
  const host = CLOUD_HOSTS.default_host;
  return {
    vcpusUsed: used,
    vcpusTotal: capped(host.vcpus),
    vcpusTotalLow: capped(host.low_vcpus),
    vcpusTotalHigh: capped(host.high_vcpus),
    basis: `a default host of ${host.vcpus} vCPUs (${host.low_vcpus}-${host.high_vcpus}, data/cloud-hosts.json)`,
    note: `${capitalised(vm)} does not say its host, and its CPU is not in data/cpus.json; ${HOST_VCPUS_HOW}`,
  };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
