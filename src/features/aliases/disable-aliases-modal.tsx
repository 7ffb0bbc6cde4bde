import { EuiConfirmModal, EuiSpacer, EuiText } from '@elastic/eui';
import { useState, type ReactNode } from 'react';
import { ACTIONS, problemText } from '../../api/describe-problem';
import { useDisableLegacyUrlAliases, type AliasCheck, type AliasToDisable } from '../../api/resolve';
import { RESULT_UNKNOWN } from '../../api/result-check';
import { useToasts } from '../../components/toast-context';

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
const aliasName = (alias: AliasToDisable) => `${alias.targetType}:${alias.sourceId}`;

/** What a re-read found after a lost answer, in one sentence. */
export function describeAliasCheck(check: AliasCheck): string {
  const part = (list: AliasToDisable[], what: string) =>
    list.length ? `${list.length === 1 ? aliasName(list[0]) : `${list.length} aliases`} ${what}` : '';
  const parts = [
    part(check.disabled, `${check.disabled.length === 1 ? 'is' : 'are'} disabled`),
    part(check.stillEnabled, `${check.stillEnabled.length === 1 ? 'is' : 'are'} still enabled: disable again to retry`),
    part(check.gone, `no longer ${check.gone.length === 1 ? 'exists' : 'exist'}`),
  ].filter(Boolean);
  return `${RESULT_UNKNOWN}; reading the aliases again shows ${parts.join('; ')}.`;
}

export function DisableAliasesModal({ aliases, consequence, onClose, onDisabled }: DisableAliasesModalProps) {
  const [isChecking, setIsChecking] = useState(false);
  const disable = useDisableLegacyUrlAliases({ onAnswerLost: () => setIsChecking(true) });
  const toasts = useToasts();
  const single = aliases.length === 1;
  const what = single ? `the alias for ${aliasName(aliases[0])}` : `${aliases.length} aliases`;

  // mutateAsync rather than per-call callbacks: the fix re-resolves, which can unmount this modal's
  // parent before the mutation settles, and the toast must still appear.
  const confirm = async () => {
    try {
      const outcome = await disable.mutateAsync(aliases);
      if (outcome.status === 'answered') {
        toasts.add({
          title: `Disabled ${what}`,
          color: 'success',
          iconType: 'check',
          text: single ? `${aliasName(aliases[0])} now opens only the object with that id.` : 'Their old ids now open only the objects with those ids.',
        });
        onDisabled?.();
      } else if (outcome.status === 'checked') {
        const allDone = outcome.found.stillEnabled.length === 0;
        toasts.add({
          title: allDone ? `Disabled ${what}` : single ? `Did not disable ${what}` : `Not all of ${what} were disabled`,
          color: allDone ? 'success' : 'warning',
          iconType: allDone ? 'check' : 'warning',
          text: describeAliasCheck(outcome.found),
        });
        if (allDone) onDisabled?.();
      } else {
        toasts.add({
          title: `Unknown whether ${what} ${single ? 'was' : 'were'} disabled`,
          color: 'danger',
          iconType: 'warning',
          text: `${RESULT_UNKNOWN}, and reading the aliases again failed too: ${problemText(outcome.checkError, ACTIONS.listAliases)} Reload the list to see what Kibana has now.`,
        });
      }
    } catch (error) {
      toasts.add({
        title: `Could not disable ${what}`,
        color: 'danger',
        iconType: 'warning',
        text: `${problemText(error, ACTIONS.disableAliases)} The list shows what Kibana has now.`,
      });
    } finally {
      setIsChecking(false);
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
      {isChecking ? (
        <EuiText size="s" color="warning">
          <p role="status">{RESULT_UNKNOWN}. Reading the aliases again…</p>
        </EuiText>
      ) : null}
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
