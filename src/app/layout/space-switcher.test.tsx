import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useParams } from 'react-router-dom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { SpaceSwitcher } from './space-switcher';

const SPACES = [
  { id: 'default', name: 'Default', color: '#00bfb3', disabledFeatures: [], _reserved: true },
  { id: 'engineering', name: 'Engineering', initials: 'EN', color: '#6092C0', disabledFeatures: [] },
  // Kibana accepts colours EuiAvatar would throw on; the switcher must still render.
  { id: 'marketing', name: 'Marketing', initials: 'MK', color: '#zzzzzz', disabledFeatures: [] },
];

const server = setupServer(http.get('*/api/spaces/space', () => HttpResponse.json(SPACES)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function SwitcherAtUrl() {
  const { spaceId = '' } = useParams();
  return <SpaceSwitcher spaceId={spaceId} />;
}

describe('SpaceSwitcher', () => {
  it('lists the spaces and switching keeps the current screen', async () => {
    const { user, router } = renderWithProviders(<SwitcherAtUrl />, { route: '/s/default/copy?objects=a' });

    await user.click(await screen.findByRole('button', { name: /Default.*current space/ }));
    const list = await screen.findByRole('listbox', { name: 'Spaces' });
    expect(within(list).getAllByRole('option')).toHaveLength(SPACES.length);
    for (const name of ['Default', 'Engineering', 'Marketing']) {
      expect(within(list).getByRole('option', { name })).toBeInTheDocument();
    }

    await user.click(within(list).getByRole('option', { name: 'Marketing' }));

    expect(router.state.location.pathname).toBe('/s/marketing/copy');
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('button', { name: /Marketing.*current space/ })).toBeInTheDocument();
  });
});
