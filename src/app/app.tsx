import { RouterProvider } from 'react-router-dom';
import { createToastStore } from '../components/toast-store';
import { prefetchFirstScreen } from './first-screen';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

// Created once per page load, outside React, as the data router expects; the query client too, so that
// the first screen's requests start now, while React and the screen are still starting.
const toasts = createToastStore();
const queryClient = createQueryClient(toasts);
prefetchFirstScreen(queryClient, window.location);
const router = createAppRouter();

export function App() {
  return (
    <Providers queryClient={queryClient} toasts={toasts}>
      <RouterProvider router={router} />
    </Providers>
  );
}
