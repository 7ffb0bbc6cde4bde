import { describe, expect, it } from 'vitest';
import { KibanaError, NetworkError } from '../../api/client';
import { describeKibanaProblem } from './describe-kibana-problem';

const kibanaError = (statusCode: number, message = 'x') => new KibanaError({ statusCode, error: 'x', message });

describe('describeKibanaProblem', () => {
  it('tells an unreachable Kibana (502 from the console server) to check KIBANA_URL', () => {
    const problem = describeKibanaProblem(kibanaError(502, 'Kibana at https://k.example is unreachable: connect ECONNREFUSED'));
    expect(problem.kind).toBe('unreachable');
    expect(problem.detail).toContain('ECONNREFUSED');
    expect(problem.checks.join(' ')).toContain('KIBANA_URL');
  });

  it('tells a rejected login to check the credentials variables', () => {
    const problem = describeKibanaProblem(kibanaError(401));
    expect(problem.kind).toBe('unauthenticated');
    expect(problem.checks.join(' ')).toMatch(/KIBANA_API_KEY.*KIBANA_USERNAME.*KIBANA_PASSWORD/);
  });

  it('tells a refusal to check privileges', () => {
    expect(describeKibanaProblem(kibanaError(403)).checks.join(' ')).toMatch(/needs access to at least one space/);
  });

  it('separates "server down" from "Kibana down"', () => {
    expect(describeKibanaProblem(new NetworkError('offline')).kind).toBe('server-down');
    expect(describeKibanaProblem(kibanaError(503)).kind).toBe('unavailable');
    expect(describeKibanaProblem(kibanaError(500)).kind).toBe('kibana-error');
    expect(describeKibanaProblem(new Error('boom'))).toMatchObject({ title: 'Could not load the spaces from Kibana', detail: 'boom.' });
  });
});
