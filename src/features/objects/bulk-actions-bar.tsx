import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiText } from '@elastic/eui';
import { useRouterLinks } from '../../components/use-router-links';
import { ExportPopover } from './export-popover';
import { describeNarrowing, describeSelection, planSelectionExport, selectionSize, selectionTarget, type Selection } from './selection';
import { selectionLink } from '../../lib/selection-link';
import { useExport } from './use-export';

interface BulkActionsBarProps {
  spaceId: string;
  selection: Selection;
  /** Matches of the current search (all pages). */
  total: number;
  onSelectAllMatching: () => void;
  onClear: () => void;
}

/** Shown while something is selected: what is selected, and what can be done with it. */
export function BulkActionsBar({ spaceId, selection, total, onSelectAllMatching, onClear }: BulkActionsBarProps) {
  const linkTo = useRouterLinks();
  const exporter = useExport();
  const target = selectionTarget(selection);
  if (!target) return null;
  const size = selectionSize(selection);
  const exportPlan = planSelectionExport(selection, spaceId);
  const narrowing = describeNarrowing(selection);
  const what = size === 1 ? '1 selected object' : `${size.toLocaleString('en-US')} selected objects`;

  return (
    <EuiPanel color="primary" paddingSize="s" hasShadow={false} role="region" aria-label="Selection">
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiText size="s" role="status">
            <strong>{describeSelection(selection)}</strong>
            {narrowing ? <> — {narrowing}</> : null}
          </EuiText>
        </EuiFlexItem>
        {!selection.allMatching && total > size ? (
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="s" onClick={onSelectAllMatching}>
              Select all {total.toLocaleString('en-US')} matching
            </EuiButtonEmpty>
          </EuiFlexItem>
        ) : null}
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" iconType="cross" onClick={onClear}>
            Clear selection
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow />
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" iconType="copy" {...linkTo(selectionLink(spaceId, 'copy', target))}>
            Copy to spaces
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" iconType="pencil" {...linkTo(selectionLink(spaceId, 'bulk-edit', target))}>
            Bulk edit
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <ExportPopover
            what={what}
            isExporting={exporter.isExporting}
            disabledReason={'disabledReason' in exportPlan ? exportPlan.disabledReason : undefined}
            onExport={(deep) => {
              if ('request' in exportPlan) exporter.run(exportPlan.space, exportPlan.request, deep);
            }}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}
