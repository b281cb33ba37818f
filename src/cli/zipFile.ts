/**
 * A zip file (an .xlsx) read by random access: its central directory first, then any one entry as a
 * stream of text, inflated and decoded as it is read. Nothing is held whole in memory and nothing is
 * written to disk; an entry can be left half-read.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';

interface Entry {
  /** Offset of the entry's local header. */
  header: number;
  compressed: number;
  method: number;
}

export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class ZipFile {
  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** The zip's directory (the end record is in its last 64 KB + 22 bytes). */
  static async open(path: string): Promise<ZipFile> {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const tailLength = Math.min(size, 0xffff + 22);
      const tail = Buffer.alloc(tailLength);
      await file.read(tail, 0, tailLength, size - tailLength);
      let end = tailLength - 22;
      while (end >= 0 && tail.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
      if (end < 0) throw new ZipFormatError('no zip directory');
      const count = tail.readUInt16LE(end + 10);
      const length = tail.readUInt32LE(end + 12);
      const offset = tail.readUInt32LE(end + 16);
      if (offset + length > size) throw new ZipFormatError('zip directory out of the file');
      const dir = Buffer.alloc(length);
      await file.read(dir, 0, length, offset);
      const entries = new Map<string, Entry>();
      for (let at = 0, i = 0; i < count; i++) {
        if (at + 46 > length || dir.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipFormatError('bad zip directory');
        const nameLength = dir.readUInt16LE(at + 28);
        const name = dir.toString('utf8', at + 46, at + 46 + nameLength);
        entries.set(name.replace(/^\//, ''), {
          method: dir.readUInt16LE(at + 10),
          compressed: dir.readUInt32LE(at + 20),
          header: dir.readUInt32LE(at + 42),
        });
        at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
      }
      return new ZipFile(path, entries);
    } finally {
      await file.close();
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's text, UTF-8 decoded chunk by chunk (a character split between chunks stays whole). */
  async *text(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`no ${name}`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${name}: compression ${entry.method}`);
    const header = Buffer.alloc(30);
    const file = await open(this.path, 'r');
    try {
      await file.read(header, 0, 30, entry.header);
    } finally {
      await file.close();
    }
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipFormatError(`${name}: bad local header`);
    const start = entry.header + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (entry.compressed === 0) return;
    const raw = createReadStream(this.path, { start, end: start + entry.compressed - 1 });
    const bytes = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
    raw.on('error', (e) => bytes.destroy(e));
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const chunk of bytes) yield decoder.decode(chunk as Buffer, { stream: true });
      yield decoder.decode();
    } finally {
      raw.destroy();
      bytes.destroy();
    }
  }
}
