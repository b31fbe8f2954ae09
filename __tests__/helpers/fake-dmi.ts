/**
 * A `/sys/class/dmi/id` in a temp dir with the two files the platform check reads, `sys_vendor` and
 * `product_name`, written as the kernel shows them (one line each); point CARBON_BUDGET_DMI_ROOT at it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What real machines print (AWS's Nitro VMs name their instance type; GCP and Azure do not). */
export const DMI = {
  awsM5Large: { vendor: "Amazon EC2", product: "m5.large" },
  gcp: { vendor: "Google", product: "Google Compute Engine" },
  azure: { vendor: "Microsoft Corporation", product: "Virtual Machine" },
  qemu: { vendor: "QEMU", product: "Standard PC (i440FX + PIIX, 1996)" },
  dell: { vendor: "Dell Inc.", product: "PowerEdge R740" },
} as const;

export interface FakeDmi {
  root: string;
  cleanup(): void;
}

export function createFakeDmi(dmi: { vendor: string; product: string }): FakeDmi {
  const root = mkdtempSync(join(tmpdir(), "carbon-budget-dmi-"));
  writeFileSync(join(root, "sys_vendor"), `${dmi.vendor}\n`);
  writeFileSync(join(root, "product_name"), `${dmi.product}\n`);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
