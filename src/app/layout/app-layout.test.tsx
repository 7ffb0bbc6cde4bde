import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UPSTREAM_HEADER } from '../../api/client';
import { renderWithProviders } from '../../testing/render';
import { AppLayout } from './app-layout';

const SPACES = [
  { id: 'default', name: 'Default', disabledFeatures: [] },
  { id: 'marketing', name: 'Marketing', disabledFeatures: [] },
];

const server = setupServer(http.get('*/api/spaces/space', () => HttpResponse.json(SPACES)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('AppLayout', () => {
  it('shows the shell with the screens for a known space', async () => {
    renderWithProviders(<AppLayout />, { route: '/s/marketing/bulk-edit' });
    expect(await screen.findByRole('button', { name: /Marketing.*current space/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bulk edit' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Copy to spaces' })).toHaveAttribute('href', '/s/marketing/copy');
    expect(screen.getByRole('link', { name: 'Objects' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ML sync' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aliases' })).toHaveAttribute('href', '/s/marketing/aliases');
  });

  it('explains rejected credentials and recovers on retry', async () => {
    server.use(
      http.get('*/api/spaces/space', () =>
        HttpResponse.json({ statusCode: 401, error: 'Unauthorized', message: '[security_exception] unable to authenticate' }, { status: 401 }),
      ),
    );
    const { user } = renderWithProviders(<AppLayout />, { route: '/s/default/objects' });

    expect(await screen.findByRole('heading', { name: "Kibana did not accept the console's credentials" })).toBeInTheDocument();
    expect(screen.getByText(/unable to authenticate/)).toBeInTheDocument();
    expect(screen.getByText(/KIBANA_API_KEY/)).toBeInTheDocument();

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: /Default.*current space/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /credentials/ })).not.toBeInTheDocument();
  });

  it('ends a wait for a Kibana that never answered with a message and Retry, not endless loading', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/spaces/space', () => {
        calls += 1;
        return HttpResponse.json(
          { statusCode: 504, error: 'Gateway Timeout', message: 'Kibana did not answer within 60 s.' },
          { status: 504, headers: { [UPSTREAM_HEADER]: 'timeout' } },
        );
      }),
    );
    const { user } = renderWithProviders(<AppLayout />, { route: '/s/default/objects' });

    expect(await screen.findByRole('heading', { name: 'Kibana did not answer in time' })).toBeInTheDocument();
    expect(screen.getByText('Kibana did not answer within 60 s.')).toBeInTheDocument();
    expect(screen.queryByText(/Loading spaces/)).not.toBeInTheDocument();
    expect(calls).toBe(1); // the admin already waited once: no silent second and third wait

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: /Default.*current space/ })).toBeInTheDocument();
  });

  it('names a redirect to the login page as such', async () => {
    server.use(http.get('*/api/spaces/space', () => new HttpResponse(null, { status: 302, headers: { location: '/login' } })));
    renderWithProviders(<AppLayout />, { route: '/s/default/objects' });
    expect(await screen.findByRole('heading', { name: 'Kibana redirected to its login page' })).toBeInTheDocument();
    expect(screen.getByText(/KIBANA_API_KEY \(or KIBANA_USERNAME and KIBANA_PASSWORD\)/)).toBeInTheDocument();
  });

  it('says so when the URL names a space that does not exist', async () => {
    renderWithProviders(<AppLayout />, { route: '/s/ghost/objects' });
    expect(await screen.findByRole('heading', { name: 'There is no space “ghost”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the default space' })).toHaveAttribute('href', '/s/default/objects');
  });
});
