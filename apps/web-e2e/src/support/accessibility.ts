// Accessibility checks of the screens the browser tests visit: axe-core (injected into the page)
// must find nothing serious or critical, the screen must fit a 360 px phone without sideways
// scrolling, and the keyboard must reach the controls.
import { readFileSync } from 'node:fs';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING: readonly ImpactValue[] = ['serious', 'critical'];
const AXE_OPTIONS = {
  resultTypes: ['violations'],
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
};

// The checks below run inside the page, written as source text: this project compiles without
// the DOM's types.
const NEXT_FRAMES =
  'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';
const OVERFLOW = (width: number) => `(() => {
  const root = document.documentElement;
  if (root.scrollWidth <= ${width}) return null;
  // The elements that stick out, to say what to fix.
  const culprits = [...document.body.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > ${width} + 1)
    .slice(-3)
    .map((element) => element.tagName.toLowerCase() + '.' + [...element.classList].join('.'));
  return { scrollWidth: root.scrollWidth, culprits };
})()`;
const FOCUSED_NAME = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return '';
  const labelledBy = (element.getAttribute('aria-labelledby') || '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  const label = element.labels?.[0]?.textContent ?? '';
  return (element.getAttribute('aria-label') || labelledBy || label || element.textContent || '')
    .replace(/\\s+/g, ' ')
    .replace(/\\s*\\*$/, '')
    .trim();
})()`;
/** The narrowest phone the client is built for. */
export const PHONE_WIDTH = 360;

function describeViolation(violation: Result): string {
  const targets = violation.nodes
    .slice(0, 5)
    .map(
      (node) =>
        `    ${node.target.join(' ')} ${node.html.slice(0, 160)}\n      ${node.failureSummary?.split('\n').join(' ') ?? ''}`,
    )
    .join('\n');
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length})\n${targets}`;
}

/**
 * Runs axe-core on the page as it is now (WCAG 2.1 A and AA, and axe's best practices) and
 * fails on any serious or critical violation, naming the rule and the elements.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated rather than added as a <script>: no Content-Security-Policy stands in the way.
  const loaded = await page.evaluate<boolean>("typeof window.axe === 'object'");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, ${JSON.stringify(AXE_OPTIONS)})`,
  );
  const failing = results.violations.filter((violation) =>
    FAILING.includes(violation.impact ?? 'minor'),
  );
  if (failing.length > 0) {
    throw new Error(
      `axe found ${failing.length} serious or critical violation(s) on ${screen}:\n${failing
        .map(describeViolation)
        .join('\n')}`,
    );
  }
}

/**
 * Shows the page at 360 px wide, checks that nothing scrolls sideways, saves a screenshot
 * (`<name>-360`), and puts the former size back.
 */
export async function expectFitsPhone(page: Page, name: string): Promise<void> {
  const former = page.viewportSize();
  await page.setViewportSize({ width: PHONE_WIDTH, height: 760 });
  try {
    // Two frames: the layout reacts to the new width.
    await page.evaluate(NEXT_FRAMES);
    const overflow = await page.evaluate<{ scrollWidth: number; culprits: string[] } | null>(
      OVERFLOW(PHONE_WIDTH),
    );
    await screenshot(page, `${name}-360`);
    if (overflow) {
      throw new Error(
        `${name} scrolls sideways at ${PHONE_WIDTH} px: ${overflow.scrollWidth} px wide (${overflow.culprits.join(', ')})`,
      );
    }
  } finally {
    if (former) await page.setViewportSize(former);
  }
}

/** Both checks of a screen: axe at the desktop width, then the fit at 360 px. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expectFitsPhone(page, name);
}

/** The focused element as a user would name it: its label, accessible name or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate<string>(FOCUSED_NAME);
}

/**
 * Presses Tab until the focus is on a control whose name is `name` (exactly, or as a whole
 * match of a RegExp); fails after `maxPresses`, listing where the focus went.
 */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 60): Promise<void> {
  const visited: string[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    visited.push(current);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
  }
  throw new Error(
    `Tab did not reach "${String(name)}" in ${maxPresses} presses; it went: ${visited.join(' → ')}`,
  );
}
