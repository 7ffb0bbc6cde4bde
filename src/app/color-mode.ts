// Light/dark preference, remembered per browser.
import { createContext, useContext } from 'react';

export type ColorMode = 'light' | 'dark';

const STORAGE_KEY = 'saved-objects-console:color-mode';

/** The operating system's setting, until the admin picks a mode in the console. */
function systemColorMode(): ColorMode {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function readStoredColorMode(): ColorMode {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'dark' || stored === 'light') return stored;
  } catch {
    // storage disabled (privacy mode): follow the system quietly
  }
  return systemColorMode();
}

export function storeColorMode(mode: ColorMode): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // not remembered, but the toggle still works for this visit
  }
}

export interface ColorModeSetting {
  colorMode: ColorMode;
  setColorMode(mode: ColorMode): void;
}

export const ColorModeContext = createContext<ColorModeSetting>({ colorMode: 'light', setColorMode: () => {} });

export function useColorMode(): ColorModeSetting {
  return useContext(ColorModeContext);
}
