/**
 * Lookup templates for widespread CRMs, from their documented public REST search endpoints (each
 * described in docs/lookup.md with the page it comes from). Parts marked YOUR-… are the user's own
 * (their domain, account id) and must be replaced: a template that still holds one is refused.
 * Every preset searches with {e164}: digits and "+" only, so no value can change a query language.
 */
import type { MessageKey } from '../i18n/catalogues';
import type { CrmLookupPresetId, CrmLookupTemplate } from './crm-lookup-template';

export interface CrmLookupPreset {
  readonly id: CrmLookupPresetId;
  readonly label: string;
  /** What the user must do besides storing the token, in one sentence (a catalogue message). */
  readonly setup: MessageKey;
  readonly template: CrmLookupTemplate;
}

const base = {
  body: null,
  tokenPrefix: 'Bearer ',
  tokenHeader: 'Authorization',
  recordUrlPath: null,
  allowedOrigins: [],
} as const;

export const CRM_LOOKUP_PRESETS: readonly CrmLookupPreset[] = [
  {
    id: 'hubspot',
    label: 'HubSpot',
    setup: 'settings.lookup.setup.hubspot',
    template: {
      ...base,
      preset: 'hubspot',
      method: 'POST',
      url: 'https://api.hubapi.com/crm/v3/objects/contacts/search',
      body: '{"filterGroups":[{"filters":[{"propertyName":"phone","operator":"EQ","value":{e164}}]},{"filters":[{"propertyName":"mobilephone","operator":"EQ","value":{e164}}]}],"properties":["firstname","lastname","company"],"limit":1}',
      namePaths: ['results.0.properties.firstname', 'results.0.properties.lastname'],
      companyPath: 'results.0.properties.company',
      idPath: 'results.0.id',
      recordLink: 'https://app.hubspot.com/contacts/YOUR-HUB-ID/record/0-1/{id}',
      allowedOrigins: ['https://app.hubspot.com'],
    },
  },
  {
    id: 'pipedrive',
    label: 'Pipedrive',
    setup: 'settings.lookup.setup.pipedrive',
    template: {
      ...base,
      preset: 'pipedrive',
      method: 'GET',
      url: 'https://YOUR-COMPANY.pipedrive.com/api/v2/persons/search?term={e164}&fields=phone&exact_match=true&limit=1',
      tokenHeader: 'x-api-token',
      tokenPrefix: '',
      namePaths: ['data.items.0.item.name'],
      companyPath: 'data.items.0.item.organization.name',
      idPath: 'data.items.0.item.id',
      recordLink: 'https://YOUR-COMPANY.pipedrive.com/person/{id}',
    },
  },
  {
    id: 'zoho',
    label: 'Zoho CRM',
    setup: 'settings.lookup.setup.zoho',
    template: {
      ...base,
      preset: 'zoho',
      method: 'GET',
      url: 'https://www.zohoapis.com/crm/v8/Contacts/search?phone={e164}&fields=Full_Name,Account_Name&per_page=1',
      tokenPrefix: 'Zoho-oauthtoken ',
      namePaths: ['data.0.Full_Name'],
      companyPath: 'data.0.Account_Name.name',
      idPath: 'data.0.id',
      recordLink: 'https://crm.zoho.com/crm/YOUR-ORG-ID/tab/Contacts/{id}',
      allowedOrigins: ['https://crm.zoho.com'],
    },
  },
  {
    id: 'salesforce',
    label: 'Salesforce',
    setup: 'settings.lookup.setup.salesforce',
    template: {
      ...base,
      preset: 'salesforce',
      method: 'GET',
      url: 'https://YOUR-DOMAIN.my.salesforce.com/services/data/v62.0/parameterizedSearch/?q={e164}&sobject=Contact&Contact.fields=Id,Name,Account.Name&Contact.limit=1',
      namePaths: ['searchRecords.0.Name'],
      companyPath: 'searchRecords.0.Account.Name',
      idPath: 'searchRecords.0.Id',
      recordLink: 'https://YOUR-DOMAIN.lightning.force.com/lightning/r/Contact/{id}/view',
      allowedOrigins: ['https://YOUR-DOMAIN.lightning.force.com'],
    },
  },
  {
    id: 'odoo',
    label: 'Odoo 19+',
    setup: 'settings.lookup.setup.odoo',
    template: {
      ...base,
      preset: 'odoo',
      method: 'POST',
      url: 'https://YOUR-DATABASE.odoo.com/json/2/res.partner/search_read',
      body: '{"domain":["|",["phone_sanitized","=",{e164}],["mobile","=",{e164}]],"fields":["name","commercial_company_name"],"limit":1}',
      tokenPrefix: 'bearer ',
      namePaths: ['0.name'],
      companyPath: '0.commercial_company_name',
      idPath: '0.id',
      recordLink: 'https://YOUR-DATABASE.odoo.com/odoo/contacts/{id}',
    },
  },
  {
    id: 'suitecrm',
    label: 'SuiteCRM',
    setup: 'settings.lookup.setup.suitecrm',
    template: {
      ...base,
      preset: 'suitecrm',
      method: 'GET',
      url: 'https://YOUR-SUITECRM/Api/V8/module/Contacts?filter%5Bphone_work%5D%5Beq%5D={e164}&fields%5BContacts%5D=first_name,last_name,account_name&page%5Bsize%5D=1',
      namePaths: ['data.0.attributes.first_name', 'data.0.attributes.last_name'],
      companyPath: 'data.0.attributes.account_name',
      idPath: 'data.0.id',
      recordLink: 'https://YOUR-SUITECRM/index.php?module=Contacts&action=DetailView&record={id}',
    },
  },
];

export function presetById(id: string): CrmLookupPreset | undefined {
  return CRM_LOOKUP_PRESETS.find((preset) => preset.id === id);
}
