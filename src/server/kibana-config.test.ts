import { describe, expect, it } from 'vitest';
import { readKibanaUpstream, readPort, readSimulatorOptions, readUpstreamTimeout } from './kibana-config';

describe('readKibanaUpstream', () => {
  it('is null without KIBANA_URL (embedded simulator)', () => {
    expect(readKibanaUpstream({})).toBeNull();
    expect(readKibanaUpstream({ KIBANA_URL: '  ' })).toBeNull();
  });

  it('prefers an API key', () => {
    const upstream = readKibanaUpstream({
      KIBANA_URL: 'https://kibana.example:5601/',
      KIBANA_API_KEY: 'abc==',
      KIBANA_USERNAME: 'elastic',
      KIBANA_PASSWORD: 'pw',
    });
    expect(upstream).toMatchObject({ origin: 'https://kibana.example:5601', basePath: '', authorization: 'ApiKey abc==' });
  });

  it('uses basic auth from username and password', () => {
    const upstream = readKibanaUpstream({ KIBANA_URL: 'https://k.example/kibana', KIBANA_USERNAME: 'elastic', KIBANA_PASSWORD: 'päss:word' });
    expect(upstream?.authorization).toBe(`Basic ${Buffer.from('elastic:päss:word').toString('base64')}`);
    expect(upstream?.basePath).toBe('/kibana');
    expect(upstream?.authDescription).toBe('basic auth as elastic');
  });

  it('takes credentials from the URL but never keeps them in the printable origin', () => {
    const upstream = readKibanaUpstream({ KIBANA_URL: 'https://elastic:s3cret@k.example:9243' });
    expect(upstream?.origin).toBe('https://k.example:9243');
    expect(upstream?.authorization).toBe(`Basic ${Buffer.from('elastic:s3cret').toString('base64')}`);
    expect(JSON.stringify({ ...upstream, authorization: undefined })).not.toContain('s3cret');
  });

  it('warns when credentials would travel over plain http to another machine', () => {
    expect(readKibanaUpstream({ KIBANA_URL: 'http://k.example:5601', KIBANA_API_KEY: 'k' })?.warnings).toHaveLength(1);
    expect(readKibanaUpstream({ KIBANA_URL: 'http://localhost:5601', KIBANA_API_KEY: 'k' })?.warnings).toHaveLength(0);
  });

  it('explains a malformed URL', () => {
    expect(() => readKibanaUpstream({ KIBANA_URL: 'kibana:5601' })).toThrow(/http:\/\/ or https:\/\//);
    expect(() => readKibanaUpstream({ KIBANA_URL: 'not a url' })).toThrow(/not a valid URL/);
  });
});

describe('readSimulatorOptions and readPort', () => {
  it('reads the simulator env', () => {
    expect(readSimulatorOptions({ SIMULATOR_EPHEMERAL: '1', SIMULATOR_OBJECTS: '500', SIMULATOR_STATE: 'state.json' })).toEqual({
      ephemeral: true,
      objects: 500,
      statePath: 'state.json',
    });
    expect(readSimulatorOptions({})).toEqual({ ephemeral: false, objects: undefined, statePath: undefined });
    expect(() => readSimulatorOptions({ SIMULATOR_OBJECTS: 'many' })).toThrow(/whole number/);
  });

  it('defaults the port to 5173', () => {
    expect(readPort({})).toBe(5173);
    expect(readPort({ PORT: '8080' })).toBe(8080);
    expect(readPort({ PORT: 'x' })).toBe(5173);
  });
});

describe('readUpstreamTimeout', () => {
  it('is 120 s by default and takes KIBANA_TIMEOUT_MS in milliseconds', () => {
    expect(readUpstreamTimeout({})).toBe(120_000);
    expect(readUpstreamTimeout({ KIBANA_TIMEOUT_MS: '45000' })).toBe(45_000);
  });

  it('explains a value that is not a positive whole number', () => {
    expect(() => readUpstreamTimeout({ KIBANA_TIMEOUT_MS: '30s' })).toThrow('KIBANA_TIMEOUT_MS must be a whole number of milliseconds above 0 (got "30s")');
    expect(() => readUpstreamTimeout({ KIBANA_TIMEOUT_MS: '0' })).toThrow(/above 0/);
  });
});
