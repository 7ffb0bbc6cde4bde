// @vitest-environment node
// Kibana's published examples for copy saved objects and resolve copy errors (elastic/kibana
// oas_docs/examples/copy_saved_objects_*.yaml and resolve_copy_saved_objects_*.yaml), replayed against
// the simulator. The examples date from 7.x, when these types were single-namespace; where they disagree
// with the code-derived contract (kibana-api.md §3–4) the test follows the contract and says why.
import { describe, expect, it } from 'vitest';
import type { CopyResponse } from '../../contract/kibana';
import { deployment, pinnedSimulator, queuedIds, so } from '../../testing/copy-fixtures';

const COPY = '/api/spaces/_copy_saved_objects';
const RESOLVE = '/api/spaces/_resolve_copy_saved_objects_errors';

// Differences that apply to every example below:
// - current Kibana adds `managed` to each success entry (§3.5, §12); the examples predate it.
// - success entries follow the import stream, i.e. dependency order (§3.2: references before the objects
//   using them); some examples list the dashboard first.

describe('copy_saved_objects_request1 / response1: copy with createNewCopies', () => {
  it('creates the dashboard, visualization and data view in marketing under new ids', async () => {
    const t = pinnedSimulator(
      deployment([
        so('dashboard', 'my-dashboard', { title: 'Look at my dashboard', refs: [['visualization', 'my-vis']] }),
        so('visualization', 'my-vis', { title: 'Look at my visualization', refs: [['index-pattern', 'my-index-pattern']] }),
        so('index-pattern', 'my-index-pattern', { title: 'my-pattern-*' }),
      ]),
      // Ids are generated in import-stream order: data view, visualization, dashboard.
      queuedIds('bc3c9c70-bf6f-4bec-b4ce-f4189aa9e26b', 'a610ed80-1c73-4507-9e13-d3af736c8e04', '1e127098-5b80-417f-b0f1-c60c8395358f'),
    );
    const { status, body } = await t.json<CopyResponse>('POST', COPY, {
      body: { objects: [{ type: 'dashboard', id: 'my-dashboard' }], spaces: ['marketing'], includeReferences: true },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      marketing: {
        success: true,
        successCount: 3,
        successResults: [
          { id: 'my-index-pattern', type: 'index-pattern', destinationId: 'bc3c9c70-bf6f-4bec-b4ce-f4189aa9e26b', meta: { icon: 'indexPatternApp', title: 'my-pattern-*' }, managed: false },
          { id: 'my-vis', type: 'visualization', destinationId: 'a610ed80-1c73-4507-9e13-d3af736c8e04', meta: { icon: 'visualizeApp', title: 'Look at my visualization' }, managed: false },
          { id: 'my-dashboard', type: 'dashboard', destinationId: '1e127098-5b80-417f-b0f1-c60c8395358f', meta: { icon: 'dashboardApp', title: 'Look at my dashboard' }, managed: false },
        ],
      },
    });
    // New copies: no originId, references point at the new ids.
    const dashboard = t.sim.store.getIn('dashboard', '1e127098-5b80-417f-b0f1-c60c8395358f', 'marketing');
    expect(dashboard?.originId).toBeUndefined();
    expect(dashboard?.references).toEqual([{ name: 'ref_0', type: 'visualization', id: 'a610ed80-1c73-4507-9e13-d3af736c8e04' }]);
  });
});

describe('copy_saved_objects_request2 / response2: copy without createNewCopies', () => {
  it('creates all three objects in marketing, each tied to its source by originId', async () => {
    const t = pinnedSimulator(
      deployment([
        so('dashboard', 'my-dashboard', { title: 'Look at my dashboard', refs: [['visualization', 'my-vis']] }),
        so('visualization', 'my-vis', { title: 'Look at my visualization', refs: [['index-pattern', 'my-index-pattern']] }),
        so('index-pattern', 'my-index-pattern', { title: 'my-pattern-*' }),
      ]),
    );
    const { body } = await t.json<CopyResponse>('POST', COPY, {
      body: { objects: [{ type: 'dashboard', id: 'my-dashboard' }], spaces: ['marketing'], includeReferences: true, createNewCopies: false },
    });
    // The example shows no destinationId. In 8.x these types are multi-namespace, so their ids are global:
    // each object already exists (in default) but not in marketing — an "unresolvable conflict" that Kibana
    // answers by creating the copy under a fresh id with originId = source id (§3.3 step 4b).
    expect(body).toEqual({
      marketing: {
        success: true,
        successCount: 3,
        successResults: [
          { id: 'my-index-pattern', type: 'index-pattern', destinationId: '00000000-0000-4000-8000-000000000001', meta: { icon: 'indexPatternApp', title: 'my-pattern-*' }, managed: false },
          { id: 'my-vis', type: 'visualization', destinationId: '00000000-0000-4000-8000-000000000002', meta: { icon: 'visualizeApp', title: 'Look at my visualization' }, managed: false },
          { id: 'my-dashboard', type: 'dashboard', destinationId: '00000000-0000-4000-8000-000000000003', meta: { icon: 'dashboardApp', title: 'Look at my dashboard' }, managed: false },
        ],
      },
    });
    expect(t.sim.store.getIn('dashboard', '00000000-0000-4000-8000-000000000003', 'marketing')?.originId).toBe('my-dashboard');
  });
});

