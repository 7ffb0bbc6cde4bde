// @vitest-environment node
// The simulator's HTTP server over real sockets: oversized bodies are refused before they are read,
// malformed percent-encoding answers Kibana's 400, and the control endpoints refuse what a foreign page
// can send.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES } from '../contract/payload-limits';
import { sendOversizedBody } from '../testing/oversized-body';
import { startSimulatorServer, type SimulatorServer } from './node-server';

let server: SimulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOO_LARGE = { statusCode: 413, error: 'Payload Too Large', message: `Payload content length greater than maximum allowed: ${MAX_PAYLOAD_BYTES}` };

describe('simulator HTTP server', () => {
  it('refuses a declared oversized body from its Content-Length, before any of it is sent', async () => {
    server = await startSimulatorServer({ port: 0, ephemeral: true });
    const answer = await sendOversizedBody(`${server.url}/api/saved_objects/_bulk_update`, { declared: true, totalBytes: 300 * 1024 * 1024 });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual(TOO_LARGE);
    expect(answer.bytesWritten).toBe(0);
  });

  it('stops reading a streamed (chunked) body at the limit', async () => {
    server = await startSimulatorServer({ port: 0, ephemeral: true });
    const total = 64 * 1024 * 1024;
    const answer = await sendOversizedBody(`${server.url}/api/saved_objects/_bulk_update`, { declared: false, totalBytes: total });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual(TOO_LARGE);
    // Socket buffers let some more out of the client, but nowhere near the whole body.
    expect(answer.bytesWritten).toBeLessThan(total / 4);
  });

  it('answers 400 "Invalid request path" to malformed percent-encoding', async () => {
    server = await startSimulatorServer({ port: 0, ephemeral: true });
    for (const path of ['/api/saved_objects/dashboard/%E0%A4%A', '/api/saved_objects/resolve/dashboard/%ZZ', '/s/marketing/api/spaces/space/%ZZ']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid request path' });
    }
  });

  it('refuses a cross-site reset (a no-cors fetch: text/plain, no kbn-xsrf, foreign Origin), and the state stays', async () => {
    server = await startSimulatorServer({ port: 0, ephemeral: true });
    const size = server.sim.store.size;
    const reset = (headers: Record<string, string>) =>
      fetch(`${server!.url}/__simulator/reset`, { method: 'POST', headers, body: '{"empty":true}' });
    expect((await reset({ 'content-type': 'text/plain;charset=UTF-8', origin: 'http://evil.example' })).status).toBe(403);
    expect((await reset({ 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(400);
    expect((await reset({ 'content-type': 'text/plain;charset=UTF-8', 'kbn-xsrf': 'x' })).status).toBe(415);
    expect(server.sim.store.size).toBe(size);
    expect((await reset({ 'content-type': 'application/json', 'kbn-xsrf': 'x', origin: server.url })).status).toBe(204);
    expect(server.sim.store.size).toBeLessThan(size);
  });

  it('requires the --api-key on every control endpoint, reads included', async () => {
    server = await startSimulatorServer({ port: 0, ephemeral: true, apiKey: 'secret-key' });
    const state = await fetch(`${server.url}/__simulator/state`);
    expect(state.status).toBe(401);
    expect(await state.text()).not.toContain('saved');
    expect((await fetch(`${server.url}/__simulator/faults`)).status).toBe(401);
    expect((await fetch(`${server.url}/__simulator/faults`, { method: 'DELETE', headers: { 'kbn-xsrf': 'x' } })).status).toBe(401);
    const withKey = await fetch(`${server.url}/__simulator/state`, { headers: { authorization: 'ApiKey secret-key' } });
    expect(withKey.status).toBe(200);
    expect(((await withKey.json()) as { objects: unknown[] }).objects.length).toBe(server.sim.store.size);
  });
});
