/** Each subcommand's usage, apart from its code, so `help` and errors load nothing else. */

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
