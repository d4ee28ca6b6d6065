/**
 * The phonebook's two task panels in Chromium against the scripted backend: adding a contact sends
 * exactly what was typed (and a refusal is shown, the panel kept), and importing a CSV sends the
 * columns the user mapped. File cells are shown as text only.
 */
import { describe, expect, it } from 'vitest';
import type { ContactView } from '../../src-main/ipc/contract';
import { ScriptedBackend, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

async function openPhonebook(backend: ScriptedBackend) {
  backend.handlers.queryPhonebook = () => ({ ok: true, value: { total: 0, offset: 0, contacts: [] } });
  const view = await browser.open(backend);
  await view.page.getByRole('button', { name: 'Phonebook' }).click();
  return view.page;
}

describe('the phonebook panels', () => {
  it('adds a contact with what was typed, shows a refusal and keeps the panel, closes on success', async () => {
    const backend = new ScriptedBackend(sampleState());
    let refuse = true;
    backend.handlers.savePhonebookContact = (request) => {
      if (refuse) {
        refuse = false;
        return { ok: false, error: { code: 'contact-no-number', message: 'Give the contact a number.' } };
      }
      const saved: ContactView = { id: 'c1', ...request, numbers: [...request.numbers] };
      return { ok: true, value: saved };
    };
    const page = await openPhonebook(backend);
    await page.getByRole('button', { name: 'Add contact' }).click();
    const editor = page.getByTestId('contact-editor');
    expect(await editor.getByRole('heading').textContent()).toBe('Add contact');
    await editor.getByLabel('Name').fill('Ada Lovelace');
    await editor.getByLabel('Company').fill('Analytical Engines');
    await editor.getByLabel('Phone numbers, one per line').fill(' 020 7946 0018 \n\n+1 212 555 0100');
    await editor.getByRole('button', { name: 'Save' }).click();
    expect(await editor.getByRole('alert').textContent()).toBe('Give the contact a number.');
    // Enter in a field saves too (the panel is a form).
    await editor.getByLabel('Name').press('Enter');
    await editor.waitFor({ state: 'detached' });
    expect(backend.requests('savePhonebookContact')).toEqual([
      {
        name: 'Ada Lovelace',
        company: 'Analytical Engines',
        numbers: ['020 7946 0018', '+1 212 555 0100'],
      },
      {
        name: 'Ada Lovelace',
        company: 'Analytical Engines',
        numbers: ['020 7946 0018', '+1 212 555 0100'],
      },
    ]);
  });

  it('imports a CSV with the columns mapped on screen; Cancel sends nothing', async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.handlers.pickPhonebookFile = () => ({
      ok: true,
      value: {
        format: 'csv',
        fileName: 'contacts.csv',
        headers: ['First', 'Last', '<b>Firm</b>', '', 'Mobile'],
        sample: [['Ada', 'Lovelace', 'Engines', 'x', '+44 20 7946 0018']],
        rows: 1,
        mapping: { name: [0], company: null, numbers: [4] },
      },
    });
    backend.handlers.importPhonebook = () => ({ ok: true, value: { imported: 1, skipped: 0, total: 1 } });
    const page = await openPhonebook(backend);

    await page.getByRole('button', { name: 'Import file…' }).click();
    let panel = page.getByTestId('phonebook-import');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await panel.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Import file…' }).click();
    panel = page.getByTestId('phonebook-import');
    expect(await panel.getByRole('heading').textContent()).toBe('Import contacts.csv');
    const company = panel.getByTestId('map-company');
    // A header from the file is text, and an empty one is named by its place.
    expect(await company.locator('option').allTextContents()).toEqual([
      '(none)',
      'First',
      'Last',
      '<b>Firm</b>',
      'Column 4',
      'Mobile',
    ]);
    await panel.getByTestId('map-name-2').selectOption({ label: 'Last' });
    await company.selectOption({ label: '<b>Firm</b>' });
    expect(await panel.getByTestId('import-preview').locator('tbody td').allTextContents()).toEqual([
      'Ada Lovelace',
      'Engines',
      '+44 20 7946 0018',
    ]);
    await panel.getByRole('button', { name: 'Import' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(backend.requests('importPhonebook')).toEqual([
      { mapping: { name: [0, 1], company: 2, numbers: [4] }, replace: false },
    ]);
  });
});