describe('copy_saved_objects_response4: failed copy with missing reference errors', () => {
  it('reports the visualization, lists the would-be successes and writes nothing', async () => {
    const t = pinnedSimulator(
      deployment([
        so('dashboard', 'my-dashboard', { title: 'Look at my dashboard', refs: [['visualization', 'my-vis'], ['canvas-workpad', 'my-canvas']] }),
        so('visualization', 'my-vis', { title: 'Look at my visualization', refs: [['index-pattern', 'my-pattern-*']] }),
        so('canvas-workpad', 'my-canvas', { name: 'Look at my canvas' }),
      ]),
    );
    const before = [...t.sim.store.all()].length;
    // Request as documented (request1 body: createNewCopies left to its default, true).
    const { body } = await t.json<CopyResponse>('POST', COPY, {
      body: { objects: [{ type: 'dashboard', id: 'my-dashboard' }], spaces: ['marketing'], includeReferences: true },
    });
    // Differences from the example: no top-level `title` on the error (pre-8.0 only, §3.4); new copies
    // carry their would-be destinationId; the canvas comes before the dashboard that references it.
    expect(body).toEqual({
      marketing: {
        success: false,
        successCount: 2,
        errors: [
          {
            id: 'my-vis',
            type: 'visualization',
            error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'my-pattern-*' }] },
            meta: { icon: 'visualizeApp', title: 'Look at my visualization' },
          },
        ],
        successResults: [
          { id: 'my-canvas', type: 'canvas-workpad', destinationId: '00000000-0000-4000-8000-000000000002', meta: { icon: 'canvasApp', title: 'Look at my canvas' }, managed: false },
          { id: 'my-dashboard', type: 'dashboard', destinationId: '00000000-0000-4000-8000-000000000003', meta: { icon: 'dashboardApp', title: 'Look at my dashboard' }, managed: false },
        ],
      },
    });
    expect([...t.sim.store.all()].length).toBe(before);
  });
});

