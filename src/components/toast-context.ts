// Lets any screen raise a toast (e.g. "Copied 12 objects") without knowing where the list lives.
import { createContext, useContext } from 'react';
import type { ToastStore } from './toast-store';

export const ToastContext = createContext<ToastStore | null>(null);

export function useToasts(): Pick<ToastStore, 'add' | 'remove'> {
  const store = useContext(ToastContext);
  if (!store) throw new Error('useToasts must be used inside the app providers (ToastContext is missing).');
  return store;
}
