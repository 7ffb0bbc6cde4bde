import { EuiPageTemplate } from '@elastic/eui';
import { useParams } from 'react-router-dom';
import { MlSyncScreen } from './ml-sync-screen';

/** ML saved-object sync for the URL's space. */
export function MlSyncRoute() {
  const { spaceId = 'default' } = useParams();
  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="ML sync"
        description="Find machine learning jobs and trained models whose saved objects are missing, left over or out of date, see why and where, and synchronise them."
      />
      <EuiPageTemplate.Section>
        {/* A new space is a new sync: nothing of the last run carries over. */}
        <MlSyncScreen key={spaceId} space={spaceId} />
      </EuiPageTemplate.Section>
    </>
  );
}
