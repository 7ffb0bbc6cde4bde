import { EuiPageTemplate } from '@elastic/eui';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { ObjectsRoute } from '../features/objects/route';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';
import { PageLoading } from './layout/page-loading';
import { RouteErrorPage } from './layout/route-error-page';
import { homePath } from './paths';

// Each screen is its own chunk, fetched the first time the admin opens it; except Objects, the home screen
// most page loads land on: bundled with the app, its chunk is fetched with the app's scripts (not after
// they ran) and it renders as soon as the app does.
const screenRoutes: RouteObject[] = [
  { path: 'objects', Component: ObjectsRoute },
  {
    path: 'bulk-edit',
    lazy: async () => ({ Component: (await import('../features/bulk-edit/route')).BulkEditRoute }),
  },
  {
    path: 'copy',
    lazy: async () => ({ Component: (await import('../features/copy-to-space/route')).CopyToSpaceRoute }),
  },
  {
    path: 'ml-sync',
    lazy: async () => ({ Component: (await import('../features/ml-sync/route')).MlSyncRoute }),
  },
  {
    path: 'aliases',
    lazy: async () => ({ Component: (await import('../features/aliases/route')).AliasesRoute }),
  },
];

export const routes: RouteObject[] = [
  { path: '/', element: <Navigate to={homePath()} replace /> },
  {
    path: '/s/:spaceId',
    element: <AppLayout />,
    // Catches errors of the shell itself; screen errors are caught below, inside the shell.
    errorElement: (
      <EuiPageTemplate>
        <RouteErrorPage />
      </EuiPageTemplate>
    ),
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, element: <Navigate to="objects" replace /> },
      { errorElement: <RouteErrorPage />, children: screenRoutes },
    ],
  },
  {
    path: '*',
    element: (
      <EuiPageTemplate>
        <NotFoundPage />
      </EuiPageTemplate>
    ),
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
