import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import { downloadFile } from '../../lib/download-file';
import { previewToCsv, previewToJson, type PreviewFileContext } from './preview-export';
import type { PreviewRow } from './sync-preview';

export function PreviewExport({ rows, context }: { rows: readonly PreviewRow[]; context: PreviewFileContext }) {
  const name = `ml-sync-preview-${context.space}-${context.checkedAt.toISOString().replace(/[:.]/g, '-')}`;
  return (
    <EuiFlexGroup gutterSize="xs" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty size="s" iconType="download" onClick={() => downloadFile(`${name}.json`, previewToJson(rows, context), 'application/json')}>
          Export JSON
        </EuiButtonEmpty>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty size="s" iconType="download" onClick={() => downloadFile(`${name}.csv`, previewToCsv(rows), 'text/csv')}>
          Export CSV
        </EuiButtonEmpty>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
