import { EuiProgress } from '@elastic/eui';
import { useNavigation } from 'react-router-dom';

/** A thin bar while a screen's code chunk loads, so a slow network does not look like a dead click. */
export function NavigationProgress() {
  const navigation = useNavigation();
  return navigation.state === 'idle' ? null : <EuiProgress size="xs" color="accent" position="fixed" aria-label="Loading screen" />;
}
