import { EuiConfirmModal, EuiText } from '@elastic/eui';
import { CATEGORY_TITLES, countByCategory, SYNC_CATEGORIES, type PreviewRow } from './sync-preview';

interface ConfirmSyncModalProps {
  rows: readonly PreviewRow[];
  spaceName: string;
  addToAllSpaces: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Repeats what will change and where, before the real sync. */
export function ConfirmSyncModal({ rows, spaceName, addToAllSpaces, onCancel, onConfirm }: ConfirmSyncModalProps) {
  const counts = countByCategory(rows);
  const blocked = rows.filter((row) => row.runFrom).length;
  const title = `Synchronise ML saved objects from ${spaceName}?`;
  return (
    <EuiConfirmModal
      title={title}
      aria-label={title}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText="Synchronise"
      defaultFocusedButton="confirm"
    >
      <EuiText size="s">
        <ul>
          {SYNC_CATEGORIES.map((category) => (
            <li key={category}>
              {CATEGORY_TITLES[category]}: {counts[category]}
            </li>
          ))}
        </ul>
        <p>
          New saved objects will go to {addToAllSpaces ? 'all spaces' : `the space ${spaceName} only`}. Deleted saved objects are removed
          from every space they are in.
        </p>
        {blocked ? (
          <p>
            <strong>
              {blocked === 1 ? '1 item' : `${blocked} items`} cannot be repaired from {spaceName} and will fail
            </strong>{' '}
            — run the sync from the space named next to {blocked === 1 ? 'it' : 'them'} afterwards.
          </p>
        ) : null}
      </EuiText>
    </EuiConfirmModal>
  );
}
