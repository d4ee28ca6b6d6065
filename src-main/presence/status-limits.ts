/**
 * The Live API's bounds on a status's name and note (protocol notes §4; see live-api/shapes.ts).
 * A leaf of its own: the IPC contract, which the sandboxed preload bundles, checks them too, and
 * a sandboxed preload may require nothing but `electron` (status-request.ts brings the catalogues).
 */
export const MAX_STATUS_NAME_LENGTH = 128;
export const MAX_STATUS_NOTE_LENGTH = 512;
