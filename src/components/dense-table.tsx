// A plain <table> drawn like EUI's basic table, for grids that show a page of many rows at once and must
// render fast (the copy wizard's decision grid: 1,000 conflicts). EuiBasicTable builds each cell from
// several components (cell content wrapper, mobile header, hooks) and measures its header cells after
// mounting, which forces a whole-page layout; here every row is a <tr> of plain cells, the look comes from one
// class built once per theme, and nothing is measured.
import { EuiFlexGroup, EuiFlexItem, EuiPagination, EuiSpacer, EuiText, euiFontSize, useEuiMemoizedStyles, type UseEuiTheme } from '@elastic/eui';
import { css, cx } from '@emotion/css';
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
  // A link drawn like EuiLink (primary).
  const link = css`
    color: ${euiTheme.colors.textPrimary};
    font-weight: ${euiTheme.font.weight.medium};
    text-decoration: none;
    &:hover {
      text-decoration: underline;
    }
    &:focus-visible {
      outline: ${euiTheme.focus.width} solid ${euiTheme.focus.color};
      outline-offset: 2px;
    }
  `;
  // A label in a pill, like EuiBadge, without EuiBadge's per-instance text measuring.
  const badge = css`
    display: inline-block;
    padding-inline: ${euiTheme.size.s};
    border-radius: ${euiTheme.size.l};
    font-size: ${euiFontSize(themeContext, 'xs').fontSize};
    line-height: ${euiTheme.size.l};
    font-weight: ${euiTheme.font.weight.medium};
    white-space: nowrap;
  `;
  const tone = (background: string, color: string) => cx(badge, css`
    background-color: ${background};
    color: ${color};
  `);
  const { colors } = euiTheme;
  const badges = {
    success: tone(colors.backgroundLightSuccess, colors.textSuccess),
    warning: tone(colors.backgroundLightWarning, colors.textWarning),
    danger: tone(colors.backgroundLightDanger, colors.textDanger),
    primary: tone(colors.backgroundLightPrimary, colors.textPrimary),
    default: tone(colors.backgroundLightText, colors.textParagraph),
    hollow: cx(
      badge,
      css`
        box-shadow: inset 0 0 0 ${euiTheme.border.width.thin} ${euiTheme.border.color};
        color: ${colors.textParagraph};
      `,
    ),
  };
  return { table, caption, small, subdued, empty, link, badges };
}

export type DenseBadgeTone = 'success' | 'warning' | 'danger' | 'primary' | 'default' | 'hollow';

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

interface DenseTablePaginationProps {
  /** Names the page buttons for screen readers ("Pages of the report"). */
  label: string;
  pageIndex: number;
  pageSize: number;
  total: number;
  onPageChange: (pageIndex: number) => void;
}

/** "Rows 21–40 of 1000" and the page buttons, under a DenseTable; nothing when everything fits one page. */
export function DenseTablePagination({ label, pageIndex, pageSize, total, onPageChange }: DenseTablePaginationProps) {
  const pageCount = Math.ceil(total / pageSize);
  if (pageCount <= 1) return null;
  const first = pageIndex * pageSize;
  return (
    <>
      <EuiSpacer size="s" />
      <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiText size="xs" color="subdued">
            <p>{`Rows ${first + 1}–${Math.min(first + pageSize, total)} of ${total}`}</p>
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiPagination compressed aria-label={label} pageCount={pageCount} activePage={pageIndex} onPageClick={onPageChange} />
        </EuiFlexItem>
      </EuiFlexGroup>
    </>
  );
}
