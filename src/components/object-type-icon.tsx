// A saved-object type as admins recognise it: Kibana's app icon and the type's name.
import { EuiFlexGroup, EuiFlexItem, EuiIcon, EuiToolTip } from '@elastic/eui';
import { BUILT_IN_TYPES } from '../contract/types-registry';

export function typeDisplayName(type: string): string {
  return BUILT_IN_TYPES[type]?.displayName ?? type;
}

export function typeIcon(type: string): string {
  return BUILT_IN_TYPES[type]?.icon ?? 'document';
}

interface ObjectTypeIconProps {
  type: string;
  /** Show the name beside the icon (tables) or only in a tooltip (dense lists). */
  showName?: boolean;
}

export function ObjectTypeIcon({ type, showName = true }: ObjectTypeIconProps) {
  const name = typeDisplayName(type);
  if (!showName) {
    return (
      <EuiToolTip content={name}>
        <EuiIcon type={typeIcon(type)} aria-label={name} tabIndex={0} />
      </EuiToolTip>
    );
  }
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap={false}>
      <EuiFlexItem grow={false}>
        <EuiIcon type={typeIcon(type)} aria-hidden="true" />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>{name}</EuiFlexItem>
    </EuiFlexGroup>
  );
}
