/**
 * The live Electricity Maps edge and `resolveIntensityLive`, against a local stand-in server
 * (helpers/fake-electricity-maps.ts): real fetch, real sockets, nothing on the network. Fallback values
 * are compared with `resolveIntensity`, the yearly path the live one falls back to.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import cloudTable from "../../data/cloud-regions.json" with { type: "json" };
import { fetchLatestIntensity, latestIntensityUrl } from "../../src/carbon/electricity-maps.js";
import { type Intensity, resolveIntensity, resolveIntensityLive } from "../../src/carbon/intensity.js";
import { DEFAULT_ELECTRICITY_MAPS_URL, readEnvironment } from "../../src/environment.js";
import { InputError } from "../../src/errors.js";
import {
  type FakeElectricityMaps,
  latestBody,
  startFakeElectricityMaps,
} from "../helpers/fake-electricity-maps.js";

const TOKEN = "em-test-token-5f1c9a";
const HOUR = "2026-03-04T11:00:00.000Z";
/** Short enough to keep the suite fast, long enough for a loaded CI machine to answer a local socket. */
const TIMEOUT_MS = 200;

let fake: FakeElectricityMaps;
beforeAll(async () => {
  fake = await startFakeElectricityMaps();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  fake.requests.length = 0;
});

const live = () => ({ token: TOKEN, baseUrl: fake.url, timeoutMs: TIMEOUT_MS });

describe("fetchLatestIntensity", () => {
  it("asks for the zone with the token in the auth-token header, and no IP-based fallback", async () => {
    fake.answer({ kind: "json", body: latestBody("DE", 287, HOUR) });
    const answer = await fetchLatestIntensity("DE", live());
    expect(answer).toEqual({
      ok: true,
      value: { zone: "DE", g_per_kwh: 287, datetime: HOUR, isEstimated: false },
    });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe("GET");
    expect(request?.path).toBe("/v3/carbon-intensity/latest");
    expect(request?.query.get("zone")).toBe("DE");
    expect(request?.query.get("shouldUseFallbackCallerLookup")).toBe("false");
    expect(request?.query.get("emissionFactorType")).toBe("lifecycle");
    expect(request?.headers["auth-token"]).toBe(TOKEN);
  });

  it("reports each HTTP failure by its status", async () => {
    for (const status of [401, 429, 500, 503]) {
      fake.answer({ kind: "status", status });
      expect(await fetchLatestIntensity("DE", live())).toEqual({ ok: false, reason: `HTTP ${status}` });
    }
  });

  it("gives up after the timeout when the server does not answer", async () => {
    fake.answer({ kind: "hang" });
    const started = performance.now();
    const answer = await fetchLatestIntensity("DE", live());
    const elapsed = performance.now() - started;
    expect(answer).toEqual({ ok: false, reason: `no answer within ${TIMEOUT_MS} ms` });
    // at least the timeout, and nowhere near the 5 s default
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(3000);
  });

  it("refuses bodies that are not JSON, miss a field, or are for another zone", async () => {
    fake.answer({ kind: "text", body: "<html>maintenance</html>" });
    expect(await fetchLatestIntensity("DE", live())).toEqual({
      ok: false,
      reason: "the answer was not JSON",
    });

    fake.answer({ kind: "json", body: latestBody("DE", null as unknown as number, HOUR) });
    const missing = await fetchLatestIntensity("DE", live());
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.reason).toMatch(/^unexpected answer: carbonIntensity: /);

    fake.answer({ kind: "json", body: latestBody("FR", 31, HOUR) });
    expect(await fetchLatestIntensity("DE", live())).toEqual({
      ok: false,
      reason: "the answer was for zone FR, not DE",
    });
  });

  it("does not follow a redirect, so the token never reaches another host", async () => {
    const elsewhere = await startFakeElectricityMaps({ kind: "json", body: latestBody("DE", 1, HOUR) });
    try {
      fake.answer({ kind: "redirect", location: `${elsewhere.url}/v3/carbon-intensity/latest?zone=DE` });
      const answer = await fetchLatestIntensity("DE", live());
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.reason).toMatch(/^request failed: /);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it("reports a refused connection", async () => {
    const closed = await startFakeElectricityMaps();
    await closed.close();
    expect(await fetchLatestIntensity("DE", { ...live(), baseUrl: closed.url })).toEqual({
      ok: false,
      reason: "request failed: ECONNREFUSED",
    });
  });

  it("uses the fetch it is given, and masks the token if an error echoes it", async () => {
    const seen: string[] = [];
    const leaky = (async (url: string | URL | Request) => {
      seen.push(String(url));
      throw new Error(`proxy refused header auth-token: ${TOKEN}`);
    }) as typeof fetch;
    const answer = await fetchLatestIntensity("DE", { token: TOKEN, fetch: leaky });
    expect(seen).toEqual([latestIntensityUrl("DE")]);
    expect(answer).toEqual({ ok: false, reason: "request failed: proxy refused header auth-token: ***" });
  });

  it("builds the URL under the base URL, trailing slash or not", () => {
    expect(latestIntensityUrl("US-MIDA-PJM")).toBe(
      `${DEFAULT_ELECTRICITY_MAPS_URL}/v3/carbon-intensity/latest?zone=US-MIDA-PJM&emissionFactorType=lifecycle&shouldUseFallbackCallerLookup=false`,
    );
    expect(latestIntensityUrl("DE", "http://127.0.0.1:9/em/")).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/em\/v3\/carbon-intensity\/latest\?zone=DE&/,
    );
  });
});

