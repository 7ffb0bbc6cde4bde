// Where the simulator keeps its state. Passed in by the caller, so the same engine runs in Vitest (memory)
// and in the Node server (files). The file store never loses an acknowledged write and never leaves a
// half-written file: a snapshot is replaced atomically (write temp, fsync, rename) and each acknowledged
// write is first appended to a journal and fsynced; a torn last journal line (a crash mid-append, never
// acknowledged) is ignored on load.
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

export function filePersistence(dir: string): Persistence {
  const snapshotFile = path.join(dir, 'state.json');
  const journalFile = path.join(dir, 'journal.ndjson');
  let journalBytes = 0;

  const truncateJournal = () => {
    fs.writeFileSync(journalFile, '');
    journalBytes = 0;
  };

  return {
    description: `files in ${dir}`,
    load() {
      if (!fs.existsSync(snapshotFile)) return undefined;
      const document = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as StateDocument;
      const journal: PendingChange[][] = [];
      if (fs.existsSync(journalFile)) {
        const text = fs.readFileSync(journalFile, 'utf8');
        let kept = 0; // bytes of complete, parseable lines
        for (const line of text.split('\n')) {
          const lineBytes = Buffer.byteLength(line) + 1;
          if (!line.trim()) {
            kept += lineBytes;
            continue;
          }
          try {
            journal.push(JSON.parse(line) as PendingChange[]);
            kept += lineBytes;
          } catch {
            break; // a torn final line: that write was never acknowledged
          }
        }
        kept = Math.min(kept, Buffer.byteLength(text));
        // Cut the torn tail off, so the next append starts on a line of its own.
        if (kept < Buffer.byteLength(text)) fs.truncateSync(journalFile, kept);
        journalBytes = kept;
      }
      return { document, journal };
    },
    saveSnapshot(document) {
      fs.mkdirSync(dir, { recursive: true });
      writeFileAtomic(snapshotFile, JSON.stringify(document));
      truncateJournal();
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
      if (journalBytes > JOURNAL_COMPACT_BYTES) {
        // Replaying a journal over a snapshot that already holds it is harmless, so a crash between
        // the rename and the truncate loses nothing.
        writeFileAtomic(snapshotFile, JSON.stringify(snapshot()));
        truncateJournal();
      }
    },
  };
}
