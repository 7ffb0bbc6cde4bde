import './icons';
import { useLocation, useParams } from 'react-router-dom';
import { CopyWizard } from './copy-wizard';

export function CopyToSpaceRoute() {
  const { spaceId = 'default' } = useParams();
  const { search } = useLocation();
  // Another space or another hand-over is another wizard, with its own saved state.
  return <CopyWizard key={`${spaceId}${search}`} spaceId={spaceId} />;
}
