import { describe, expect, it } from 'vitest';
import { KibanaError, NetworkError } from '../../api/client';
import { describeDeleteError } from './describe-delete-error';

const kibana = (statusCode: number, message: string) => new KibanaError({ statusCode, error: 'x', message });

describe('describeDeleteError', () => {
  it('explains each way a delete fails', () => {
    expect(describeDeleteError(kibana(404, 'Saved object [dashboard/x] not found'), 'X').title).toBe('Already gone');
    expect(
      describeDeleteError(
        kibana(400, 'Unable to delete saved object that exists in multiple namespaces, use the `force` option to delete it anyway: Bad Request'),
        'X',
      ).title,
    ).toBe('Shared to several spaces');
    expect(describeDeleteError(kibana(503, 'Service Unavailable'), 'X')).toEqual({
      title: 'Kibana failed to delete it',
      detail: expect.stringMatching(/503: Service Unavailable\. Nothing was retried/),
    });
    expect(describeDeleteError(kibana(403, 'no privilege'), 'X').title).toBe('Not allowed');
    expect(describeDeleteError(kibana(400, 'other'), 'X').title).toBe('Kibana refused to delete it');
    expect(describeDeleteError(new NetworkError('offline'), 'Web').detail).toMatch(/may or may not have been deleted/);
    expect(describeDeleteError('boom', 'X')).toEqual({ title: 'Could not delete', detail: 'boom' });
  });
});
