/**
 * A worker thread of `ccm-draft workshop`: it prepares the participants the
 * room gives it (src/app/workshop-participant.ts) and sends each result
 * back as plain data. It reads the participants' files but writes nothing:
 * the room publishes every set. Bundled as its own entry (dist/workshop-worker.mjs).
 */
import {parentPort, workerData} from 'node:worker_threads';
import type {ParticipantFiles} from '../workshop/scan.js';
import {prepareToWire, type RoomContext, roomContext, type RoomSettings} from './workshop-participant.js';

// The settings carry the room's size limit (`--max-size`): this thread reads with it, no process-wide setting.
const data = workerData as {settings: RoomSettings};
let context: Promise<RoomContext> | undefined;

parentPort?.on('message', async (message: {index: number; participant: ParticipantFiles}) => {
  context ??= roomContext(data.settings);
  const result = await prepareToWire(message.participant, await context);
  parentPort!.postMessage({index: message.index, result});
});
