/**
 * What the machine says it is, from DMI (`/sys/class/dmi/id`: `sys_vendor` and `product_name`): bare
 * metal, or a VM, and for an AWS VM its instance type, so embodied emissions can charge a VM its share
 * of the host rather than the whole server. Reading is the I/O edge; `classifyPlatform` is pure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Platform {
  kind: "bare-metal" | "vm" | "unknown";
  /** DMI `sys_vendor` and `product_name`, as the machine gave them. */
  vendor?: string;
  product?: string;
  /** An AWS instance type (`m5.large`), which AWS writes as the DMI product name. */
  instanceType?: string;
}

/**
 * DMI strings a hypervisor writes, matched at the start of `sys_vendor` or `product_name`: systemd's
 * DMI vendor table (src/basic/virt.c: KVM, Amazon EC2, QEMU, VMware, VMW, innotek GmbH, Xen, Bochs,
 * Parallels, BHYVE) and what the clouds print: Google's "Google Compute Engine", Azure's (Hyper-V's)
 * "Virtual Machine", Xen's "HVM domU", QEMU's "Standard PC", OpenStack's, Hetzner's "vServer",
 * DigitalOcean's "Droplet", VirtualBox 7's product name.
 */
const VM_PREFIXES = [
  "KVM",
  "Amazon EC2",
  "QEMU",
  "VMware",
  "VMW",
  "innotek GmbH",
  "VirtualBox",
  "Xen",
  "HVM domU",
  "Bochs",
  "Parallels",
  "BHYVE",
  "Google Compute Engine",
  "Google",
  "Virtual Machine",
  "Standard PC (",
  "OpenStack",
  "vServer",
  "Droplet",
  "DigitalOcean",
  "Alibaba Cloud",
  "Cloud Hypervisor",
  "Apple Virtualization",
];

const AWS_INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;
// A bare-metal instance (`m5.metal`, `m7i.metal-48xl`) is the whole host, though its vendor reads EC2.
const AWS_METAL = /\.metal(-\d+xl)?$/;

/** Placeholders firmware leaves in DMI fields it does not fill; they say nothing about the machine. */
const PLACEHOLDER = /^(to be filled by o\.e\.m\.|default string|system product name|not specified|none|)$/i;

const clean = (text: string | undefined): string | undefined => {
  const value = text?.trim();
  return value === undefined || PLACEHOLDER.test(value) ? undefined : value;
};

export function classifyPlatform(dmi: { vendor?: string; product?: string }): Platform {
  const vendor = clean(dmi.vendor);
  const product = clean(dmi.product);
  const said = { ...(vendor && { vendor }), ...(product && { product }) };
  if (vendor === undefined && product === undefined) return { kind: "unknown" };
  if (vendor === "Amazon EC2" && product && AWS_INSTANCE_TYPE.test(product)) {
    return { kind: AWS_METAL.test(product) ? "bare-metal" : "vm", ...said, instanceType: product };
  }
  const isVm = VM_PREFIXES.some((prefix) => vendor?.startsWith(prefix) || product?.startsWith(prefix));
  return { kind: isVm ? "vm" : "bare-metal", ...said };
}

/** Reads the two DMI fields under `dmiRoot`; a machine without DMI (or a container without /sys) is unknown. */
export function readPlatform(dmiRoot: string): Platform {
  const read = (name: string): string | undefined => {
    try {
      return readFileSync(join(dmiRoot, name), "utf8");
    } catch {
      return undefined;
    }
  };
  return classifyPlatform({ vendor: read("sys_vendor"), product: read("product_name") });
}

/** How the report names the machine: "a VM (Amazon EC2 m5.large)", "bare metal (Dell Inc. PowerEdge R740)". */
export function describePlatform(platform: Platform): string {
  const said = [platform.vendor, platform.product].filter(Boolean).join(" ");
  if (platform.kind === "unknown") return "a machine that does not say what it is (no DMI)";
  return `${platform.kind === "vm" ? "a VM" : "bare metal"} (${said})`;
}
