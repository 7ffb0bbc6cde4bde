// The table's load error in the admin's words: who failed, how, and what to try.
import { KibanaError, NetworkError } from '../../api/client';

export function describeLoadError(error: Error): string {
  if (error instanceof KibanaError) {
    const answer = `Kibana answered ${error.statusCode}${error.error && error.error !== error.message ? ` ${error.error}` : ''}: ${error.message}`;
    if (error.statusCode >= 500) return `${answer}. Kibana may be restarting or overloaded; retry in a moment.`;
    if (error.statusCode === 400) return `${answer}. Kibana rejected this search; change or clear it.`;
    return `${answer}.`;
  }
  if (error instanceof NetworkError) return error.message;
  return error.message || String(error);
}
