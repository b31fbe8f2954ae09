/** The config file's `dashboard` key: a strict boolean, off unless set. */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/budget/config-error.js";
import { loadConfig } from "../../src/budget/load-config.js";

const FILE = ".github/carbon-budget.yml";

describe("config: dashboard", () => {
  it("is read as a boolean, and absent means off", () => {
    expect(loadConfig("version: 1\ndashboard: true\n", FILE).dashboard).toBe(true);
    expect(loadConfig("version: 1\ndashboard: false\n", FILE).dashboard).toBe(false);
    expect(loadConfig("version: 1\n", FILE).dashboard).toBeUndefined();
  });

  it("refuses YAML 1.1 booleans, which YAML 1.2 reads as text, at the value", () => {
    let error: unknown;
    try {
      loadConfig("version: 1\ndashboard: yes\n", FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      `${FILE}:2:12: dashboard: "yes" is not a boolean; use true or false (yes, no, on and off are text in YAML 1.2)`,
    );
  });
});
