import { EuiTitle, type EuiTitleSize } from '@elastic/eui';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface FlyoutTitleProps {
  id: string;
  size?: EuiTitleSize;
  children: ReactNode;
}

/**
 * The flyout's heading. When the content changes under the keyboard focus (following a reference
 * replaces the whole flyout), focus moves here, so screen readers announce the new object and the
 * focus trap does not have to hunt for a new target. Focused by script only (not in the tab order), so
 * it draws no focus ring, like any heading.
 */
export function FlyoutTitle({ id, size = 'm', children }: FlyoutTitleProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  });
  return (
    <EuiTitle size={size}>
      <h2 id={id} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </h2>
    </EuiTitle>
  );
}
