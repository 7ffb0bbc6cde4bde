import { EuiCallOut, EuiPageTemplate } from '@elastic/eui';

// Placeholder until the screen is built; the shell, its link and its lazy chunk are real.
export function MlSyncRoute() {
  return (
    <>
      <EuiPageTemplate.Header pageTitle="ML sync" description="Find machine learning jobs and trained models whose saved objects are missing or left over, and synchronise them." />
      <EuiPageTemplate.Section>
        <EuiCallOut title="Coming soon" iconType="wrench" size="s">
          <p>This screen is not built yet.</p>
        </EuiCallOut>
      </EuiPageTemplate.Section>
    </>
  );
}
