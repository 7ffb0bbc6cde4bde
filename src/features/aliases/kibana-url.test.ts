import { describe, expect, it } from 'vitest';
import { looksLikeKibanaUrl, parseKibanaUrl } from './kibana-url';

describe('parseKibanaUrl', () => {
  it('takes the type, id and space from the links Kibana apps show', () => {
    expect(parseKibanaUrl('https://kibana.example.com/app/dashboards#/view/7adfa750-4c81-11e8-b3d7-01146121b73d?_g=(time:(from:now-15m))')).toEqual({
      type: 'dashboard',
      id: '7adfa750-4c81-11e8-b3d7-01146121b73d',
    });
    expect(parseKibanaUrl('https://kibana:5601/s/marketing/app/discover#/view/flights-search?_a=()')).toEqual({
      type: 'search',
      id: 'flights-search',
      space: 'marketing',
    });
    expect(parseKibanaUrl('/s/sales/app/lens#/edit/old%20lens%2Fx')).toEqual({ type: 'lens', id: 'old lens/x', space: 'sales' });
    expect(parseKibanaUrl('https://k/base/app/visualize#/edit/legacy-requests?embed=true')).toEqual({ type: 'visualization', id: 'legacy-requests' });
    expect(parseKibanaUrl('https://k/app/maps/map/world-map')).toEqual({ type: 'map', id: 'world-map' });
    expect(parseKibanaUrl('https://k/app/canvas#/workpad/workpad-1/page/1')).toEqual({ type: 'canvas-workpad', id: 'workpad-1' });
    expect(parseKibanaUrl('https://k/s/default/app/management/kibana/dataViews/dataView/logs-view')).toEqual({ type: 'index-pattern', id: 'logs-view' });
    expect(parseKibanaUrl('https://k/app/management/kibana/objects/tag/tag-production')).toEqual({ type: 'tag', id: 'tag-production' });
  });

  it('names no object for links that open none', () => {
    expect(parseKibanaUrl('https://k/app/dashboards#/list')).toBeNull();
    expect(parseKibanaUrl('https://k/app/discover#/?_a=()')).toBeNull();
    expect(parseKibanaUrl('https://example.com/some/page')).toBeNull();
    expect(parseKibanaUrl('https://k/app/lens#/edit/%E0%A4%A')).toBeNull();
    expect(looksLikeKibanaUrl('https://k/app/dashboards#/list')).toBe(true);
    expect(looksLikeKibanaUrl('dashboard:7adfa750')).toBe(false);
    expect(looksLikeKibanaUrl('old-web-overview')).toBe(false);
  });
});
