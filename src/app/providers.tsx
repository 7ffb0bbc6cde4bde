import { EuiProvider, euiStylisPrefixer } from '@elastic/eui';
import createCache from '@emotion/cache';
import { EuiThemeBorealis } from '@elastic/eui-theme-borealis';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { GlobalToastList } from '../components/global-toast-list';
import { ToastContext } from '../components/toast-context';
import { createToastStore, type ToastStore } from '../components/toast-store';
import { ColorModeContext, readStoredColorMode, storeColorMode, type ColorMode } from './color-mode';
import { createQueryClient } from './query-client';

// Dark mode: Borealis draws a list's selected, focused row (space switcher, type lists) in primary text
// (#61a2ff) on #123778, 4.4:1; a slightly darker blue makes it 4.75:1 (WCAG AA needs 4.5:1).
const THEME_FIXES = { colors: { DARK: { backgroundBaseInteractiveSelectHover: '#10326f' } } };

// EUI's components style themselves through this cache. EuiProvider's own default keeps every style rule in a
// <style> element of its own (emotion's development mode, even in production builds): the page grows past 500
// of them, and each screen that mounts new components adds dozens more in one commit, which makes the browser
// re-read its style sheets before painting (the copy wizard's decision grid: ~180 new elements, ~12 ms of
// style work). This cache is emotion's default: in a production build, rules go into one sheet through
// insertRule; in development, one element per rule, readable in the browser's tools.
const emotionCache = createCache({ key: 'eui', stylisPlugins: [euiStylisPrefixer] });

interface ProvidersProps {
  children: ReactNode;
  /** Made before React starts (app.tsx), so the first screen's requests can be sent at once. */
  queryClient?: QueryClient;
  toasts?: ToastStore;
}

export function Providers({ children, queryClient: givenClient, toasts: givenToasts }: ProvidersProps) {
  const [toasts] = useState(() => givenToasts ?? createToastStore());
  const [queryClient] = useState(() => givenClient ?? createQueryClient(toasts));
  const [colorMode, setColorModeState] = useState<ColorMode>(readStoredColorMode);
  const colorModeSetting = useMemo(
    () => ({
      colorMode,
      setColorMode: (mode: ColorMode) => {
        storeColorMode(mode);
        setColorModeState(mode);
      },
    }),
    [colorMode],
  );

  return (
    <EuiProvider cache={emotionCache} theme={EuiThemeBorealis} colorMode={colorMode} modify={THEME_FIXES}>
      <ColorModeContext.Provider value={colorModeSetting}>
        <ToastContext.Provider value={toasts}>
          <QueryClientProvider client={queryClient}>
            {children}
            <GlobalToastList store={toasts} />
          </QueryClientProvider>
        </ToastContext.Provider>
      </ColorModeContext.Provider>
    </EuiProvider>
  );
}
