import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { BulkEditRoute } from './route';

const { sim, json } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // As in the objects tests: computed styles are the inline styles only (EUI's focus traps are slow in jsdom).
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element) => (element as HTMLElement).style);
});
afterEach(() => {
  sim.resetToInitial();
  server.resetHandlers();
});
afterAll(() => server.close());

const TWO_VIS = '/s/default/bulk-edit?objects=visualization:web-vis-0,visualization:web-vis-1';
const description = (id: string) => sim.store.get('visualization', id)?.attributes.description;

async function setDescription(user: ReturnType<typeof renderWithProviders>['user'], text: string) {
  await user.click(await screen.findByRole('button', { name: 'Set a field' }));
  await user.type(screen.getByRole('textbox', { name: 'Field path of edit 1' }), 'description');
  await user.type(screen.getByRole('textbox', { name: 'Value of edit 1' }), text);
  await user.click(screen.getByRole('button', { name: 'Preview changes' }));
}

async function confirmApply(user: ReturnType<typeof renderWithProviders>['user'], title: string, button: string) {
  await user.click(screen.getByRole('button', { name: /^Apply to / }));
  const modal = await screen.findByRole('alertdialog', { name: title });
  await user.click(within(modal).getByRole('button', { name: button }));
}

describe('Bulk edit', () => {
  it('previews a diff per object, applies after confirmation and reports each object', async () => {
    const { user } = renderWithProviders(<BulkEditRoute />, { route: TWO_VIS });
    expect(await screen.findByText('2 objects to edit.')).toBeInTheDocument();
    await setDescription(user, 'Reviewed');

    const table = await screen.findByRole('table', { name: /^Preview of the bulk edit/ });
    expect(within(table).getAllByText('Will change')).toHaveLength(2);
    expect(description('web-vis-0')).toBe(''); // nothing sent yet
    await user.click(within(table).getByRole('button', { name: 'Show changes to [Web logs] Requests per minute' }));
    const diff = await screen.findByRole('table', { name: /^Changes to \[Web logs\] Requests per minute/ });
    expect(within(diff).getByText('attributes.description')).toBeInTheDocument();
    expect(within(diff).getByText('"Reviewed"')).toBeInTheDocument();

    await confirmApply(user, 'Update 2 objects in 1 space?', 'Update 2 objects');
    expect(await screen.findByText('Updated: 2')).toBeInTheDocument();
    expect(description('web-vis-0')).toBe('Reviewed');
    expect(description('web-vis-1')).toBe('Reviewed');
  });

  it('reports an object changed after the preview as a conflict, keeps the newer edit, and re-previews it', async () => {
    const { user } = renderWithProviders(<BulkEditRoute />, { route: TWO_VIS });
    await setDescription(user, 'Mine');
    await screen.findByRole('table', { name: /^Preview of the bulk edit/ });
    await json('PUT', '/api/saved_objects/_bulk_update', { body: [{ type: 'visualization', id: 'web-vis-1', attributes: { description: 'Theirs' } }] });

    await confirmApply(user, 'Update 2 objects in 1 space?', 'Update 2 objects');
    expect(await screen.findByText('Updated: 1 · Conflict: 1')).toBeInTheDocument();
    expect(description('web-vis-1')).toBe('Theirs');

    await user.click(screen.getByRole('button', { name: 'Re-preview conflicts (1)' }));
    expect(await screen.findByText('1 object to edit (the conflicts, re-read).')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /^Preview of the bulk edit/ });
    await user.click(within(table).getByRole('button', { name: /^Show changes to/ }));
    expect(await screen.findByText('"Theirs"')).toBeInTheDocument();
  });

  it('undoes an edit from the history, listing an object edited since instead of overwriting it', async () => {
    const { user } = renderWithProviders(<BulkEditRoute />, { route: TWO_VIS });
    await setDescription(user, 'Temporary');
    await confirmApply(user, 'Update 2 objects in 1 space?', 'Update 2 objects');
    await screen.findByText('Updated: 2');
    await json('PUT', '/api/saved_objects/_bulk_update', { body: [{ type: 'visualization', id: 'web-vis-1', attributes: { description: 'Edited since' } }] });

    const history = await screen.findByRole('table', { name: /^Past bulk edits/ });
    await user.click(await within(history).findByRole('button', { name: 'Undo “Set description to "Temporary"”' }));
    expect(await screen.findByText(/Restored 1, 1 changed since \(not overwritten\)/, { selector: '.euiCallOutHeader__title' })).toBeInTheDocument();
    expect(screen.getByText(/web-vis-1.*Changed since this edit; not overwritten\./)).toBeInTheDocument();
    expect(description('web-vis-0')).toBe('');
    expect(description('web-vis-1')).toBe('Edited since');
  });
});

