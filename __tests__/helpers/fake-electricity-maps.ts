/**
 * A local stand-in for the Electricity Maps API on 127.0.0.1 (ephemeral port): it records every request
 * (method, path, query, headers) and answers as the test tells it, so the real fetch, timeout and
 * parsing code runs against a real socket and nothing reaches the network.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeAnswer =
  /** 200 with this JSON body (any value: tests send broken shapes too). */
  | { kind: "json"; body: unknown }
  /** 200 with a body that is not JSON. */
  | { kind: "text"; body: string }
  /** An error status, with a small JSON error body as an API gateway would send. */
  | { kind: "status"; status: number }
  /** Reads the request and never answers: for the client's timeout. */
  | { kind: "hang" }
  /** 302 to another URL. */
  | { kind: "redirect"; location: string };

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface FakeElectricityMaps {
  /** The base URL to hand to the client, e.g. `http://127.0.0.1:41234`. */
  url: string;
  requests: RecordedRequest[];
  /** Sets the answer to every later request. */
  answer(next: FakeAnswer): void;
  close(): Promise<void>;
}

/** An answer shaped like the documented `/v3/carbon-intensity/latest` response. */
export function latestBody(
  zone: string,
  carbonIntensity: number,
  datetime: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    zone,
    carbonIntensity,
    datetime,
    updatedAt: datetime,
    createdAt: datetime,
    emissionFactorType: "lifecycle",
    isEstimated: false,
    estimationMethod: null,
    ...extra,
  };
}

function send(response: ServerResponse, status: number, body: string, contentType: string): void {
  response.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
  response.end(body);
}

export async function startFakeElectricityMaps(
  initial: FakeAnswer = { kind: "status", status: 500 },
): Promise<FakeElectricityMaps> {
  let current = initial;
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push({
      method: request.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
    });
    const answer = current;
    switch (answer.kind) {
      case "json":
        return send(response, 200, JSON.stringify(answer.body), "application/json");
      case "text":
        return send(response, 200, answer.body, "text/html");
      case "status":
        return send(
          response,
          answer.status,
          JSON.stringify({ message: `status ${answer.status}` }),
          "application/json",
        );
      case "redirect":
        response.writeHead(302, { location: answer.location });
        return response.end();
      case "hang":
        return;
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // A hanging answer keeps its socket open; close() alone would wait for it forever.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
