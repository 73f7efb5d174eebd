import { inflateRawSync } from 'node:zlib';

/** The files of a zip archive (or of a CRX, whose zip follows its header), by name. Stored and deflated only. */
export function readZip(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const endAt = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('no zip end record');
  const count = bytes.readUInt16LE(endAt + 10);
  const directoryOffset = bytes.readUInt32LE(endAt + 16);
  // In a CRX the zip's own offsets count from the start of the zip, after the header.
  const directorySize = bytes.readUInt32LE(endAt + 12);
  const base = endAt - directorySize - directoryOffset;
  let at = base + directoryOffset;
  for (let index = 0; index < count; index += 1) {
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = base + localOffset;
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataAt, dataAt + compressedSize);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
