// The toast list itself, loaded with the first toast (see global-toast-list.tsx).
import { EuiGlobalToastList } from '@elastic/eui';
import { useSyncExternalStore } from 'react';
import type { ToastStore } from './toast-store';

const TOAST_LIFE_MS = 8000;
// Bottom left: flyouts open on the right, with their actions (Export, Delete) in the bottom right corner.

export function EuiToastList({ store }: { store: ToastStore }) {
  const toasts = useSyncExternalStore(store.subscribe, store.getToasts);
  return <EuiGlobalToastList toasts={[...toasts]} dismissToast={(toast) => store.remove(toast.id)} toastLifeTimeMs={TOAST_LIFE_MS} side="left" />;
}
