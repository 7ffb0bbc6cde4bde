// What a failed preview or run means for the admin, in words: licence, privileges, ML missing, or a passing
// problem worth retrying.
import { isResultUnknown, KibanaError, NetworkError, TimeoutError } from '../../api/client';

export interface SyncProblem {
  title: string;
  text: string;
  /** A retry may well succeed (5xx, timeouts, no connection). */
  retryable: boolean;
}

function sentence(value: string): string {
  return /[.!?]$/.test(value) ? value : `${value}.`;
}

function said(error: KibanaError): string {
  return error.message && error.message !== error.error ? ` Kibana said: “${sentence(error.message)}”` : '';
}

export function describeSyncError(error: unknown, spaceName: string): SyncProblem {
  if (isResultUnknown(error)) {
    return {
      title: 'The answer to the sync was lost',
      text: 'The sync may or may not have happened. The preview was checked again after it: run the sync again only for what is still listed.',
      retryable: true,
    };
  }
  if (error instanceof KibanaError) {
    const status = `${error.statusCode} ${error.error}`;
    if (error.statusCode === 403 && /licen[cs]e/i.test(error.message)) {
      return {
        title: 'The licence does not include machine learning',
        text: `Syncing ML saved objects needs a Platinum, Enterprise or trial licence (${status}).${said(error)}`,
        retryable: false,
      };
    }
    if (error.statusCode === 403) {
      // ML's licence guard answers a bare 403 too, so a plain "Forbidden" can be either cause.
      const bare = !error.message || error.message === error.error;
      return {
        title: bare ? 'Kibana refused the ML sync' : 'You may not sync ML saved objects here',
        text: `Syncing needs the Machine Learning “All” privilege in the space ${spaceName} (a role granting Machine Learning: All there)${
          bare ? ', and a Platinum, Enterprise or trial licence' : ''
        } (${status}).${said(error)}`,
        retryable: false,
      };
    }
    if (error.statusCode === 404) {
      return {
        title: 'Machine learning is not available',
        text: `Kibana has no ML sync API here (${status}): machine learning may be turned off in Kibana, missing from this deployment, or hidden in the space ${spaceName}.${said(error)}`,
        retryable: false,
      };
    }
    if (error.statusCode === 401) {
      return { title: 'Kibana did not accept the console’s credentials', text: `${status}.${said(error)}`, retryable: false };
    }
    if (error.statusCode >= 500 || error.statusCode === 429) {
      const detail = error.message.startsWith('Kibana answered') ? sentence(error.message) : `Kibana answered ${status}.${said(error)}`;
      return { title: 'Kibana could not answer', text: `${detail} This is usually passing: try again.`, retryable: true };
    }
    return { title: 'Kibana refused the request', text: `${status}.${said(error)}`, retryable: false };
  }
  if (error instanceof TimeoutError || error instanceof NetworkError) {
    return { title: 'No answer from Kibana', text: `${sentence(error.message)} Try again.`, retryable: true };
  }
  return { title: 'Something went wrong', text: sentence(error instanceof Error ? error.message : String(error)), retryable: true };
}
