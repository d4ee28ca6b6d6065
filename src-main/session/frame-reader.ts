/**
 * Turns one websocket frame into an app event, or drops it with a counted, logged reason: binary
 * frames, bytes that are not UTF-8, frames the decoder refuses. Fields it could not read are
 * counted; filter answers and message types the app does not use are logged and go no further.
 * On the hot path: one reader per session, no allocation per frame beyond what decoding needs.
 */
import type { RawData } from 'ws';
import type { Logger } from '../common/log';
import { decodeFrame } from '../protocol/decode';
import type { IsymphonyEvent } from '../protocol/events';
import type { UnreadableFieldTally } from '../protocol/field-reader';
import type { ProtocolProfile } from '../protocol/profile';
import { frameText } from './frame-text';
import type { SessionStats } from './session-options';

/** How many rejected frames are logged at warn level before the rest go to debug. */
const LOUD_REJECTIONS = 10;

export interface FrameReaderOptions {
  readonly profile: ProtocolProfile;
  readonly logger: Logger;
  /** The session's counters: the reader adds to `rejectedFrames`. */
  readonly stats: SessionStats;
  /** Where fields of delivered events that could not be read (read as absent) are counted. */
  readonly unreadableFields: UnreadableFieldTally;
  /** Deliver events of types the profile does not name too (discovery reads them all). */
  readonly emitOther?: boolean;
  readonly deliver: (message: IsymphonyEvent) => void;
}

export class FrameReader {
  constructor(private readonly options: FrameReaderOptions) {}

  read(data: RawData, isBinary: boolean): void {
    if (isBinary) {
      this.reject('binary-frame', toBuffer(data).length);
      return;
    }
    const bytes = toBuffer(data);
    const text = frameText(bytes);
    if (text === null) {
      this.reject('invalid-utf8', bytes.length);
      return;
    }
    const decoded = decodeFrame(text, this.options.profile);
    if (!decoded.ok) {
      this.reject(decoded.rejection.code, text.length);
      return;
    }
    const message = decoded.message;
    if (decoded.unreadable) this.countUnreadable(decoded.unreadable, message.type);
    if (message.kind === 'filterResponse') {
      this.options.logger.log(message.success ? 'debug' : 'warn', 'The server answered the filter.', {
        success: message.success,
      });
      return;
    }
    if (message.kind === 'other' && this.options.emitOther !== true) {
      this.options.logger.log('debug', 'Ignored a message type the app does not use.', {
        type: message.type.slice(0, 64),
      });
      return;
    }
    this.options.deliver(message);
  }

  private countUnreadable(fields: readonly string[], type: string): void {
    this.options.unreadableFields.add(fields);
    const n = this.options.unreadableFields.messages;
    if (n <= LOUD_REJECTIONS || n % 1000 === 0) {
      // Field names are the decoder's own (or the profile's); the values stay out of the log.
      this.options.logger.log('debug', 'Kept an event with fields that could not be read (read as absent).', {
        type: type.slice(0, 64),
        fields: fields.join(','),
        events: n,
      });
    }
  }

  private reject(code: string, length: number): void {
    this.options.stats.rejectedFrames += 1;
    const n = this.options.stats.rejectedFrames;
    // Never the frame's text: it is untrusted and may be huge. The code and size say enough.
    const level = n <= LOUD_REJECTIONS || n % 1000 === 0 ? 'warn' : 'debug';
    this.options.logger.log(level, 'Dropped a message from the server that could not be read.', {
      code,
      length,
      rejected: n,
    });
  }
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
