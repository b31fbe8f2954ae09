/** The config file's budgets in the evaluator's terms (pure): quantities become plain kWh, g and %. */

import type { Comparison } from "../compare/compare.js";
import { byName } from "./by-name.js";
import type { Budget, Config, StepBudget } from "./config-schema.js";
import { type BudgetLimits, type Budgets, evaluateBudgets, type Verdict } from "./evaluate.js";

function toLimits(budget: Budget | StepBudget): BudgetLimits {
  return {
    ...(budget.energy && { energyKwh: budget.energy.value }),
    ...(budget.co2e && { co2eG: budget.co2e.value }),
    ...(budget.increase && { increasePct: budget.increase.value }),
    ...(budget.warn && { warn: { kind: budget.warn.kind, value: budget.warn.value } }),
    ...("per" in budget && budget.per && { perUnit: budget.per.unit }),
  };
}

export function budgetsFromConfig(config: Config): Budgets {
  return {
    ...(config.budgets.total && { total: toLimits(config.budgets.total) }),
    steps: byName(Object.entries(config.budgets.steps).map(([name, budget]) => [name, toLimits(budget)])),
  };
}

export const hasBudgets = (budgets: Budgets): boolean =>
  budgets.total !== undefined || Object.keys(budgets.steps).length > 0;

/** The config's budgets judged against a comparison with no base-branch history (CLI use), if any are set. */
export function judgeWithConfig(
  comparison: Comparison,
  config: Config | undefined,
): { budgets: Budgets; verdict: Verdict } | undefined {
  if (!config) return undefined;
  const budgets = budgetsFromConfig(config);
  if (!hasBudgets(budgets)) return undefined;
  return {
    budgets,
    verdict: evaluateBudgets({
      comparison,
      budgets,
      history: {},
      minChangePct: config.comparison.min_change.value,
    }),
  };
}
