/**
 * An error in what the user gave us (a flag, a config key, a file): the CLI prints its message alone,
 * without a stack, and exits 2. The message names the input, quotes the bad value and says what is allowed.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(`${input}: ${JSON.stringify(value)} is not valid; ${allowed}`);
    this.name = "InputError";
  }
}

export const isInputError = (error: unknown): error is InputError => error instanceof InputError;
