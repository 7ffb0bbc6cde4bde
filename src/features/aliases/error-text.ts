// One sentence for a failed call, for toasts and inline errors.
import { KibanaError } from '../../api/client';

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** "Kibana answered 503 Service Unavailable." rather than a bare "Service Unavailable". */
export function errorText(error: unknown): string {
  if (error instanceof KibanaError && !error.message.startsWith('Kibana answered')) {
    const detail = error.message && error.message !== error.error ? `: ${error.message}` : '';
    return sentence(`Kibana answered ${error.statusCode} ${error.error}${detail}`);
  }
  return sentence(error instanceof Error ? error.message : String(error));
}
