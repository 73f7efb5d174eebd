/**
 * Builds the camera check's model files from the npm packages, so that nothing in the extension is a binary of
 * unknown origin and nothing is downloaded at run time.
 *
 * - Face detectors from @mediapipe/face_detection: `face_detection_short_range.tflite` (fast; every frame) and
 *   `face_detection_full_range.tflite` (finds faces down to a few per cent of the frame height, where the short-range
 *   model misses a clinician sitting far back; only run when the short-range one finds nothing).
 * - Person segmenter: `selfie_segmentation_landscape.tflite` from @mediapipe/selfie_segmentation (256 × 144 input:
 *   cheaper than the square general model, and as good on the labelled test pictures).
 *
 * The tasks API (@mediapipe/tasks-vision) refuses these bare models ("Input tensor has type float32: it requires
 * specifying NormalizationOptions metadata"), so a TFLite metadata entry describing the image input is added. A
 * flatbuffer's offsets only point forward, so the new model header goes in front of the untouched original bytes
 * and refers to the original tables; only the list of buffers and the metadata list are new.
 *
 * Also copies the one tasks-vision wasm variant the extension ships (the ES-module one, which a module worker can
 * import) into public/mediapipe/. Outputs are gitignored; `npm run build` runs this first. Fast when up to date.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, ByteBuffer } from 'flatbuffers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules', '@mediapipe');

export interface ImageNormalization {
  mean: number;
  std: number;
}

interface ModelJob {
  from: string;
  to: string;
  name: string;
  description: string;
  normalization: ImageNormalization;
}

const MODEL_JOBS: ModelJob[] = [
  {
    from: join(modules, 'face_detection', 'face_detection_full_range.tflite'),
    to: join(root, 'public', 'models', 'face_detection_full_range.tflite'),
    name: 'BlazeFace full range',
    description: 'Face detector from @mediapipe/face_detection, with TFLite image metadata added.',
    normalization: { mean: 127.5, std: 127.5 },
  },
  {
    from: join(modules, 'face_detection', 'face_detection_short_range.tflite'),
    to: join(root, 'public', 'models', 'face_detection_short_range.tflite'),
    name: 'BlazeFace short range',
    description: 'Face detector from @mediapipe/face_detection, with TFLite image metadata added.',
    normalization: { mean: 127.5, std: 127.5 },
  },
  {
    from: join(modules, 'selfie_segmentation', 'selfie_segmentation_landscape.tflite'),
    to: join(root, 'public', 'models', 'selfie_segmentation_landscape.tflite'),
    name: 'Selfie segmentation (landscape)',
    description: 'Person segmenter from @mediapipe/selfie_segmentation, with TFLite image metadata added.',
    normalization: { mean: 0, std: 255 },
  },
];

/** The one wasm variant shipped: ES module, SIMD (what `FilesetResolver.forVisionTasks(dir, true)` names). */
const WASM_FILES = ['vision_wasm_module_internal.js', 'vision_wasm_module_internal.wasm'];
const WASM_FROM = join(modules, 'tasks-vision', 'wasm');
const WASM_TO = join(root, 'public', 'mediapipe');

// Field slots of the TFLite schema (tensorflow/lite/schema/schema.fbs, table Model).
const MODEL = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
};
const MODEL_FIELD_COUNT = 8;

/** Absolute position of an offset field of the table at `table`, or 0 when absent. */
function fieldPos(bb: ByteBuffer, table: number, slot: number): number {
  const o = bb.__offset(table, 4 + 2 * slot);
  return o === 0 ? 0 : table + o;
}

function vectorElements(bb: ByteBuffer, table: number, slot: number): number[] {
  const pos = fieldPos(bb, table, slot);
  if (pos === 0) return [];
  const start = bb.__vector(pos);
  const length = bb.__vector_len(pos);
  return Array.from({ length }, (_, i) => bb.__indirect(start + 4 * i));
}

function floatVector(b: Builder, values: number[]): number {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i] ?? 0);
  return b.endVector();
}

function offsetVector(b: Builder, offsets: number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i] ?? 0);
  return b.endVector();
}

/**
 * A ModelMetadata flatbuffer (tflite-support metadata_schema.fbs, identifier "M001") that describes input 0 as an
 * RGB image with the given normalization.
 */
export function imageMetadata(job: {
  name: string;
  description: string;
  normalization: ImageNormalization;
}): Uint8Array {
  const b = new Builder(1024);
  const mean = floatVector(b, [job.normalization.mean]);
  const std = floatVector(b, [job.normalization.std]);
  b.startObject(2); // NormalizationOptions
  b.addFieldOffset(0, mean, 0);
  b.addFieldOffset(1, std, 0);
  const normalization = b.endObject();
  b.startObject(2); // ProcessUnit
  b.addFieldInt8(0, 1, 0); // options_type = NormalizationOptions
  b.addFieldOffset(1, normalization, 0);
  const processUnit = b.endObject();
  b.startObject(2); // ImageProperties
  b.addFieldInt8(0, 1, 0); // color_space = RGB
  const imageProperties = b.endObject();
  b.startObject(3); // Content
  b.addFieldInt8(0, 2, 0); // content_properties_type = ImageProperties
  b.addFieldOffset(1, imageProperties, 0);
  const content = b.endObject();
  const tensorName = b.createString('image');
  const processUnits = offsetVector(b, [processUnit]);
  b.startObject(7); // TensorMetadata
  b.addFieldOffset(0, tensorName, 0);
  b.addFieldOffset(3, content, 0);
  b.addFieldOffset(4, processUnits, 0);
  const inputTensor = b.endObject();
  const inputs = offsetVector(b, [inputTensor]);
  b.startObject(10); // SubGraphMetadata
  b.addFieldOffset(2, inputs, 0);
  const subgraph = b.endObject();
  const subgraphs = offsetVector(b, [subgraph]);
  const name = b.createString(job.name);
  const description = b.createString(job.description);
  const parserVersion = b.createString('1.0.0');
  b.startObject(8); // ModelMetadata
  b.addFieldOffset(0, name, 0);
  b.addFieldOffset(1, description, 0);
  b.addFieldOffset(3, subgraphs, 0);
  b.addFieldOffset(7, parserVersion, 0);
  b.finish(b.endObject(), 'M001');
  return b.asUint8Array();
}

