// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MlSyncResponse } from '../../contract/kibana';
import { createTestSimulator } from '../../testing/simulator';
import { buildPreview, countByCategory, type MlSavedObject } from './sync-preview';
import { buildResults, describeItemError, isEmptyAnswer } from './sync-results';

async function demoAnswers(space: string, simulate: boolean) {
  const { json } = createTestSimulator();
  const prefix = space === 'default' ? '' : `/s/${space}`;
  const found = await json<{ saved_objects: MlSavedObject[] }>('GET', '/api/saved_objects/_find?type=ml-job&type=ml-trained-model&namespaces=*&per_page=1000');
  const preview = await json<MlSyncResponse>('GET', `${prefix}/api/ml/saved_objects/sync?simulate=true`);
  const run = simulate ? undefined : await json<MlSyncResponse>('GET', `${prefix}/api/ml/saved_objects/sync?simulate=false`);
  return { objects: found.body.saved_objects, preview: preview.body, run: run?.body };
}

const byId = <T extends { id: string; category: string }>(rows: T[], category: string, id: string) =>
  rows.find((r) => r.category === category && r.id === id)!;

describe('buildPreview on the demo drift', () => {
  it('puts each planted problem in its section with its reason and its spaces', async () => {
    const { objects, preview } = await demoAnswers('default', true);
    const rows = buildPreview(preview, objects, { space: 'default', addToAllSpaces: true });
    expect(countByCategory(rows)).toEqual({ savedObjectsCreated: 4, savedObjectsDeleted: 3, datafeedsAdded: 1, datafeedsRemoved: 1 });

    const created = byId(rows, 'savedObjectsCreated', 'high-latency-detector');
    expect(created).toMatchObject({ kind: 'anomaly-detector', spaces: undefined, newObjectSpaces: ['*'] });
    expect(created.reason).toMatch(/exists in Elasticsearch but has no saved object/);

    const deleted = byId(rows, 'savedObjectsDeleted', 'retired-capacity-job');
    expect(deleted).toMatchObject({ spaces: ['engineering'] });
    expect(deleted.reason).toMatch(/no longer exists/);
    expect(deleted.runFrom).toBeUndefined();

    const added = byId(rows, 'datafeedsAdded', 'checkout-errors');
    expect(added).toMatchObject({ spaces: ['marketing'], storedDatafeedId: null, runFrom: ['marketing'] });
    expect(added.reason).toContain('holds no datafeed id');

    const removed = byId(rows, 'datafeedsRemoved', 'login-spikes');
    expect(removed).toMatchObject({ spaces: ['security-ops'], storedDatafeedId: 'datafeed-login-spikes', runFrom: ['security-ops'] });
    expect(removed.reason).toContain('“datafeed-login-spikes”');
  });

  it('says where new objects land: this space when not all spaces, but dot-models always everywhere', async () => {
    const { objects, preview } = await demoAnswers('marketing', true);
    const rows = buildPreview(preview, objects, { space: 'marketing', addToAllSpaces: false });
    expect(byId(rows, 'savedObjectsCreated', 'customer-churn').newObjectSpaces).toEqual(['marketing']);
    expect(byId(rows, 'savedObjectsCreated', '.elser_model_2').newObjectSpaces).toEqual(['*']);
    // From marketing the checkout-errors object is visible: it can be repaired here.
    expect(byId(rows, 'datafeedsAdded', 'checkout-errors').runFrom).toBeUndefined();
  });

  it('a saved object in spaces the caller cannot see names no space to run from', () => {
    const answer: MlSyncResponse = { savedObjectsCreated: {}, savedObjectsDeleted: {}, datafeedsAdded: { 'anomaly-detector': { j: { success: true } } }, datafeedsRemoved: {} };
    const objects = [{ type: 'ml-job', id: 'anomaly-detector-j', namespaces: ['?'], attributes: { job_id: 'j', datafeed_id: '' } }];
    const [row] = buildPreview(answer, objects, { space: 'default', addToAllSpaces: true });
    expect(row).toMatchObject({ runFrom: [], storedDatafeedId: null });
  });
});

describe('buildResults', () => {
  it('a run from the default space fails exactly the two datafeed repairs, naming the space to run from', async () => {
    const { objects, preview, run } = await demoAnswers('default', false);
    const rows = buildResults(run!, buildPreview(preview, objects, { space: 'default', addToAllSpaces: true }), (id) => (id === 'marketing' ? 'Marketing' : id));
    const failed = rows.filter((r) => r.status === 'failed');
    expect(failed.map((r) => `${r.category}/${r.id}`)).toEqual(['datafeedsAdded/checkout-errors', 'datafeedsRemoved/login-spikes']);
    expect(failed[0].message).toBe('404 Not Found, without a message.');
    expect(failed[0].advice).toBe('Its saved object lives in Marketing, which the sync cannot see from this space. Run the sync from Marketing.');
    expect(rows.filter((r) => r.status === 'done')).toHaveLength(7);
  });

  it('after runs from the right spaces, nothing is left to sync', async () => {
    const { json } = createTestSimulator();
    for (const prefix of ['', '/s/marketing', '/s/security-ops']) await json('GET', `${prefix}/api/ml/saved_objects/sync`);
    const { body } = await json<MlSyncResponse>('GET', '/api/ml/saved_objects/sync?simulate=true');
    expect(isEmptyAnswer(body)).toBe(true);
  });

  it('a conflict on create keeps Kibana’s message and says which id is taken', () => {
    const answer: MlSyncResponse = {
      savedObjectsCreated: { 'anomaly-detector': { blocked: { success: false, error: { statusCode: 409, error: 'Conflict', message: 'Saved object [ml-job/anomaly-detector-blocked] conflict' } }, free: { success: true } } },
      savedObjectsDeleted: {}, datafeedsAdded: {}, datafeedsRemoved: {},
    };
    const rows = buildResults(answer, []);
    expect(rows.map((r) => r.status)).toEqual(['failed', 'done']);
    expect(rows[0].message).toBe('409 Conflict: Saved object [ml-job/anomaly-detector-blocked] conflict');
    expect(rows[0].advice).toContain('ml-job/anomaly-detector-blocked');
  });
});

describe('describeItemError', () => {
  it.each([
    [{ error: { type: 'resource_not_found_exception', reason: 'No known trained model with model_id [m]' } }, 'No known trained model with model_id [m]'],
    [{ statusCode: 404, body: { error: { reason: 'missing datafeed' } } }, '404 Not Found: missing datafeed'],
    ['trained model m not found', 'trained model m not found'],
    [{ weird: true }, '{"weird":true}'],
    [undefined, 'Kibana reported a failure without details.'],
  ])('%j → %s', (error, expected) => expect(describeItemError(error)).toBe(expected));
});
