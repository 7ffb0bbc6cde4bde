import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSkeletonRectangle, EuiSpacer, EuiText } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { resolveQueries } from '../../api/resolve';
import { isSavedObjectError } from '../../api/saved-objects';
import { purposeDescription } from './alias-wording';
import { objectTitleParts, titleLabel } from '../../lib/object-title';
import { type ResolveResult } from './describe-resolve-results';
import { DisableAliasesModal } from './disable-aliases-modal';
import { InlineError } from './inline-error';
import { ObjectCard } from './object-card';

type ConflictResolveResult = Extract<ResolveResult, { kind: 'conflict' }>;

interface ConflictResultProps {
  space: string;
  result: ConflictResolveResult;
}

/** Two objects answer to one id: the one that has it, and the one an alias sends it to. */
export function ConflictResult({ space, result }: ConflictResultProps) {
  const { requested, object, aliasTargetId, purpose } = result;
  const target = useQuery(resolveQueries.objects(space, [{ type: requested.type, id: aliasTargetId }]));
  const [isConfirming, setConfirming] = useState(false);
  const targetEntry = target.data?.saved_objects[0];
  const targetObject = targetEntry && !isSavedObjectError(targetEntry) ? targetEntry : undefined;
  const ownerTitle = titleLabel(objectTitleParts(object));
  const targetTitle = targetObject ? titleLabel(objectTitleParts(targetObject)) : aliasTargetId;
  const name = `${requested.type}:${requested.id}`;

  let targetCard;
  if (targetObject) targetCard = <ObjectCard space={space} object={targetObject} label={`The alias sends the id here (its own id: ${aliasTargetId})`} />;
  else if (target.isPending) targetCard = <EuiSkeletonRectangle width="100%" height={140} borderRadius="m" contentAriaLabel="Loading the alias target" />;
  else if (target.isError)
    targetCard = <InlineError title="Could not load the alias target" error={target.error} onRetry={() => void target.refetch()} isRetrying={target.isFetching} />;
  else
    targetCard = (
      <EuiCallOut color="warning" size="s" title={`The alias target ${aliasTargetId} could not be read`}>
        <p>{targetEntry && isSavedObjectError(targetEntry) ? targetEntry.error.message : 'Kibana did not return it.'}</p>
      </EuiCallOut>
    );

  return (
    <>
      <EuiText size="s">
        <p>
          Two different objects answer to <code>{name}</code> in this space: “{ownerTitle}” has this id, and an alias —{' '}
          {purposeDescription(purpose)} — also sends it to “{targetTitle}”. Kibana opens “{ownerTitle}” and warns whoever opens
          it that another object used to have this id.
        </p>
      </EuiText>
      <EuiSpacer size="m" />
      <EuiFlexGroup gutterSize="m" responsive>
        <EuiFlexItem>
          <ObjectCard space={space} object={object} label={`Has the id ${requested.id} (Kibana opens this one)`} />
        </EuiFlexItem>
        <EuiFlexItem>{targetCard}</EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <EuiButton color="warning" iconType="wrench" onClick={() => setConfirming(true)}>
        Disable the alias
      </EuiButton>
      {isConfirming ? (
        <DisableAliasesModal
          aliases={[{ targetSpace: space, targetType: requested.type, sourceId: requested.id, targetId: aliasTargetId }]}
          onClose={() => setConfirming(false)}
          consequence={
            <p>
              Links and bookmarks that use <code>{name}</code> will open “{ownerTitle}”, the object that has this id, without a
              warning. “{targetTitle}” stays reachable by its own id, <code>{aliasTargetId}</code>.
            </p>
          }
        />
      ) : null}
    </>
  );
}
