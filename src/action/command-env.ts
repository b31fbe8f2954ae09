/**
 * The environment the wrapped command gets: what a plain `run:` step would have. The action's own
 * inputs (the token among them), its saved state and the runner's service credentials are ours, not
 * the training script's, nor any other program the action starts (nvidia-smi is found on PATH).
 */
const OURS = [
  /^INPUT_/,
  /^STATE_/,
  /^ACTIONS_RUNTIME_/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_/,
];

const ours = (name: string) => OURS.some((pattern) => pattern.test(name));

export function commandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !ours(name)));
}

/**
 * Once the inputs are read: every process the action starts from then on inherits none of ours. Gives
 * back a function that puts them back once the command is over, for a post step that runs in the same
 * process (`@github/local-action --post`); on the runner the post step is a process of its own.
 */
export function forgetOurs(env: NodeJS.ProcessEnv): () => void {
  const forgotten = Object.entries(env).filter(([name]) => ours(name));
  for (const [name] of forgotten) delete env[name];
  return () => {
    for (const [name, value] of forgotten) env[name] = value;
  };
}
