import { EuiCallOut, EuiPageTemplate } from '@elastic/eui';

// Placeholder until the screen is built; the shell, its link and its lazy chunk are real.
export function BulkEditRoute() {
  return (
    <>
      <EuiPageTemplate.Header pageTitle="Bulk edit" description="Change attributes of many saved objects at once, preview every change before it is written, and see what succeeded." />
      <EuiPageTemplate.Section>
        <EuiCallOut title="Coming soon" iconType="wrench" size="s">
          <p>This screen is not built yet.</p>
        </EuiCallOut>
      </EuiPageTemplate.Section>
    </>
  );
}
