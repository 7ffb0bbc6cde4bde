// Accessibility check for the e2e suites: axe-core over the page as it is now; a serious or critical
// violation fails the test with the rule, the elements it found and how to fix them.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page's finite animations (a modal fading in, a flyout sliding) are over: axe measures
 * colours as drawn, and half-faded text reads as low contrast. Endless ones (spinners) are not waited for.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined));
    // Bounded: an animation that never ends must not hold the check up.
    return Promise.race([Promise.all(finite), new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
}

export async function expectAccessible(page: Page, state = 'the page as it is now'): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page })
    // Experimental in axe, and exactly what trips voice-control users: a name that does not contain
    // the visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  expect(blocking, `serious or critical accessibility violations (${state})`).toEqual([]);
}
