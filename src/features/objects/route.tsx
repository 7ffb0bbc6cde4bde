import { EuiCallOut, EuiPageTemplate } from '@elastic/eui';

// Placeholder until the screen is built; the shell, its link and its lazy chunk are real.
export function ObjectsRoute() {
  return (
    <>
      <EuiPageTemplate.Header pageTitle="Saved objects" description="Browse and search the saved objects of this space or of every space, see where each one lives and what it references." />
      <EuiPageTemplate.Section>
        <EuiCallOut title="Coming soon" iconType="wrench" size="s">
          <p>This screen is not built yet.</p>
        </EuiCallOut>
      </EuiPageTemplate.Section>
    </>
  );
}
