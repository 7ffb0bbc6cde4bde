import { EuiBadge, EuiBasicTable, EuiCallOut, EuiLink, EuiSpacer, EuiText, EuiTitle, EuiToolTip, type EuiBasicTableColumn } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ACTIONS, problemText } from '../../api/describe-problem';
import { savedObjectQueries, type BulkGetObject } from '../../api/saved-objects';
import { ObjectTitleText } from '../../components/object-title-text';
import { ObjectTypeIcon } from '../../components/object-type-icon';
import type { SavedObject } from '../../contract/kibana';
import { checkReferences, type ReferenceStatus } from './reference-status';
import { useObjectLink } from './use-object-link';
import { InlineCode } from '../../components/inline-code';

interface ObjectReferencesProps {
  spaceId: string;
  /** The space the object lives in: its references resolve there. */
  actSpace: string;
  object: SavedObject;
}

/** What the object points at, each as a link to its flyout; references that resolve to nothing are flagged. */
export function ObjectReferences({ spaceId, actSpace, object }: ObjectReferencesProps) {
  const objectLink = useObjectLink();
  const plan = checkReferences(object.references, spaceId, actSpace);
  // One `_bulk_get` for every distinct reference.
  const lookups: BulkGetObject[] = plan.lookups;
  const checked = useQuery({ ...savedObjectQueries.bulkGet(spaceId, lookups), enabled: lookups.length > 0 });
  const statuses = plan.statuses(checked.data?.saved_objects);
  const missing = statuses.filter((status) => status.state === 'missing').length;

  const columns: EuiBasicTableColumn<ReferenceStatus>[] = [
    { field: 'type', name: 'Type', width: '130px', render: (type: string) => <ObjectTypeIcon type={type} /> },
    {
      // The reference name sits under the title rather than in a column of its own: in a flyout at
      // 1024 px and narrower, four columns left the title about 25 px, one letter per line.
      field: 'title',
      name: 'Object / reference',
      render: (_title: string | undefined, status: ReferenceStatus): ReactNode => (
        <div>
          {status.state === 'missing' ? (
            <InlineCode>{status.id}</InlineCode>
          ) : (
            <ObjectTitleText title={status.title ?? status.id} pattern={status.pattern} renderTitle={(title) => <EuiLink {...objectLink(status.key)}>{title}</EuiLink>} />
          )}
          <div>
            <InlineCode transparentBackground>{status.name}</InlineCode>
          </div>
        </div>
      ),
    },
    {
      field: 'state',
      name: 'Status',
      width: '100px',
      render: (state: ReferenceStatus['state'], status: ReferenceStatus): ReactNode => {
        if (state === 'missing') return <EuiBadge color="danger">missing</EuiBadge>;
        if (state === 'unknown')
          return (
            <EuiToolTip content={status.problem}>
              <EuiBadge color="hollow" tabIndex={0}>
                not checked
              </EuiBadge>
            </EuiToolTip>
          );
        if (state === 'checking') return <EuiBadge color="hollow">checking…</EuiBadge>;
        return <EuiBadge color="success">found</EuiBadge>;
      },
    },
  ];

  return (
    <section aria-label="References">
      <EuiTitle size="xs">
        <h3>References ({object.references.length})</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {object.references.length === 0 ? (
        <EuiText size="s" color="subdued">
          <p>This object references no other saved object.</p>
        </EuiText>
      ) : (
        <>
          {missing ? (
            <>
              <EuiCallOut size="s" color="danger" iconType="warning" title={`${missing} missing ${missing === 1 ? 'reference' : 'references'}`}>
                <p>These objects do not exist{actSpace === spaceId ? '' : ` in ${actSpace}`}: copies and exports will report them, and what uses them may break.</p>
              </EuiCallOut>
              <EuiSpacer size="s" />
            </>
          ) : null}
          {checked.isError ? (
            <>
              <EuiCallOut size="s" color="warning" iconType="warning" title="Could not check the references">
                <p>{problemText(checked.error, ACTIONS.readObject)}</p>
              </EuiCallOut>
              <EuiSpacer size="s" />
            </>
          ) : null}
          <EuiBasicTable<ReferenceStatus> tableCaption="References" items={statuses} columns={columns} compressed />
        </>
      )}
    </section>
  );
}
