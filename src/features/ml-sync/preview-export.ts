// The preview as a file: JSON for scripts and tickets, CSV for spreadsheets.
import Papa from 'papaparse';
import { CATEGORY_TITLES, kindLabel, type PreviewRow } from './sync-preview';

export interface PreviewFileContext {
  space: string;
  checkedAt: Date;
  addToAllSpaces: boolean;
}

function spacesText(spaces: readonly string[] | undefined): string {
  return spaces?.length ? spaces.join(' ') : '';
}

export function previewToJson(rows: readonly PreviewRow[], { space, checkedAt, addToAllSpaces }: PreviewFileContext): string {
  return JSON.stringify(
    {
      space,
      checkedAt: checkedAt.toISOString(),
      addToAllSpaces,
      items: rows.map((row) => ({
        category: row.category,
        kind: row.kind,
        id: row.id,
        reason: row.reason,
        savedObjectSpaces: row.spaces ?? null,
        ...(row.newObjectSpaces ? { newObjectSpaces: row.newObjectSpaces } : {}),
        ...(row.storedDatafeedId !== undefined ? { storedDatafeedId: row.storedDatafeedId } : {}),
        ...(row.runFrom ? { cannotRepairFromThisSpace: true, runFrom: row.runFrom } : {}),
      })),
    },
    null,
    2,
  );
}

export function previewToCsv(rows: readonly PreviewRow[]): string {
  return Papa.unparse(
    rows.map((row) => ({
      section: CATEGORY_TITLES[row.category],
      kind: kindLabel(row.kind),
      id: row.id,
      reason: row.reason,
      'saved object spaces': spacesText(row.spaces),
      'new object spaces': spacesText(row.newObjectSpaces),
      'stored datafeed id': row.storedDatafeedId ?? '',
      'run from': spacesText(row.runFrom),
    })),
    // Spreadsheets run cells starting with = + - @ as formulas; ids are user data.
    { escapeFormulae: true, columns: ['section', 'kind', 'id', 'reason', 'saved object spaces', 'new object spaces', 'stored datafeed id', 'run from'] },
  );
}
