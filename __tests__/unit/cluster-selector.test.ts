import { describe, expect, it } from "vitest";
import { alternation, matches, parseSelector, renderSelector } from "../../src/cluster/selector.js";
import { selectorForms, withExported } from "../../src/cluster/selector-forms.js";
import { isInputError } from "../../src/errors.js";

const messageOf = (text: string): string => {
  try {
    parseSelector("--selector", text);
  } catch (error) {
    if (isInputError(error)) return error.allowed.split("; use PromQL")[0];
    throw error;
  }
  return "parsed";
};

describe("parseSelector", () => {
  it("reads every matcher operator, with or without braces", () => {
    expect(
      parseSelector("s", '{namespace="ml", pod=~"train-.*",container!="sidecar",node!~"cpu-.*"}'),
    ).toEqual([
      { name: "namespace", op: "=", value: "ml" },
      { name: "pod", op: "=~", value: "train-.*" },
      { name: "container", op: "!=", value: "sidecar" },
      { name: "node", op: "!~", value: "cpu-.*" },
    ]);
    expect(parseSelector("s", 'hpc_job="4242"')).toEqual([{ name: "hpc_job", op: "=", value: "4242" }]);
  });

  it("reads PromQL's string literals: escapes, single quotes and raw backticks", () => {
    expect(
      parseSelector("s", '{a=\'it\\\'s\',b="tab\\there",c=`raw\\d+`,d="\\u00e9\\x41"}').map((m) => m.value),
    ).toEqual(["it's", "tab\there", "raw\\d+", "éA"]);
  });

  it("names what is wrong", () => {
    expect(messageOf("")).toBe("it is empty");
    expect(messageOf('{pod="x"')).toBe("the closing } is missing");
    expect(messageOf('up{pod="x"}')).toBe(
      'give label matchers only, without a metric name ("up"); the metrics come from --metrics (the action\'s prometheus-metrics input)',
    );
    expect(messageOf("{pod=x}")).toBe("the value of pod must be a quoted string");
    expect(messageOf('{pod=="x"}')).toBe("the value of pod must be a quoted string");
    expect(messageOf('{1pod="x"}')).toBe('"1pod" is not a label name');
    expect(messageOf('{pod<"x"}')).toBe('"pod<\\"x\\"" is not a label name');
    expect(messageOf('{pod="x" ns="y"}')).toBe("expected , or } after the matcher for pod");
    expect(messageOf('{__name__="up"}')).toBe(
      "__name__ is chosen by --metrics (the action's prometheus-metrics input), not the selector",
    );
    expect(messageOf('{pod=~"train-(.*"}')).toMatch(/^the regular expression for pod does not compile \(/);
    expect(messageOf("{}")).toBe(
      "it selects every series in the cluster; name the job's pods, namespace, nodes or hpc_job",
    );
    expect(messageOf('{pod=~".*"}')).toBe(
      "every matcher also matches an empty label, so it selects every series in the cluster",
    );
  });

  it("renders back to PromQL, and round-trips", () => {
    const text = '{namespace="ml",pod=~"train-\\\\d+",note!="say \\"hi\\""}';
    const matchers = parseSelector("s", text);
    expect(renderSelector(matchers)).toBe(text);
    expect(parseSelector("s", renderSelector(matchers))).toEqual(matchers);
  });
});

describe("matches (as Prometheus: anchored, a missing label is empty)", () => {
  const sel = parseSelector("s", '{namespace="ml",pod=~"train-.*",container!="sidecar"}');
  it("matches whole values only", () => {
    expect(matches(sel, { namespace: "ml", pod: "train-0" })).toBe(true);
    expect(matches(sel, { namespace: "ml", pod: "pre-train-0" })).toBe(false);
    expect(matches(sel, { namespace: "ml", pod: "train-0", container: "sidecar" })).toBe(false);
    expect(matches(sel, { pod: "train-0" })).toBe(false);
  });
  it("takes RE2's leading (?i) flag", () => {
    expect(matches(parseSelector("s", '{pod=~"(?i)TRAIN-.*"}'), { pod: "train-1" })).toBe(true);
  });
  it("builds an alternation that matches exactly the values given", () => {
    const re = alternation(["GPU-a.b", "GPU-c|d"]);
    expect(matches([{ name: "u", op: "=~", value: re }], { u: "GPU-a.b" })).toBe(true);
    expect(matches([{ name: "u", op: "=~", value: re }], { u: "GPU-aXb" })).toBe(false);
    expect(matches([{ name: "u", op: "=~", value: re }], { u: "GPU-c|d" })).toBe(true);
  });
});

describe("selectorForms", () => {
  it("spells each user label every way a series may carry it", () => {
    const user = parseSelector("s", '{namespace="ml",pod="train-0",Hostname="gpu-1"}');
    const own = new Set(["Hostname"]);
    const forms = selectorForms(user, (name) => withExported(name, own));
    // namespace x 2, pod x 2, Hostname x 1: four forms.
    expect(forms.map((f) => f.map((m) => m.name).join(","))).toEqual([
      "namespace,pod,Hostname",
      "namespace,exported_pod,Hostname",
      "exported_namespace,pod,Hostname",
      "exported_namespace,exported_pod,Hostname",
    ]);
  });

  it("keeps to the first and last spellings when the combinations would be many", () => {
    const user = parseSelector("s", '{a="1",b="2",c="3",d="4",e="5"}');
    // 2^5 = 32 combinations, more than 16: the plain and the all-exported form.
    const forms = selectorForms(user, (name) => withExported(name, new Set()));
    expect(forms.map((f) => f.map((m) => m.name).join(","))).toEqual([
      "a,b,c,d,e",
      "exported_a,exported_b,exported_c,exported_d,exported_e",
    ]);
  });
});
