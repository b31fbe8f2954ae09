/**
 * Reports travel between jobs and workflows as artifacts: a fork PR's run uploads its report, and a
 * `workflow_run` workflow (mode: publish) downloads it; a matrix uploads one per job and `mode:
 * aggregate` merges them. The artifact service exists only inside Actions, so tests use a folder
 * (CARBON_BUDGET_ARTIFACT_DIR) with the same layout: `<dir>/<artifact name>/<file>`.
 * What is downloaded may come from a fork: reading is capped (artifacts, files, bytes), folders and
 * links inside an artifact are tolerated, and what is passed over is said, naming the artifact.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ArtifactFiles {
  name: string;
  /** By path inside the artifact, `/`-separated. */
  files: Record<string, string>;
}

export interface Downloaded {
  artifacts: ArtifactFiles[];
  /** What was passed over for the caps or could not be read, naming the artifact: warnings. */
  problems: string[];
}

export interface ArtifactStore {
  upload(artifact: ArtifactFiles): Promise<void>;
  /** Artifacts whose name starts with `prefix`, of this run or of `fromRun`, within the caps. */
  download(
    prefix: string,
    fromRun?: { runId: number; owner: string; repo: string; token: string },
  ): Promise<Downloaded>;
}

/** A report and who it is for are two small files; a matrix is at most 256 jobs. */
export const ARTIFACT_LIMITS = {
  artifacts: 100,
  filesPerArtifact: 20,
  /** Folders inside an artifact followed this deep. */
  depth: 4,
  fileBytes: 10 * 1024 * 1024,
  totalBytes: 50 * 1024 * 1024,
};
export type ArtifactLimits = typeof ARTIFACT_LIMITS;

const safeName = (name: string) => name.replace(/[^\w.-]/g, "_");
const MB = (bytes: number) =>
  bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The regular files under `root` (no links followed), shallow ones first, then by path. */
function listFiles(root: string, depth: number): { path: string; size: number }[] {
  const found: { path: string; size: number }[] = [];
  const walk = (dir: string, prefix: string, level: number) => {
    for (const name of readdirSync(dir).sort()) {
      const stat = lstatSync(join(dir, name));
      if (stat.isFile()) found.push({ path: `${prefix}${name}`, size: stat.size });
      else if (stat.isDirectory() && level < depth) walk(join(dir, name), `${prefix}${name}/`, level + 1);
    }
  };
  walk(root, "", 0);
  return found.sort((a, b) => a.path.split("/").length - b.path.split("/").length);
}

/** One downloaded artifact's files, within the caps; `used` counts bytes read across artifacts. */
export function readArtifactFolder(
  root: string,
  name: string,
  limits: ArtifactLimits,
  used: { bytes: number },
): { artifact: ArtifactFiles; problems: string[] } {
  const problems: string[] = [];
  const files: Record<string, string> = {};
  const listed = listFiles(root, limits.depth);
  if (listed.length > limits.filesPerArtifact) {
    problems.push(
      `artifact ${name}: ${listed.length} files; only the first ${limits.filesPerArtifact} are read`,
    );
  }
  for (const file of listed.slice(0, limits.filesPerArtifact)) {
    if (file.size > limits.fileBytes) {
      problems.push(
        `artifact ${name}: ${file.path} is ${MB(file.size)}, over the ${MB(limits.fileBytes)} a file may have; not read`,
      );
    } else if (used.bytes + file.size > limits.totalBytes) {
      problems.push(
        `artifact ${name}: ${file.path} not read: the artifacts passed the ${MB(limits.totalBytes)} read in all`,
      );
    } else {
      try {
        files[file.path] = readFileSync(join(root, file.path), "utf8");
        used.bytes += file.size;
      } catch (error) {
        problems.push(`artifact ${name}: ${file.path} could not be read (${(error as Error).message})`);
      }
    }
  }
  return { artifact: { name, files }, problems };
}

/** Names matching `prefix`, in order, at most `limits.artifacts` of them. */
function capped(names: string[], prefix: string, limits: ArtifactLimits) {
  const matching = names.filter((n) => n.startsWith(safeName(prefix))).sort();
  const problems =
    matching.length > limits.artifacts
      ? [
          `${matching.length} artifacts named ${prefix}*; only the first ${limits.artifacts} (by name) are read`,
        ]
      : [];
  return { names: matching.slice(0, limits.artifacts), problems };
}

export function folderArtifactStore(dir: string, limits: ArtifactLimits = ARTIFACT_LIMITS): ArtifactStore {
  return {
    async upload({ name, files }) {
      const target = join(dir, safeName(name));
      mkdirSync(target, { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(join(target, safeName(file)), text);
    },
    async download(prefix) {
      let all: string[];
      try {
        all = readdirSync(dir).filter((name) => lstatSync(join(dir, name)).isDirectory());
      } catch {
        return { artifacts: [], problems: [] };
      }
      const { names, problems } = capped(all, prefix, limits);
      const used = { bytes: 0 };
      const artifacts = names.map((name) => {
        const read = readArtifactFolder(join(dir, name), name, limits, used);
        problems.push(...read.problems);
        return read.artifact;
      });
      return { artifacts, problems };
    },
  };
}

/** The Actions artifact service, loaded only when used: the CLI never needs it. */
export function actionsArtifactStore(limits: ArtifactLimits = ARTIFACT_LIMITS): ArtifactStore {
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
      const { names, problems } = capped(
        listed.map((a) => a.name),
        prefix,
        limits,
      );
      const used = { bytes: 0 };
      const result: ArtifactFiles[] = [];
      for (const name of names) {
        const artifact = listed.find((a) => a.name === name);
        if (!artifact) continue;
        // The zip's size: what downloading costs before anything is read.
        if (used.bytes + artifact.size > limits.totalBytes) {
          problems.push(
            `artifact ${name}: ${MB(artifact.size)} zipped; not downloaded, the artifacts would pass the ${MB(limits.totalBytes)} read in all`,
          );
          continue;
        }
        const path = mkdtempSync(join(tmpdir(), "carbon-budget-download-"));
        try {
          await artifacts.downloadArtifact(artifact.id, { path, ...findBy });
          const read = readArtifactFolder(path, name, limits, used);
          problems.push(...read.problems);
          result.push(read.artifact);
        } finally {
          rmSync(path, { recursive: true, force: true });
        }
      }
      return { artifacts: result, problems };
    },
  };
}
