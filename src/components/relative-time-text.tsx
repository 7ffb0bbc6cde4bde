import { EuiToolTip } from '@elastic/eui';
import { fullTime, relativeTime } from '../lib/relative-time';

/** "3 hours ago", with the full date and time on hover or keyboard focus; "—" when there is no time. */
export function RelativeTimeText({ iso, now }: { iso: string | undefined; now: number | Date }) {
  const text = relativeTime(iso, now);
  if (!iso || !text) return <>{iso || '—'}</>;
  return (
    <EuiToolTip content={fullTime(iso)}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- EUI tooltips open on focus: keyboard users need to reach the anchor */}
      <time dateTime={iso} tabIndex={0}>
        {text}
      </time>
    </EuiToolTip>
  );
}
