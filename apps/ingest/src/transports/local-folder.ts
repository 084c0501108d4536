import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FolderClient } from './drop-folder';
import type { FolderEntry } from './stability';

/** A name in `dir` that no file has yet: `name`, else `name.1`, `name.2`… */
export async function freeName(exists: (name: string) => Promise<boolean>, name: string): Promise<string> {
  if (!(await exists(name))) return name;
  for (let i = 1; ; i++) if (!(await exists(`${name}.${i}`))) return `${name}.${i}`;
}

async function readAtMost(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    // One byte more than the file's size tells a file that is still growing from one that is complete.
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** A drop folder on a local (or mounted) file system. */
export class LocalFolder implements FolderClient {
  readonly parallel = 8;

  constructor(
    private readonly inbox: string,
    private readonly dirs: { doneDir: string; errorDir: string },
  ) {}

  async prepare(): Promise<void> {
    await mkdir(join(this.inbox, this.dirs.doneDir), { recursive: true });
    await mkdir(join(this.inbox, this.dirs.errorDir), { recursive: true });
  }

  async list(): Promise<FolderEntry[]> {
    const out: FolderEntry[] = [];
    for (const d of await readdir(this.inbox, { withFileTypes: true })) {
      if (!d.isFile()) continue;
      // A file may go between the listing and the stat (another replica moved it).
      const s = await stat(join(this.inbox, d.name)).catch(() => undefined);
      if (s) out.push({ name: d.name, size: s.size, mtimeMs: Math.floor(s.mtimeMs) });
    }
    return out;
  }

  read(name: string, maxBytes: number): Promise<Buffer> {
    return readAtMost(join(this.inbox, name), maxBytes);
  }

  async finish(name: string, to: string, note?: string): Promise<void> {
    const dir = join(this.inbox, to);
    const exists = (n: string) =>
      stat(join(dir, n)).then(
        () => true,
        () => false,
      );
    const target = await freeName(exists, name);
    if (note !== undefined) await writeFile(join(dir, `${target}.reason.json`), note);
    try {
      await rename(join(this.inbox, name), join(dir, target));
    } catch (err) {
      // Another file system (a mounted done folder): copy without overwriting, then remove.
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      await copyFile(join(this.inbox, name), join(dir, target), constants.COPYFILE_EXCL);
      await unlink(join(this.inbox, name));
    }
  }

  async close(): Promise<void> {}
}
