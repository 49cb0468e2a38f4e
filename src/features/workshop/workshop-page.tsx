import { useMemo } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { roleOf, type Participant } from '../../domain/workshop-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { contextAnswerFor } from '../../domain/catalogue-schema';
import { useT } from '../../i18n/use-t';
import { useAssessmentHydrated, useAssessmentStore } from '../../store/assessment-store';
import { useWorkshopsHydrated, useWorkshopStore } from '../../store/workshop-store';
import { useTitle } from '../../ui/use-title';
import { JoinPage, LiveJoinPage } from './join-page';
import { useLiveCounter, useLiveFollow } from './live-panel';
import { SendPage } from './send-page';
import { Presentation } from './presentation';
import { WorkshopDetail } from './workshop-detail';
import { WorkshopList } from './workshop-list';
import './workshop-messages';
import './workshop.css';

/** Mounted at /workshop with `nest`: every path here is relative to it. */
export default function WorkshopPage() {
  return (
    <Switch>
      <Route path="/">
        <Hydrated>
          <WorkshopList />
        </Hydrated>
      </Route>
      <Route path="/bli-med/:payload">{(params) => <JoinPage payload={params.payload} />}</Route>
      <Route path="/delta/:roomId/:key/:payload?">
        {(params) => (
          <LiveJoinPage roomId={params.roomId} publicKey={params.key} payload={params.payload} />
        )}
      </Route>
      <Route path="/send" component={SendPage} />
      <Route path="/presentasjon" component={OwnPresentation} />
      <Route path="/:id/presentasjon">
        {(params) => (
          <Hydrated>
            <WorkshopPresentation id={params.id} />
          </Hydrated>
        )}
      </Route>
      <Route path="/:id">
        {(params) => (
          <Hydrated>
            <WorkshopById id={params.id} />
          </Hydrated>
        )}
      </Route>
      <Route component={NotFound} />
    </Switch>
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="ds-paragraph" role="status">
      {t('workshop.loading')}
    </p>
  );
}

/** Saved workshops load asynchronously; nothing is shown (or saved over) before they are in. */
function Hydrated({ children }: { children: React.ReactNode }) {
  return useWorkshopsHydrated() ? <>{children}</> : <Loading />;
}

function NotFound() {
  const t = useT();
  useTitle(`${t('workshop.notFound.title')} – ${t('app.name')}`);
  return (
    <div className="mk-stack">
      <h1 className="ds-heading" data-size="lg">
        {t('workshop.notFound.title')}
      </h1>
      <p className="ds-paragraph">{t('workshop.notFound.body')}</p>
      <p className="ds-paragraph">
        <Link href="/" className="ds-link">
          {t('workshop.notFound.back')}
        </Link>
      </p>
    </div>
  );
}

function WorkshopById({ id }: { id: string }) {
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
  useLiveFollow(workshop);
  return workshop ? <WorkshopDetail workshop={workshop} /> : <NotFound />;
}

function WorkshopPresentation({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
  const counter = useLiveCounter();
  useLiveFollow(workshop);
  if (!workshop) return <NotFound />;
  return (
    <Presentation
      name={workshop.name}
      participants={workshop.participants}
      roleView={workshop.roleView}
      liveCounter={workshop.live ? counter(workshop) : undefined}
      onLeave={(state) => navigate(`/${workshop.id}`, { state })}
    />
  );
}

/** A leader presenting their own result: the saved assessment as a group of one. */
function OwnPresentation() {
  const t = useT();
  const [, navigate] = useLocation();
  const hydrated = useAssessmentHydrated();
  const assessment = useAssessmentStore((s) => s.assessment);
  const participants = useMemo<Participant[]>(
    () => [
      {
        id: 'own',
        number: 1,
        name: null,
        role: roleOf(assessment),
        assessment,
        hidden: false,
        addedAt: '',
        source: 'manual',
        catalogueVersion: CATALOGUE.version,
      },
    ],
    [assessment],
  );
  if (!hydrated) return <Loading />;
  const kommune = contextAnswerFor(assessment.context, CATALOGUE, 'municipality');
  const name = typeof kommune === 'string' && kommune !== '' ? kommune : t('workshop.own.name');
  return (
    <Presentation
      name={name}
      participants={participants}
      onLeave={(state) => navigate('/', { state })}
    />
  );
}
