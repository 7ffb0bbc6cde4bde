// A native <select> drawn like EUI's compressed EuiSelect, for grids that mount a select on every row.
// EuiSelect wraps each select in a form-control layout (wrapper, icon slot, validation hooks): twenty of
// them cost the decision grid more main-thread time than the rest of its rows together. Here the select is
// the only element, and its class is built once per theme.
import { euiFontSize, useEuiMemoizedStyles, type UseEuiTheme } from '@elastic/eui';
import { css, cx } from '@emotion/css';
import type { SelectHTMLAttributes } from 'react';

interface DenseSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  options: { value: string; text: string }[];
  'aria-label': string;
}

/** A down chevron in the given colour, as a CSS background image. */
function chevron(color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><path d="M3.5 6 8 10.5 12.5 6" fill="none" stroke="${color}" stroke-width="1.2"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

function denseSelectStyles(themeContext: UseEuiTheme) {
  const { euiTheme } = themeContext;
  const forms = euiTheme.components.forms;
  const select = css`
    appearance: none;
    display: block;
    inline-size: 100%;
    max-inline-size: 400px;
    block-size: ${euiTheme.size.xl};
    margin: 0;
    padding-block: 0;
    padding-inline: ${euiTheme.size.s} ${euiTheme.size.xl};
    border: none;
    border-radius: ${euiTheme.border.radius.control};
    font-family: inherit;
    font-size: ${euiFontSize(themeContext, 's').fontSize};
    line-height: ${euiTheme.size.xl};
    color: ${euiTheme.colors.textParagraph};
    background: ${forms.background} ${chevron(euiTheme.colors.textParagraph)} no-repeat right ${euiTheme.size.s} center;
    box-shadow: inset 0 0 0 ${euiTheme.border.width.thin} ${forms.border};
    text-overflow: ellipsis;
    cursor: pointer;
    &:hover {
      box-shadow: inset 0 0 0 ${euiTheme.border.width.thin} ${forms.borderHovered};
    }
    &:focus {
      box-shadow: none;
      outline: ${euiTheme.border.width.thick} solid ${forms.borderFocused};
      outline-offset: -${euiTheme.border.width.thick};
    }
    &:disabled {
      cursor: not-allowed;
      color: ${forms.colorDisabled};
      background-color: ${forms.backgroundDisabled};
      box-shadow: inset 0 0 0 ${euiTheme.border.width.thin} ${forms.borderDisabled};
    }
  `;
  return { select };
}

export function DenseSelect({ options, className, ...rest }: DenseSelectProps) {
  const { select } = useEuiMemoizedStyles(denseSelectStyles);
  return (
    <select className={cx(select, className)} {...rest}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.text}
        </option>
      ))}
    </select>
  );
}
