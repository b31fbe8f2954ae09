/**
 * The schema of `data/cloud-regions.json`. The table ships in the bundle and is checked against this
 * by the tests; the schema is held to the type the lookups use, so the two cannot drift apart.
 */
import { z } from "zod";
import { sourceSchema } from "../hardware/table-schema.js";
import {
  CLOUD_PROVIDERS,
  type CloudRegion,
  type CloudTable,
  cloudKey,
  type ProviderPue,
} from "./cloud-regions.js";

const pueSchema: z.ZodType<ProviderPue> = z.strictObject({
  // 1.0 is a perfect facility; nothing a provider publishes comes near 2.
  value: z.number().min(1).max(2),
  year: z.number().int().min(2000),
  source: sourceSchema,
  note: z.string().min(1),
});

const providerSchema = z.strictObject({ name: z.string().min(1), pue: pueSchema });

const regionSchema: z.ZodType<CloudRegion> = z.strictObject({
  provider: z.enum(CLOUD_PROVIDERS),
  region: z.string().regex(/^[a-z0-9-]+$/, "lower-case region id"),
  name: z.string().min(1),
  location: z.string().min(1),
  zone: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]+)*$/, "Electricity Maps zone key"),
  source: sourceSchema,
  note: z.string().min(1).optional(),
});

export const cloudTableSchema: z.ZodType<CloudTable> = z
  .strictObject({
    description: z.string(),
    providers: z.strictObject({ aws: providerSchema, gcp: providerSchema, azure: providerSchema }),
    regions: z.array(regionSchema).min(1),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    for (const [index, row] of value.regions.entries()) {
      const key = cloudKey(row);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["regions", index], message: `${key} twice` });
      seen.add(key);
    }
  });
