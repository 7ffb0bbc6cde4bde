import { EuiButton, EuiButtonEmpty, EuiPageTemplate } from '@elastic/eui';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useRouterLinks } from '../../components/use-router-links';
import { homePath } from '../paths';

function describe(error: unknown): { title: string; detail: string } {
  if (isRouteErrorResponse(error)) {
    return { title: error.status === 404 ? 'Page not found' : 'Something went wrong', detail: `${error.status} ${error.statusText}` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  // After a new deployment the old screen chunks are gone; a reload fetches the new ones.
  if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(detail)) {
    return { title: 'This screen could not be loaded', detail: 'The console may have been updated since this page was opened. Reload the page.' };
  }
  return { title: 'Something went wrong on this screen', detail };
}

/** The router's error boundary: a render error or a failed screen load, shown instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  const linkTo = useRouterLinks();
  const { title, detail } = describe(error);
  return (
    <EuiPageTemplate.EmptyPrompt
      iconType="error"
      color="danger"
      title={<h1>{title}</h1>}
      body={<p>{detail}</p>}
      actions={[
        <EuiButton key="reload" fill iconType="refresh" onClick={() => window.location.reload()}>
          Reload
        </EuiButton>,
        <EuiButtonEmpty key="home" {...linkTo(homePath())}>
          Go to the default space
        </EuiButtonEmpty>,
      ]}
    />
  );
}
