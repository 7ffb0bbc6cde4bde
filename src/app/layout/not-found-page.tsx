import { EuiButton, EuiPageTemplate } from '@elastic/eui';
import { useRouterLinks } from '../../components/use-router-links';
import { homePath } from '../paths';

export function NotFoundPage() {
  const linkTo = useRouterLinks();
  return (
    <EuiPageTemplate.EmptyPrompt
      iconType="search"
      title={<h1>Page not found</h1>}
      body={<p>This address is not a screen of the console.</p>}
      actions={
        <EuiButton fill {...linkTo(homePath())}>
          Go to the default space
        </EuiButton>
      }
    />
  );
}
