import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { DONT_KNOW } from '../../domain/catalogue-schema';
import { livePayloadOf, MAX_LIVE_NAME } from '../../domain/live-envelope';
import { encodeShareCode, sharePayloadOf } from '../../domain/share-code';
import { formatTime } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { useAssessmentHydrated, useAssessmentStore } from '../../store/assessment-store';
import { deliverWhenOnline, useLiveStore, type SendStatus } from '../../store/live-store';
import { paths } from '../../ui/paths';
import { useTitle } from '../../ui/use-title';
import { ROLE_QUESTION_ID, useRoleLabel } from './labels';
import './live-messages';

let stopDelivery: (() => void) | null = null;
/** Queued answers go out when the browser is back online, from whichever page started it. */
export function useDelivery() {
  useEffect(() => {
    stopDelivery ??= deliverWhenOnline(window);
  }, []);
}

function useLiveHydrated(): boolean {
  return useSyncExternalStore(
    (notify) => useLiveStore.persist.onFinishHydration(notify),
    () => useLiveStore.persist.hasHydrated(),
    () => false,
  );
}

// One object, so the store selector returns the same value while nothing was sent.
const IDLE: SendStatus = { kind: 'idle' };

const hasAnswers = (a: Assessment) =>
  Object.keys(a.answers).length > 0 || Object.keys(a.context).length > 0;

/** The participant's «Send til workshopleder»: exactly what is sent, then the receipt. */
export function SendPage() {
  const t = useT();
  useTitle(`${t('live.send.title')} – ${t('app.name')}`);
  useDelivery();
  const assessmentHydrated = useAssessmentHydrated();
  const liveHydrated = useLiveHydrated();
  const hydrated = assessmentHydrated && liveHydrated;
  const assessment = useAssessmentStore((s) => s.assessment);
  const desired = useAssessmentStore((s) => s.desired);
  const active = useLiveStore((s) => (s.active ? s.joins[s.active] : undefined));
  const relay = useLiveStore((s) => s.relay);
  useEffect(() => {
    if (active) void useLiveStore.getState().checkRelay();
  }, [active]);

  if (!hydrated) {
    return (
      <p className="ds-paragraph" role="status">
        {t('workshop.loading')}
      </p>
    );
  }
  const workshopName =
    active?.workshopName ??
    (typeof assessment.context.workshop === 'string' ? assessment.context.workshop : null);
  return (
    <div className="mk-stack mk-stack--lg mk-ws">
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg" tabIndex={-1}>
          {t('live.send.title')}
        </h1>
        {workshopName && (
          <p className="ds-paragraph">{t('live.send.workshop', { name: workshopName })}</p>
        )}
      </div>
      {!hasAnswers(assessment) ? (
        <>
          <p className="ds-paragraph">{t('live.send.empty')}</p>
          <p className="ds-paragraph">
            <Link href={`~${paths.wizardStep(0)}`} className="ds-link">
              {t('live.send.toQuestions')}
            </Link>
          </p>
        </>
      ) : active && relay !== 'absent' ? (
        <LiveSend assessment={assessment} desired={desired} roomId={active.roomId} />
      ) : (
        <ServerlessSend
          assessment={assessment}
          desired={desired}
          workshopName={workshopName}
          checking={Boolean(active) && relay !== 'absent'}
        />
      )}
      <p className="ds-paragraph">
        <Link href={`~${paths.results}`} className="ds-link">
          {t('live.send.back')}
        </Link>
      </p>
    </div>
  );
}

