import { describe, expect, it } from 'vitest';
import { KibanaError, NetworkError } from '../../api/client';
import { describeLoadError } from './describe-load-error';

describe('describeLoadError', () => {
  it('says who answered what, and what to try', () => {
    expect(describeLoadError(new KibanaError({ statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' }))).toBe(
      'Kibana answered 503: Service Unavailable. Kibana may be restarting or overloaded; retry in a moment.',
    );
    expect(describeLoadError(new KibanaError({ statusCode: 400, error: 'Bad Request', message: 'Unknown sort field x' }))).toBe(
      'Kibana answered 400 Bad Request: Unknown sort field x. Kibana rejected this search; change or clear it.',
    );
    expect(describeLoadError(new KibanaError({ statusCode: 403, error: 'Forbidden', message: 'no' }))).toBe('Kibana answered 403 Forbidden: no.');
    expect(describeLoadError(new NetworkError('offline'))).toBe('offline');
    expect(describeLoadError(new Error('odd'))).toBe('odd');
  });
});
