import { describe, expect, it } from 'vitest';
import { archetypeAnswers } from './archetypes';
import { CATALOGUE } from './catalogue';
import {
  generateFacilitatorKeys,
  livePayloadOf,
  openEnvelope,
  randomId,
  sealPayload,
  sha256,
  type LivePayload,
} from './live-envelope';
import { envelopeSchema, publicKeySchema, roomIdSchema, secretHashSchema } from './live-protocol';
import { base64UrlDecode, base64UrlEncode } from './share-code';

const payload: LivePayload = livePayloadOf({
  assessment: {
    answers: archetypeAnswers(CATALOGUE, 'totalt'),
    comments: { 'skranke-organisering': 'Vi deler skranke to dager i uka.' },
    context: { rolle: 'biblioteksjef' },
  },
  desired: null,
  catalogueVersion: CATALOGUE.version,
  role: 'biblioteksjef',
  name: '  Kari  ',
  includeComments: true,
});

async function sealed() {
  const keys = await generateFacilitatorKeys();
  const roomId = randomId();
  const submissionId = randomId();
  const envelope = await sealPayload({
    roomId,
    submissionId,
    facilitatorKey: keys.publicKey,
    payload,
  });
  return { keys, roomId, submissionId, envelope };
}

describe('live envelope', () => {
  it('makes ids, hashes and public keys in the shapes the relay accepts', async () => {
    const keys = await generateFacilitatorKeys();
    expect(publicKeySchema.safeParse(keys.publicKey).success).toBe(true);
    expect(roomIdSchema.safeParse(randomId()).success).toBe(true);
    expect(randomId()).not.toBe(randomId());
    expect(secretHashSchema.safeParse(await sha256('hemmelig')).success).toBe(true);
    expect(await sha256('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });

  it('lets only the facilitator read what a participant sealed', async () => {
    const { keys, roomId, submissionId, envelope } = await sealed();
    expect(envelopeSchema.safeParse(envelope).success).toBe(true);
    expect(envelope.ct).not.toContain('Kari');
    const opened = await openEnvelope({
      roomId,
      submissionId,
      privateKey: keys.privateKey,
      envelope,
      catalogue: CATALOGUE,
    });
    expect(opened).toEqual({ ok: true, payload: { ...payload, name: 'Kari' } });

    const other = await generateFacilitatorKeys();
    const wrongKey = await openEnvelope({
      roomId,
      submissionId,
      privateKey: other.privateKey,
      envelope,
      catalogue: CATALOGUE,
    });
    expect(wrongKey).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses a changed ciphertext, or one moved to another room or submission', async () => {
    const { keys, roomId, submissionId, envelope } = await sealed();
    const ct = base64UrlDecode(envelope.ct);
    ct[5] = ct[5]! ^ 1;
    const open = (e: unknown, room = roomId, id = submissionId) =>
      openEnvelope({
        roomId: room,
        submissionId: id,
        privateKey: keys.privateKey,
        envelope: e,
        catalogue: CATALOGUE,
      });
    expect(await open({ ...envelope, ct: base64UrlEncode(ct) })).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(await open(envelope, randomId())).toEqual({ ok: false, reason: 'unreadable' });
    expect(await open(envelope, roomId, randomId())).toEqual({ ok: false, reason: 'unreadable' });
    expect(await open({ nonsense: true })).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses a well-encrypted payload that is not a Modellkart submission', async () => {
    const keys = await generateFacilitatorKeys();
    const roomId = randomId();
    const submissionId = randomId();
    const bad = { ...payload, assessment: { ...payload.assessment, answers: { nope: 'x' } } };
    const envelope = await sealPayload({
      roomId,
      submissionId,
      facilitatorKey: keys.publicKey,
      payload: bad,
    });
    const opened = await openEnvelope({
      roomId,
      submissionId,
      privateKey: keys.privateKey,
      envelope,
      catalogue: CATALOGUE,
    });
    expect(opened).toEqual({ ok: false, reason: 'unknown-question' });
  });

  it('leaves out comments and an empty name when the participant says so', () => {
    const p = livePayloadOf({
      assessment: { answers: {}, comments: { skranke: 'hemmelig' }, context: {} },
      desired: { answers: {}, comments: { skranke: 'også' }, context: {} },
      catalogueVersion: '1.0.0',
      role: null,
      name: '   ',
      includeComments: false,
    });
    expect(p.assessment.comments).toEqual({});
    expect(p.desired?.comments).toEqual({});
    expect('name' in p).toBe(false);
  });
});
