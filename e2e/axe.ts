// Accessibility check for the e2e suites: axe-core over the page as it is now; a serious or critical
// violation fails the test with the rule, the elements it found and how to fix them.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, state: string): Promise<void> {
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
