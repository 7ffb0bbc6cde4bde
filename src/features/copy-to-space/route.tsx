import { EuiCallOut, EuiPageTemplate } from '@elastic/eui';

// Placeholder until the screen is built; the shell, its link and its lazy chunk are real.
export function CopyToSpaceRoute() {
  return (
    <>
      <EuiPageTemplate.Header pageTitle="Copy to spaces" description="Copy saved objects and their references to other spaces, then resolve conflicts and missing references one by one." />
      <EuiPageTemplate.Section>
        <EuiCallOut title="Coming soon" iconType="wrench" size="s">
          <p>This screen is not built yet.</p>
        </EuiCallOut>
      </EuiPageTemplate.Section>
    </>
  );
}