describe('Bulk edit input and refusals', () => {
  it('edits every match of a hand-over search across spaces, each object in its own space', async () => {
    const found = await json<{ total: number; saved_objects: { id: string; namespaces: string[] }[] }>('GET', '/api/saved_objects/_find?type=visualization&namespaces=*&per_page=1000');
    const spaces = new Set(found.body.saved_objects.map((o) => o.namespaces[0]));
    const marketing = found.body.saved_objects.find((o) => o.namespaces[0] === 'marketing')!;
    const query = encodeURIComponent(JSON.stringify({ type: ['visualization'], namespaces: ['*'] }));
    const { user } = renderWithProviders(<BulkEditRoute />, { route: `/s/default/bulk-edit?query=${query}` });
    expect(await screen.findByText(`${found.body.total} objects to edit.`)).toBeInTheDocument();
    await setDescription(user, 'Everywhere');
    await confirmApply(user, `Update ${found.body.total} objects in ${spaces.size} spaces?`, `Update ${found.body.total} objects`);
    expect(await screen.findByText(`Updated: ${found.body.total}`)).toBeInTheDocument();
    expect(sim.store.get('visualization', marketing.id, 'marketing')?.attributes.description).toBe('Everywhere');
  });

  it('refuses objects whose JSON text would no longer parse, with the reason, and sends nothing for them', async () => {
    const { user } = renderWithProviders(<BulkEditRoute />, { route: TWO_VIS });
    await user.click(await screen.findByRole('button', { name: 'Set a field' }));
    await user.type(screen.getByRole('textbox', { name: 'Field path of edit 1' }), 'visState');
    await user.type(screen.getByRole('textbox', { name: 'Value of edit 1' }), '{{"type":"line"');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    expect(await screen.findByRole('button', { name: 'Cannot apply (2)' })).toBeInTheDocument();
    expect(screen.getAllByText(/^visState would no longer be valid JSON/)).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Apply to 0 objects' })).toBeDisabled();
  });

  it('edits one object as raw JSON, checked as the admin types', async () => {
    const { user } = renderWithProviders(<BulkEditRoute />, { route: TWO_VIS });
    await user.click(await screen.findByRole('button', { name: 'Preview changes' }));
    expect(await screen.findByRole('button', { name: 'Unchanged (2)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit the JSON of [Web logs] Requests per minute' }));
    const flyout = await screen.findByRole('dialog', { name: 'Edit the JSON of [Web logs] Requests per minute' });
    const text = within(flyout).getByRole('textbox', { name: 'Attributes and references' });
    const content = JSON.parse((text as HTMLTextAreaElement).value) as { attributes: Record<string, unknown>; references: unknown[] };
    await user.clear(text);
    await user.click(text);
    await user.paste('{"attributes": {');
    expect(within(flyout).getByText(/^Not valid JSON/)).toBeInTheDocument();
    expect(within(flyout).getByRole('button', { name: 'Use this JSON' })).toBeDisabled();
    await user.clear(text);
    await user.paste(JSON.stringify({ ...content, attributes: { ...content.attributes, title: 'Requests (raw)' } }));
    await user.click(within(flyout).getByRole('button', { name: 'Use this JSON' }));
    expect(await screen.findByRole('button', { name: 'Will change (1)' })).toBeInTheDocument();

    await confirmApply(user, 'Update 1 object in 1 space?', 'Update 1 object');
    expect(await screen.findByText('Updated: 1')).toBeInTheDocument();
    expect(sim.store.get('visualization', 'web-vis-0')?.attributes.title).toBe('Requests (raw)');
  });
});

describe('Bulk edit over Kibana’s result window', () => {
  it('asks to narrow a search that matches more than 10,000 objects', async () => {
    server.use(http.get('*/api/saved_objects/_find', () => HttpResponse.json({ page: 1, per_page: 1000, total: 12_345, saved_objects: [] })));
    const query = encodeURIComponent(JSON.stringify({ type: ['visualization'] }));
    renderWithProviders(<BulkEditRoute />, { route: `/s/default/bulk-edit?query=${query}` });
    expect(await screen.findByText('The search matches 12,345 objects')).toBeInTheDocument();
    expect(screen.getByText(/Narrow the search/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Preview changes' })).not.toBeInTheDocument();
  });
});

describe('Bulk edit across spaces', () => {
  it('refuses to give an object a reference to something its own space does not have', async () => {
    // EUI's combo box measures its text on a canvas, which jsdom does not draw: a measuring stub.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) } as never);
    // A default-space tag added to a visualization of the default space and to one of marketing.
    const { user } = renderWithProviders(<BulkEditRoute />, { route: '/s/default/bulk-edit?objects=visualization:web-vis-0,visualization:mk-web-vis-0@marketing' });
    expect(await screen.findByText('2 objects to edit.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add or remove tags' }));
    const tags = screen.getByRole('combobox', { name: 'Tags to add (edit 1)' });
    await user.click(tags);
    await user.click(await screen.findByRole('option', { name: 'Production' }));
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));

    expect(await screen.findByRole('button', { name: 'Will change (1)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cannot apply (1)' }));
    expect(await screen.findByText('tag tag-production is not in the space “marketing”, where this object lives: the new reference would be broken')).toBeInTheDocument();
    await confirmApply(user, 'Update 1 object in 1 space?', 'Update 1 object');
    expect(await screen.findByText('Updated: 1')).toBeInTheDocument();
    expect(sim.store.get('visualization', 'web-vis-0')?.references.some((ref) => ref.id === 'tag-production')).toBe(true);
    expect(sim.store.get('visualization', 'mk-web-vis-0')?.references.some((ref) => ref.id === 'tag-production')).toBe(false);
  });
});
