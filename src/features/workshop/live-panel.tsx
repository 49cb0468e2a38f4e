import { useEffect, useState } from 'react';
import { JoinLink } from './join-link';
import { joinBase } from './join-origin';
import { JoinPanel } from './join-panel';
import { CATALOGUE } from '../../domain/catalogue';
import { encodeJoinPayload, type Workshop } from '../../domain/workshop-schema';
import { formatTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/use-t';
import { useLiveStore } from '../../store/live-store';
import { paths } from '../../ui/paths';
import { useParticipantName } from './labels';
import './live-messages';

/** The address a participant opens: room id and public key ride in the fragment, never sent. */
export function liveJoinUrl(
  workshop: Pick<Workshop, 'name' | 'live'>,
  location: Location = window.location,
): string | null {
  if (!workshop.live) return null;
  const { roomId, publicKey } = workshop.live;
  return `${joinBase(location)}#${paths.workshop}/delta/${roomId}/${publicKey}/${encodeJoinPayload({ name: workshop.name })}`;
}

/** Follows the workshop's live room while the calling page is open. */
export function useLiveFollow(workshop: Workshop | undefined) {
  const id = workshop?.id;
  const roomId = workshop?.live?.roomId;
  useEffect(() => {
    if (!id || !roomId) return;
    return useLiveStore.getState().follow(id, CATALOGUE);
  }, [id, roomId]);
}

/** Participants who arrived through the live room. */
export function liveCount(workshop: Workshop): number {
  return workshop.participants.filter((p) => p.liveId).length;
}

/** «12 av 20 har sendt», or «12 har sendt» when the facilitator set no number. */
export function useLiveCounter() {
  const t = useT();
  return (workshop: Workshop) => {
    const sent = liveCount(workshop);
    const expected = workshop.live?.expected;
    return expected
      ? t('live.panel.counter', { sent, expected })
      : t('live.panel.counterOpen', { sent });
  };
}

/** Live when a relay answers, with the invitation: the live link, or the serverless one. */
export function LivePanel({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const relay = useLiveStore((s) => s.relay);
  useEffect(() => {
    void useLiveStore.getState().checkRelay();
  }, []);
  const [starting, setStarting] = useState<'idle' | 'busy' | 'failed'>('idle');

  if (workshop.live) return <LiveRoomView workshop={workshop} />;
  const preparing = relay === 'unknown' || relay === 'checking' || starting === 'busy';
  return (
    <>
      <section className="mk-stack" aria-labelledby="mk-live">
        <h2 id="mk-live" className="ds-heading" data-size="sm">
          {t('live.panel.heading')}
        </h2>
        {relay === 'absent' ? (
          <p className="ds-paragraph">{t('live.panel.absent')}</p>
        ) : relay === 'available' ? (
          <>
            <p className="ds-paragraph">{t('live.panel.lead')}</p>
            <div>
              <button
                type="button"
                className="ds-button"
                data-variant="primary"
                aria-disabled={starting === 'busy' || undefined}
                onClick={() => {
                  if (starting === 'busy') return;
                  setStarting('busy');
                  void useLiveStore
                    .getState()
                    .startRoom(workshop.id)
                    .then((r) => setStarting(r.ok ? 'idle' : 'failed'));
                }}
              >
                {t('live.panel.start')}
              </button>
            </div>
          </>
        ) : null}
        <p className="ds-paragraph" data-size="sm" role="status">
          {relay === 'checking' || relay === 'unknown'
            ? t('live.panel.checking')
            : starting === 'busy'
              ? t('live.panel.starting')
              : ''}
        </p>
        {starting === 'failed' && (
          <p className="ds-alert" data-color="danger" role="alert">
            {t('live.panel.startFailed')}
          </p>
        )}
      </section>
      <JoinPanel workshop={workshop} preparing={preparing} />
    </>
  );
}

function LiveRoomView({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const locale = useLocale();
  const nameOf = useParticipantName();
  const counter = useLiveCounter();
  const live = workshop.live!;
  const status = useLiveStore((s) => s.rooms[workshop.id]);
  const [action, setAction] = useState<'idle' | 'failed'>('idle');
  const url = liveJoinUrl(workshop)!;
  const sent = workshop.participants.filter((p) => p.liveId);
  const unreadable = status?.unreadable ?? 0;

  return (
    <section className="mk-stack" aria-labelledby="mk-live">
      <h2 id="mk-live" className="ds-heading" data-size="sm">
        {t('live.panel.heading')}
      </h2>
      <p className="ds-paragraph">{t('live.panel.lead')}</p>
      <p className="ds-heading mk-live__counter" data-size="md" aria-live="polite">
        {counter(workshop)}
      </p>
      <p className="ds-paragraph" data-size="sm" role="status">
        {live.closed
          ? t('live.panel.closed')
          : status
            ? t(`live.panel.stream.${status.stream}`)
            : t('live.panel.stream.connecting')}
      </p>
      {unreadable > 0 && (
        <p className="ds-alert" data-color="warning" role="alert">
          {unreadable === 1
            ? t('live.panel.unreadableOne')
            : t('live.panel.unreadableMany', { count: unreadable })}
        </p>
      )}
      {!live.closed && (
        <JoinLink
          url={url}
          id="mk-live-url"
          qrAlt={t('live.panel.qrAlt', { name: workshop.name })}
          label={t('live.panel.link')}
          copy={t('live.panel.copy')}
          copied={t('live.panel.copied')}
        >
          <ExpectedField workshop={workshop} />
        </JoinLink>
      )}
      <h3 className="ds-heading" data-size="xs">
        {t('live.panel.sentHeading')}
      </h3>
      {sent.length === 0 ? (
        <p className="ds-paragraph">{t('live.panel.sentNone')}</p>
      ) : (
        <ul className="mk-live__sent" aria-label={t('live.panel.sentHeading')}>
          {sent.map((p) => (
            <li key={p.id}>
              {t('live.panel.sentItem', {
                name: nameOf(p),
                time: formatTime(locale, p.addedAt),
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="ds-paragraph" data-size="sm">
        {t('live.panel.keysNote')}
      </p>
      <div className="mk-row">
        {!live.closed && (
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={() =>
              void useLiveStore
                .getState()
                .closeRoom(workshop.id)
                .then((ok) => setAction(ok ? 'idle' : 'failed'))
            }
          >
            {t('live.panel.close')}
          </button>
        )}
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          onClick={() =>
            void useLiveStore
              .getState()
              .deleteRoom(workshop.id)
              .then((ok) => setAction(ok ? 'idle' : 'failed'))
          }
        >
          {t('live.panel.remove')}
        </button>
      </div>
      {action === 'failed' && (
        <p className="ds-alert" data-color="danger" role="alert">
          {t('live.panel.failed')}
        </p>
      )}
    </section>
  );
}

function ExpectedField({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const [draft, setDraft] = useState(workshop.live?.expected?.toString() ?? '');
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor="mk-live-expected">
        {t('live.panel.expected')}
      </label>
      <p className="ds-paragraph" data-size="sm" id="mk-live-expected-hint">
        {t('live.panel.expectedHint')}
      </p>
      <input
        id="mk-live-expected"
        className="ds-input mk-live__expected"
        type="number"
        inputMode="numeric"
        min={1}
        max={2000}
        aria-describedby="mk-live-expected-hint"
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Math.round(Number(e.target.value));
          useLiveStore
            .getState()
            .setExpected(workshop.id, e.target.value !== '' && n >= 1 && n <= 2000 ? n : null);
        }}
      />
    </div>
  );
}
