import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSkeletonText, EuiText } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { ACTIONS } from '../../api/describe-problem';
import { resolveQueries, type ObjectRef } from '../../api/resolve';
import { describeResolveResults, summarizeResolveResults } from './describe-resolve-results';
import { InlineError } from './inline-error';
import { ResolveResultPanel } from './resolve-result-panel';

interface ResolveResultsProps {
  space: string;
  requested: readonly ObjectRef[];
}

/** What Kibana does with each requested id in this space, in the order they were pasted. */
export function ResolveResults({ space, requested }: ResolveResultsProps) {
  const resolved = useQuery(resolveQueries.bulkResolve(space, requested));
  const results = resolved.data ? describeResolveResults(requested, resolved.data) : [];
  // A not-found id may have an alias that was disabled: the alias list says so, and where it pointed.
  const aliases = useQuery({ ...resolveQueries.list(space), enabled: results.some((result) => result.kind === 'notFound') });

  if (resolved.isPending) {
    return (
      <EuiFlexGroup direction="column" gutterSize="m" aria-busy="true" aria-label="Resolving ids">
        {requested.slice(0, 3).map((ref) => (
          <EuiFlexItem key={`${ref.type}:${ref.id}`}>
            <EuiPanel hasShadow={false} hasBorder>
              <EuiSkeletonText lines={3} contentAriaLabel={`Resolving ${ref.type}:${ref.id}`} />
            </EuiPanel>
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    );
  }
  if (resolved.isError) {
    return (
      <InlineError
        title="Could not resolve the ids"
        action={ACTIONS.resolveIds}
        error={resolved.error}
        onRetry={() => void resolved.refetch()}
        isRetrying={resolved.isFetching}
      />
    );
  }

  return (
    <section aria-label="Resolve results">
      <EuiText size="s" color="subdued">
        <p role="status">{summarizeResolveResults(results)}</p>
      </EuiText>
      <EuiFlexGroup direction="column" gutterSize="m">
        {results.map((result) => (
          <EuiFlexItem key={`${result.requested.type}:${result.requested.id}`}>
            <ResolveResultPanel space={space} result={result} aliases={aliases.data} />
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    </section>
  );
}
