import { describe, expect, it } from 'vitest';
import { KibanaError, ResultUnknownError, UnsendableIdError } from '../../api/client';
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
      title: 'Kibana is not available right now',
      detail: expect.stringMatching(/503 x: Service Unavailable\. Nothing was retried/),
    });
    const forbidden = describeDeleteError(kibana(403, 'Unable to delete dashboard'), 'X');
    expect(forbidden.title).toBe('Kibana refused to delete “X”');
    expect(forbidden.detail).toMatch(/needs Saved Objects Management: All in every space the object lives in/);
    expect(describeDeleteError(kibana(401, 'unable to authenticate'), 'X').detail).toMatch(/KIBANA_API_KEY/);
    expect(describeDeleteError(kibana(400, 'other'), 'X').title).toBe('Kibana refused to delete “X”');
    expect(describeDeleteError(new ResultUnknownError('lost'), 'Web').detail).toMatch(/may or may not have been deleted/);
    expect(describeDeleteError(new UnsendableIdError('..'), 'Web').title).toBe('This id cannot be sent to Kibana');
    expect(describeDeleteError('boom', 'X')).toMatchObject({ title: 'Could not delete “X”', detail: 'boom.' });
  });
});
