// The icons the apply's report brings on screen (Retry failed, Re-preview conflicts), bundled with the
// screen: EUI would fetch each one after the last answer, while the admin waits for the report.
import { appendIconComponentCache } from '@elastic/eui/es/components/icon/icon';
import { icon as inspect } from '@elastic/eui/es/components/icon/assets/inspect';
import { icon as refresh } from '@elastic/eui/es/components/icon/assets/refresh';

appendIconComponentCache({ inspect, refresh });
