import { describe, expect, it } from "vitest";
import { defaultStepName, stepName } from "../../src/pipeline/step-name.js";
import { STEP_NAME_MAX, stepNameProblem } from "../../src/report/step-name-rule.js";

describe("the default step name: the script, through the launchers ML work runs under", () => {
  it.each([
    ["python train.py --epochs 3", "train"],
    ["python -m pkg.train", "pkg.train"],
    ["python train.py -c config.yaml", "train"],
    ["torchrun --nproc_per_node 8 train.py", "train"],
    ["torchrun --nnodes 2 --nproc_per_node=8 --rdzv_endpoint host:29500 scripts/train.py --lr 3e-4", "train"],
    ["torchrun --standalone -m pkg.train", "pkg.train"],
    ["python -m torch.distributed.run --nproc_per_node 8 train.py", "train"],
    ["accelerate launch --num_processes 8 --mixed_precision bf16 finetune.py", "finetune"],
    ["accelerate launch --config_file accelerate.yaml finetune.py --model llama", "finetune"],
    ["accelerate launch -m pkg.finetune", "pkg.finetune"],
    ["deepspeed --num_gpus 8 train.py --deepspeed ds_config.json", "train"],
    ["deepspeed --hostfile hosts pretrain.py", "pretrain"],
    ["uv run train.py", "train"],
    ["uv run python train.py", "train"],
    ["uv run --frozen --with wandb python -m pkg.train", "pkg.train"],
    ["uv run pytest tests", "pytest"],
    ["uv run --frozen pytest", "pytest"],
    ["poetry run python eval.py", "eval"],
    ["poetry run -- train-model", "train-model"],
    ["conda run -n ml python train.py", "train"],
    ["conda run --no-capture-output -n ml torchrun --nproc_per_node 4 train.py", "train"],
    ["conda run -n ml mytool", "mytool"],
    ["srun python train.py", "train"],
    ["srun -N 2 --gres=gpu:8 ./train", "train"],
    ["srun --ntasks 8 uv run torchrun --nproc_per_node 8 train.py", "train"],
    ["env CUDA_VISIBLE_DEVICES=0 python train.py", "train"],
    ["bash scripts/run-eval.sh", "run-eval"],
    ["node -e console.log(1)", "node"],
    ["python -c print(1)", "python"],
    ["./run-benchmark.sh", "run-benchmark"],
    ["make train", "make"],
    ["accelerate config", "accelerate"],
  ])("%s is step %s", (line, expected) => {
    const [command = "", ...args] = line.split(" ");
    expect(defaultStepName(command, args)).toBe(expected);
  });

  it("takes a given name over the command's", () => {
    expect(stepName("train-org/llama", "torchrun train.py")).toBe("train-org/llama");
    expect(stepName(undefined, "  torchrun --nproc_per_node 8 train.py ")).toBe("train");
  });
});

describe("what a step may be called", () => {
  it("accepts a matrix leg's name, slashes and all", () => {
    expect(stepNameProblem("train-org/llama")).toBeUndefined();
    expect(stepNameProblem("eval (ARC, 25-shot)")).toBeUndefined();
    expect(stepNameProblem("x".repeat(STEP_NAME_MAX))).toBeUndefined();
  });

  it("refuses an empty name, an overlong one and control characters", () => {
    expect(stepNameProblem("  ")).toBe("is empty");
    expect(stepNameProblem("x".repeat(STEP_NAME_MAX + 1))).toBe("is longer than 200 characters");
    expect(stepNameProblem("train\neval")).toBe("holds a control character");
  });
});
