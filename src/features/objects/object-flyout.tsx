import { EuiFlyout, EuiFlyoutBody, EuiSkeletonText, EuiSpacer, useGeneratedHtmlId } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ACTIONS, problemText } from '../../api/describe-problem';
import { isSavedObjectError, savedObjectQueries } from '../../api/saved-objects';
import { FlyoutProblem } from './flyout-problem';
import { FlyoutTitle } from './flyout-title';
import { ObjectView } from './object-view';
import { parseObjectKey } from '../../lib/selection-link';

interface ObjectFlyoutProps {
  spaceId: string;
  /** `type:id` or `type:id@space` (selection-link.ts). */
  objectKey: string;
  onClose: () => void;
  onDeleted: (key: string) => void;
}

/** Everything about one saved object; opened from `?object=<key>`, so it can be linked to. */
export function ObjectFlyout({ spaceId, objectKey, onClose, onDeleted }: ObjectFlyoutProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'objectFlyoutTitle' });
  const flyout = useRef<HTMLDivElement>(null);
  // A focused tooltip anchor (a time, a type icon) takes the first Escape to hide its tooltip, so the
  // flyout would need two. Escape from inside the flyout closes it at once; a modal or popover opened
  // from it lives outside its element and keeps its own Escape.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !(event.target instanceof Node) || !flyout.current?.contains(event.target)) return;
    event.stopPropagation();
    onClose();
  };
  const ref = parseObjectKey(objectKey);
  // Objects seen in "all spaces" are read in the space they live in (§8: bulk_get `namespaces`).
  const fetched = useQuery({
    ...savedObjectQueries.bulkGet(spaceId, ref ? [{ type: ref.type, id: ref.id, ...(ref.space ? { namespaces: [ref.space] } : {}) }] : []),
    enabled: ref !== null,
  });
  const item = fetched.data?.saved_objects[0];

  let content: ReactNode;
  if (!ref) {
    content = <FlyoutProblem titleId={titleId} title="Not a link to a saved object" detail={`“${objectKey}” does not name a saved object (expected type:id).`} />;
  } else if (fetched.isPending) {
    content = (
      <EuiFlyoutBody>
        <FlyoutTitle id={titleId} size="s">
          Loading {ref.type} {ref.id}…
        </FlyoutTitle>
        <EuiSpacer />
        <EuiSkeletonText lines={10} isLoading contentAriaLabel="Saved object" />
      </EuiFlyoutBody>
    );
  } else if (fetched.isError) {
    content = <FlyoutProblem titleId={titleId} title="Could not load this saved object" detail={problemText(fetched.error, ACTIONS.readObject)} onRetry={() => void fetched.refetch()} />;
  } else if (!item || isSavedObjectError(item)) {
    const notFound = item?.error.statusCode === 404;
    content = (
      <FlyoutProblem
        titleId={titleId}
        title={notFound ? 'Saved object not found' : 'Could not load this saved object'}
        detail={notFound ? `There is no ${ref.type} “${ref.id}” in ${ref.space ?? spaceId}. It may have been deleted.` : (item?.error.message ?? 'Kibana answered without it.')}
      />
    );
  } else {
    content = (
      <ObjectView
        key={objectKey}
        spaceId={spaceId}
        actSpace={ref.space ?? spaceId}
        object={item}
        objectRef={ref}
        objectKey={objectKey}
        titleId={titleId}
        onClose={onClose}
        onDeleted={onDeleted}
      />
    );
  }

  return (
    <EuiFlyout ref={flyout} onKeyDownCapture={closeOnEscape} onClose={onClose} aria-labelledby={titleId} size="m" ownFocus>
      {content}
    </EuiFlyout>
  );
}
