import { EuiCallOut, EuiEmptyPrompt, EuiSkeletonText, EuiSpacer } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ACTIONS } from '../../api/describe-problem';
import { resolveQueries } from '../../api/resolve';
import { aliasRows, conflictCheckObjects, findConflicts } from './alias-conflicts';
import { AliasesTable } from './aliases-table';
import { InlineError } from './inline-error';

const NO_CONFLICTS: ReadonlySet<string> = new Set();

/** Every legacy URL alias of the space, conflicts first. */
export function AliasesTab({ space }: { space: string }) {
  const list = useQuery(resolveQueries.list(space));
  const checks = useMemo(() => conflictCheckObjects(list.data ?? []), [list.data]);
  const existing = useQuery({ ...resolveQueries.objects(space, checks), enabled: checks.length > 0 });
  const conflicts = useMemo(
    () => (list.data && existing.data ? findConflicts(list.data, existing.data) : NO_CONFLICTS),
    [list.data, existing.data],
  );

  if (list.isPending) return <EuiSkeletonText lines={6} contentAriaLabel="Loading the aliases" />;
  if (list.isError) {
    return <InlineError title="Could not load the aliases" action={ACTIONS.listAliases} error={list.error} onRetry={() => void list.refetch()} isRetrying={list.isFetching} />;
  }
  if (list.data.length === 0) {
    return (
      <EuiEmptyPrompt
        iconType="link"
        title={<h2>No legacy URL aliases in this space</h2>}
        body={
          <p>
            Kibana creates an alias when an object gets a new id — when 8.0 made ids unique across spaces, or when an object
            is copied or imported with a new id — so old links keep working. This space has none.
          </p>
        }
      />
    );
  }

  const isChecking = checks.length > 0 && existing.isPending;
  const rows = aliasRows(list.data, isChecking ? null : conflicts);
  const conflictCount = rows.filter((row) => row.status === 'conflict').length;
  return (
    <>
      {existing.isError ? (
        <>
          <InlineError
            color="warning"
            title="Could not check which aliases are in conflict"
            error={existing.error}
            onRetry={() => void existing.refetch()}
            isRetrying={existing.isFetching}
          />
          <EuiSpacer size="m" />
        </>
      ) : null}
      {conflictCount > 0 ? (
        <>
          <EuiCallOut title={`${conflictCount} ${conflictCount === 1 ? 'alias is' : 'aliases are'} in conflict`} color="danger" iconType="warning" size="s">
            <p>
              An object still has the old id of {conflictCount === 1 ? 'this alias' : 'these aliases'}, so two objects answer to
              it. Kibana opens the one with the id and warns users. Disabling the alias ends the conflict.
            </p>
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      ) : null}
      <AliasesTable space={space} rows={rows} isChecking={isChecking} />
    </>
  );
}
