/**
 * Power and network events to the Companion: sleep stops the session cleanly, wake and
 * unlocking nudge it to reconnect at once, and a return of the network (polled, as Electron's
 * main process has no online event) cuts any backoff short.
 */
import type { Clock } from '../common/clock';
import type { CompanionForShell } from '../app/shell-facing';

/** A real PowerMonitor fits (its `on` is one overload per event, so this lists them one by one). */
export interface PowerMonitorLike {
  on(event: 'suspend', listener: () => void): unknown;
  on(event: 'resume', listener: () => void): unknown;
  on(event: 'unlock-screen', listener: () => void): unknown;
  removeListener(event: 'suspend', listener: () => void): unknown;
  removeListener(event: 'resume', listener: () => void): unknown;
  removeListener(event: 'unlock-screen', listener: () => void): unknown;
}

export interface PowerWatchOptions {
  readonly powerMonitor: PowerMonitorLike;
  readonly isOnline: () => boolean;
  readonly clock: Clock;
  readonly companion: Pick<CompanionForShell, 'suspend' | 'resume' | 'networkOnline'>;
  readonly pollMs?: number;
}

export function watchPowerAndNetwork(options: PowerWatchOptions): () => void {
  const { companion, powerMonitor } = options;
  const onSuspend = () => companion.suspend();
  const onResume = () => companion.resume();
  // After unlocking, the network may have changed (another Wi-Fi): check the connection now.
  const onUnlock = () => companion.networkOnline();
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onUnlock);
  let online = options.isOnline();
  const timer = options.clock.setInterval(() => {
    const now = options.isOnline();
    if (now && !online) companion.networkOnline();
    online = now;
  }, options.pollMs ?? 5000);
  return () => {
    options.clock.clearInterval(timer);
    powerMonitor.removeListener('suspend', onSuspend);
    powerMonitor.removeListener('resume', onResume);
    powerMonitor.removeListener('unlock-screen', onUnlock);
  };
}
