/**
 * A CRM link template as the user keeps it in settings. The storage schema validates this shape;
 * the crm module builds links from it. `url` holds placeholders such as {number} or {e164}.
 */
export interface CrmTemplate {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  /** Open this template by itself when a call rings, when it is answered, or never (per template). */
  readonly autoOpen: 'never' | 'ring' | 'answer';
  readonly rules: CrmRules;
}

/** All given conditions must hold; an empty rule set matches every call. */
export interface CrmRules {
  /** Only calls that came in on one of these dialled numbers. */
  readonly dids?: readonly string[];
  readonly caller?: 'internal' | 'external' | 'any';
  /** A glob over the caller's number: `*` any run of characters, `?` one character (e.g. "+44*"). */
  readonly numberPattern?: string;
}

export interface CrmSettings {
  readonly templates: readonly CrmTemplate[];
  /** ISO 3166 alpha-2 country used to read national numbers for {e164}, e.g. "GB". */
  readonly defaultCountry: string;
}
