// The simulator's own control endpoints (kibana-api.md §14.2). Never forwarded to a real Kibana.
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

const badRequest = (message: string) => HttpResponse.json({ statusCode: 400, error: 'Bad Request', message }, { status: 400 });

export function controlRoutes(sim: Simulator): HttpHandler[] {
  return [
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
