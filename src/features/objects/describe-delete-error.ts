// What to tell the admin when Kibana refuses or fails a delete (kibana-api.md §9). Nothing is retried:
// the admin decides what to do next.
import { isResultUnknown, KibanaError, NetworkError } from '../../api/client';

export interface DeleteProblem {
  title: string;
  detail: string;
}

export function describeDeleteError(error: unknown, title: string): DeleteProblem {
  if (error instanceof NetworkError || isResultUnknown(error)) {
    return { title: 'Kibana could not be reached', detail: `${error.message} “${title}” may or may not have been deleted: reopen it to check.` };
  }
  if (error instanceof KibanaError) {
    if (error.statusCode === 404) {
      return { title: 'Already gone', detail: `Kibana no longer has “${title}” in this space: someone may have deleted it already.` };
    }
    if (error.statusCode === 400 && /multiple namespaces/i.test(error.message)) {
      return {
        title: 'Shared to several spaces',
        detail: 'Kibana deletes an object that lives in several spaces only when told to remove it from all of them. Close this dialog and delete again.',
      };
    }
    if (error.statusCode === 401 || error.statusCode === 403) {
      return { title: 'Not allowed', detail: `Kibana refused: ${error.message}` };
    }
    if (error.statusCode >= 500) {
      return { title: 'Kibana failed to delete it', detail: `Kibana answered ${error.statusCode}: ${error.message}. Nothing was retried; try again when Kibana is healthy.` };
    }
    return { title: 'Kibana refused to delete it', detail: `${error.statusCode}: ${error.message}` };
  }
  return { title: 'Could not delete', detail: error instanceof Error ? error.message : String(error) };
}
