import { EuiButton, EuiEmptyPrompt } from '@elastic/eui';

export function PastLastPagePrompt({ onFirstPage }: { onFirstPage: () => void }) {
  return (
    <EuiEmptyPrompt
      iconType="documents"
      title={<h2>This page is past the last match</h2>}
      body={<p>Objects were deleted, or the link names a page that does not exist.</p>}
      actions={<EuiButton onClick={onFirstPage}>Go to the first page</EuiButton>}
    />
  );
}
