/**
 * Each subcommand's usage and help, apart from its code, so `help` and errors load nothing else. The
 * synopsis (`*_USAGE`) ends every usage error; the help (`--help`, `-h`, `help <command>`) adds one
 * line per option.
 */

export const ESTIMATE_USAGE = `usage: carbon-budget estimate --hours H (--power W | --gpu MODEL) [--count N] [--utilization U]
                             [--pue X] (--intensity G | --location L) [--json FILE|-]
       carbon-budget estimate --gpu-hours H (--power W | --gpu MODEL) ...`;

export const IMPORT_PROMETHEUS_USAGE = `usage: carbon-budget import prometheus --url URL --selector SEL --from T --to T
                           [--metrics dcgm,kepler,node-rapl] [--step NAME] [--json FILE|-]
                           [--location L] [--intensity G] [--pue X] [--config FILE] [--no-embodied]
  SEL: PromQL label matchers, e.g. '{namespace="ml",pod=~"train-.*"}'; T: RFC 3339 or Unix seconds.
  Credentials: PROMETHEUS_TOKEN, or PROMETHEUS_USER and PROMETHEUS_PASSWORD.`;

export const IMPORT_SLURM_USAGE = `usage: carbon-budget import slurm JOBID [--step NAME] [--json FILE|-]
                           [--prometheus URL [--selector SEL] [--metrics ...]]
                           [--location L] [--intensity G] [--pue X] [--config FILE] [--no-embodied]
  Reads sacct; --prometheus adds the job's GPUs from DCGM (default selector {hpc_job="JOBID"}).`;

export const IMPORT_USAGE = `usage: carbon-budget import codecarbon FILE [--project NAME] [--json FILE|-]
                           [--model-card [--training-type pre-training|fine-tuning]]
       carbon-budget import report FILE [--json FILE|-] [--model-card [--training-type ...]]
       carbon-budget import prometheus --url URL --selector SEL --from T --to T [--metrics ...]
                           [--step NAME] [--json FILE|-]
       carbon-budget import slurm JOBID [--step NAME] [--json FILE|-]`;

export const COMPARE_USAGE = `usage: carbon-budget compare --base BASE.json --head HEAD.json [--config FILE] [--markdown FILE|-]`;

export const RUN_USAGE = `usage: carbon-budget run [--step NAME] [--config FILE] [--location L] [--intensity G] [--pue X]
                        [--gpu MODEL] [--gpu-count N] [--cpu MODEL] [--memory-gb N] [--host-vcpus N]
                        [--prometheus URL --selector SEL [--metrics dcgm,kepler,node-rapl]]
                        [--slurm | --slurm-job ID]
                        [--unit NAME=COUNT] [--no-embodied] [--interval MS] [--json FILE|-]
                        [--markdown FILE|-] [--no-store] [--quiet] [--verbose]
                        -- COMMAND [ARGS...]`;

export const DASHBOARD_USAGE = `usage: carbon-budget dashboard [--history DIR] [--out DIR] [--config FILE]`;

/** An option as its help line shows it: the flag with its value, and what it does. */
type OptionLine = readonly [flag: string, help: string];

interface CommandHelp {
  synopsis: string;
  about: string;
  options: readonly OptionLine[];
}

const HELP_LINE: OptionLine = ["-h, --help", "print this help"];
const JSON_LINE: OptionLine = [
  "--json FILE|-",
  "write the report (carbon-budget/report@1) to FILE, - for stdout",
];
const ACCOUNTING: readonly OptionLine[] = [
  ["--step NAME", "the step's name in the report"],
  JSON_LINE,
  ["--location L", "grid zone, ISO country or cloud region (DE, US-MIDA-PJM, aws:us-east-1)"],
  ["--intensity G", "grid intensity in gCO2e/kWh (0 to 2000), or with a unit: 0.4kg/kWh, 0.954lb/kWh"],
  ["--pue X", "data-centre power usage effectiveness, 1 to 3"],
  ["--config FILE", "config file for location and PUE (default: .github/carbon-budget.yml)"],
  ["--no-embodied", "leave out embodied emissions (hardware manufacture)"],
  ["-v, --verbose", "print every note on how each figure was obtained"],
];

