// Debian's chromium driven by playwright-core (never a downloaded browser): one browser per test
// file, a fresh context (no storage, no session) per test, screenshots in test-output/web-e2e.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { platformUrl } from './platform';

const SCREENSHOTS = resolve(__dirname, '../../../../test-output/web-e2e');
/** How long a locator waits for what a user should see. */
const WAIT_MS = 20_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface BrowserPage {
  /** The current test's page. */
  readonly page: Page;
  /** Uncaught errors in the page's scripts so far. */
  readonly pageErrors: readonly string[];
}

/**
 * Registers the hooks of a test file: the browser for the file, a new context and page for each
 * test (opened at the platform's address), closed after it.
 */
export function useBrowserPage(): BrowserPage {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('the browser did not start');
    const context = await browser.newContext({
      baseURL: platformUrl(),
      viewport: { width: 1280, height: 860 },
      locale: 'sr-RS',
      timezoneId: 'Europe/Belgrade',
    });
    context.setDefaultTimeout(WAIT_MS);
    page = await context.newPage();
    errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterEach(async () => {
    await page?.context().close();
    page = undefined;
  });

  return {
    get page() {
      if (!page) throw new Error('no page outside a test');
      return page;
    },
    get pageErrors() {
      return errors;
    },
  };
}

/** Saves the whole page as test-output/web-e2e/<name>.png, transitions finished. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** The path the page is on now (`/sign-in`). */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}
