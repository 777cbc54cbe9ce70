import fs from 'node:fs';
import path from 'node:path';

/** Where attachment bytes live, by sha256. A directory all processes share; object storage can implement the same. */
export interface AttachmentStore {
  put(sha256: string, bytes: Buffer): Promise<void>;
  read(sha256: string): Promise<Buffer>;
}

export class DirectoryAttachmentStore implements AttachmentStore {
  constructor(private readonly root: string) {}

  private file(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    const target = this.file(sha256);
    if (fs.existsSync(target)) return; // content-addressed: the same photo is stored once
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    await fs.promises.writeFile(tmp, bytes);
    await fs.promises.rename(tmp, target);
  }

  read(sha256: string): Promise<Buffer> {
    return fs.promises.readFile(this.file(sha256));
  }
}
