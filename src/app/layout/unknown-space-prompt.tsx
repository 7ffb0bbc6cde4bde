import { EuiButton, EuiPageTemplate } from '@elastic/eui';
import { useRouterLinks } from '../../components/use-router-links';
import { homePath } from '../paths';

export function UnknownSpacePrompt({ spaceId }: { spaceId: string }) {
  const linkTo = useRouterLinks();
  return (
    <EuiPageTemplate.EmptyPrompt
      iconType="spacesApp"
      title={<h1>There is no space &ldquo;{spaceId}&rdquo;</h1>}
      body={
        <p>
          Kibana does not list a space with this id for the console&rsquo;s user. It may have been deleted or
          renamed, or that user may not have access to it.
        </p>
      }
      actions={
        <EuiButton fill {...linkTo(homePath())}>
          Go to the default space
        </EuiButton>
      }
    />
  );
}
