/** The demo server's public face: start one, drive its scenarios, stop it. */
export { startDemoServer } from './server';
export type {
  DemoServer,
  DemoServerOptions,
  EmitRawOptions,
  ScenarioRun,
  Scenarios,
  ClientInfo,
} from './types';
export { DEFAULT_USERS, type DemoUser } from './world';
export {
  DEFAULT_CALLER,
  DEFAULT_DID,
  DEFAULT_QUEUE,
  SCENARIO_NAMES,
  type ExternalParty,
  type ScenarioName,
  type ScenarioParams,
} from './scenarios';
export { DEFAULT_ALLOW_LIST, AUTH_REALM, parseAllowList } from './http-gate';
export type { StormHandle, StormOptions } from './storm';
export type { TrafficHandle, TrafficOptions } from './traffic';
export { DEMO_CRM_PATH, demoCrmTemplateUrl } from './crm-page';
export { DEMO_CONTACTS, DEMO_DIDS, type DemoContact } from './contacts';