describe('resolve_copy_saved_objects_request1 / response1: resolve conflict errors by overwriting', () => {
  it('overwrites the data view, visualization and workpad, and creates the dashboard', async () => {
    const t = pinnedSimulator(
      deployment([
        so('dashboard', 'my-dashboard', { title: 'Look at my dashboard', refs: [['visualization', 'my-vis'], ['canvas-workpad', 'my-canvas']] }),
        so('visualization', 'my-vis', { title: 'Look at my visualization', refs: [['index-pattern', 'my-pattern']] }),
        so('canvas-workpad', 'my-canvas', { name: 'Look at my canvas' }),
        so('index-pattern', 'my-pattern', { title: 'my-pattern-*', ns: ['default', 'sales'] }),
        so('visualization', 'another-vis', { title: 'Another vis', originId: 'my-vis', ns: ['sales'] }),
        so('canvas-workpad', 'another-canvas', { name: 'Look at another canvas', originId: 'my-canvas', ns: ['sales'] }),
        so('canvas-workpad', 'yet-another-canvas', { name: 'Look at yet another canvas', originId: 'my-canvas', ns: ['sales'] }),
      ]),
    );
    const { body } = await t.json<CopyResponse>('POST', RESOLVE, {
      body: {
        objects: [{ type: 'dashboard', id: 'my-dashboard' }],
        includeReferences: true,
        createNewCopies: false,
        retries: {
          sales: [
            { type: 'index-pattern', id: 'my-pattern', overwrite: true },
            // The example writes `overwrite: true,` (a YAML string) and `type: canvas`; a retry only applies to
            // an exported object of the same type, so the intended `true` and `canvas-workpad` are sent.
            { type: 'visualization', id: 'my-vis', overwrite: true, destinationId: 'another-vis' },
            { type: 'canvas-workpad', id: 'my-canvas', overwrite: true, destinationId: 'yet-another-canvas' },
            { type: 'dashboard', id: 'my-dashboard' },
          ],
        },
      },
    });
    // Differences from the example: every object of the overwrite batch echoes `overwrite: true` (§4.2);
    // the dashboard exists (globally) in default only, so it is created under a fresh id (§3.3 step 4b).
    expect(body).toEqual({
      sales: {
        success: true,
        successCount: 4,
        successResults: [
          { id: 'my-pattern', type: 'index-pattern', meta: { icon: 'indexPatternApp', title: 'my-pattern-*' }, overwrite: true, managed: false },
          { id: 'my-vis', type: 'visualization', destinationId: 'another-vis', meta: { icon: 'visualizeApp', title: 'Look at my visualization' }, overwrite: true, managed: false },
          { id: 'my-canvas', type: 'canvas-workpad', destinationId: 'yet-another-canvas', meta: { icon: 'canvasApp', title: 'Look at my canvas' }, overwrite: true, managed: false },
          { id: 'my-dashboard', type: 'dashboard', destinationId: '00000000-0000-4000-8000-000000000001', meta: { icon: 'dashboardApp', title: 'Look at my dashboard' }, managed: false },
        ],
      },
    });
    const dashboard = t.sim.store.getIn('dashboard', '00000000-0000-4000-8000-000000000001', 'sales');
    expect(dashboard?.references.map((r) => r.id)).toEqual(['another-vis', 'yet-another-canvas']);
    expect(t.sim.store.getIn('visualization', 'another-vis', 'sales')?.attributes.title).toBe('Look at my visualization');
    expect(t.sim.store.getIn('canvas-workpad', 'another-canvas', 'sales')?.attributes.name).toBe('Look at another canvas');
    expect(t.sim.store.get('index-pattern', 'my-pattern')?.namespaces).toEqual(['default', 'sales']);
  });
});

describe('resolve_copy_saved_objects_request2 / response2: resolve missing reference errors', () => {
  it('copies the visualization despite its missing data view', async () => {
    const t = pinnedSimulator(
      deployment([
        so('dashboard', 'my-dashboard', { title: 'Look at my dashboard', refs: [['visualization', 'my-vis'], ['canvas-workpad', 'my-canvas']] }),
        so('visualization', 'my-vis', { title: 'Look at my visualization', refs: [['index-pattern', 'my-pattern-*']] }),
        so('canvas-workpad', 'my-canvas', { name: 'Look at my canvas' }),
      ]),
    );
    const { body } = await t.json<CopyResponse>('POST', RESOLVE, {
      body: {
        objects: [{ type: 'dashboard', id: 'my-dashboard' }],
        includeReferences: true,
        createNewCopies: false,
        retries: {
          marketing: [
            { type: 'visualization', id: 'my-vis', ignoreMissingReferences: true },
            // `type: canvas` in the example; the workpad's type is `canvas-workpad`.
            { type: 'canvas-workpad', id: 'my-canvas' },
            { type: 'dashboard', id: 'my-dashboard' },
          ],
        },
      },
    });
    // Difference from the example: the objects exist (globally) in default only, so each is created under a
    // fresh id with originId = source id (§3.3 step 4b), hence the destinationIds.
    expect(body).toEqual({
      marketing: {
        success: true,
        successCount: 3,
        successResults: [
          { id: 'my-vis', type: 'visualization', destinationId: '00000000-0000-4000-8000-000000000001', meta: { icon: 'visualizeApp', title: 'Look at my visualization' }, managed: false },
          { id: 'my-canvas', type: 'canvas-workpad', destinationId: '00000000-0000-4000-8000-000000000002', meta: { icon: 'canvasApp', title: 'Look at my canvas' }, managed: false },
          { id: 'my-dashboard', type: 'dashboard', destinationId: '00000000-0000-4000-8000-000000000003', meta: { icon: 'dashboardApp', title: 'Look at my dashboard' }, managed: false },
        ],
      },
    });
    const vis = t.sim.store.getIn('visualization', '00000000-0000-4000-8000-000000000001', 'marketing');
    expect(vis?.originId).toBe('my-vis');
    expect(vis?.references).toEqual([{ name: 'ref_0', type: 'index-pattern', id: 'my-pattern-*' }]);
  });
});
