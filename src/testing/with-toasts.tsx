// Test-only: renders the global toast list next to a screen, so tests see toasts as the admin does.
import { useContext, type ReactNode } from 'react';
import { GlobalToastList } from '../components/global-toast-list';
import { ToastContext } from '../components/toast-context';

export function WithToasts({ children }: { children: ReactNode }) {
  const store = useContext(ToastContext);
  return (
    <>
      {children}
      {store ? <GlobalToastList store={store} /> : null}
    </>
  );
}