const COMMANDS: Record<string, CommandHelp> = {
  run: {
    synopsis: "usage: carbon-budget run [OPTIONS] -- COMMAND [ARGS...]",
    about:
      "Runs COMMAND, measures its energy, turns it into CO2e and compares it with the last successful\nrun of the same step. The exit code is COMMAND's.",
    options: [
      ["--step NAME", "the step's name; runs of one step are compared (default: the script's name)"],
      ["--config FILE", "config file: location, PUE, hardware, budgets (default: .github/carbon-budget.yml)"],
      ["--location L", "grid zone, ISO country or cloud region (DE, US-MIDA-PJM, aws:us-east-1)"],
      ["--intensity G", "grid intensity in gCO2e/kWh (0 to 2000), or with a unit: 0.4kg/kWh, 0.954lb/kWh"],
      ["--pue X", "data-centre power usage effectiveness, 1 to 3 (default: the cloud's, else 1)"],
      ["--gpu MODEL", "GPU to assume when none can be read (data/gpus.json), e.g. A100-SXM4-80GB"],
      ["--gpu-count N", "how many of --gpu, 1 to 4096 (default: 1)"],
      ["--cpu MODEL", "CPU model, for its TDP (default: what the system reports)"],
      ["--memory-gb N", "installed memory in GB for the RAM model (default: /proc/meminfo)"],
      ["--host-vcpus N", "vCPUs of the host this VM runs on: its share of the server's embodied emissions"],
      ["--prometheus URL", "also measure remote work through Prometheus (with --selector)"],
      ["--selector SEL", "PromQL label matchers for --prometheus, e.g. '{namespace=\"ml\"}'"],
      ["--metrics LIST", "Prometheus sources: dcgm, kepler, node-rapl (default: dcgm)"],
      ["--slurm", "measure the Slurm job COMMAND submits (the id from sbatch's output)"],
      ["--slurm-job ID", "measure this Slurm job"],
      ["--unit NAME=COUNT", "what the step processed (epoch=3, samples=50000): adds CO2e per unit"],
      ["--no-embodied", "leave out embodied emissions (hardware manufacture)"],
      ["--interval MS", "sampling interval, 50 to 60000 ms (default: 1000)"],
      ["--json FILE|-", "write the report (carbon-budget/report@1) to FILE, - for stdout"],
      ["--markdown FILE|-", "write the report as the PR comment shows it, - for stdout"],
      ["--no-store", "neither read nor write the run history (.carbon-budget/)"],
      ["-q, --quiet", "no progress line and no summary"],
      ["-v, --verbose", "print every note on how each figure was obtained"],
      HELP_LINE,
    ],
  },
  estimate: {
    synopsis: ESTIMATE_USAGE,
    about:
      "Estimates energy and CO2e before a job runs: W per device x devices x hours x utilization x PUE,\ntimes the grid intensity.",
    options: [
      ["--hours H", "the job's wall-clock hours (or --gpu-hours)"],
      ["--gpu-hours H", "devices x hours in one figure, as papers report them (not with --hours/--count)"],
      ["--power W", "watts per device, taken as exact"],
      [
        "--gpu MODEL",
        "instead of --power: a model's TDP from data/gpus.json, or a family (A100) over its variants",
      ],
      ["--count N", "how many devices (default: 1)"],
      ["--utilization U", "average share of that power drawn: 0.8 or 80% (default: 1)"],
      ["--pue X", "data-centre power usage effectiveness, 1 to 3 (default: the cloud's, else 1)"],
      ["--intensity G", "grid intensity in gCO2e/kWh, or with a unit: 0.4kg/kWh, 0.954lb/kWh"],
      ["--location L", "instead of --intensity: grid zone, ISO country or cloud region"],
      ["--json FILE|-", "write carbon-budget/estimate@1 to FILE, - for stdout (the table goes to stderr)"],
      HELP_LINE,
    ],
  },
  compare: {
    synopsis: COMPARE_USAGE,
    about:
      "Judges two reports offline, as the PR comment would. Exit 1 over budget, 0 otherwise, 2 for bad input.",
    options: [
      ["--base BASE.json", "the report compared with (from run --json, import --json or the action)"],
      ["--head HEAD.json", "the report judged"],
      ["--config FILE", "the budgets to judge by; without it nothing is judged and the exit code is 0"],
      ["--markdown FILE|-", "write what the PR comment would show to FILE, - for stdout"],
      HELP_LINE,
    ],
  },
  import: {
    synopsis: IMPORT_USAGE,
    about:
      "Brings in what was measured elsewhere: CodeCarbon's emissions.csv, a carbon-budget report, a\nPrometheus window or a Slurm job (see `carbon-budget import prometheus --help`, `import slurm --help`).",
    options: [
      ["--project NAME", "codecarbon: import only the rows of this project_name"],
      JSON_LINE,
      ["--model-card", "print the Hugging Face model-card co2_eq_emissions block on stdout"],
      ["--training-type T", "pre-training or fine-tuning, for the model card"],
      HELP_LINE,
    ],
  },
  "import prometheus": {
    synopsis: IMPORT_PROMETHEUS_USAGE,
    about: "The energy a past window's series show (a training run that has ended), as a report.",
    options: [
      ["--url URL", "the Prometheus server (required)"],
      ["--selector SEL", 'PromQL label matchers, e.g. \'{namespace="ml",pod=~"train-.*"}\' (required)'],
      ["--from T", "the window's start: RFC 3339 or Unix seconds (required)"],
      ["--to T", "the window's end: RFC 3339 or Unix seconds (required)"],
      ["--metrics LIST", "sources: dcgm, kepler, node-rapl (default: dcgm)"],
      ...ACCOUNTING,
      HELP_LINE,
    ],
  },
  "import slurm": {
    synopsis: IMPORT_SLURM_USAGE,
    about: "A finished Slurm job's energy from its accounting (sacct), as a report.",
    options: [
      ["--prometheus URL", "add the job's GPUs from DCGM through Prometheus"],
      ["--selector SEL", 'PromQL label matchers for --prometheus (default: {hpc_job="JOBID"})'],
      ["--metrics LIST", "sources for --prometheus (default: dcgm)"],
      ...ACCOUNTING,
      HELP_LINE,
    ],
  },
  dashboard: {
    synopsis: DASHBOARD_USAGE,
    about:
      "Writes the run history as one page, index.html, with README badges beside it (badge.svg,\nbadge-STEP.svg).",
    options: [
      ["--history DIR", "the history: .carbon-budget at the git root (default), or a data-branch checkout"],
      ["--out DIR", "where the files go (default: the history folder)"],
      ["--config FILE", "the budgets drawn as lines (default: .github/carbon-budget.yml)"],
      HELP_LINE,
    ],
  },
};

export const HELP_TOPICS = Object.keys(COMMANDS);

/** `--help` for one subcommand: its synopsis, what it does, one line per option; undefined if unknown. */
export function commandHelp(name: string): string | undefined {
  const help = COMMANDS[name];
  if (!help) return undefined;
  const width = Math.max(...help.options.map(([flag]) => flag.length));
  const options = help.options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
  return `${help.synopsis}\n\n${help.about}\n\noptions:\n${options.join("\n")}\n\nMore, with examples: docs/cli.md in the carbon-budget repository.\n`;
}

/** The next step after a usage error: where the whole help is. */
export const moreHelp = (command: string) => `run \`carbon-budget ${command} --help\` for every option`;
