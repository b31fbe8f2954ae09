/**
 * A VM is charged its share of its host's embodied emissions (SCI's RR/ToR = its vCPUs / the host's),
 * never the whole server: the host from the user, the AWS instance type in DMI, the CPU model, or a
 * stated default.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/budget/load-config.js";
import { EMBODIED, embodiedForStep } from "../../src/carbon/embodied.js";
import { CLOUD_HOSTS, HOST_VCPUS_HOW, type HostFacts, hostShare } from "../../src/carbon/host-share.js";
import { parseRunArgs } from "../../src/cli/args.js";
import { readEnvironment } from "../../src/environment.js";
import { classifyPlatform, describePlatform, readPlatform } from "../../src/measure/platform.js";

const HOUR_OF_4_YEARS = 3600 / (4 * 365.25 * 86_400);

describe("classifyPlatform (DMI sys_vendor and product_name)", () => {
  it("reads an AWS VM's instance type, and a metal size as bare metal", () => {
    expect(classifyPlatform({ vendor: "Amazon EC2\n", product: "m5.large\n" })).toEqual({
      kind: "vm",
      vendor: "Amazon EC2",
      product: "m5.large",
      instanceType: "m5.large",
    });
    expect(classifyPlatform({ vendor: "Amazon EC2", product: "m7i.metal-48xl" }).kind).toBe("bare-metal");
  });

  it("knows the clouds' and hypervisors' own strings, and takes anything else for bare metal", () => {
    const kind = (vendor?: string, product?: string) =>
      classifyPlatform({ ...(vendor && { vendor }), ...(product && { product }) }).kind;
    expect(kind("Google", "Google Compute Engine")).toBe("vm");
    expect(kind("Microsoft Corporation", "Virtual Machine")).toBe("vm");
    expect(kind("QEMU", "Standard PC (Q35 + ICH9, 2009)")).toBe("vm");
    expect(kind("Xen", "HVM domU")).toBe("vm");
    expect(kind("VMware, Inc.", "VMware Virtual Platform")).toBe("vm");
    expect(kind("Microsoft Corporation", "Surface Laptop 5")).toBe("bare-metal");
    expect(kind("Dell Inc.", "PowerEdge R740")).toBe("bare-metal");
    // Firmware placeholders say nothing; nothing at all is unknown.
    expect(kind("To Be Filled By O.E.M.", "Default string")).toBe("unknown");
    expect(kind()).toBe("unknown");
  });

  it("reads the files under the DMI root (test seam CARBON_BUDGET_DMI_ROOT)", () => {
    const dir = mkdtempSync(join(tmpdir(), "carbon-budget-dmi-"));
    try {
      writeFileSync(join(dir, "sys_vendor"), "Amazon EC2\n");
      writeFileSync(join(dir, "product_name"), "c6i.xlarge\n");
      const { dmiRoot } = readEnvironment({ CARBON_BUDGET_DMI_ROOT: dir });
      expect(readPlatform(dmiRoot)).toMatchObject({ kind: "vm", instanceType: "c6i.xlarge" });
      expect(readPlatform(join(dir, "missing"))).toEqual({ kind: "unknown" });
      expect(readEnvironment({}).dmiRoot).toBe("/sys/class/dmi/id");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("hostShare", () => {
  const facts = (overrides: Partial<HostFacts>): HostFacts => {
    const platform = overrides.platform ?? { kind: "vm" as const };
    return {
      vcpus: 2,
      sockets: 1,
      platformText: describePlatform({ ...platform, vendor: "QEMU" }),
      ...overrides,
      platform,
    };
  };

  it("takes the host the user gives", () => {
    expect(hostShare(facts({ declaredHostVcpus: 64 }))).toEqual({
      vcpusUsed: 2,
      vcpusTotal: 64,
      basis: "host vCPUs as given",
    });
  });

  it("takes bare metal as its own host: the whole server is the job's", () => {
    const metal = { kind: "bare-metal" as const, vendor: "Dell Inc.", product: "PowerEdge R740" };
    expect(hostShare(facts({ vcpus: 48, platform: metal, platformText: describePlatform(metal) }))).toEqual({
      vcpusUsed: 48,
      vcpusTotal: 48,
      basis: "bare metal (Dell Inc. PowerEdge R740): its own host",
    });
  });

  it("finds an AWS family's host in data/cloud-hosts.json", () => {
    const share = hostShare(facts({ platform: { kind: "vm", instanceType: "m5.large" } }));
    // m5.metal is the whole m5 host: 96 vCPUs, so an m5.large (2 vCPUs) is 2/96 of it.
    expect(share).toEqual({
      vcpusUsed: 2,
      vcpusTotal: 96,
      basis: "m5.large: a m5 host has 96 vCPUs (m5.metal, data/cloud-hosts.json)",
    });
    // A figure that is a judgment says so, and how to make it exact.
    expect(hostShare(facts({ platform: { kind: "vm", instanceType: "t3.medium" } }))?.note).toMatch(
      /^Burstable: AWS does not say what host a T3 shares\..*unsure\. Give the host's vCPUs in the config's hardware\.host_vcpus \(or run's --host-vcpus N\)/,
    );
  });

  it("takes a VM of a known CPU to run on a 2-socket server of it, 1 to 2 sockets", () => {
    const share = hostShare(facts({ vcpus: 4, cpu: { name: "AMD EPYC 7763", threads: 128 } }));
    // 128 threads per socket x 2 = 256 vCPUs; 1 socket = 128.
    expect(share).toMatchObject({ vcpusUsed: 4, vcpusTotal: 256, vcpusTotalLow: 128, vcpusTotalHigh: 256 });
    expect(share?.note).toBe(
      `A VM (QEMU) does not say its host (taken as 1 to 2 sockets of its CPU); ${HOST_VCPUS_HOW}`,
    );
  });

  it("falls back to the stated default host, never the whole server", () => {
    const share = hostShare(facts({}));
    const host = CLOUD_HOSTS.default_host;
    expect([host.vcpus, host.low_vcpus, host.high_vcpus]).toEqual([96, 64, 360]);
    expect(share).toMatchObject({ vcpusUsed: 2, vcpusTotal: 96, vcpusTotalLow: 64, vcpusTotalHigh: 360 });
    expect(share?.note).toBe(
      `A VM (QEMU) does not say its host, and its CPU is not in data/cpus.json; ${HOST_VCPUS_HOW}`,
    );
    // Unknown platform and unknown CPU: the same default, not the whole machine.
    const unknown = hostShare(facts({ platform: { kind: "unknown" }, platformText: "?" }));
    expect(unknown?.vcpusTotal).toBe(96);
  });

  it("never gives a host smaller than the machine itself, and nothing when the vCPUs are unknown", () => {
    expect(hostShare(facts({ vcpus: 128, declaredHostVcpus: 64 }))?.vcpusTotal).toBe(128);
    expect(hostShare(facts({ vcpus: 0 }))).toBeUndefined();
  });

  it("cites a source for every family, each family once", () => {
    const families = CLOUD_HOSTS.families.map((row) => row.family);
    expect(new Set(families).size).toBe(families.length);
    for (const row of CLOUD_HOSTS.families) expect(row.source.url).toMatch(/^https:\/\//);
  });
});

describe("embodied emissions of a 2-vCPU VM running `sleep 1`", () => {
  it("charges 2/96 of the server on the default host, with the range of the host's size", () => {
    const share = hostShare({
      vcpus: 2,
      sockets: 1,
      platform: { kind: "vm" },
      platformText: "a VM (QEMU)",
    });
    const m = embodiedForStep({
      durationS: 3600,
      gpus: [],
      server: {
        vcpusUsed: share?.vcpusUsed,
        vcpusTotal: share?.vcpusTotal,
        vcpusTotalLow: share?.vcpusTotalLow,
        vcpusTotalHigh: share?.vcpusTotalHigh,
        hostBasis: share?.basis,
        hostNote: share?.note,
      },
    });
    // 1000 kg x 2/96 = 20.8333 kg over an hour of 4 years: 20833.3 g x 2.8519279e-5 = 0.594152 g
    expect(EMBODIED.server.kg).toBe(1000);
    expect(m.parts.server_g).toBeCloseTo(((1_000_000 * 2) / 96) * HOUR_OF_4_YEARS, 12);
    expect(m.parts.server_g).toBeCloseTo(0.594152, 6);
    // low: 850 kg x 2/360 = 4722.2 g -> 0.134674 g; high: 2500 kg x 2/64 = 78125 g -> 2.228069 g
    expect(m.low_g).toBeCloseTo(((850_000 * 2) / 360) * HOUR_OF_4_YEARS, 12);
    expect(m.high_g).toBeCloseTo(((2_500_000 * 2) / 64) * HOUR_OF_4_YEARS, 12);
    // The whole server would have been 1000 kg -> 28.519 g: 48 times as much.
    expect(m.notes[0]).toBe(
      "embodied (SCI M) over a 4-year life: server platform 1000 kg x 2/96 vCPUs (2/360-2/64), " +
        "a default host of 96 vCPUs (64-360, data/cloud-hosts.json)",
    );
    expect(m.notes[1]).toContain(
      "give the host's vCPUs in the config's hardware.host_vcpus (or run's --host-vcpus N)",
    );
  });
});

describe("--host-vcpus and hardware.host_vcpus", () => {
  it("parses the flag and the config key, and refuses what is not a whole number of vCPUs", () => {
    expect(parseRunArgs(["--host-vcpus", "96", "--", "true"]).hostVcpus).toBe(96);
    expect(() => parseRunArgs(["--host-vcpus", "1.5", "--", "true"])).toThrow(
      /--host-vcpus: "1.5" is not valid; expected the vCPUs of the host this machine runs on/,
    );
    expect(loadConfig("version: 1\nhardware:\n  host_vcpus: 192\n", "c.yml").hardware.host_vcpus).toBe(192);
    expect(() => loadConfig("version: 1\nhardware:\n  host_vcpus: 0\n", "c.yml")).toThrow(/host_vcpus/);
  });
});
