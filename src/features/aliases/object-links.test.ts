import { describe, expect, it } from 'vitest';
import { aliasesScreenPath, objectFlyoutPath, openByIdPath, readAliasesScreenParams } from './object-links';

describe('links', () => {
  it('builds readable links to the Objects flyout and to Open by id', () => {
    expect(objectFlyoutPath('default', { type: 'dashboard', id: 'web-overview' })).toBe('/s/default/objects?object=dashboard:web-overview');
    expect(objectFlyoutPath('sales', { type: 'index-pattern', id: 'a b&c' })).toBe('/s/sales/objects?object=index-pattern:a%20b%26c');
    expect(openByIdPath('default', [{ type: 'dashboard', id: 'x' }, { type: 'lens', id: 'y' }])).toBe('/s/default/aliases?object=dashboard:x&object=lens:y');
    expect(openByIdPath('default', [])).toBe('/s/default/aliases');
    expect(aliasesScreenPath('sales', { tab: 'aliases', objects: [{ type: 'dashboard', id: 'x' }] })).toBe('/s/sales/aliases?tab=aliases&object=dashboard:x');
  });

  it('reads the tab and the objects back from the URL, ignoring malformed ones', () => {
    const params = new URLSearchParams('tab=aliases&object=dashboard:a:b&object=nonsense&object=:x&object=lens:');
    expect(readAliasesScreenParams(params)).toEqual({ tab: 'aliases', objects: [{ type: 'dashboard', id: 'a:b' }] });
    expect(readAliasesScreenParams(new URLSearchParams('tab=other'))).toEqual({ tab: 'open', objects: [] });
  });
});
