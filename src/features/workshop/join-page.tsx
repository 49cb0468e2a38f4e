import { useState } from 'react';
import { useLocation } from 'wouter';
import { publicKeySchema, roomIdSchema } from '../../domain/live-protocol';
import { decodeJoinPayload } from '../../domain/workshop-schema';
import { useT } from '../../i18n/use-t';
import { useAssessmentHydrated, useAssessmentStore } from '../../store/assessment-store';
import { useLiveStore } from '../../store/live-store';
import { paths } from '../../ui/paths';
import { ROLE_QUESTION_ID, ROLES, useRoleLabel } from './labels';
import './live-messages';

/** A participant's landing page: choose a role, then the wizard opens with the workshop preset. */
export function JoinPage({ payload }: { payload: string }) {
  const t = useT();
  const joined = decodeJoinPayload(payload);
  if (!joined) return <InvalidLink message={t('workshop.joinPage.invalid')} />;
  // A workshop without live: the participant's answers go back by link or file.
  return <JoinForm name={joined.name} onJoin={() => useLiveStore.getState().leave()} />;
}

/** The live join link: the room and the facilitator's public key come from the fragment. */
export function LiveJoinPage({
  roomId,
  publicKey,
  payload,
}: {
  roomId: string;
  publicKey: string;
  payload?: string;
}) {
  const t = useT();
  const joined = payload ? decodeJoinPayload(payload) : null;
  const valid =
    roomIdSchema.safeParse(roomId).success && publicKeySchema.safeParse(publicKey).success;
  if (!valid || (payload && !joined)) return <InvalidLink message={t('live.join.invalid')} />;
  const name = joined?.name ?? t('workshop.title');
  return (
    <JoinForm
      name={name}
      onJoin={() => useLiveStore.getState().join(roomId, publicKey, joined?.name ?? null)}
    />
  );
}

function InvalidLink({ message }: { message: string }) {
  const t = useT();
  return (
    <div className="mk-stack">
      <h1 className="ds-heading" data-size="lg">
        {t('workshop.title')}
      </h1>
      <p className="ds-alert" data-color="danger">
        {message}
      </p>
    </div>
  );
}

function JoinForm({ name, onJoin }: { name: string; onJoin: () => void }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const [, navigate] = useLocation();
  const hydrated = useAssessmentHydrated();
  const assessment = useAssessmentStore((s) => s.assessment);
  const joined = { name };
  const existingRole = assessment.context[ROLE_QUESTION_ID];
  const [role, setRole] = useState<string | null>(null);
  const [fresh, setFresh] = useState(true);
  const [error, setError] = useState(false);

  if (!hydrated) {
    return (
      <p className="ds-paragraph" role="status">
        {t('workshop.loading')}
      </p>
    );
  }
  const hasAnswers =
    Object.keys(assessment.answers).length > 0 || Object.keys(assessment.context).length > 0;
  const chosen = role ?? (typeof existingRole === 'string' ? existingRole : null);

  const start = () => {
    if (!chosen) {
      setError(true);
      document.getElementById(`mk-ws-role-${ROLES[0]}`)?.focus();
      return;
    }
    const store = useAssessmentStore.getState();
    if (hasAnswers && fresh) store.reset();
    store.setContext('workshop', joined.name);
    store.setContext(ROLE_QUESTION_ID, chosen);
    onJoin();
    navigate(`~${paths.wizardStep(0)}`);
  };

  return (
    <div className="mk-stack mk-stack--lg mk-ws">
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg">
          {t('workshop.joinPage.title', { name: joined.name })}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t('workshop.joinPage.lead')}
        </p>
      </div>
      <form
        className="mk-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <fieldset
          className="ds-fieldset"
          aria-describedby={error && !chosen ? 'mk-ws-role-error' : undefined}
        >
          <legend className="ds-label">{t('workshop.joinPage.roleLegend')}</legend>
          {ROLES.map((id) => (
            <div className="ds-field mk-ws-check" key={id}>
              <input
                id={`mk-ws-role-${id}`}
                type="radio"
                name="rolle"
                className="ds-input"
                checked={chosen === id}
                onChange={() => setRole(id)}
              />
              <label className="ds-label" htmlFor={`mk-ws-role-${id}`}>
                {roleLabel(id)}
              </label>
            </div>
          ))}
          {error && !chosen && (
            <p id="mk-ws-role-error" className="ds-validation-message" data-color="danger">
              {t('workshop.joinPage.roleRequired')}
            </p>
          )}
        </fieldset>
        {hasAnswers && (
          <fieldset className="ds-fieldset">
            <legend className="ds-label">{t('workshop.joinPage.existing')}</legend>
            <div className="ds-field mk-ws-check">
              <input
                id="mk-ws-fresh"
                type="radio"
                name="fresh"
                className="ds-input"
                checked={fresh}
                onChange={() => setFresh(true)}
              />
              <label className="ds-label" htmlFor="mk-ws-fresh">
                {t('workshop.joinPage.fresh')}
              </label>
            </div>
            <div className="ds-field mk-ws-check">
              <input
                id="mk-ws-keep"
                type="radio"
                name="fresh"
                className="ds-input"
                checked={!fresh}
                onChange={() => setFresh(false)}
              />
              <label className="ds-label" htmlFor="mk-ws-keep">
                {t('workshop.joinPage.keep')}
              </label>
            </div>
          </fieldset>
        )}
        <div>
          <button type="submit" className="ds-button" data-variant="primary">
            {t('workshop.joinPage.start')}
          </button>
        </div>
      </form>
    </div>
  );
}
