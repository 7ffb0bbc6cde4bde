// The changes of one object, path by path: what it holds now and what it will hold. Values are rendered as text.
import { EuiBasicTable, EuiText, type EuiBasicTableColumn } from '@elastic/eui';
import { useMemo } from 'react';
import { diffContent, type Change } from './engine/diff';
import type { ObjectContent } from './engine/edits';
import { InlineCode } from '../../components/inline-code';

const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

const columns: EuiBasicTableColumn<Change>[] = [
  { field: 'path', name: 'Field', render: (path: string) => <InlineCode transparentBackground>{path}</InlineCode> },
  { field: 'before', name: 'Before', render: (_: unknown, change: Change) => <span className="eui-textBreakAll">{change.kind === 'added' ? '(absent)' : show(change.before)}</span> },
  { field: 'after', name: 'After', render: (_: unknown, change: Change) => <span className="eui-textBreakAll">{change.kind === 'removed' ? '(absent)' : show(change.after)}</span> },
];

export function DiffView({ title, before, after }: { title: string; before: ObjectContent; after: ObjectContent }) {
  const changes = useMemo(() => diffContent(before, after), [before, after]);
  if (changes.length === 0) return <EuiText size="s">No change.</EuiText>;
  return <EuiBasicTable<Change> tableCaption={`Changes to ${title}`} items={changes} columns={columns} compressed />;
}
