/**
 * Who calls the demo PBX: the callers its traffic rings with, and what the demo CRM page knows
 * about each. Every number is a valid number of its plan written in E.164 (fictional ranges: the
 * NANP's 555-01xx, Ofcom's drama numbers), so `{e164}` links and the home-country layout work in
 * the demo as they do for real calls.
 */
export interface DemoContact {
  /** Null: the caller sends no name (the number alone pops). */
  readonly name: string | null;
  /** E.164. */
  readonly number: string;
  readonly company: string;
  /** A line of what the CRM would remember about them. */
  readonly note: string;
}

export const DEMO_CONTACTS: readonly DemoContact[] = Object.freeze([
  {
    name: 'Jordan Rivera',
    number: '+12125550142',
    company: 'Rivera Design Studio',
    note: 'Asked for a quote on 40 desk phones; follow up on the discount.',
  },
  {
    name: 'Acme Logistics',
    number: '+13125550177',
    company: 'Acme Logistics Inc.',
    note: 'Key account. Invoices go to accounts@acme.example.',
  },
  {
    name: 'Élodie Marchand',
    number: '+33123456789',
    company: 'Marchand & Fils',
    note: 'Prefers French; call back after 14:00 Paris time.',
  },
  {
    name: 'Wireless Caller',
    number: '+14155550188',
    company: 'Unknown',
    note: 'Mobile number; no account yet.',
  },
  {
    name: null,
    number: '+442079460163',
    company: 'Harbour Street Dental',
    note: 'Reception line; the practice manager is Priya.',
  },
  {
    name: 'Okonkwo Chukwuemeka',
    number: '+441614960501',
    company: 'Northern Freight Ltd',
    note: 'Open ticket #4471: delivery delayed.',
  },
  {
    name: 'Sato Haruto',
    number: '+81312345678',
    company: 'Sato Trading K.K.',
    note: 'Renewal due next month.',
  },
]);

/** The numbers callers dial on the demo PBX (its lines). */
export const DEMO_DIDS: readonly string[] = Object.freeze(['+12125550100', '+12125550101', '+18005550199']);
