/**
 * Rewrites the "Folders and what they may import" table of docs/architecture.md from lint/layers.js
 * (npm run docs:layers), so the table and the lint rules cannot drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { layerTable } from '../lint/layers.js';

export const ARCHITECTURE_DOC = resolve(import.meta.dirname, '../docs/architecture.md');
export const TABLE_START = '<!-- layers:start (generated from lint/layers.js by npm run docs:layers) -->';
export const TABLE_END = '<!-- layers:end -->';

/** The document with the text between the markers replaced by the rendered table. */
export function withLayerTable(doc: string, table = layerTable()): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`docs/architecture.md lost its layer-table markers (${TABLE_START} … ${TABLE_END}).`);
  }
  return `${doc.slice(0, start + TABLE_START.length)}\n${table}\n${doc.slice(end)}`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(ARCHITECTURE_DOC, withLayerTable(readFileSync(ARCHITECTURE_DOC, 'utf8')));
}
