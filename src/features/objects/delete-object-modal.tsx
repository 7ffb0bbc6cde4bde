import { EuiCallOut, EuiConfirmModal, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useDeleteSavedObject } from '../../api/saved-objects';
import { spaceQueries } from '../../api/spaces';
import { useToasts } from '../../components/toast-context';
import type { SavedObject } from '../../contract/kibana';
import { describeDeleteError } from './describe-delete-error';

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

export function DeleteObjectModal({ space, object, title, onCancel, onDeleted }: DeleteObjectModalProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'deleteObjectTitle' });
  const deletion = useDeleteSavedObject();
  const toasts = useToasts();
  const { data: spaces } = useQuery(spaceQueries.list());
  const shared = isShared(object.namespaces);
  const where = object.namespaces?.includes('*')
    ? 'every space'
    : (object.namespaces ?? []).map((id) => spaces?.find((s) => s.id === id)?.name ?? id).join(', ');
  const problem = deletion.isError ? describeDeleteError(deletion.error, title) : undefined;

  return (
    <EuiConfirmModal
      title={`Delete “${title}”?`}
      titleProps={{ id: titleId }}
      aria-labelledby={titleId}
      onCancel={onCancel}
      onConfirm={() =>
        deletion.mutate(
          { space, type: object.type, id: object.id, force: shared },
          {
            onSuccess: () => {
              toasts.add({ title: `Deleted “${title}”`, color: 'success', iconType: 'check', text: shared ? `Removed from ${where}.` : undefined });
              onDeleted();
            },
          },
        )
      }
      cancelButtonText="Cancel"
      confirmButtonText={shared ? 'Delete from all spaces' : 'Delete'}
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={deletion.isPending}
      confirmButtonDisabled={deletion.isError}
    >
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
      {problem ? (
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
