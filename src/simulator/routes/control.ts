// The simulator's own control endpoints (kibana-api.md §14.2). Never forwarded to a real Kibana.
// They can wipe everything, so they are guarded like Kibana's own writes and more: the API key (when set)
// on every one of them, reads included; `kbn-xsrf` and a JSON content type on writes (a cross-site form or
// `no-cors` fetch can send neither); and no request from a page of another origin.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { findFaultRuleProblem, type FaultRule } from '../faults';
import type { Simulator } from '../simulator';
import { seedState } from '../state/seed';

async function readBody(request: Request): Promise<{ value?: unknown; problem?: string }> {
  const text = await request.text();
  if (!text.trim()) return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { problem: `the body is not valid JSON: ${(e as Error).message}` };
  }
}

const refuse = (statusCode: number, error: string, message: string) => HttpResponse.json({ statusCode, error, message }, { status: statusCode });
const badRequest = (message: string) => refuse(400, 'Bad Request', message);

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Why a control request is refused, or undefined when it may go on. */
export function controlRequestProblem(sim: Simulator, request: Request): Response | undefined {
  if (sim.apiKey && request.headers.get('authorization') !== `ApiKey ${sim.apiKey}`)
    return refuse(401, 'Unauthorized', 'The simulator control endpoints need the --api-key: send Authorization: ApiKey <key>.');
  const origin = request.headers.get('origin');
  const own = new URL(request.url).origin;
  if (origin !== null && origin !== own)
    return refuse(403, 'Forbidden', `Requests from ${origin} are refused: the simulator control endpoints only answer their own origin (${own}).`);
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  if (!request.headers.has('kbn-xsrf')) return badRequest('Request must contain a kbn-xsrf header.');
  if (request.method !== 'DELETE' && !JSON_CONTENT_TYPE.test(request.headers.get('content-type') ?? ''))
    return refuse(415, 'Unsupported Media Type', 'The simulator control endpoints take JSON: send Content-Type: application/json.');
  return undefined;
}

export function controlRoutes(sim: Simulator): HttpHandler[] {
  return [
    // First, for every control path and method: answers the refusal, or falls through to the route.
    http.all('*/__simulator/*', ({ request }) => controlRequestProblem(sim, request)),
    http.get('*/__simulator/state', () => HttpResponse.json(sim.store.toDocument() as unknown as Record<string, unknown>)),
    http.put('*/__simulator/state', async ({ request }) => {
      const { value, problem } = await readBody(request);
      if (problem) return badRequest(problem);
      const invalid = sim.replaceState(value);
      if (invalid) return badRequest(`Invalid state document: ${invalid}. The previous state was kept.`);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/__simulator/reset', async ({ request }) => {
      const { value, problem } = await readBody(request);
      if (problem) return badRequest(problem);
      const body = (value ?? { demo: true }) as { demo?: boolean; empty?: boolean; objects?: number };
      if (typeof body !== 'object' || body === null || (!body.demo && !body.empty))
        return badRequest('send {"demo": true} or {"empty": true} (optionally with "objects": N)');
      if (body.objects !== undefined && (!Number.isInteger(body.objects) || body.objects < 0))
        return badRequest('"objects" must be a whole number');
      sim.reset(seedState({ empty: !!body.empty && !body.demo, objects: body.objects }));
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/__simulator/faults', () => HttpResponse.json(sim.faults.list())),
    http.put('*/__simulator/faults', async ({ request }) => {
      const { value, problem } = await readBody(request);
      if (problem) return badRequest(problem);
      const invalid = findFaultRuleProblem(value);
      if (invalid) return badRequest(`Invalid fault rules: ${invalid}`);
      sim.faults.replace(value as FaultRule[]);
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete('*/__simulator/faults', () => {
      sim.faults.clear();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