function Preview({
  assessment,
  desired,
  includeComments,
}: {
  assessment: Assessment;
  desired: Assessment | null;
  includeComments: boolean;
}) {
  const t = useT();
  const local = useLocalized();
  const roleLabel = useRoleLabel();
  const role = assessment.context[ROLE_QUESTION_ID];
  const rows = CATALOGUE.questions.flatMap((q) => {
    if (q.id === ROLE_QUESTION_ID) return [];
    const value = q.kind === 'scored' ? assessment.answers[q.id] : assessment.context[q.id];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      return [];
    }
    const label = (id: string) =>
      id === DONT_KNOW
        ? t('live.send.dontKnow')
        : (() => {
            const option = q.options.find((o) => o.id === id);
            return option ? local(option.label) : id;
          })();
    const shown =
      q.kind === 'context' && q.input === 'text'
        ? String(value)
        : (Array.isArray(value) ? value : [value]).map(label).join(', ');
    const comment = includeComments ? assessment.comments[q.id] : undefined;
    return [{ id: q.id, question: local(q.text), answer: shown, comment }];
  });
  const desiredCount = desired ? Object.keys(desired.answers).length : 0;
  return (
    <section className="mk-stack" aria-labelledby="mk-send-preview">
      <h2 id="mk-send-preview" className="ds-heading" data-size="sm">
        {t('live.send.answers')}
      </h2>
      <p className="ds-paragraph">
        {t('live.send.role', { role: roleLabel(typeof role === 'string' ? role : null) })}
      </p>
      <dl className="mk-send__list">
        {rows.map((r) => (
          <div key={r.id} className="mk-send__row">
            <dt>{r.question}</dt>
            <dd>
              {r.answer}
              {r.comment && (
                <span className="mk-send__comment">
                  {t('live.send.comment', { text: r.comment })}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {desired && desiredCount > 0 && (
        <p className="ds-paragraph">{t('live.send.desired', { count: desiredCount })}</p>
      )}
    </section>
  );
}

function LiveSend({
  assessment,
  desired,
  roomId,
}: {
  assessment: Assessment;
  desired: Assessment | null;
  roomId: string;
}) {
  const t = useT();
  const locale = useLocale();
  const nameId = useId();
  const join = useLiveStore((s) => s.joins[roomId]!);
  const status = useLiveStore((s): SendStatus => s.sendStatus[roomId] ?? IDLE);
  const [name, setName] = useState('');
  const commentCount =
    Object.keys(assessment.comments).length + Object.keys(desired?.comments ?? {}).length;
  const [includeComments, setIncludeComments] = useState(true);
  const role = assessment.context[ROLE_QUESTION_ID];

  const send = () => {
    if (status.kind === 'sending') return;
    void useLiveStore.getState().send(
      livePayloadOf({
        assessment,
        desired,
        catalogueVersion: CATALOGUE.version,
        role: typeof role === 'string' && role !== '' ? role : null,
        name,
        includeComments,
      }),
    );
  };
  const receipt = join.receipt;
  const message =
    status.kind === 'sending'
      ? t('live.send.sending')
      : status.kind === 'queued' || (status.kind === 'idle' && join.pending)
        ? t('live.send.queued')
        : receipt && (status.kind === 'sent' || status.kind === 'idle')
          ? t(receipt.replaced ? 'live.send.replaced' : 'live.send.sent', {
              time: formatTime(locale, receipt.receivedAt),
              seq: receipt.seq,
            })
          : '';

  return (
    <>
      <p className="ds-paragraph">{t('live.send.lead')}</p>
      <Preview assessment={assessment} desired={desired} includeComments={includeComments} />
      <form
        className="mk-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <div className="ds-field">
          <label className="ds-label" htmlFor={nameId}>
            {t('live.send.name')}
          </label>
          <p className="ds-paragraph" data-size="sm" id={`${nameId}-hint`}>
            {t('live.send.nameHint')}
          </p>
          <input
            id={nameId}
            className="ds-input"
            autoComplete="name"
            maxLength={MAX_LIVE_NAME}
            aria-describedby={`${nameId}-hint`}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        {commentCount > 0 ? (
          <div className="ds-field mk-ws-check">
            <input
              id={`${nameId}-comments`}
              type="checkbox"
              className="ds-input"
              checked={includeComments}
              onChange={(e) => setIncludeComments(e.target.checked)}
            />
            <label className="ds-label" htmlFor={`${nameId}-comments`}>
              {t('live.send.comments')}
            </label>
          </div>
        ) : (
          <p className="ds-paragraph" data-size="sm">
            {t('live.send.noComments')}
          </p>
        )}
        <div>
          <button
            type="submit"
            className="ds-button"
            data-variant="primary"
            aria-disabled={status.kind === 'sending' || undefined}
          >
            {receipt ? t('live.send.resend') : t('live.send.submit')}
          </button>
        </div>
      </form>
      <p className="ds-paragraph mk-send__status" role="status">
        {message}
      </p>
      {status.kind === 'failed' && (
        <p className="ds-alert" data-color="danger" role="alert">
          {status.reason === 'room-closed' ||
          status.reason === 'room-full' ||
          status.reason === 'not-found'
            ? t(`live.send.failed.${status.reason}`)
            : t('live.send.failed.other')}
        </p>
      )}
    </>
  );
}

function ServerlessSend({
  assessment,
  desired,
  workshopName,
  checking,
}: {
  assessment: Assessment;
  desired: Assessment | null;
  workshopName: string | null;
  checking: boolean;
}) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let current = true;
    void encodeShareCode(sharePayloadOf(assessment, CATALOGUE, desired)).then((code) => {
      const { origin, pathname, search } = window.location;
      if (current) setUrl(`${origin}${pathname}${search}#${paths.sharedCode(code)}`);
    });
    return () => {
      current = false;
    };
  }, [assessment, desired]);
  if (checking) {
    return (
      <p className="ds-paragraph" role="status">
        {t('live.panel.checking')}
      </p>
    );
  }
  const subject = t('live.send.mailSubject', { name: workshopName ?? t('workshop.title') });
  const mailto = url
    ? `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`${t('live.send.mailBody')}\n\n${url}`)}`
    : undefined;
  return (
    <>
      <p className="ds-paragraph">{t('live.send.serverless')}</p>
      <Preview assessment={assessment} desired={desired} includeComments />
      <div className="mk-row">
        <a className="ds-button" data-variant="primary" href={mailto}>
          {t('live.send.mail')}
        </a>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => {
            if (url) void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {t('live.send.copy')}
        </button>
      </div>
      <p className="ds-paragraph" data-size="sm" role="status">
        {copied ? t('live.send.copied') : ''}
      </p>
    </>
  );
}
