/**
 * "Test lookup" in Settings → Caller lookup: the lookup chain for one number the user typed, with
 * the lookup template as typed (the user tries it before saving, as "Test connection" does) and the
 * phonebook as it is. The token is the keychain's entry for the typed template's own origin, so it
 * only ever goes to the address it was stored for. A fresh lookup each time: no cache is filled, no
 * status changes, nothing is saved. Every outcome is an answer; nothing is thrown.
 */
import { failFields, failSaid } from './answers';
import type { Clock } from '../common/clock';
import { english } from '../i18n/english';
import { textOf } from '../i18n/message-ref';
import type { Secret } from '../common/secret';
import type { Answer, LookupTestView } from '../ipc/contract';
import type { CrmHttp } from '../lookup/crm-http';
import { crmTokenAccount, CrmLookupService } from '../lookup/crm-lookup';
import { checkLookupTemplate } from '../lookup/crm-lookup-check';
import { lookupCaller } from '../lookup/lookup-chain';
import type { PhonebookIndex } from '../lookup/phonebook-index';
import type { SecretStore } from '../storage/secret-store';
import { validateSettings } from '../storage/settings-schema';
import { displayName } from './display-text';

export interface CrmLookupTestOptions {
  readonly secrets: Pick<SecretStore, 'get'>;
  /** Every token the test reads is handed here, so the log scrubber knows it. */
  readonly remember: (secret: Secret) => void;
  readonly http: CrmHttp;
  readonly clock: Clock;
  /** The phonebook the calls are looked up in (null while it is empty). */
  readonly phonebook: PhonebookIndex | null;
}

export async function testCrmLookup(
  input: unknown,
  number: string,
  o: CrmLookupTestOptions,
): Promise<Answer<LookupTestView>> {
  const valid = validateSettings(input);
  if (!valid.ok) {
    return failFields(valid.error);
  }
  const settings = valid.value;
  const template = settings.crmLookup;
  if (template === null) {
    return failSaid('no-crm-lookup', 'lookup.testNoTemplate');
  }
  // The settings validator has checked the template already; this gives the checked form.
  const checked = checkLookupTemplate(template);
  if (!checked.ok) {
    const { code, message } = checked.error;
    return { ok: false, error: { code, message, ...textOf(checked.error) } };
  }
  const origin = checked.value.origin;
  const service = new CrmLookupService({
    checked: checked.value,
    http: o.http,
    token: async () => {
      const found = await o.secrets.get(crmTokenAccount(origin));
      if (found.ok && found.value) o.remember(found.value);
      return found;
    },
    clock: o.clock,
    defaultCountry: settings.crm.defaultCountry,
  });
  const result = await lookupCaller(
    { number, pbxName: null },
    { phonebook: o.phonebook, crm: service.lookup },
  );
  if (result.kind === 'found' && result.source !== 'pbx') {
    return {
      ok: true,
      value: {
        kind: 'found',
        source: result.source,
        name: displayName(result.name),
        company: displayName(result.company),
        recordUrl: result.recordUrl,
      },
    };
  }
  if (result.kind === 'none' && result.crmProblem !== null) {
    const { code, message } = result.crmProblem;
    return { ok: true, value: { kind: 'failed', code, message, ...textOf(result.crmProblem) } };
  }
  return {
    ok: true,
    value: { kind: 'none', message: english('lookup.testNobody'), text: { key: 'lookup.testNobody' } },
  };
}
