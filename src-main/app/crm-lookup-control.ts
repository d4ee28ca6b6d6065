/**
 * The app's CRM lookup: a `CrmLookupService` for the saved lookup template (built again when the
 * template or the default country changes), its token in the keychain under the lookup's origin
 * (so a template pointed at another host never gets the old host's token), and what the screens
 * may know: whether a token is stored, and the last lookup's status. Never the token.
 *
 * The lookup chain asks `crmLookup()` for the chain's `CrmLookup` (null when none is set up).
 */
import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';
import { Secret } from '../common/secret';
import type { Answer, CrmLookupView, LookupTestView } from '../ipc/contract';
import { fetchCrmHttp, type CrmHttp } from '../lookup/crm-http';
import { crmTokenAccount, CrmLookupService, type CrmLookupStatus } from '../lookup/crm-lookup';
import { CRM_LOOKUP_PRESETS } from '../lookup/crm-lookup-presets';
import { checkLookupTemplate } from '../lookup/crm-lookup-check';
import type { CrmLookup } from '../lookup/lookup-chain';
import type { PhonebookIndex } from '../lookup/phonebook-index';
import type { Settings } from '../storage/settings-schema';
import type { SecretStore } from '../storage/secret-store';
import { OK_NULL, failSaid } from './answers';
import { testCrmLookup } from './crm-lookup-test';

export { crmTokenAccount };
import type { KnownSecrets } from './known-secrets';

/** Longest token stored: OAuth access tokens run to a couple of kB. */
export const MAX_CRM_TOKEN_LENGTH = 8192;

export interface CrmLookupControlOptions {
  readonly settings: () => Settings;
  readonly secrets: SecretStore;
  readonly known: KnownSecrets;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly changed: () => void;
  /** Default: the real fetch port. */
  readonly http?: CrmHttp;
  /** The phonebook "Test lookup" asks first, as calls do; default none. */
  readonly phonebook?: () => PhonebookIndex | null;
}

const PRESET_VIEWS = CRM_LOOKUP_PRESETS.map(({ id, label, setup, template }) => ({
  id,
  label,
  setup,
  template,
}));

export class CrmLookupControl {
  #service: CrmLookupService | null = null;
  /** What the current service was built from: the template and country as JSON. */
  #builtFor = '';
  #origin: string | null = null;
  #tokenStored = false;
  #status: CrmLookupStatus = { kind: 'idle' };
  #testing = false;

  constructor(private readonly o: CrmLookupControlOptions) {}

  /** The chain's CrmLookup for the saved settings, or null when there is none (or it is refused). */
  crmLookup(): CrmLookup | null {
    return this.#current()?.lookup ?? null;
  }

  view(): CrmLookupView {
    // Builds the service (and starts reading whether a token is stored) when the settings changed.
    this.#current();
    const template = this.o.settings().crmLookup;
    const status = this.#status;
    return {
      presets: PRESET_VIEWS,
      configured: template !== null,
      tokenStored: this.#tokenStored,
      status:
        status.kind === 'failed'
          ? {
              kind: 'failed',
              at: status.at,
              code: status.problem.code,
              message: status.problem.message,
              ...(status.problem.text ? { text: status.problem.text } : {}),
            }
          : status,
    };
  }

  /** Reads again whether the lookup's origin has a token (the settings changed, or at start). */
  async refresh(): Promise<void> {
    this.#current();
    const origin = this.#origin;
    if (origin === null) {
      this.#tokenStored = false;
      return;
    }
    const found = await this.o.secrets.get(crmTokenAccount(origin));
    if (origin !== this.#origin) return;
    this.#tokenStored = found.ok && found.value !== null;
    if (found.ok && found.value) this.o.known.remember(found.value);
    this.o.changed();
  }

  /** Write-only: stores (or, with '', forgets) the token for the saved lookup's address. */
  async setToken(token: string): Promise<Answer<null>> {
    this.#current();
    const origin = this.#origin;
    if (origin === null) {
      return failSaid('no-crm-lookup', 'lookup.tokenNoAddress');
    }
    const account = crmTokenAccount(origin);
    if (token === '') {
      const removed = await this.o.secrets.delete(account);
      if (!removed.ok) return { ok: false, error: removed.error };
    } else {
      const secret = new Secret(token);
      this.o.known.remember(secret);
      const stored = await this.o.secrets.set(account, secret);
      if (!stored.ok) return { ok: false, error: stored.error };
    }
    this.#service?.clearCache();
    this.#tokenStored = token !== '';
    this.o.logger.log('info', token === '' ? 'CRM lookup token removed.' : 'CRM lookup token stored.', {
      origin,
    });
    this.o.changed();
    return OK_NULL;
  }

  /**
   * "Test lookup": the chain for a typed number with the template as typed (crm-lookup-test.ts).
   * One at a time: a second click while one runs is told so, not queued behind a slow CRM.
   */
  async test(settings: unknown, number: string): Promise<Answer<LookupTestView>> {
    if (this.#testing) {
      return failSaid('test-busy', 'lookup.testBusy');
    }
    this.#testing = true;
    try {
      return await testCrmLookup(settings, number, {
        secrets: this.o.secrets,
        remember: (secret) => this.o.known.remember(secret),
        http: this.o.http ?? fetchCrmHttp,
        clock: this.o.clock,
        phonebook: this.o.phonebook?.() ?? null,
      });
    } finally {
      this.#testing = false;
    }
  }

  #current(): CrmLookupService | null {
    const settings = this.o.settings();
    const template = settings.crmLookup;
    const key = JSON.stringify([template, settings.crm.defaultCountry]);
    if (key === this.#builtFor) return this.#service;
    this.#builtFor = key;
    this.#service = null;
    this.#origin = null;
    this.#tokenStored = false;
    this.#status = { kind: 'idle' };
    if (template === null) return null;
    const checked = checkLookupTemplate(template);
    if (!checked.ok) {
      // The settings validator refuses such a template; a file edited by hand may still hold one.
      this.#status = { kind: 'failed', at: this.o.clock.now(), problem: checked.error };
      return null;
    }
    const origin = checked.value.origin;
    this.#origin = origin;
    this.#service = new CrmLookupService({
      checked: checked.value,
      http: this.o.http ?? fetchCrmHttp,
      token: async () => {
        const found = await this.o.secrets.get(crmTokenAccount(origin));
        if (found.ok && found.value) this.o.known.remember(found.value);
        return found;
      },
      clock: this.o.clock,
      defaultCountry: settings.crm.defaultCountry,
      onStatus: (status) => {
        this.#status = status;
        if (status.kind === 'failed') {
          this.o.logger.log('warn', 'The CRM lookup failed.', { code: status.problem.code });
        }
        this.o.changed();
      },
    });
    // Whether this address has a token is read in the background; the view follows when it is known.
    void this.refresh();
    return this.#service;
  }
}
