// Where the simulator keeps its state. Passed in by the caller, so the same engine runs in Vitest (memory)
// and in the Node server (files). The file store never loses an acknowledged write and never leaves a
// half-written file: a snapshot is replaced atomically (write temp, fsync, rename) and each acknowledged
// write is first appended to a journal and fsynced; a torn last journal line (a crash mid-append, never
// acknowledged) is ignored on load.
// Each journal starts with a header naming the snapshot it extends (the SHA-256 of state.json). A journal
// whose header names another snapshot belongs to the one before it (a reset or compaction was killed between
// renaming the new snapshot into place and starting its journal): it is ignored, so recovery gives the old
// state or the new one, never the new snapshot with the old journal replayed on top.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StateDocument } from './schema';
import type { PendingChange } from './store';

export interface Persistence {
  /** The saved state, or undefined when there is none yet. Journal entries are returned to replay. */
  load(): { document: StateDocument; journal: PendingChange[][] } | undefined;
  /** Persist a whole document (replaces everything). */
  saveSnapshot(document: StateDocument): void;
  /** Persist one acknowledged batch of changes. */
  append(changes: PendingChange[], snapshot: () => StateDocument): void;
  readonly description: string;
}

export function memoryPersistence(): Persistence {
  return {
    description: 'memory (ephemeral)',
    load: () => undefined,
    saveSnapshot: () => undefined,
    append: () => undefined,
  };
}

/** Compact the journal into a new snapshot once it grows past this many bytes. */
const JOURNAL_COMPACT_BYTES = 32 * 1024 * 1024;

function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  // Make the rename itself durable.
  try {
    const dirFd = fs.openSync(path.dirname(file), 'r');
    fs.fsyncSync(dirFd);
    fs.closeSync(dirFd);
  } catch {
    // Some file systems refuse fsync on directories; the rename is still atomic.
  }
}

interface JournalHeader {
  snapshot: string;
}

const snapshotId = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const journalHeader = (id: string) => `${JSON.stringify({ snapshot: id } satisfies JournalHeader)}\n`;

export function filePersistence(dir: string): Persistence {
  const snapshotFile = path.join(dir, 'state.json');
  const journalFile = path.join(dir, 'journal.ndjson');
  let journalBytes = 0;

  /** Replaces the journal (atomically) with an empty one that names the snapshot `snapshotText`. */
  const startJournal = (snapshotText: string) => {
    const header = journalHeader(snapshotId(snapshotText));
    writeFileAtomic(journalFile, header);
    journalBytes = Buffer.byteLength(header);
  };

  /** Writes the snapshot, then its journal. */
  const writeSnapshot = (document: StateDocument) => {
    const text = JSON.stringify(document);
    writeFileAtomic(snapshotFile, text);
    startJournal(text);
  };

  return {
    description: `files in ${dir}`,
    load() {
      if (!fs.existsSync(snapshotFile)) return undefined;
      const snapshotText = fs.readFileSync(snapshotFile, 'utf8');
      const document = JSON.parse(snapshotText) as StateDocument;
      const journal: PendingChange[][] = [];
      const text = fs.existsSync(journalFile) ? fs.readFileSync(journalFile, 'utf8') : '';
      let kept = 0; // bytes of complete, parseable lines
      let first = true;
      for (const line of text.split('\n')) {
        const lineBytes = Buffer.byteLength(line) + 1;
        if (!line.trim()) {
          kept += lineBytes;
          continue;
        }
        let entry: unknown;
        try {
          entry = JSON.parse(line);
        } catch {
          break; // a torn final line: that write was never acknowledged
        }
        if (first && !Array.isArray(entry) && (entry as JournalHeader | null)?.snapshot !== snapshotId(snapshotText)) {
          // The journal of an earlier snapshot: the new snapshot was renamed into place, its journal never
          // started. That snapshot is the state; start its journal now.
          startJournal(snapshotText);
          return { document, journal: [] };
        }
        if (Array.isArray(entry)) journal.push(entry as PendingChange[]);
        first = false;
        kept += lineBytes;
      }
      kept = Math.min(kept, Buffer.byteLength(text));
      // Cut the torn tail off, so the next append starts on a line of its own.
      if (kept < Buffer.byteLength(text)) fs.truncateSync(journalFile, kept);
      journalBytes = kept;
      // No journal yet, or an empty one from before journals had headers: start it with its header.
      if (first) startJournal(snapshotText);
      return { document, journal };
    },
    saveSnapshot(document) {
      fs.mkdirSync(dir, { recursive: true });
      writeSnapshot(document);
    },
    append(changes, snapshot) {
      if (changes.length === 0) return;
      fs.mkdirSync(dir, { recursive: true });
      const line = `${JSON.stringify(changes)}\n`;
      const fd = fs.openSync(journalFile, 'a');
      try {
        fs.writeSync(fd, line);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      journalBytes += Buffer.byteLength(line);
      // A crash between the new snapshot's rename and its new journal loses nothing: the old journal
      // names the old snapshot, so it is ignored, and the new snapshot already holds it.
      if (journalBytes > JOURNAL_COMPACT_BYTES) writeSnapshot(snapshot());
    },
  };
}
