import { EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { resolveQueries, type ObjectRef } from '../../api/resolve';
import { useRouterLinks } from '../../components/use-router-links';
import { AliasesTab } from './aliases-tab';
import { aliasesScreenPath, readAliasesScreenParams } from './object-links';
import { OpenByIdForm } from './open-by-id-form';
import { toTypedLine } from './parse-id-list';
import { ResolveResults } from './resolve-results';

/** "Open by id" (what Kibana opens for an id) and the space's legacy URL aliases. */
export function AliasesRoute() {
  const { spaceId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const linkTo = useRouterLinks();
  const { tab, objects } = useMemo(() => readAliasesScreenParams(params), [params]);

  // The resolved ids live in the URL, so a reload or a shared link shows the same results.
  const resolve = (next: ObjectRef[]) => {
    void navigate(aliasesScreenPath(spaceId, { objects: next }));
    // Resolving the same list again must ask Kibana again (a fix may have happened elsewhere).
    void queryClient.invalidateQueries({ queryKey: resolveQueries.bulkResolve(spaceId, next).queryKey, exact: true });
  };
  const isResolving = useIsFetching({ queryKey: resolveQueries.bulkResolve(spaceId, objects).queryKey, exact: true }) > 0;

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Open by id and aliases"
        description="See what Kibana opens for an id in this space: the object, where an old id moved, or which two objects answer to it. Disable the legacy URL aliases that cause conflicts."
        tabs={[
          { label: 'Open by id', isSelected: tab === 'open', ...linkTo(aliasesScreenPath(spaceId, { objects })) },
          { label: 'Legacy URL aliases', isSelected: tab === 'aliases', ...linkTo(aliasesScreenPath(spaceId, { tab: 'aliases', objects })) },
        ]}
      />
      <EuiPageTemplate.Section>
        {tab === 'open' ? (
          <>
            <OpenByIdForm spaceId={spaceId} initialText={objects.map(toTypedLine).join('\n')} onResolve={resolve} isResolving={isResolving} />
            {objects.length ? (
              <>
                <EuiSpacer size="l" />
                <ResolveResults space={spaceId} requested={objects} />
              </>
            ) : null}
          </>
        ) : (
          <AliasesTab space={spaceId} />
        )}
      </EuiPageTemplate.Section>
    </>
  );
}
