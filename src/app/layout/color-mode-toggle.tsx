import { EuiButtonIcon, EuiToolTip } from '@elastic/eui';
import { useColorMode } from '../color-mode';

export function ColorModeToggle() {
  const { colorMode, setColorMode } = useColorMode();
  const isDark = colorMode === 'dark';
  return (
    <EuiToolTip content={isDark ? 'Switch to light mode' : 'Switch to dark mode'} disableScreenReaderOutput>
      <EuiButtonIcon
        aria-label="Dark mode"
        aria-pressed={isDark}
        iconType={isDark ? 'sun' : 'moon'}
        color="text"
        display="empty"
        onClick={() => setColorMode(isDark ? 'light' : 'dark')}
      />
    </EuiToolTip>
  );
}
