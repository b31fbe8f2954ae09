/** Each subcommand's usage, apart from its code, so `help` and errors load nothing else. */

export const ESTIMATE_USAGE = `usage: carbon-budget estimate --hours H (--power W | --gpu MODEL) [--count N] [--utilization U]
                             [--pue X] (--intensity G | --location L) [--json FILE|-]`;

export const IMPORT_USAGE = `usage: carbon-budget import codecarbon FILE [--project NAME] [--json FILE|-]
                           [--model-card [--training-type pre-training|fine-tuning]]
       carbon-budget import report FILE [--json FILE|-] [--model-card [--training-type ...]]`;

export const COMPARE_USAGE = `usage: carbon-budget compare --base BASE.json --head HEAD.json [--config FILE] [--markdown FILE|-]`;

export const RUN_USAGE = `usage: carbon-budget run [--step NAME] [--config FILE] [--location L] [--intensity G] [--pue X]
                        [--gpu MODEL] [--gpu-count N] [--cpu MODEL] [--memory-gb N] [--host-vcpus N]
                        [--unit NAME=COUNT] [--no-embodied] [--interval MS] [--json FILE|-]
                        [--markdown FILE|-] [--no-store] [--quiet] [--verbose]
                        -- COMMAND [ARGS...]`;
