// An id or a field path in monospace, drawn like EuiCode. EuiCode lives in the same module as EuiCodeBlock,
// whose syntax highlighter weighs ~220 KB gzip: a screen that only shows ids (bulk edit, ML sync) loaded all
// of it before its first paint. The class is built once per theme.
import { useEuiMemoizedStyles, type UseEuiTheme } from '@elastic/eui';
import { css, cx } from '@emotion/css';
import type { ReactNode } from 'react';

function inlineCodeStyles({ euiTheme }: UseEuiTheme) {
  const code = css`
    font-family: ${euiTheme.font.familyCode};
    font-size: 0.9em;
    padding: 0.2em 0.5em;
    border-radius: ${euiTheme.border.radius.inline};
    font-weight: ${euiTheme.font.weight.bold};
    color: ${euiTheme.components.codeInlineColor};
    background-color: ${euiTheme.components.codeInlineBackground};
    overflow-wrap: anywhere;
  `;
  const transparent = css`
    background-color: transparent;
  `;
  return { code, transparent };
}

export function InlineCode({ children, transparentBackground = false }: { children: ReactNode; transparentBackground?: boolean }) {
  const styles = useEuiMemoizedStyles(inlineCodeStyles);
  return <code className={cx(styles.code, transparentBackground && styles.transparent)}>{children}</code>;
}
