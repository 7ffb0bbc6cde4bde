// A tiny external store for the global toast list. External (not React state) because the
// QueryCache's onError callback raises toasts from outside any component.
import type { EuiGlobalToastListToast } from '@elastic/eui';

export type ToastInput = Omit<EuiGlobalToastListToast, 'id'>;

export interface ToastStore {
  add(toast: ToastInput): string;
  remove(id: string): void;
  getToasts(): readonly EuiGlobalToastListToast[];
  subscribe(listener: () => void): () => void;
}

export function createToastStore(): ToastStore {
  let toasts: readonly EuiGlobalToastListToast[] = [];
  let nextId = 0;
  const listeners = new Set<() => void>();
  const publish = (next: readonly EuiGlobalToastListToast[]) => {
    toasts = next;
    for (const listener of listeners) listener();
  };

  return {
    add(toast) {
      nextId += 1;
      const id = `toast-${nextId}`;
      publish([...toasts, { ...toast, id }]);
      return id;
    },
    remove(id) {
      publish(toasts.filter((toast) => toast.id !== id));
    },
    getToasts: () => toasts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
