import { describe, expect, it } from 'vitest';
import { objectLabel, objectTitle, objectTitleParts, titleLabel } from './object-title';

const object = (type: string, attributes: Record<string, unknown>) => ({ type, id: 'o1', attributes });

describe('object titles', () => {
  it('shows the title, else the name, else the id', () => {
    expect(objectTitle(object('dashboard', { title: 'Web', name: 'n' }))).toBe('Web');
    expect(objectTitle(object('canvas-workpad', { title: ' ', name: 'Status board' }))).toBe('Status board');
    expect(objectTitle(object('dashboard', { title: 3 }))).toBe('o1');
  });

  it('shows a named data view by its name, with its index pattern beside it', () => {
    expect(objectTitleParts(object('index-pattern', { title: 'logs-nginx.access-*', name: 'Web logs' }))).toEqual({ title: 'Web logs', pattern: 'logs-nginx.access-*' });
    expect(titleLabel(objectTitleParts(object('index-pattern', { title: 'logs-*', name: 'Logs' })))).toBe('Logs (logs-*)');
  });

  it('shows a data view without a name (or with a blank one) by its index pattern alone', () => {
    expect(objectTitleParts(object('index-pattern', { title: 'metrics-*' }))).toEqual({ title: 'metrics-*' });
    expect(objectTitleParts(object('index-pattern', { title: 'metrics-*', name: '' }))).toEqual({ title: 'metrics-*' });
    expect(titleLabel({ title: 'metrics-*' })).toBe('metrics-*');
  });

  it('gives one line of plain text, or nothing for an object with neither title nor name', () => {
    expect(objectLabel(object('index-pattern', { title: 'flights-*', name: 'Flight data' }))).toBe('Flight data (flights-*)');
    expect(objectLabel(object('dashboard', { title: 'Overview' }))).toBe('Overview');
    expect(objectLabel(object('config', { buildNum: 1 }))).toBeUndefined();
  });
});
