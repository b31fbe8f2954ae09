/**
 * The environment the wrapped command gets: what a plain `run:` step would have. The action's own
 * inputs (the token among them), its saved state and the runner's service credentials are ours, not
 * the training script's.
 */
const OURS = [
  /^INPUT_/,
  /^STATE_/,
  /^ACTIONS_RUNTIME_/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_/,
];

export function commandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !OURS.some((pattern) => pattern.test(name))),
  );
}