/**
 * Returns a TFLite model with a TFLITE_METADATA entry holding `metadata`. The original bytes are kept as they are,
 * 16-byte aligned, behind a new root Model table that points forward into them.
 */
export function withMetadata(original: Uint8Array, metadata: Uint8Array): Uint8Array {
  const bb = new ByteBuffer(original);
  if (!bb.__has_identifier('TFL3')) throw new Error('Not a TFLite model (no TFL3 identifier).');
  const oldRoot = bb.readUint32(0);
  const oldMetadata = vectorElements(bb, oldRoot, MODEL.metadata);
  for (const entry of oldMetadata) {
    const namePos = fieldPos(bb, entry, 0);
    if (namePos !== 0 && bb.__string(namePos) === 'TFLITE_METADATA')
      throw new Error('The model already has metadata.');
  }

  const b = new Builder(original.length + metadata.length + 4096);
  // The original model goes last (flatbuffers are built back to front), its start aligned to 16 bytes.
  b.startVector(1, original.length, 16);
  for (let i = original.length - 1; i >= 0; i--) b.addInt8(original[i] ?? 0);
  const originalStart = b.offset();
  b.endVector();
  /** Builder offset of an object at `pos` in the original bytes. */
  const old = (pos: number): number => originalStart - pos;

  b.startVector(1, metadata.length, 16);
  for (let i = metadata.length - 1; i >= 0; i--) b.addInt8(metadata[i] ?? 0);
  const metadataBytes = b.endVector();
  b.startObject(3); // Buffer
  b.addFieldOffset(0, metadataBytes, 0);
  const metadataBuffer = b.endObject();

  const oldBuffers = vectorElements(bb, oldRoot, MODEL.buffers);
  const buffers = offsetVector(b, [...oldBuffers.map(old), metadataBuffer]);
  const entryName = b.createString('TFLITE_METADATA');
  b.startObject(2); // Metadata
  b.addFieldOffset(0, entryName, 0);
  b.addFieldInt32(1, oldBuffers.length, 0);
  const entry = b.endObject();
  const metadataList = offsetVector(b, [...oldMetadata.map(old), entry]);

  b.startObject(MODEL_FIELD_COUNT);
  const versionPos = fieldPos(bb, oldRoot, MODEL.version);
  b.addFieldInt32(MODEL.version, versionPos === 0 ? 0 : bb.readUint32(versionPos), 0);
  for (const slot of [
    MODEL.operatorCodes,
    MODEL.subgraphs,
    MODEL.description,
    MODEL.metadataBuffer,
    MODEL.signatureDefs,
  ]) {
    const pos = fieldPos(bb, oldRoot, slot);
    if (pos !== 0) b.addFieldOffset(slot, old(bb.__indirect(pos)), 0);
  }
  b.addFieldOffset(MODEL.buffers, buffers, 0);
  b.addFieldOffset(MODEL.metadata, metadataList, 0);
  b.finish(b.endObject(), 'TFL3');
  return b.asUint8Array();
}

function isUpToDate(output: string, inputs: string[]): boolean {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return inputs.every((input) => statSync(input).mtimeMs <= built);
}

export function buildModels(): { written: string[] } {
  const self = fileURLToPath(import.meta.url);
  const written: string[] = [];
  for (const job of MODEL_JOBS) {
    if (isUpToDate(job.to, [job.from, self])) continue;
    mkdirSync(dirname(job.to), { recursive: true });
    writeFileSync(job.to, withMetadata(readFileSync(job.from), imageMetadata(job)));
    written.push(job.to);
  }
  mkdirSync(WASM_TO, { recursive: true });
  for (const file of WASM_FILES) {
    const from = join(WASM_FROM, file);
    const to = join(WASM_TO, file);
    if (isUpToDate(to, [from])) continue;
    copyFileSync(from, to);
    written.push(to);
  }
  // Only what is built here ships: a model dropped from the list must not linger in the package.
  const wanted = new Set([
    ...MODEL_JOBS.map((job) => job.to),
    ...WASM_FILES.map((file) => join(WASM_TO, file)),
  ]);
  for (const dir of [join(root, 'public', 'models'), WASM_TO]) {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (!wanted.has(path)) rmSync(path, { recursive: true, force: true });
    }
  }
  return { written };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { written } = buildModels();
  for (const file of written) console.log(`build-models: wrote ${file.slice(root.length + 1)}`);
}