describe("resolveIntensityLive", () => {
  it("sends nothing without a token, with an explicit value, or without a location", async () => {
    fake.answer({ kind: "json", body: latestBody("DE", 287, HOUR) });
    expect(await resolveIntensityLive({ location: "DE" }, { baseUrl: fake.url })).toEqual(
      resolveIntensity({ location: "DE" }),
    );
    expect(await resolveIntensityLive({ location: "DE" }, { ...live(), token: "" })).toEqual(
      resolveIntensity({ location: "DE" }),
    );
    expect(await resolveIntensityLive({ intensity: 99, location: "DE" }, live())).toEqual(
      resolveIntensity({ intensity: 99, location: "DE" }),
    );
    // no location is guessed: the world average stays, with its warning
    expect(await resolveIntensityLive({}, live())).toEqual(resolveIntensity({}));
    expect(fake.requests).toHaveLength(0);
  });

  it("uses the live value for a zone, naming the hour and its year", async () => {
    fake.answer({ kind: "json", body: latestBody("DE", 287, HOUR) });
    expect(await resolveIntensityLive({ location: "de" }, live())).toEqual({
      g_per_kwh: 287,
      source: `Electricity Maps live value for DE (Germany) at ${HOUR}`,
      year: 2026, // the year of HOUR
      location: "DE",
    });
  });

  it("asks for a cloud region's zone and keeps the provider's PUE", async () => {
    const row = cloudTable.regions.find((r) => r.provider === "aws" && r.region === "us-east-1");
    const zone = row?.zone ?? "";
    fake.answer({ kind: "json", body: latestBody(zone, 402, HOUR) });
    const intensity = await resolveIntensityLive({ location: "aws:us-east-1" }, live());
    expect(fake.requests[0]?.query.get("zone")).toBe(zone);
    expect(intensity).toMatchObject({ g_per_kwh: 402, location: "aws:us-east-1" });
    expect(intensity.source).toContain("aws:us-east-1");
    expect(intensity.pue?.value).toBe(cloudTable.providers.aws.pue.value);
  });

  it("says when Electricity Maps marks the value as estimated", async () => {
    fake.answer({
      kind: "json",
      body: latestBody("FR", 40, HOUR, { isEstimated: true, estimationMethod: "TIME_SLICER_AVERAGE" }),
    });
    const intensity = await resolveIntensityLive({ location: "FR" }, live());
    expect(intensity.g_per_kwh).toBe(40);
    expect(intensity.note).toBe("Electricity Maps marks this value as estimated (TIME_SLICER_AVERAGE)");
  });

  it("checks the location before sending anything", async () => {
    await expect(resolveIntensityLive({ location: "aws:us-east-9" }, live())).rejects.toThrow(InputError);
    await expect(resolveIntensityLive({ location: "XX" }, live())).rejects.toThrow(InputError);
    expect(fake.requests).toHaveLength(0);
  });

  it("keeps Ember's value for an alpha-3 country, which has no zone to ask for", async () => {
    const intensity = await resolveIntensityLive({ location: "DEU" }, live());
    expect(intensity).toMatchObject(resolveIntensity({ location: "DEU" }));
    expect(intensity.note).toMatch(/^live intensity needs an Electricity Maps zone/);
    expect(fake.requests).toHaveLength(0);
  });

  it("falls back to the yearly value with a note on every failure, and the note never holds the token", async () => {
    const cases: [Parameters<FakeElectricityMaps["answer"]>[0], string][] = [
      [{ kind: "status", status: 401 }, "HTTP 401"],
      [{ kind: "status", status: 429 }, "HTTP 429"],
      [{ kind: "status", status: 500 }, "HTTP 500"],
      [{ kind: "hang" }, `no answer within ${TIMEOUT_MS} ms`],
      [{ kind: "text", body: "not json" }, "the answer was not JSON"],
    ];
    const results: Intensity[] = [];
    for (const [answer, reason] of cases) {
      fake.answer(answer);
      for (const location of ["DE", "gcp:europe-west4"]) {
        const intensity = await resolveIntensityLive({ location }, live());
        expect(intensity).toEqual({
          ...resolveIntensity({ location }),
          note: `live intensity unavailable (${reason}): yearly average used`,
        });
        results.push(intensity);
      }
    }
    expect(JSON.stringify(results)).not.toContain(TOKEN);
  });
});

describe("readEnvironment: Electricity Maps", () => {
  it("reads the token, treating a blank one as none", () => {
    expect(readEnvironment({ ELECTRICITY_MAPS_TOKEN: ` ${TOKEN}\n` }).electricityMapsToken).toBe(TOKEN);
    expect("electricityMapsToken" in readEnvironment({ ELECTRICITY_MAPS_TOKEN: "  " })).toBe(false);
    expect("electricityMapsToken" in readEnvironment({})).toBe(false);
  });

  it("defaults the API URL, with a test seam to point it at a stand-in", () => {
    expect(readEnvironment({}).electricityMapsUrl).toBe("https://api.electricitymap.org");
    expect(readEnvironment({ CARBON_BUDGET_ELECTRICITY_MAPS_URL: fake.url }).electricityMapsUrl).toBe(
      fake.url,
    );
  });
});
