import { EuiButton, EuiCallOut, EuiCheckbox, EuiIcon, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import type { UseQueryResult } from '@tanstack/react-query';
import { ACTIONS, problemText } from '../../api/describe-problem';
import { typeDisplayName, typeIcon } from '../../components/object-type-icon';
import type { FindResponse } from '../../contract/kibana';
import { ObjectTitleText } from '../../components/object-title-text';
import { objectTitleParts } from '../../lib/object-title';

// The modal names a few; the flyout's "Referenced by" lists them all (up to a page).
const LISTED = 10;

interface DeleteReferencesWarningProps {
  referrers: UseQueryResult<FindResponse>;
  acknowledged: boolean;
  onAcknowledge: (acknowledged: boolean) => void;
}

/** True when Delete must wait for an explicit "delete anyway". */
export function needsAcknowledgement(referrers: UseQueryResult<FindResponse>): boolean {
  return referrers.isError || (referrers.data?.total ?? 0) > 0;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** Who references the object about to be deleted, and a checkbox to delete it anyway. */
export function DeleteReferencesWarning({ referrers, acknowledged, onAcknowledge }: DeleteReferencesWarningProps) {
  const checkboxId = useGeneratedHtmlId({ prefix: 'deleteAnyway' });

  if (referrers.isPending) {
    return (
      <EuiText size="s" color="subdued">
        <p role="status">Checking which saved objects reference it…</p>
      </EuiText>
    );
  }
  const total = referrers.data?.total ?? 0;
  if (!referrers.isError && total === 0) {
    return (
      <EuiText size="s" color="subdued">
        <p>No saved object references it.</p>
      </EuiText>
    );
  }

  const checkbox = (
    <EuiCheckbox
      id={checkboxId}
      checked={acknowledged}
      onChange={(event) => onAcknowledge(event.target.checked)}
      label={
        referrers.isError
          ? 'Delete it anyway, without knowing what references it'
          : `Delete it anyway: ${plural(total, 'object', 'objects')} will be left with a missing reference`
      }
    />
  );

  if (referrers.isError) {
    return (
      <EuiCallOut color="warning" iconType="warning" title="Could not check which objects reference it" size="s">
        <p>{problemText(referrers.error, ACTIONS.findObjects)}</p>
        <EuiButton size="s" color="warning" iconType="refresh" onClick={() => void referrers.refetch()} isLoading={referrers.isFetching}>
          Check again
        </EuiButton>
        <EuiSpacer size="s" />
        {checkbox}
      </EuiCallOut>
    );
  }

  const listed = referrers.data.saved_objects.slice(0, LISTED);
  const title = `${plural(total, 'saved object references', 'saved objects reference')} it`;
  return (
    <EuiCallOut color="warning" iconType="link" title={title} size="s">
      <p>
        After the delete, {total === 1 ? 'it' : 'they'} will point at an object that no longer exists: panels,
        visualizations and searches built on it stop working.
      </p>
      <ul aria-label="Saved objects that reference it">
        {listed.map((referrer) => (
          <li key={`${referrer.type}:${referrer.id}`}>
            <EuiIcon type={typeIcon(referrer.type)} aria-label={typeDisplayName(referrer.type)} /> <ObjectTitleText {...objectTitleParts(referrer)} />
          </li>
        ))}
      </ul>
      {total > listed.length ? (
        <p>and {(total - listed.length).toLocaleString('en-US')} more, listed under “Referenced by” in the object’s details.</p>
      ) : null}
      {checkbox}
    </EuiCallOut>
  );
}
