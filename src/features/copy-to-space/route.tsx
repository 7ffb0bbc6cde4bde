import { useParams } from 'react-router-dom';
import { CopyWizard } from './copy-wizard';

export function CopyToSpaceRoute() {
  const { spaceId = 'default' } = useParams();
  return <CopyWizard key={spaceId} spaceId={spaceId} />;
}
