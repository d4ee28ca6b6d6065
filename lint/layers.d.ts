// Types for lint/layers.js (plain JavaScript so eslint.config.js can load it without a TypeScript loader).

export interface Layer {
  /** The element type the lint messages name. */
  readonly name: string;
  /** The folder, from the repository root, without a trailing slash. */
  readonly folder: string;
  readonly holds: string;
  /** Layers it may import at runtime (types included). */
  readonly imports: readonly string[];
  /** Layers it may take types from, and nothing else. */
  readonly typeImports?: readonly string[];
  /** npm packages it may import. */
  readonly packages?: readonly string[];
  readonly notes?: string;
}

export declare const LAYERS: readonly Layer[];
export declare function boundaryElements(layers?: readonly Layer[]): { type: string; pattern: string }[];
export declare function boundaryPolicies(layers?: readonly Layer[]): object[];
export declare function layerTable(layers?: readonly Layer[]): string;
