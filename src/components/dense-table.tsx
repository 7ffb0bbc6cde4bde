// A plain <table> drawn like EUI's basic table, for grids that show a page of many rows at once and must
// render fast (the copy wizard's decision grid: 1,000 conflicts). EuiBasicTable builds each cell from
// several components (cell content wrapper, mobile header, hooks) and measures its header cells after
// mounting, which forces a whole-page layout; here every row is a <tr> of plain cells, the look comes from one
// class built once per theme, and nothing is measured.
import { euiFontSize, useEuiMemoizedStyles, type UseEuiTheme } from '@elastic/eui';
import { css } from '@emotion/css';
import type { ReactNode } from 'react';

function denseTableStyles(themeContext: UseEuiTheme) {
  const { euiTheme } = themeContext;
  const cells = '& > thead > tr > th, & > tbody > tr > th, & > tbody > tr > td';
  const table = css`
    inline-size: 100%;
    table-layout: fixed;
    border: none;
    border-collapse: collapse;
    background-color: ${euiTheme.colors.backgroundBasePlain};
    font-size: ${euiFontSize(themeContext, 's').fontSize};
    line-height: ${euiFontSize(themeContext, 'm').lineHeight};
    color: ${euiTheme.colors.textParagraph};
    ${cells} {
      padding: ${euiTheme.size.s};
      border-block: ${euiTheme.border.thin};
      text-align: start;
      vertical-align: middle;
      overflow-wrap: anywhere;
    }
    & > thead > tr > th {
      font-size: ${euiFontSize(themeContext, 'xs').fontSize};
      line-height: ${euiFontSize(themeContext, 'xs').lineHeight};
      font-weight: ${euiTheme.font.weight.semiBold};
      color: ${euiTheme.colors.textHeading};
    }
    & > tbody > tr > th {
      font-weight: ${euiTheme.font.weight.regular};
    }
    & > tbody > tr:hover {
      background-color: ${euiTheme.components.tableRowBackgroundHover};
    }
  `;
  // Visually hidden, read by screen readers (like EUI's table caption).
  const caption = css`
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  `;
  const small = css`
    font-size: ${euiFontSize(themeContext, 'xs').fontSize};
    line-height: ${euiFontSize(themeContext, 'xs').lineHeight};
  `;
  const subdued = css`
    color: ${euiTheme.colors.textSubdued};
  `;
  const empty = css`
    text-align: center !important;
    color: ${euiTheme.colors.textSubdued};
  `;
  return { table, caption, small, subdued, empty };
}

/** The table's classes for its cells' text: `small` (EUI's xs text) and `subdued` (secondary text). */
export function useDenseTableStyles() {
  return useEuiMemoizedStyles(denseTableStyles);
}

interface DenseTableProps {
  caption: string;
  columns: { name: string; width?: string }[];
  /** The rows: `<tr>` elements whose first cell is a `<th scope="row">` when it names the row. */
  children: ReactNode;
  /** Shown across the table when there are no rows. */
  noRowsMessage: string;
  rowCount: number;
}

export function DenseTable({ caption, columns, children, noRowsMessage, rowCount }: DenseTableProps) {
  const styles = useDenseTableStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.name} scope="col" style={column.width ? { inlineSize: column.width } : undefined}>
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowCount > 0 ? (
          children
        ) : (
          <tr>
            <td colSpan={columns.length} className={styles.empty}>
              {noRowsMessage}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
