// The spaces an object lives in, as Kibana shows them: coloured avatars with initials; `*` is "all spaces"
// and `?` a space the user may not see.
import { EuiAvatar, EuiBadge, EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';
import type { Space } from '../contract/kibana';

interface SpaceAvatarsProps {
  namespaces: readonly string[] | undefined;
  /** Known spaces, for names and colours. */
  spaces: readonly Space[] | undefined;
  /** Show at most this many avatars, then "+N". */
  max?: number;
}

export function SpaceAvatars({ namespaces, spaces, max = 5 }: SpaceAvatarsProps) {
  if (!namespaces || namespaces.length === 0) return <EuiBadge color="hollow">no space</EuiBadge>;
  if (namespaces.includes('*')) return <EuiBadge color="primary" iconType="globe">all spaces</EuiBadge>;
  const shown = namespaces.slice(0, max);
  const hidden = namespaces.length - shown.length;
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
      {shown.map((id) => {
        const space = spaces?.find((s) => s.id === id);
        const name = id === '?' ? 'A space you cannot see' : space?.name ?? id;
        return (
          <EuiFlexItem grow={false} key={id}>
            <EuiToolTip content={space?.name ? `${space.name} (${id})` : name}>
              <EuiAvatar
                type="space"
                size="s"
                name={name}
                initials={space?.initials}
                color={space?.color ?? '#98A2B3'}
                tabIndex={0}
                data-test-subj={`space-avatar-${id}`}
              />
            </EuiToolTip>
          </EuiFlexItem>
        );
      })}
      {hidden > 0 && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="hollow">+{hidden}</EuiBadge>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}
