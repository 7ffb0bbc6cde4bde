import { EuiToolTip } from '@elastic/eui';
import type { ReactNode } from 'react';

/** Text with more on hover or keyboard focus, e.g. a relative time and its full timestamp. */
export function TooltipText({ content, children }: { content: ReactNode; children: ReactNode }) {
  return (
    <EuiToolTip content={content}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- EUI tooltips open on focus: keyboard users need to reach the anchor */}
      <span tabIndex={0}>{children}</span>
    </EuiToolTip>
  );
}
