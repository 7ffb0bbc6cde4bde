// Renders a component the way the app does (EUI theme, QueryClient, toasts, router), with a
// fresh QueryClient per test that never retries, so failures show up at once.
import { EuiProvider } from '@elastic/eui';
import { EuiThemeBorealis } from '@elastic/eui-theme-borealis';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ToastContext } from '../components/toast-context';
import { createToastStore, type ToastStore } from '../components/toast-store';

export interface RenderOptions {
  /** Starting URL, e.g. `/s/marketing/copy`. */
  route?: string;
  /** Route pattern the element is mounted at, so `useParams` works, e.g. `/s/:spaceId/*`. */
  path?: string;
}

export interface Rendered extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  queryClient: QueryClient;
  toasts: ToastStore;
  router: ReturnType<typeof createMemoryRouter>;
}

export function renderWithProviders(ui: ReactElement, { route = '/s/default/objects', path = '/s/:spaceId/*' }: RenderOptions = {}): Rendered {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const toasts = createToastStore();
  // Any other URL the element navigates to renders the same element, so it stays mounted.
  const router = createMemoryRouter(
    [
      { path, element: ui },
      { path: '*', element: ui },
    ],
    { initialEntries: [route] },
  );
  // No artificial delay between keystrokes: typing costs only the app's own work.
  const user = userEvent.setup({ delay: null });
  const result = render(
    <EuiProvider theme={EuiThemeBorealis} colorMode="light">
      <ToastContext.Provider value={toasts}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ToastContext.Provider>
    </EuiProvider>,
  );
  return { ...result, user, queryClient, toasts, router };
}
