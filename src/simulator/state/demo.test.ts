// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { IMPORTABLE_TYPES } from '../../contract/types-registry';
import { createDemoState } from './demo';
import { addGeneratedObjects } from './generator';
import { findStateProblem } from './schema';

describe('demo deployment', () => {
  const demo = createDemoState();

  it('is a valid state document with at least four coloured spaces', () => {
    expect(findStateProblem(demo)).toBeUndefined();
    expect(demo.spaces.length).toBeGreaterThanOrEqual(4);
    for (const space of demo.spaces) {
      expect(space.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(space.initials).toBeTruthy();
    }
  });

  it('has objects of every importable type', () => {
    const types = new Set(demo.objects.map((o) => o.type));
    for (const type of IMPORTABLE_TYPES) expect(types, type).toContain(type);
    expect(demo.objects.length).toBeGreaterThanOrEqual(140);
  });

  it('references only existing objects, except the planted deleted data view', () => {
    const ids = new Set(demo.objects.map((o) => `${o.type}:${o.id}`));
    const dangling = demo.objects.flatMap((o) => (o.references ?? []).filter((r) => !ids.has(`${r.type}:${r.id}`)).map((r) => `${r.type}:${r.id}`));
    expect(dangling).toEqual(['index-pattern:deleted-logs-data-view']);
  });

  it('has data views with a name and data views known only by their index pattern', () => {
    const views = demo.objects.filter((o) => o.type === 'index-pattern');
    const named = views.filter((o) => typeof o.attributes.name === 'string');
    expect(named.map((o) => o.id)).toContain('flights-data-view');
    expect(views.filter((o) => !('name' in o.attributes)).map((o) => o.id)).toEqual(expect.arrayContaining(['web-data-view', 'shared-metrics-data-view']));
  });

  it('plants objects sharing an origin across spaces', () => {
    const sharingWebOverview = demo.objects.filter((o) => o.originId === 'web-overview');
    expect(sharingWebOverview.map((o) => o.namespaces?.[0]).sort()).toEqual(['engineering', 'engineering', 'marketing']);
  });

  it('plants an alias match, an alias conflict and a disabled alias', () => {
    const aliases = demo.objects.filter((o) => o.type === 'legacy-url-alias');
    const exists = (type: string, id: string, space: string) =>
      demo.objects.some((o) => o.type === type && o.id === id && o.namespaces?.includes(space));
    const kinds = aliases.map(({ attributes: a }) => {
      if (a.disabled) return 'disabled';
      const source = exists(String(a.targetType), String(a.sourceId), String(a.targetNamespace));
      return source ? 'conflict' : 'aliasMatch';
    });
    expect(kinds).toEqual(expect.arrayContaining(['aliasMatch', 'conflict', 'disabled']));
  });

  it('keeps ML jobs and models out of sync with their saved objects in all four ways', () => {
    const jobObjects = demo.objects.filter((o) => o.type === 'ml-job');
    const jobs = demo.ml?.jobs ?? [];
    const objectFor = (jobType: string, id: string) => jobObjects.find((o) => o.id === `${jobType}-${id}`);
    expect(jobs.some((j) => !objectFor(j.type, j.id))).toBe(true); // would be created
    expect(jobObjects.some((o) => !jobs.some((j) => `${j.type}-${j.id}` === o.id))).toBe(true); // would be deleted
    expect(jobs.some((j) => j.datafeedId && objectFor(j.type, j.id)?.attributes.datafeed_id === null)).toBe(true); // datafeed added
    expect(jobs.some((j) => !j.datafeedId && j.type === 'anomaly-detector' && objectFor(j.type, j.id)?.attributes.datafeed_id)).toBe(true); // removed
  });
});

describe('generated deployments', () => {
  it('adds N objects spread over the spaces, with references that resolve', () => {
    const doc = addGeneratedObjects(createDemoState(), 2000);
    const generated = doc.objects.filter((o) => o.id.startsWith('gen-'));
    expect(generated).toHaveLength(2000);
    expect(new Set(generated.map((o) => o.namespaces?.[0])).size).toBe(doc.spaces.length);
    const ids = new Set(doc.objects.map((o) => `${o.type}:${o.id}`));
    for (const o of generated) for (const r of o.references ?? []) expect(ids.has(`${r.type}:${r.id}`)).toBe(true);
    expect(findStateProblem(doc)).toBeUndefined();
  });
});
