// Light/dark preference, remembered per browser.
import { createContext, useContext } from 'react';

export type ColorMode = 'light' | 'dark';

const STORAGE_KEY = 'saved-objects-console:color-mode';

export function readStoredColorMode(): ColorMode {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light'; // storage disabled (privacy mode): fall back quietly
  }
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
