/**
 * Presence as the screens and the tray show it: labels and colours per type, hostile names and
 * notes made display-safe, pending and problems, and the tray's first line and Status submenu.
 */
import { describe, expect, it } from 'vitest';
import { presenceViewOf, STATUS_CHOICES, UNKNOWN_PRESENCE } from '../../../src-main/app/presence-view';
import { trayView, type TrayInput } from '../../../src-main/app/tray-view';
import type { PresenceStatus } from '../../../src-main/presence/presence-status';
import type { PresenceState } from '../../../src-main/presence/presence-tracker';
import { STATUS_APPEARANCE } from '../../../src-main/presence/status-types';
import { STATUS_TYPES } from '../../../src-main/protocol/events';
import { trayInput } from '../../support/tray';

const away: PresenceStatus = {
  type: 'away',
  name: 'Away',
  note: 'lunch',
  returnTime: null,
  userCreated: false,
};
const dnd: PresenceStatus = {
  type: 'dnd',
  name: 'Do Not Disturb',
  note: '',
  returnTime: null,
  userCreated: false,
};

function knownState(over: Partial<Extract<PresenceState, { kind: 'known' }>> = {}): PresenceState {
  return { kind: 'known', username: '4224', status: away, dndFromPresence: false, ...over };
}

const presenceTrayInput = (over: Partial<TrayInput> = {}): TrayInput =>
  trayInput({
    connection: { state: 'live', code: 'live', message: 'Connected to pbx.', since: 0 },
    startAtLogin: false,
    statusChoices: STATUS_CHOICES,
    ...over,
  });

describe('the presence view', () => {
  it('offers all eleven types, in protocol order, with their default names and colours', () => {
    expect(STATUS_CHOICES.map((c) => c.type)).toEqual([...STATUS_TYPES]);
    for (const choice of STATUS_CHOICES) {
      expect(choice).toMatchObject({
        name: STATUS_APPEARANCE[choice.type].label,
        label: STATUS_APPEARANCE[choice.type].label,
        colour: STATUS_APPEARANCE[choice.type].colour,
      });
    }
  });

  it('is unknown without a tracker, with a refusal when there is one', () => {
    expect(presenceViewOf(null)).toEqual(UNKNOWN_PRESENCE);
    const refusal = { code: 'presence-unavailable', message: 'Connect first.' };
    expect(presenceViewOf(null, refusal)).toEqual({
      kind: 'unknown',
      problem: refusal,
      dndFromPresence: false,
    });
  });

  it('shows the confirmed status and a pending one, each with label and colour', () => {
    const view = presenceViewOf(knownState({ pending: dnd }));
    expect(view).toMatchObject({
      kind: 'known',
      status: { type: 'away', name: 'Away', note: 'lunch', label: 'Away', colourName: 'amber' },
      pending: { type: 'dnd', label: 'Do Not Disturb', colourName: 'red' },
      problem: null,
    });
  });

  it('prefers the tracker’s problem, and passes only its code and sentence', () => {
    const trackerProblem = {
      code: 'bad-response' as const,
      message: 'The server did not answer.',
      retryable: true,
    };
    const view = presenceViewOf(knownState({ problem: trackerProblem }), { code: 'x', message: 'older' });
    expect(view.problem).toEqual({ code: 'bad-response', message: 'The server did not answer.' });
  });

  it('does not say a second time that the server has no such user, once the identity check says it', () => {
    const noSuchUser = {
      code: 'not-found' as const,
      message: 'The server has no iSymphony user "nobody"; check the iSymphony user name in settings.',
      retryable: false,
    };
    const unread: PresenceState = {
      kind: 'unknown',
      username: 'nobody',
      problem: noSuchUser,
      dndFromPresence: false,
    };
    // Without the identity check's word, the status read's 404 is the reason shown.
    expect(presenceViewOf(unread).problem?.code).toBe('not-found');
    expect(presenceViewOf(unread, null, true).problem).toBeNull();
    // A change the user asked for and main refused is still said.
    const refusal = { code: 'status-unknown', message: 'The status is not known yet.' };
    expect(presenceViewOf(unread, refusal, true).problem).toEqual(refusal);
    // A change the server refused (the status was known) says why at the control the user used.
    expect(presenceViewOf(knownState({ problem: noSuchUser }), null, true).problem?.code).toBe('not-found');
  });

  it('makes names and notes typed elsewhere display-safe, and shows an unknown type as such', () => {
    const hostile: PresenceStatus = {
      type: 'brb-' + 'x'.repeat(100),
      name: 'Back\u202Esoon\u0007',
      note: 'line one\nline two\u0000',
      returnTime: 42,
      userCreated: true,
    };
    const view = presenceViewOf(knownState({ status: hostile }));
    if (view.kind !== 'known') throw new Error('not known');
    expect(view.status.name).toBe('Backsoon');
    expect(view.status.note).toBe('line one line two');
    expect(view.status.label).toBe('Other status');
    expect(view.status.type.length).toBeLessThanOrEqual(40);
    expect(view.status.returnTime).toBe(42);
  });
});

describe('presence in the tray view', () => {
  it('has no status line and an empty submenu while the status is unknown', () => {
    const view = trayView(presenceTrayInput({ presence: UNKNOWN_PRESENCE }));
    expect(view.status).toBeNull();
    expect(view.statusChoices).toEqual([]);
  });

  it('puts the status with its colour first, and checks its type in the submenu', () => {
    const view = trayView(presenceTrayInput({ presence: presenceViewOf(knownState()) }));
    expect(view.status).toEqual({
      label: 'Status: Away: lunch',
      colour: STATUS_APPEARANCE.away.colour,
      problem: null,
    });
    expect(view.statusChoices).toHaveLength(11);
    expect(view.statusChoices.filter((c) => c.checked).map((c) => c.type)).toEqual(['away']);
  });

  it('shows a pending change as waiting, checked, and a failure in words', () => {
    const problem = { code: 'not-confirmed' as const, message: 'The server refused the manager login.' };
    const view = trayView(
      presenceTrayInput({ presence: presenceViewOf(knownState({ pending: dnd, problem })) }),
    );
    expect(view.status!.label).toBe('Status: Do Not Disturb (waiting for the server…)');
    expect(view.status!.colour).toBe(STATUS_APPEARANCE.dnd.colour);
    expect(view.status!.problem).toBe('The server refused the manager login.');
    expect(view.statusChoices.find((c) => c.checked)!.type).toBe('dnd');
  });

  it('cuts a long note so the menu line stays short', () => {
    const long = { ...away, note: 'n'.repeat(400) };
    const view = trayView(presenceTrayInput({ presence: presenceViewOf(knownState({ status: long })) }));
    expect(view.status!.label.length).toBeLessThan(80);
  });

  it('shows do-not-disturb from presence in the icon and the line, leaving the switch off', () => {
    const view = trayView(
      presenceTrayInput({ presence: presenceViewOf(knownState({ status: dnd, dndFromPresence: true })) }),
    );
    expect(view.icon).toBe('dnd');
    expect(view.doNotDisturb).toBe(false);
    expect(view.statusLine).toBe('Connected to pbx. Do not disturb is on (your iSymphony status).');
  });
});
