/**
 * Reports travel between jobs and workflows as artifacts: a fork PR's run uploads its report, and a
 * `workflow_run` workflow (mode: publish) downloads it; a matrix uploads one per job and `mode:
 * aggregate` merges them. The artifact service exists only inside Actions, so tests use a folder
 * (CARBON_BUDGET_ARTIFACT_DIR) with the same layout: `<dir>/<artifact name>/<file>`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ArtifactFiles {
  name: string;
  files: Record<string, string>;
}

export interface ArtifactStore {
  upload(artifact: ArtifactFiles): Promise<void>;
  /** Artifacts whose name starts with `prefix`, of this run or of `fromRun`. */
  download(
    prefix: string,
    fromRun?: { runId: number; owner: string; repo: string; token: string },
  ): Promise<ArtifactFiles[]>;
}

const safeName = (name: string) => name.replace(/[^\w.-]/g, "_");

export function folderArtifactStore(dir: string): ArtifactStore {
  return {
    async upload({ name, files }) {
      const target = join(dir, safeName(name));
      mkdirSync(target, { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(join(target, safeName(file)), text);
    },
    async download(prefix) {
      let names: string[] = [];
      try {
        names = readdirSync(dir)
          .filter((n) => n.startsWith(safeName(prefix)))
          .sort();
      } catch {
        return [];
      }
      return names.map((name) => ({
        name,
        files: Object.fromEntries(
          readdirSync(join(dir, name)).map((file) => [file, readFileSync(join(dir, name, file), "utf8")]),
        ),
      }));
    },
  };
}

/** The Actions artifact service, loaded only when used: the CLI never needs it. */
export function actionsArtifactStore(): ArtifactStore {
  const client = import("@actions/artifact").then((m) => new m.DefaultArtifactClient());
  return {
    async upload({ name, files }) {
      const dir = mkdtempSync(join(tmpdir(), "carbon-budget-artifact-"));
      const paths = Object.entries(files).map(([file, text]) => {
        const path = join(dir, safeName(file));
        writeFileSync(path, text);
        return path;
      });
      await (await client).uploadArtifact(safeName(name), paths, dir, { retentionDays: 14 });
    },
    async download(prefix, fromRun) {
      const artifacts = await client;
      const findBy = fromRun && {
        findBy: {
          token: fromRun.token,
          workflowRunId: fromRun.runId,
          repositoryOwner: fromRun.owner,
          repositoryName: fromRun.repo,
        },
      };
      const { artifacts: listed } = await artifacts.listArtifacts({ latest: true, ...findBy });
      const matching = listed.filter((a) => a.name.startsWith(safeName(prefix)));
      const result: ArtifactFiles[] = [];
      for (const artifact of matching) {
        const path = mkdtempSync(join(tmpdir(), "carbon-budget-download-"));
        await artifacts.downloadArtifact(artifact.id, { path, ...findBy });
        result.push({
          name: artifact.name,
          files: Object.fromEntries(
            readdirSync(path).map((file) => [file, readFileSync(join(path, file), "utf8")]),
          ),
        });
      }
      return result;
    },
  };
}
