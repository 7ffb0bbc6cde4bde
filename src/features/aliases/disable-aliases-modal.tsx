import { EuiConfirmModal, EuiSpacer, EuiText } from '@elastic/eui';
import type { ReactNode } from 'react';
import { useDisableLegacyUrlAliases, type AliasToDisable } from '../../api/resolve';
import { useToasts } from '../../components/toast-context';
import { errorText } from './error-text';

export interface AliasToFix extends AliasToDisable {
  /** Where the alias sends the old id today. */
  targetId: string;
}

interface DisableAliasesModalProps {
  aliases: readonly AliasToFix[];
  /** What happens, in the words of the case at hand; a general explanation otherwise. */
  consequence?: ReactNode;
  onClose: () => void;
  onDisabled?: () => void;
}

const SHOWN = 8;
const aliasName = (alias: AliasToFix) => `${alias.targetType}:${alias.sourceId}`;

export function DisableAliasesModal({ aliases, consequence, onClose, onDisabled }: DisableAliasesModalProps) {
  const disable = useDisableLegacyUrlAliases();
  const toasts = useToasts();
  const single = aliases.length === 1;
  const what = single ? `the alias for ${aliasName(aliases[0])}` : `${aliases.length} aliases`;

  // mutateAsync rather than per-call callbacks: the fix re-resolves, which can unmount this modal's
  // parent before the mutation settles, and the toast must still appear.
  const confirm = async () => {
    try {
      await disable.mutateAsync(aliases);
      toasts.add({
        title: `Disabled ${what}`,
        color: 'success',
        iconType: 'check',
        text: single ? `${aliasName(aliases[0])} now opens only the object with that id.` : 'Their old ids now open only the objects with those ids.',
      });
      onDisabled?.();
    } catch (error) {
      toasts.add({
        title: `Could not disable ${what}`,
        color: 'danger',
        iconType: 'warning',
        text: `${errorText(error)} The list shows what Kibana has now.`,
      });
    } finally {
      onClose();
    }
  };

  return (
    <EuiConfirmModal
      title={`Disable ${what}?`}
      aria-label={`Disable ${what}?`}
      onCancel={onClose}
      onConfirm={() => void confirm()}
      cancelButtonText="Cancel"
      confirmButtonText={single ? 'Disable alias' : `Disable ${aliases.length} aliases`}
      buttonColor="warning"
      defaultFocusedButton="cancel"
      isLoading={disable.isPending}
    >
      <EuiText size="s">
        {consequence ?? (
          <p>
            Links and bookmarks that use an old id will open the object that has that id now, or show “not found” when
            there is none. The object each alias pointed to stays reachable by its own id.
          </p>
        )}
        <p>Kibana keeps disabled aliases but never follows them again; this console cannot re-enable them.</p>
      </EuiText>
      {!single ? (
        <>
          <EuiSpacer size="s" />
          <EuiText size="xs">
            <ul aria-label="Aliases to disable">
              {aliases.slice(0, SHOWN).map((alias) => (
                <li key={aliasName(alias)}>
                  <code>{aliasName(alias)}</code> → <code>{alias.targetId}</code>
                </li>
              ))}
              {aliases.length > SHOWN ? <li>and {aliases.length - SHOWN} more</li> : null}
            </ul>
          </EuiText>
        </>
      ) : null}
    </EuiConfirmModal>
  );
}
