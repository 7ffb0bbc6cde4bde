import { describe, expect, it } from 'vitest';
import { KibanaError, NetworkError } from '../../api/client';
import { errorText } from './error-text';

describe('errorText', () => {
  it('names Kibana’s status, and its message when it says more', () => {
    expect(errorText(new KibanaError({ statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' }))).toBe(
      'Kibana answered 503 Service Unavailable.',
    );
    expect(errorText(new KibanaError({ statusCode: 400, error: 'Bad Request', message: '[request body.aliases]: expected value of type [array]' }))).toBe(
      'Kibana answered 400 Bad Request: [request body.aliases]: expected value of type [array].',
    );
  });

  it('keeps messages that already describe the answer, and other errors as they are', () => {
    expect(errorText(new KibanaError({ statusCode: 502, error: 'Bad Gateway', message: 'Kibana answered 502 Bad Gateway with a text/html page instead of a Kibana error.' }))).toBe(
      'Kibana answered 502 Bad Gateway with a text/html page instead of a Kibana error.',
    );
    expect(errorText(new NetworkError('Could not reach Kibana.'))).toBe('Could not reach Kibana.');
    expect(errorText('boom')).toBe('boom.');
  });
});
