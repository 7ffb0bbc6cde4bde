import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import type { ToastStore } from './toast-store';

// EUI's toast list is ~20 KB gzip the first screen does not need: it loads with the first toast and then
// stays mounted, so later toasts (and their exit animations) behave as EUI intends.
const EuiToastList = lazy(async () => ({ default: (await import('./eui-toast-list')).EuiToastList }));

export function GlobalToastList({ store }: { store: ToastStore }) {
  const hasToasts = useSyncExternalStore(store.subscribe, () => store.getToasts().length > 0);
  const [loaded, setLoaded] = useState(hasToasts);
  if (hasToasts && !loaded) setLoaded(true);
  if (!loaded && !hasToasts) return null;
  return (
    <Suspense fallback={null}>
      <EuiToastList store={store} />
    </Suspense>
  );
}
