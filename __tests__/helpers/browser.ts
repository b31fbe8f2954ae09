/**
 * Debian's Chromium, driven by playwright-core (nothing is downloaded), opening one page offline:
 * every request is intercepted and only the page itself may load. Console errors and warnings and
 * uncaught errors are collected for the test to check.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CARBON_BUDGET_CHROMIUM ?? "/usr/bin/chromium";
/** CI installs Chromium (.ci/run); a developer's machine without it skips rather than fails. */
export const browserMissing = !existsSync(CHROMIUM) && !process.env.CI;

export interface OfflinePage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, its own included. */
  requests: string[];
  /** Console errors and warnings, and uncaught errors. */
  problems: string[];
  close(): Promise<void>;
}

/** Opens `pageUrl` (a file:// URL) and waits until its charts are drawn. */
export async function openOffline(
  pageUrl: string,
  options: { colorScheme?: "light" | "dark" } = {},
): Promise<OfflinePage> {
  const profile = mkdtempSync(join(tmpdir(), "carbon-budget-chromium-"));
  const requests: string[] = [];
  const problems: string[] = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url === pageUrl) await route.continue();
      else await route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(pageUrl);
    await page.waitForSelector("html[data-charts=ready]");
    return { page, context, requests, problems, close };
  } catch (error) {
    await close();
    throw error;
  }
}
