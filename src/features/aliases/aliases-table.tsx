import {
  EuiBadge,
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiInMemoryTable,
  EuiLink,
  EuiSpacer,
  EuiText,
  EuiToolTip,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import { useState } from 'react';
import { ObjectTypeIcon, typeDisplayName } from '../../components/object-type-icon';
import { useRouterLinks } from '../../components/use-router-links';
import type { AliasRow, AliasStatus } from './alias-conflicts';
import { purposeDescription, purposeLabel } from './alias-wording';
import { DisableAliasesModal } from './disable-aliases-modal';
import { objectFlyoutPath, openByIdPath } from './object-links';
import { RelativeTimeText } from '../../components/relative-time-text';
import { TooltipText } from './tooltip-text';

const STATUS_BADGES: Record<AliasStatus, { label: string; color: string }> = {
  conflict: { label: 'Conflict', color: 'danger' },
  checking: { label: 'Checking…', color: 'hollow' },
  enabled: { label: 'Enabled', color: 'success' },
  disabled: { label: 'Disabled', color: 'default' },
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface AliasesTableProps {
  space: string;
  rows: AliasRow[];
  /** The conflict check is still running: statuses may change. */
  isChecking: boolean;
}

/** What disabling these aliases does, told apart for those in conflict and those that are not. */
function disableConsequence(selected: readonly AliasRow[]) {
  const conflicts = selected.filter((row) => row.status === 'conflict').length;
  const others = selected.length - conflicts;
  return (
    <>
      {others ? (
        <p>
          {others === selected.length ? (selected.length === 1 ? 'This alias is' : 'These aliases are') : `${others} of them ${others === 1 ? 'is' : 'are'}`} not in
          conflict: no object has {others === 1 ? 'its' : 'their'} old id, so links and bookmarks that use {others === 1 ? 'it' : 'them'} will answer “not found”.
        </p>
      ) : null}
      {conflicts ? (
        <p>
          For {conflicts === 1 ? 'the alias' : `the ${conflicts} aliases`} in conflict, the old id will open only the object that has it now.
        </p>
      ) : null}
    </>
  );
}

export function AliasesTable({ space, rows, isChecking }: AliasesTableProps) {
  const linkTo = useRouterLinks();
  const [selected, setSelected] = useState<AliasRow[]>([]);
  const [isConfirming, setConfirming] = useState(false);
  const now = new Date();

  const columns: EuiBasicTableColumn<AliasRow>[] = [
    {
      field: 'status',
      name: 'Status',
      width: '110px',
      render: (status: AliasStatus, row: AliasRow) => {
        const badge = <EuiBadge color={STATUS_BADGES[status].color}>{STATUS_BADGES[status].label}</EuiBadge>;
        if (status !== 'conflict') return badge;
        return (
          <TooltipText content={`A ${typeDisplayName(row.targetType).toLowerCase()} still has the id ${row.sourceId} in this space: two objects answer to it.`}>
            {badge}
          </TooltipText>
        );
      },
    },
    {
      field: 'sourceId',
      name: 'Old id',
      render: (sourceId: string, row: AliasRow) => (
        <EuiToolTip content="Resolve this id, with both objects side by side when in conflict">
          <EuiLink {...linkTo(openByIdPath(space, [{ type: row.targetType, id: sourceId }]))}>{sourceId}</EuiLink>
        </EuiToolTip>
      ),
    },
    // Wide enough for the longest type name ("Visualization") with its icon: at 800 px the cell must not
    // break it mid-word.
    { field: 'targetType', name: 'Type', width: '150px', render: (type: string) => <ObjectTypeIcon type={type} /> },
    {
      field: 'targetId',
      name: 'Target id',
      render: (targetId: string, row: AliasRow) => (
        <EuiLink {...linkTo(objectFlyoutPath(space, { type: row.targetType, id: targetId }))}>{targetId}</EuiLink>
      ),
    },
    {
      field: 'purpose',
      name: 'Purpose',
      render: (purpose: string | undefined) => (
        <TooltipText content={capitalize(purposeDescription(purpose))}>{purposeLabel(purpose)}</TooltipText>
      ),
    },
    { field: 'resolveCounter', name: 'Resolve count', dataType: 'number', width: '120px' },
    {
      field: 'lastResolved',
      name: 'Last resolved',
      render: (lastResolved: string | undefined) =>
        lastResolved ? (
          <RelativeTimeText iso={lastResolved} now={now} />
        ) : (
          <EuiText size="s" color="subdued">
            Never
          </EuiText>
        ),
    },
  ];

  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButton
            color="warning"
            iconType="wrench"
            size="s"
            isDisabled={selected.length === 0}
            onClick={() => setConfirming(true)}
          >
            {selected.length ? `Disable selected (${selected.length})` : 'Disable selected'}
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiText size="xs" color="subdued">
            {isChecking ? 'Checking which aliases are in conflict…' : 'Select enabled aliases to disable them.'}
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <EuiInMemoryTable<AliasRow>
        tableCaption="Legacy URL aliases of this space"
        items={rows}
        itemId="id"
        columns={columns}
        loading={isChecking}
        pagination={{ initialPageSize: 20, pageSizeOptions: [20, 50, 100] }}
        selection={{
          selected,
          onSelectionChange: setSelected,
          selectable: (row) => row.status !== 'disabled',
          selectableMessage: (selectable) => (selectable ? '' : 'Already disabled'),
        }}
      />
      {isConfirming ? (
        <DisableAliasesModal
          consequence={disableConsequence(selected)}
          aliases={selected.map((row) => ({ targetSpace: row.targetNamespace, targetType: row.targetType, sourceId: row.sourceId, targetId: row.targetId }))}
          onClose={() => setConfirming(false)}
          onDisabled={() => setSelected([])}
        />
      ) : null}
    </>
  );
}
