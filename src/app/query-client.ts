// One QueryClient for the app: the retry policy and the single place background failures toast.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isRetryableError, KibanaError, TimeoutError } from '../api/client';
import { problemText } from '../api/describe-problem';
import type { ToastStore } from '../components/toast-store';

const MAX_QUERY_RETRIES = 2;

export function errorText(error: unknown): string {
  return problemText(error);
}

/** A timeout already cost the admin the whole wait: show it (with Retry) rather than wait twice more. */
function isTimeout(error: unknown): boolean {
  return error instanceof TimeoutError || (error instanceof KibanaError && error.upstream === 'timeout');
}

export function createQueryClient(toasts: Pick<ToastStore, 'add'>): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A first load that fails is shown inline by the screen (with a retry button). Only a
        // failed background refresh — stale data still on screen — needs a toast to be noticed.
        if (query.state.data === undefined) return;
        toasts.add({ title: 'Could not refresh data from Kibana', color: 'danger', iconType: 'warning', text: errorText(error) });
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < MAX_QUERY_RETRIES && isRetryableError(error) && !isTimeout(error),
        // Admin data changes under us (other admins, Kibana itself), but not every second.
        staleTime: 15_000,
      },
      // No write may happen twice: a retried bulk update or copy could apply changes again.
      mutations: { retry: false },
    },
  });
}
