import { z } from 'zod';
import type { AnalysisResult, FrameVerdicts } from '../analysis/result';
import { videoCadenceSchema } from '../analysis/cadence';
import { rawFrameSchema } from '../frames/raw-frame';
import type { CameraMeasurements } from '../measure/measure';
import { BADGE_VERDICTS } from '../measure/badge';
import {
  BACKGROUND_VERDICTS,
  CAMERA_HEIGHT_VERDICTS,
  FRAMING_VERDICTS,
  ISSUES,
  LIGHTING_VERDICTS,
  type Issue,
} from '../judge/verdicts';

/**
 * The analyzer's message protocol, the same whether the analyzer worker is reached from an extension page
 * (worker.postMessage) or from a content script (a MessagePort handed over through the analyzer frame).
 *
 * Client → analyzer: `analyzer:init`, `frame:analyze`, `thresholds:set`, `analyzer:bench`, `analyzer:close`.
 * Analyzer → client: `analyzer:ready`, `analyzer:error`, `frame:result` (or `frame:verdicts` when asked),
 * `frame:error`, `bench:result`.
 * Content script → analyzer frame (window.postMessage, once): `analyzer:connect` with the port.
 *
 * Every message is validated where it is received.
 */

const imageBitmap = z.custom<ImageBitmap>(
  (value) => typeof ImageBitmap !== 'undefined' && value instanceof ImageBitmap,
  'an ImageBitmap',
);

export const runningModeSchema = z.enum(['image', 'video']);
export type AnalyzerMode = z.infer<typeof runningModeSchema>;

export const toAnalyzerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('analyzer:init'),
    mode: runningModeSchema,
    /** Partial thresholds (IT's policy); invalid fields fall back to the defaults. */
    thresholds: z.unknown().optional(),
    /** Video: how often the costlier models run (default: the camera test's, cadence.ts). */
    cadence: videoCadenceSchema.optional(),
  }),
  z.object({
    type: z.literal('frame:analyze'),
    id: z.number().int(),
    /** Transferred (a bitmap, or raw planes from a content script: raw-frame.ts); the analyzer closes it. */
    image: z.union([imageBitmap, rawFrameSchema]),
    /** The frame's time in ms (video mode); the analyzer keeps timestamps strictly increasing. */
    timestampMs: z.number().optional(),
    /** Also return the person mask (for drawing the outline). */
    withMask: z.boolean().optional(),
    /** 'verdicts': reply with `frame:verdicts`, the verdicts alone (what a host page's chip needs). */
    reply: z.enum(['result', 'verdicts']).optional(),
  }),
  z.object({ type: z.literal('thresholds:set'), thresholds: z.unknown() }),
  /** Releases the models (MediaPipe flushes its usage log then: the extension's CSP blocks it). */
  z.object({ type: z.literal('analyzer:close') }),
  z.object({
    type: z.literal('analyzer:bench'),
    id: z.number().int(),
    bitmaps: z.array(imageBitmap).min(1),
    rounds: z.number().int().positive(),
  }),
]);
export type ToAnalyzer = z.infer<typeof toAnalyzerSchema>;

const nullableNumber = z.number().nullable();
export const measurementsSchema = z.object({
  faces: z.number(),
  persons: z.number(),
  otherPersonArea: z.number(),
  faceScore: nullableNumber,
  faceX: nullableNumber,
  faceY: nullableNumber,
  faceWidth: nullableNumber,
  faceHeight: nullableNumber,
  eyeLine: nullableNumber,
  headTop: nullableNumber,
  topTouch: nullableNumber,
  chestRoom: nullableNumber,
  shoulderWidth: nullableNumber,
  yaw: nullableNumber,
  noseRatio: nullableNumber,
  earDrop: nullableNumber,
  pitch: nullableNumber,
  frameBrightness: z.number(),
  faceBrightness: nullableNumber,
  faceClipped: nullableNumber,
  sideImbalance: nullableNumber,
  backgroundBrightness: nullableNumber,
  brightBackground: nullableNumber,
  backgroundShare: z.number(),
  edgeDensity: nullableNumber,
  colorfulness: nullableNumber,
});

