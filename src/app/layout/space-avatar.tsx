import { EuiAvatar, type EuiAvatarProps } from '@elastic/eui';
import type { Space } from '../../contract/kibana';

interface SpaceAvatarProps {
  space: Space;
  size?: EuiAvatarProps['size'];
}

// EuiAvatar throws on a colour it cannot parse, while Kibana only checks "# + 6 alphanumerics".
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The space's colour and initials, as Kibana shows them. Decorative: the name is always shown beside it. */
export function SpaceAvatar({ space, size = 's' }: SpaceAvatarProps) {
  // Kibana only accepts data: URLs as space images (kibana-api.md §2.1): nothing remote is fetched.
  const content = space.imageUrl?.startsWith('data:image')
    ? { imageUrl: space.imageUrl }
    : { initials: space.initials?.slice(0, 2) || undefined, initialsLength: 2 as const };
  return (
    <EuiAvatar
      type="space"
      size={size}
      name={space.name || space.id}
      color={space.color && HEX_COLOR.test(space.color) ? space.color : undefined}
      {...content}
      aria-hidden={true}
    />
  );
}
