/** One merge of the CLI's flags and the action's inputs with the config: what is given wins. */
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { actionSettings, givenFromInputs } from "../../src/action/settings.js";
import { loadConfig } from "../../src/budget/load-config.js";
import { parseRunArgs } from "../../src/cli/args.js";
import { givenFromArgs, runSettings } from "../../src/cli/run-config.js";
import { readEnvironment } from "../../src/environment.js";
import { isInputError } from "../../src/errors.js";
import { requireCpu } from "../../src/hardware/cpus.js";
import { requireGpu } from "../../src/hardware/gpus.js";
import { planStep } from "../../src/pipeline/measure-step.js";
import { ACTION_NAMES, CLI_NAMES, type GivenSettings, stepSettings } from "../../src/pipeline/settings.js";

const P100 = "NVIDIA Tesla P100 PCIe 16GB";
const P100_12 = "NVIDIA Tesla P100 PCIe 12GB";
const EPYC = "AMD EPYC 7763";
const EPYC_OTHER = "AMD EPYC 7742";

const config = (...lines: string[]) => loadConfig(["version: 1", ...lines].join("\n"), "carbon-budget.yml");
const FULL = config(
  "location: FR",
  "pue: 1.3",
  "hardware:",
  "  gpu:",
  `    model: ${P100}`,
  "    count: 4",
  "  cpu:",
  `    model: ${EPYC}`,
  "  memory_gb: 64",
  "  host_vcpus: 128",
  "measure:",
  "  prometheus:",
  "    url: https://prom.example",
  "    selector: '{namespace=\"ml\"}'",
);
const nothing: GivenSettings = { intervalMs: 1000, embodied: true };
const DEFAULT = config();
const cli = (...flags: string[]) => parseRunArgs([...flags, "--", "python", "train.py"]);
const inputs = (given: Record<string, string>) =>
  readInputs((name) => ({ run: "python train.py", ...given })[name] ?? "");

describe("stepSettings: the config fills what is not given", () => {
  it("takes every measuring setting from the config when nothing is given", () => {
    const settings = stepSettings(nothing, FULL, CLI_NAMES);
    expect(settings.intensityOptions).toEqual({ location: "FR" });
    expect(settings.pue).toBe(1.3);
    expect(settings.declared).toEqual({
      gpu: { spec: requireGpu(P100, "x"), count: 4 },
      cpu: requireCpu(EPYC, "x"),
      memoryGb: 64,
      hostVcpus: 128,
    });
    expect(settings.prometheus?.selectorText).toBe('{namespace="ml"}');
  });

  it("leaves everything unset without a config", () => {
    expect(stepSettings(nothing, undefined, CLI_NAMES)).toEqual({
      intensityOptions: {},
      names: CLI_NAMES,
      declared: {},
      intervalMs: 1000,
      embodied: true,
    });
  });

  it("lets each given setting win over the config's", () => {
    const settings = stepSettings(
      { ...nothing, location: "DE", pue: 1.1, gpu: P100_12, cpu: EPYC_OTHER, memoryGb: 32, hostVcpus: 64 },
      FULL,
      CLI_NAMES,
    );
    expect(settings.intensityOptions).toEqual({ location: "DE" });
    expect(settings.pue).toBe(1.1);
    // A given GPU model without a count is one GPU, not the config's four of another model.
    expect(settings.declared.gpu).toEqual({ spec: requireGpu(P100_12, "x"), count: 1 });
    expect(settings.declared.cpu).toEqual(requireCpu(EPYC_OTHER, "x"));
    expect(settings.declared.memoryGb).toBe(32);
    expect(settings.declared.hostVcpus).toBe(64);
  });

  it("takes a given intensity instead of the config's location: the two are one choice", () => {
    expect(stepSettings({ ...nothing, intensity: 120 }, FULL, CLI_NAMES).intensityOptions).toEqual({
      intensity: 120,
    });
    expect(stepSettings(nothing, config("location: { intensity: 50 }"), CLI_NAMES).intensityOptions).toEqual({
      intensity: 50,
    });
  });

  it("counts the config's GPU model with a given count", () => {
    expect(stepSettings({ ...nothing, gpuCount: 2 }, FULL, CLI_NAMES).declared.gpu?.count).toBe(2);
  });

  it("names the flag or input an unknown model came from", () => {
    let thrown: unknown;
    try {
      stepSettings({ ...nothing, gpu: "no such gpu" }, FULL, ACTION_NAMES);
    } catch (error) {
      thrown = error;
    }
    expect(isInputError(thrown) && thrown.input).toBe("input gpu");
  });
});

