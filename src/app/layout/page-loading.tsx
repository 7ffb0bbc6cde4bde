import { EuiLoadingSpinner, EuiPageTemplate } from '@elastic/eui';

export function PageLoading({ label = 'Loading' }: { label?: string }) {
  return (
    <EuiPageTemplate.EmptyPrompt
      icon={<EuiLoadingSpinner size="xl" />}
      title={<h1>{label}…</h1>}
      titleSize="xs"
      aria-busy={true}
    />
  );
}
