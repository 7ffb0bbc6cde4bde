// Accessibility check for the e2e suites: axe-core over the page as it is now; a serious or critical
// violation fails the test with the rule, the elements it found and how to fix them.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The colour modes every screen is checked in. */
export const COLOR_MODES = ['light', 'dark'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** Opens every page of this test in `mode`, as if the admin had picked it (the app remembers the choice). */
export async function startInColorMode(page: Page, mode: ColorMode): Promise<void> {
  await page.addInitScript((chosen) => window.localStorage.setItem('saved-objects-console:color-mode', chosen), mode);
}

const SETTLE_LIMIT_MS = 2000;

/**
 * Waits until the page's time-based, finite animations (a modal fading in, a flyout sliding) are over: axe
 * measures colours as drawn, and half-faded text reads as low contrast. Returns the animations still running
 * when the limit ran out, to name them if the check then fails.
 *
 * Not waited for: endless ones (spinners, indeterminate progress bars), and scroll-driven ones. EUI draws
 * the overflow shadows of flyout and modal bodies, selectable and combo box lists with CSS
 * `animation-timeline: scroll()`: those animations stay "running" with a finite iteration count, follow the
 * scroll position instead of the clock, and never finish while the list sits at the top. Waited for, they
 * made every check on a screen with such a list last the whole limit (and hang without one).
 */
async function settleAnimations(page: Page): Promise<string[]> {
  return page.evaluate(async (limitMs) => {
    const limit = new Promise<void>((resolve) => setTimeout(resolve, limitMs));
    // A click that opens a modal has just been made: its transitions start on the next frames.
    await Promise.race([new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), limit]);
    const ending = () =>
      document.getAnimations().filter((animation) => {
        if (animation.playState !== 'running' || !(animation.timeline instanceof DocumentTimeline)) return false;
        const end = animation.effect?.getComputedTiming().endTime;
        return typeof end === 'number' && Number.isFinite(end);
      });
    // Bounded: an animation that restarts again and again must not hold the check up.
    await Promise.race([Promise.all(ending().map((animation) => animation.finished.catch(() => undefined))), limit]);
    return ending().map((animation) => {
      const name = animation instanceof CSSAnimation ? animation.animationName : animation instanceof CSSTransition ? animation.transitionProperty : animation.id;
      const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
      return `${name || 'animation'} on ${target ? target.tagName.toLowerCase() + (target.id ? `#${target.id}` : '') : 'nothing'}`;
    });
  }, SETTLE_LIMIT_MS);
}

export async function expectAccessible(page: Page, state = 'the page as it is now'): Promise<void> {
  const stillRunning = await settleAnimations(page);
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
  const animating = stillRunning.length > 0 ? `; still animating after ${SETTLE_LIMIT_MS} ms: ${stillRunning.join(', ')}` : '';
  expect(blocking, `serious or critical accessibility violations (${state}${animating})`).toEqual([]);
}