describe("the CLI's flags map into the shared settings", () => {
  it("maps every measuring flag", () => {
    const args = cli(
      "--location=DE",
      "--pue=1.2",
      `--gpu=${P100}`,
      "--gpu-count=2",
      `--cpu=${EPYC}`,
      "--memory-gb=16",
      "--host-vcpus=8",
      "--interval=2000",
      "--no-embodied",
      "--prometheus=http://prom:9090",
      '--selector={pod="x"}',
      "--slurm-job=123",
    );
    const given = givenFromArgs(args);
    expect(given).toMatchObject({
      location: "DE",
      pue: 1.2,
      gpu: P100,
      gpuCount: 2,
      cpu: EPYC,
      memoryGb: 16,
      hostVcpus: 8,
      intervalMs: 2000,
      embodied: false,
      slurm: { jobId: "123" },
    });
    expect(runSettings(args, FULL).prometheus?.target.host).toBe("prom:9090");
  });

  it("names --gpu for an unknown model given by flag", () => {
    let thrown: unknown;
    try {
      runSettings(cli("--gpu=no such gpu"), undefined);
    } catch (error) {
      thrown = error;
    }
    expect(isInputError(thrown) && thrown.input).toBe("--gpu");
  });
});

describe("messages name the shell's own settings: flags for the CLI, inputs for the action", () => {
  const planned = (settings: ReturnType<typeof stepSettings>) => planStep(settings, readEnvironment({}));

  it("the action's unset grid and PUE name its inputs, the CLI's its flags", () => {
    const action = planned(actionSettings(inputs({}), DEFAULT));
    expect(action.yearly.warning).toBe(
      "no location input or config location given: using the world average grid intensity; set one for a meaningful CO2e figure",
    );
    expect(action.pue.note).toBe(
      "PUE 1.0 assumed (IT energy only); give the data centre's PUE with the pue input or config pue",
    );
    const cli = planned(stepSettings(nothing, undefined, CLI_NAMES));
    expect(cli.yearly.warning).toBe(
      "no --location or --intensity given: using the world average grid intensity; set one for a meaningful CO2e figure",
    );
    expect(cli.pue.note).toBe("PUE 1.0 assumed (IT energy only); give the data centre's PUE with --pue");
  });

  it("an unknown location given as the action's input is the input's error", () => {
    const settings = actionSettings(inputs({ location: "Atlantis" }), DEFAULT);
    let thrown: unknown;
    try {
      planned(settings);
    } catch (error) {
      thrown = error;
    }
    expect(isInputError(thrown) && thrown.message).toMatch(/^input location: "Atlantis" is not valid; /);
    const bare = actionSettings(inputs({ location: "us-east-1" }), DEFAULT);
    expect(() => planned(bare)).toThrow(
      'input location: "us-east-1" is not valid; a cloud region is written with its provider: did you mean aws:us-east-1?',
    );
  });
});

describe("the action's inputs map into the shared settings", () => {
  it("maps every measuring input, and always counts embodied emissions", () => {
    const given = givenFromInputs(
      inputs({
        location: "DE",
        pue: "1.2",
        gpu: P100,
        "gpu-count": "2",
        "prometheus-url": "http://prom:9090",
        "prometheus-selector": '{pod="x"}',
        slurm: "true",
      }),
    );
    expect(given).toMatchObject({
      location: "DE",
      pue: 1.2,
      gpu: P100,
      gpuCount: 2,
      embodied: true,
      slurm: {},
    });
    expect(given.prometheus?.target.host).toBe("prom:9090");
  });

  it("falls back to the config's measure.prometheus, and the prometheus inputs win over it", () => {
    expect(actionSettings(inputs({}), FULL).prometheus?.target.host).toBe("prom.example");
    const given = inputs({ "prometheus-url": "http://other:9090", "prometheus-selector": '{pod="x"}' });
    expect(actionSettings(given, FULL).prometheus?.target.host).toBe("other:9090");
  });

  it("measures with the config's hardware as the CLI does", () => {
    const settings = actionSettings(inputs({}), FULL);
    expect(settings.declared).toEqual(
      stepSettings({ ...nothing, intervalMs: settings.intervalMs }, FULL, CLI_NAMES).declared,
    );
  });
});
