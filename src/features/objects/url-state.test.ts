import { describe, expect, it } from 'vitest';
import { changeView, DEFAULT_VIEW, parseObjectsView, updateViewParams, writeObjectsView, type ObjectsView } from './url-state';

describe('URL state of the Objects screen', () => {
  it('reads every part of the view from the URL', () => {
    const params = new URLSearchParams('scope=all&spaces=marketing,sales&q=web logs&types=dashboard,lens&page=3&size=50&sort=title&direction=asc');
    expect(parseObjectsView(params)).toEqual({
      scope: 'all',
      spaces: ['marketing', 'sales'],
      q: 'web logs',
      types: ['dashboard', 'lens'],
      page: 3,
      size: 50,
      sort: 'title',
      direction: 'asc',
    });
  });

  it('falls back to defaults for anything unreadable', () => {
    const params = new URLSearchParams('scope=everywhere&spaces=Bad!&types=ml-job,,map&page=-2&size=33&sort=id&direction=up');
    expect(parseObjectsView(params)).toEqual({ ...DEFAULT_VIEW, types: ['map'] });
    expect(parseObjectsView(new URLSearchParams('page=1.5')).page).toBe(1);
    // Spaces only mean something when browsing all spaces.
    expect(parseObjectsView(new URLSearchParams('spaces=sales')).spaces).toEqual([]);
  });

  it('leaves defaults out and keeps parameters it does not own', () => {
    expect(writeObjectsView(DEFAULT_VIEW, new URLSearchParams('object=dashboard:x')).toString()).toBe('object=dashboard%3Ax');
    const view: ObjectsView = { ...DEFAULT_VIEW, scope: 'all', q: 'web', types: ['map'], page: 2, size: 100, direction: 'asc' };
    expect(writeObjectsView(view, new URLSearchParams()).toString()).toBe('scope=all&q=web&types=map&page=2&size=100&direction=asc');
  });

  it('round-trips any view', () => {
    const views: ObjectsView[] = [
      DEFAULT_VIEW,
      { scope: 'all', spaces: ['default', 'security-ops'], q: '"a b" c', types: ['index-pattern', 'tag'], page: 7, size: 500, sort: 'type', direction: 'desc' },
      { ...DEFAULT_VIEW, sort: 'title', direction: 'asc' },
    ];
    for (const view of views) expect(parseObjectsView(writeObjectsView(view, new URLSearchParams()))).toEqual(view);
  });

  it('goes back to page 1 when anything but the page changes', () => {
    const view = { ...DEFAULT_VIEW, page: 4 };
    expect(changeView(view, { q: 'web' }).page).toBe(1);
    expect(changeView(view, { page: 5 }).page).toBe(5);
    expect(changeView({ ...view, scope: 'all', spaces: ['sales'] }, { scope: 'space' }).spaces).toEqual([]);
    expect(updateViewParams(new URLSearchParams('page=4&object=map:m'), { sort: 'type', direction: 'asc' }).toString()).toBe(
      'object=map%3Am&sort=type&direction=asc',
    );
  });
});
