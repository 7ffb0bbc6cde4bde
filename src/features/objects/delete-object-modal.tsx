import { EuiButton, EuiCallOut, EuiConfirmModal, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isUnsendableSegment, UnsendableIdError } from '../../api/client';
import { ACTIONS, problemText } from '../../api/describe-problem';
import { RESULT_UNKNOWN, type CheckedWrite } from '../../api/result-check';
import { useDeleteSavedObject } from '../../api/saved-objects';
import { spaceQueries } from '../../api/spaces';
import { useToasts } from '../../components/toast-context';
import type { SavedObject } from '../../contract/kibana';
import { DeleteReferencesWarning, needsAcknowledgement } from './delete-references-warning';
import { describeDeleteError } from './describe-delete-error';
import { referrersQuery } from './referrers-query';

interface DeleteObjectModalProps {
  /** A space the object lives in: Kibana deletes only from there (§9). */
  space: string;
  object: SavedObject;
  title: string;
  onCancel: () => void;
  onDeleted: () => void;
}

/** An object shared to several spaces (or all) is deleted from every one of them: Kibana needs `force`. */
export function isShared(namespaces: readonly string[] | undefined): boolean {
  return !!namespaces && (namespaces.length > 1 || namespaces.includes('*'));
}

type DeleteOutcome = CheckedWrite<void, 'deleted' | 'still-there'>;

export function DeleteObjectModal({ space, object, title, onCancel, onDeleted }: DeleteObjectModalProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'deleteObjectTitle' });
  const [isChecking, setIsChecking] = useState(false);
  // A lost answer, re-read: "still there" (delete may be tried again) or still unknown (check again).
  const [lostOutcome, setLostOutcome] = useState<Exclude<DeleteOutcome, { status: 'answered' }>>();
  const [acknowledged, setAcknowledged] = useState(false);
  const deletion = useDeleteSavedObject({ onAnswerLost: () => setIsChecking(true) });
  const referrers = useQuery(referrersQuery(space, object));
  const toasts = useToasts();
  const { data: spaces } = useQuery(spaceQueries.list());
  const shared = isShared(object.namespaces);
  const where = object.namespaces?.includes('*')
    ? 'every space'
    : (object.namespaces ?? []).map((id) => spaces?.find((s) => s.id === id)?.name ?? id).join(', ');
  // Browsers rewrite "." and ".." in a URL path, so such an id never reaches Kibana's DELETE.
  const unsendable = isUnsendableSegment(object.id) || isUnsendableSegment(object.type);
  const problem = deletion.isError ? describeDeleteError(deletion.error, title) : undefined;

  const deleted = (lost: boolean) => {
    toasts.add({
      title: `Deleted “${title}”`,
      color: 'success',
      iconType: 'check',
      text: [lost ? `${RESULT_UNKNOWN}; reading it again shows Kibana no longer has it.` : '', shared ? `Removed from ${where}.` : '']
        .filter(Boolean)
        .join(' ') || undefined,
    });
    onDeleted();
  };
  const settle = (outcome: DeleteOutcome) => {
    setIsChecking(false);
    if (outcome.status === 'answered' || (outcome.status === 'checked' && outcome.found === 'deleted')) deleted(outcome.status === 'checked');
    else setLostOutcome(outcome);
  };
  const checkAgain = async (outcome: Exclude<DeleteOutcome, { status: 'answered' }>) => {
    setIsChecking(true);
    try {
      const found = await outcome.recheck();
      settle({ status: 'checked', lost: outcome.lost, found, recheck: outcome.recheck });
    } catch (checkError) {
      settle({ status: 'unknown', lost: outcome.lost, checkError, recheck: outcome.recheck });
    }
  };

  return (
    <EuiConfirmModal
      title={`Delete “${title}”?`}
      titleProps={{ id: titleId }}
      aria-labelledby={titleId}
      onCancel={onCancel}
      onConfirm={() => {
        setLostOutcome(undefined);
        deletion.mutate({ space, type: object.type, id: object.id, force: shared }, { onSuccess: settle, onError: () => setIsChecking(false) });
      }}
      cancelButtonText="Cancel"
      confirmButtonText={shared ? 'Delete from all spaces' : 'Delete'}
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={deletion.isPending || isChecking}
      confirmButtonDisabled={
        unsendable ||
        deletion.isError ||
        lostOutcome?.status === 'unknown' ||
        referrers.isPending ||
        (needsAcknowledgement(referrers) && !acknowledged)
      }
    >
      {unsendable ? (
        <>
          <EuiCallOut color="danger" iconType="error" title="This id cannot be deleted through Kibana's HTTP API" size="s">
            <p>{new UnsendableIdError(object.id).message}</p>
            <p>Delete it from Kibana’s own Stack Management → Saved Objects page, which sends ids in the request body.</p>
          </EuiCallOut>
          <EuiSpacer size="s" />
        </>
      ) : null}
      {shared ? (
        <>
          <EuiCallOut color="warning" iconType="warning" title="This object is shared" size="s">
            <p>
              It lives in {where}. Deleting it removes it from <strong>all</strong> of them, not only from this space.
            </p>
          </EuiCallOut>
          <EuiSpacer size="s" />
        </>
      ) : null}
      <EuiText size="s">
        <p>Kibana deletes the object and any legacy URL aliases pointing to it. This cannot be undone; export it first to keep a copy.</p>
      </EuiText>
      <EuiSpacer size="s" />
      <DeleteReferencesWarning referrers={referrers} acknowledged={acknowledged} onAcknowledge={setAcknowledged} />
      {isChecking ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="warning" iconType="clock" title="The result is unknown" size="s" role="status">
            <p>{RESULT_UNKNOWN}. Checking whether Kibana still has “{title}”…</p>
          </EuiCallOut>
        </>
      ) : lostOutcome?.status === 'checked' ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="warning" iconType="warning" title="Not deleted" size="s" role="alert">
            <p>
              {RESULT_UNKNOWN}. Reading it again shows Kibana still has “{title}”: the delete did not happen. You can delete it again.
            </p>
          </EuiCallOut>
        </>
      ) : lostOutcome?.status === 'unknown' ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="danger" iconType="warning" title="The result is unknown" size="s" role="alert">
            <p>
              {RESULT_UNKNOWN}: “{title}” may or may not have been deleted. Checking failed too: {problemText(lostOutcome.checkError, ACTIONS.readObject)}
            </p>
            <EuiButton size="s" color="danger" iconType="refresh" onClick={() => void checkAgain(lostOutcome)}>
              Check again
            </EuiButton>
          </EuiCallOut>
        </>
      ) : problem ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="danger" iconType="error" title={problem.title} size="s" role="alert">
            <p>{problem.detail}</p>
          </EuiCallOut>
        </>
      ) : null}
    </EuiConfirmModal>
  );
}
