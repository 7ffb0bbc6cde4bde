// Test-only: the multipart forms Kibana's import routes take (`file`, and `retries` to resolve), built the way
// the Kibana UI and `curl -F file=@export.ndjson` send them.
import type { ImportRetry } from '../simulator/engine/import-checks';

export interface ImportFormOptions {
  /** The uploaded file's name (Kibana checks its extension). */
  filename?: string;
  /** `_resolve_import_errors` retries, sent as a JSON string field. */
  retries?: (Partial<ImportRetry> & { type: string; id: string })[] | string;
  /** Extra plain form fields. */
  fields?: Record<string, string>;
}

/** A form with `lines` (objects are JSON-encoded, strings sent as written) as an NDJSON file. */
export function importForm(lines: (string | object)[] | string, options: ImportFormOptions = {}): FormData {
  const text = typeof lines === 'string' ? lines : lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
  const form = new FormData();
  form.append('file', new File([text], options.filename ?? 'export.ndjson', { type: 'application/ndjson' }));
  if (options.retries !== undefined) form.append('retries', typeof options.retries === 'string' ? options.retries : JSON.stringify(options.retries));
  for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
  return form;
}