const pointSchema = z.object({ x: z.number(), y: z.number() });
const issueSchema = z.enum(ISSUES as [Issue, ...Issue[]]);

export const frameVerdictsSchema = z.object({
  framing: z.enum(FRAMING_VERDICTS),
  camera_height: z.enum(CAMERA_HEIGHT_VERDICTS),
  lighting: z.enum(LIGHTING_VERDICTS),
  background: z.enum(BACKGROUND_VERDICTS),
  issues: z.array(issueSchema),
  /** The name badge: advisory, never among `issues`. */
  badge: z.enum(BADGE_VERDICTS).optional(),
  maskReused: z.boolean(),
  facesReused: z.boolean(),
  ms: z.number(),
  timings: z.object({
    prepare: z.number(),
    face: z.number(),
    segment: z.number(),
    farFace: z.number(),
    measure: z.number(),
  }),
});

export const analysisResultSchema = frameVerdictsSchema.extend({
  faces: z.array(
    z.object({
      x: z.number(),
      y: z.number(),
      width: z.number(),
      height: z.number(),
      score: z.number(),
      keypoints: z.array(pointSchema),
    }),
  ),
  measurements: measurementsSchema,
  /** Where the name badge was looked for (fractions of the frame), for the camera test's question. */
  chest: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
    .nullable()
    .optional(),
  mask: z
    .object({ width: z.number().int(), height: z.number().int(), data: z.instanceof(Uint8Array) })
    .nullable(),
  frame: z.object({ width: z.number(), height: z.number() }),
});

const timingSummary = z.object({ median: z.number(), p95: z.number(), mean: z.number() });
export const benchResultSchema = z.object({
  frames: z.number().int(),
  /** Raw inference of each model alone on the full frame. */
  nearFace: timingSummary,
  farFace: timingSummary,
  segmenter: timingSummary,
  /** Each model alone on the analysis image (the frame downscaled once). */
  nearFaceSmall: timingSummary,
  farFaceSmall: timingSummary,
  segmenterSmall: timingSummary,
  /** The whole analysis with both models on every frame, and its parts. */
  analysis: timingSummary,
  /** The whole analysis at the live camera test's pace (mask reused for 0.3 s, pose refreshed each second). */
  live: timingSummary,
  prepare: timingSummary,
  measure: timingSummary,
  /** The two models inside the whole analysis. */
  analysisFace: timingSummary,
  analysisSegment: timingSummary,
});
export type BenchResult = z.infer<typeof benchResultSchema>;

export const fromAnalyzerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('analyzer:ready'),
    startupMs: z.number(),
    /** The start-up by step (wasm, each model, warm-up), ms: for the benchmark. */
    startupSteps: z.record(z.string(), z.number()).optional(),
    droppedThresholds: z.array(z.string()),
  }),
  z.object({ type: z.literal('analyzer:error'), message: z.string() }),
  z.object({ type: z.literal('frame:result'), id: z.number().int(), result: analysisResultSchema }),
  z.object({ type: z.literal('frame:verdicts'), id: z.number().int(), result: frameVerdictsSchema }),
  z.object({ type: z.literal('frame:error'), id: z.number().int(), message: z.string() }),
  z.object({ type: z.literal('bench:result'), id: z.number().int(), result: benchResultSchema }),
]);
export type FromAnalyzer = z.infer<typeof fromAnalyzerSchema>;

/** Sent once by a content script to the analyzer frame, with a MessagePort as the only transferred object. */
export const connectMessageSchema = z.object({ type: z.literal('analyzer:connect') });
export const CONNECT_MESSAGE = { type: 'analyzer:connect' } as const;

// The protocol's result must carry exactly what the analyzer produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const measurementsMatch: Same<z.infer<typeof measurementsSchema>, CameraMeasurements> = true;
const resultFits: AnalysisResult extends z.infer<typeof analysisResultSchema> ? true : never = true;
const verdictsFit: FrameVerdicts extends z.infer<typeof frameVerdictsSchema> ? true : never = true;
void measurementsMatch;
void resultFits;
void verdictsFit;
