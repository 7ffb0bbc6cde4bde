import { describe, expect, it } from 'vitest';
import { parseAppPath, screenPath, switchSpacePath } from './paths';

describe('paths', () => {
  it('builds and parses screen URLs', () => {
    expect(screenPath('security-ops', 'bulk-edit')).toBe('/s/security-ops/bulk-edit');
    expect(parseAppPath('/s/security-ops/bulk-edit')).toEqual({ spaceId: 'security-ops', screen: 'bulk-edit' });
    expect(parseAppPath('/s/marketing')).toEqual({ spaceId: 'marketing', screen: undefined });
    expect(parseAppPath('/s/marketing/nope')).toEqual({ spaceId: 'marketing', screen: undefined });
    expect(parseAppPath('/elsewhere')).toBeNull();
    expect(screenPath('default', 'aliases')).toBe('/s/default/aliases');
    expect(parseAppPath('/s/default/aliases')).toEqual({ spaceId: 'default', screen: 'aliases' });
  });

  it('switches space on the same screen, dropping space-specific state', () => {
    expect(switchSpacePath('/s/default/copy', 'marketing')).toBe('/s/marketing/copy');
    expect(switchSpacePath('/s/ghost', 'default')).toBe('/s/default/objects');
    expect(switchSpacePath('/s/default/aliases', 'sales')).toBe('/s/sales/aliases');
  });
});
