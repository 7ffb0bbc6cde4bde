// The icons the copy's answer brings on screen (Start over, the report's downloads), bundled with the screen:
// EUI would fetch each one after the answer arrives, while the admin waits for the report.
import { appendIconComponentCache } from '@elastic/eui/es/components/icon/icon';
import { icon as download } from '@elastic/eui/es/components/icon/assets/download';
import { icon as refresh } from '@elastic/eui/es/components/icon/assets/refresh';

appendIconComponentCache({ download, refresh });
