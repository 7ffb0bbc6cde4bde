// One line per edit, in the admin's words: shown in the confirmation, the history and exports.
import type { Edit } from './engine/edits';

export function describeEdit(edit: Edit): string {
  switch (edit.kind) {
    case 'set':
      return `Set ${edit.path || '…'} to ${edit.valueType === 'null' ? 'null' : edit.valueType === 'string' ? `"${edit.text}"` : `${edit.text} (${edit.valueType})`}`;
    case 'replace':
      return `Replace ${edit.regex ? `/${edit.find}/` : `"${edit.find}"`} with "${edit.replaceWith}" in ${edit.path ? edit.path : 'every text field'}${edit.caseSensitive ? '' : ' (any case)'}`;
    case 'remove':
      return `Remove ${edit.path || '…'}`;
    case 'repoint':
      return `Repoint references ${edit.from.type}/${edit.from.id || '…'} → ${edit.to.type}/${edit.to.id || '…'}${edit.name ? ` named ${edit.name}` : ''}`;
    case 'tags':
      return [edit.add.length ? `Add tags ${edit.add.join(', ')}` : '', edit.remove.length ? `Remove tags ${edit.remove.join(', ')}` : ''].filter(Boolean).join('; ') || 'Tags';
  }
}

export const describeEdits = (edits: readonly Edit[]) => edits.map(describeEdit).join('; ');

export const EDIT_KINDS: { kind: Edit['kind']; label: string }[] = [
  { kind: 'set', label: 'Set a field' },
  { kind: 'replace', label: 'Find and replace' },
  { kind: 'remove', label: 'Remove a field' },
  { kind: 'repoint', label: 'Repoint references' },
  { kind: 'tags', label: 'Add or remove tags' },
];

export function newEdit(kind: Edit['kind']): Edit {
  switch (kind) {
    case 'set':
      return { kind, path: '', valueType: 'string', text: '' };
    case 'replace':
      return { kind, find: '', replaceWith: '', regex: false, caseSensitive: true };
    case 'remove':
      return { kind, path: '' };
    case 'repoint':
      return { kind, from: { type: 'index-pattern', id: '' }, to: { type: 'index-pattern', id: '' } };
    case 'tags':
      return { kind, add: [], remove: [] };
  }
}
