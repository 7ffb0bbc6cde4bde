import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatObjectKey, parseObjectKey, parseObjectList, parseSelectionParams, selectionLink } from './selection-link';

describe('object keys', () => {
  it('names an object by type and id, with the space when it lives elsewhere', () => {
    expect(formatObjectKey({ type: 'dashboard', id: 'web-overview' })).toBe('dashboard:web-overview');
    expect(formatObjectKey({ type: 'config', id: '9.1.0', space: 'marketing' })).toBe('config:9.1.0@marketing');
    expect(parseObjectKey('config:9.1.0@marketing')).toEqual({ type: 'config', id: '9.1.0', space: 'marketing' });
    expect(parseObjectKey('dashboard:a:b')).toEqual({ type: 'dashboard', id: 'a:b' });
  });

  it('escapes the characters that separate keys', () => {
    const ref = { type: 'lens', id: 'a,b@c%2C' };
    expect(formatObjectKey(ref)).toBe('lens:a%2Cb%40c%252C');
    expect(parseObjectKey(formatObjectKey(ref))).toEqual(ref);
  });

  it('rejects keys that name nothing', () => {
    for (const bad of ['', 'dashboard', ':id', 'dashboard:', 'dashboard:x@Bad Space', 'dash board:x']) expect(parseObjectKey(bad)).toBeNull();
  });

  it('round-trips any id (property)', () => {
    const space = fc.option(fc.constantFrom('default', 'marketing', 'security-ops'), { nil: undefined });
    fc.assert(
      fc.property(fc.constantFrom('dashboard', 'index-pattern'), fc.string({ minLength: 1 }), space, (type, id, spaceId) => {
        const ref = spaceId ? { type, id, space: spaceId } : { type, id };
        expect(parseObjectKey(formatObjectKey(ref))).toEqual(ref);
        expect(parseObjectList([ref, ref].map(formatObjectKey).join(','))).toEqual([ref]);
      }),
    );
  });
});

describe('selection links', () => {
  it('hands an explicit selection over as ?objects=', () => {
    const link = selectionLink('default', 'copy', {
      objects: [{ type: 'dashboard', id: 'web-overview' }, { type: 'config', id: '9.1.0', space: 'sales' }],
    });
    expect(link).toBe('/s/default/copy?objects=dashboard%3Aweb-overview%2Cconfig%3A9.1.0%40sales');
    const params = new URL(link, 'http://x').searchParams;
    expect(parseSelectionParams(params)).toEqual({
      objects: [{ type: 'dashboard', id: 'web-overview' }, { type: 'config', id: '9.1.0', space: 'sales' }],
    });
  });

  it('hands "all matching" over as ?query= with _find parameters', () => {
    const query = { type: ['dashboard', 'lens'], search: 'web*', namespaces: ['*'] };
    const link = selectionLink('marketing', 'bulk-edit', { query });
    expect(link.startsWith('/s/marketing/bulk-edit?query=')).toBe(true);
    expect(parseSelectionParams(new URL(link, 'http://x').searchParams)).toEqual({ query });
  });

  it('reads nothing from links that select nothing readable', () => {
    for (const search of ['', 'objects=', 'objects=nonsense', 'query=oops', 'query={"type":"dashboard"}', 'query={"type":[]}']) {
      expect(parseSelectionParams(new URLSearchParams(search))).toBeNull();
    }
  });
});
