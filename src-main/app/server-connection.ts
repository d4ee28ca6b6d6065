/**
 * From the user's settings to what the call pipeline needs: the checked target, the trust, the
 * protocol profile and who "me" is. Never throws; every refusal is a problem in words.
 */
import type { Me } from '../calls/types';
import { err, ok, type Problem, type Result } from '../common/result';
import type { Secret } from '../common/secret';
import type { PipelineConnection } from '../pipeline/call-pipeline';
import { DEFAULT_CORE_SERVER, parseCoreServer } from '../protocol/core-server';
import { resolveProfile, type ProtocolProfile } from '../protocol/profile';
import { parseTarget, validateManagerUsername } from '../protocol/target';
import { SYSTEM_TRUST, type TlsTrust } from '../session/secure-transport';
import { accountFor } from '../storage/secret-store';
import type { Settings } from '../storage/settings-schema';

/** The keychain account of the server the settings name. */
export function accountOf(settings: Settings): string {
  return accountFor({
    manager: settings.managerUser,
    host: settings.server.host,
    port: settings.server.port,
  });
}

export function trustOf(settings: Settings): TlsTrust {
  const pin = settings.server.trustedCertificateSha256;
  return pin ? { kind: 'pinned', fingerprint256: pin } : SYSTEM_TRUST;
}

export function meOf(settings: Settings): Me {
  const username = settings.isymphonyUser.trim();
  return { username: username === '' ? null : username, extensions: settings.extensions };
}

export interface ServerPlan {
  readonly connection: PipelineConnection;
  readonly profile: ProtocolProfile;
  readonly me: Me;
}

export function serverPlan(settings: Settings, password: Secret): Result<ServerPlan, Problem> {
  const target = parseTarget({
    host: settings.server.host,
    port: settings.server.port,
    tls: settings.server.tls,
  });
  if (!target.ok) return err(target.error);
  const user = validateManagerUsername(settings.managerUser);
  if (!user.ok) return err(user.error);
  const profile = resolveProfile(settings.protocolProfile);
  if (!profile.ok) return err(profile.error);
  // The schema accepted it, so it reads; the default stands in should it ever not.
  const coreServer = parseCoreServer(settings.coreServer) ?? { name: DEFAULT_CORE_SERVER };
  return ok({
    connection: {
      target: target.value,
      managerUsername: user.value,
      password,
      trust: trustOf(settings),
      coreServer,
    },
    profile: profile.value,
    me: meOf(settings),
  });
}
