/**
 * What the decoder's tests share: the payloads of protocol notes §3.1 verbatim, and `decoded` /
 * `rejection`, which decode a frame and fail the test when it went the other way.
 */
import { decodeFrame } from '../../src-main/protocol/decode';
import type { DecodeLimits } from '../../src-main/protocol/limits';
import { DEFAULT_PROFILE, type ProtocolProfile } from '../../src-main/protocol/profile';
import type { InboundMessage } from '../../src-main/protocol/events';

export function decoded(
  text: string,
  profile: ProtocolProfile = DEFAULT_PROFILE,
  limits?: DecodeLimits,
): InboundMessage {
  const result = decodeFrame(text, profile, limits);
  if (!result.ok)
    throw new Error(`expected a message, got ${result.rejection.code}: ${result.rejection.message}`);
  return result.message;
}

export function rejection(text: string, profile: ProtocolProfile = DEFAULT_PROFILE, limits?: DecodeLimits) {
  const result = decodeFrame(text, profile, limits);
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.message)}`);
  return result.rejection;
}

// The payloads of protocol notes §3.1, verbatim.
export const USER_LOGIN = `{"type":"userLogin","time":1436889915953,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "userId":"e7577c7b-5d58-46a5-a834-386f52401c19","username":"4224",
 "userLoginId":"0c51236d-5f93-4379-8997-8a840a511497","ip":"127.0.0.1","port":57042}`;

export const USER_STATUS = `{"type":"userStatus","time":1436892834943,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "userId":"e7577c7b-5d58-46a5-a834-386f52401c19","username":"4224","name":"Out of Office",
 "statusType":"xa","note":"","returnTime":-1,"userCreated":false}`;

export const HANGUP = `{"type":"hangup","time":1436899978590,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "callSegmentId":"4fff719a-5186-4691-a64b-b9d22472cb76","callerIdName":"Michael Y","callerIdNumber":"42243",
 "did":"4224","extensionId":"dc5975a9-e438-4634-85f2-6a75c34574c9","extensionNumber":"42243",
 "userId":"580169b8-4341-42d9-9f44-973659fc770d","username":"42243"}`;

export const LINK_END = `{"type":"linkEnd","time":1436899977271,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "callSegmentId1":"4fff719a-5186-4691-a64b-b9d22472cb76","callerIdName1":"Michael Y (alt)","callerIdNumber1":"42243",
 "did1":"4224","extensionId1":"dc5975a9-e438-4634-85f2-6a75c34574c9","extensionNumber1":"42243",
 "userId1":"580169b8-4341-42d9-9f44-973659fc770d","username1":"42243",
 "callSegmentId2":"1e86fb60-b674-4fa3-946a-6ea033221877","callerIdName2":"Michael Y (desk)","callerIdNumber2":"4224",
 "did2":"s","extensionId2":"d72ac658-cd19-4c88-9cf8-2e7bdcf222b5","extensionNumber2":"4224",
 "userId2":"e7577c7b-5d58-46a5-a834-386f52401c19","username2":"4224"}`;

export const CONF_ROOM_CALL_LEAVE = `{"type":"confRoomCallLeave","time":1452209797341,"coreServerId":"f3e42a1f-24dd-483c-ab3f-cf54bd6d0978",
 "callSegmentId":"5544a32d-061e-4c73-a6c9-e146e0d47b59","conferenceRoomId":"fc9d562d-4f1f-49ae-9216-628f2f499e9a",
 "conferenceRoomName":"Bob","callerIdName":"Colin (Desk)","callerIdNumber":"4228","did":"432113",
 "extensionId":"f503e48e-009a-4820-bc6d-cbd4f9a51103","extensionNumber":"4228",
 "userId":"6a16398e-8b3f-48f2-9b7e-3fc79ce2add7","username":"4228"}`;

export const AGENT_LOGIN = `{"type":"agentLogin","time":1436898801706,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "agentId":"b82ecd05-a6d0-49a3-a4b6-2ab0816d2278","agent":"Michael Y","state":"NOT_INUSE",
 "queueId":"d84b6349-099b-48c5-bc8c-2aecd5de2b45","queue":"IncomingQ",
 "extensionId":"d72ac658-cd19-4c88-9cf8-2e7bdcf222b5","extensionNumber":"100",
 "userId":"e7577c7b-5d58-46a5-a834-386f52401c19","username":"4224"}`;
