import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestSimulator, startMswServer } from '../testing/simulator';
import { seedState } from '../simulator/state/seed';
import { KibanaError } from './client';
import { bulkResolve, disableLegacyUrlAliases, findLegacyUrlAliases, isResolveError } from './resolve';

// More aliases than one page holds, spread over two spaces, so paging and the space filter both matter.
function manyAliases() {
  const state = seedState();
  for (let i = 0; i < 1200; i += 1) {
    const space = i % 2 === 0 ? 'default' : 'marketing';
    state.objects.push({
      type: 'legacy-url-alias',
      id: `${space}:dashboard:bulk-${i}`,
      attributes: { sourceId: `bulk-${i}`, targetNamespace: space, targetType: 'dashboard', targetId: `bulk-new-${i}` },
      references: [],
    });
  }
  return state;
}

const { sim } = createTestSimulator(manyAliases);
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  sim.faults.replace([]);
  server.resetHandlers();
});
afterAll(() => server.close());

describe('resolve API', () => {
  it('resolves in request order, keeping per-object errors as entries', async () => {
    const answers = await bulkResolve('default', [
      { type: 'dashboard', id: 'old-web-overview' },
      { type: 'widget', id: 'w' },
      { type: 'dashboard', id: 'nope' },
    ]);
    expect(answers[0]).toMatchObject({ outcome: 'aliasMatch', alias_target_id: 'web-overview', alias_purpose: 'savedObjectConversion' });
    expect(answers.map(isResolveError)).toEqual([false, true, true]);
    expect(answers[1].saved_object).toMatchObject({ error: { statusCode: 400 } });
    expect(answers[2].saved_object).toMatchObject({ error: { statusCode: 404 } });
  });

  it('lists every alias of a space across pages, and only that space', async () => {
    const aliases = await findLegacyUrlAliases('default');
    // 600 generated + the demo's 3 default-space aliases.
    expect(aliases).toHaveLength(603);
    expect(aliases.every((alias) => alias.targetNamespace === 'default')).toBe(true);
    expect(aliases.find((alias) => alias.sourceId === 'legacy-requests')).toMatchObject({ disabled: true, resolveCounter: 41, targetType: 'visualization' });
    expect(aliases.find((alias) => alias.sourceId === 'bulk-0')).toMatchObject({ disabled: false, resolveCounter: 0 });
  });

  it('disables aliases, and reports a failure as a KibanaError', async () => {
    await disableLegacyUrlAliases([{ targetSpace: 'marketing', targetType: 'dashboard', sourceId: 'campaign-board-v1' }]);
    const marketing = await findLegacyUrlAliases('marketing');
    expect(marketing.find((alias) => alias.sourceId === 'campaign-board-v1')?.disabled).toBe(true);

    sim.faults.replace([{ path: '/api/spaces/_disable_legacy_url_aliases', status: 503 }]);
    await expect(disableLegacyUrlAliases([{ targetSpace: 'default', targetType: 'dashboard', sourceId: 'kpi-overview' }])).rejects.toBeInstanceOf(KibanaError);
  });
});
