import { EuiCallOut, EuiPageTemplate } from '@elastic/eui';

/** A screen whose issue has not landed yet: its title, what it will do, and an honest "not built yet". */
export function ScreenPlaceholder({ title, description }: { title: string; description: string }) {
  return (
    <>
      <EuiPageTemplate.Header pageTitle={title} description={description} />
      <EuiPageTemplate.Section>
        <EuiCallOut title="Coming soon" iconType="wrench" size="s">
          <p>This screen is not built yet.</p>
        </EuiCallOut>
      </EuiPageTemplate.Section>
    </>
  );
}
