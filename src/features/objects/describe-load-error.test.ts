import { describe, expect, it } from 'vitest';
import { KibanaError, NetworkError } from '../../api/client';
import { describeLoadError } from './describe-load-error';

describe('describeLoadError', () => {
  it('says who answered what, and what to try', () => {
    expect(describeLoadError(new KibanaError({ statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' }))).toBe(
      'Kibana answered 503 Service Unavailable. Kibana may be starting, restarting or overloaded. Wait a moment, then retry.',
    );
    expect(describeLoadError(new KibanaError({ statusCode: 400, error: 'Bad Request', message: 'Unknown sort field x' }))).toBe(
      'Kibana answered 400 Bad Request: Unknown sort field x. Kibana rejected this search; change or clear it.',
    );
    expect(describeLoadError(new KibanaError({ statusCode: 403, error: 'Forbidden', message: 'no' }))).toMatch(
      /^Kibana answered 403 Forbidden: no\. The user or API key the console uses needs Saved Objects Management: Read \(or All\) in this space/,
    );
    expect(describeLoadError(new KibanaError({ statusCode: 401, error: 'Unauthorized', message: 'no' }))).toMatch(/KIBANA_USERNAME and KIBANA_PASSWORD/);
    expect(describeLoadError(new NetworkError('offline'))).toMatch(/^offline\. Check that the console's server/);
    expect(describeLoadError(new Error('odd'))).toBe('odd.');
  });
});
