import { useMemo } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { roleOf, type Participant } from '../../domain/workshop-schema';
import { useT } from '../../i18n/use-t';
import { useAssessmentHydrated, useAssessmentStore } from '../../store/assessment-store';
import { useWorkshopsHydrated, useWorkshopStore } from '../../store/workshop-store';
import { useTitle } from '../../ui/use-title';
import { JoinPage } from './join-page';
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
  return workshop ? <WorkshopDetail workshop={workshop} /> : <NotFound />;
}

function WorkshopPresentation({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
  if (!workshop) return <NotFound />;
  return (
    <Presentation
      name={workshop.name}
      participants={workshop.participants}
      onLeave={() => navigate(`/${workshop.id}`)}
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
  const kommune = assessment.context.kommune;
  const name = typeof kommune === 'string' && kommune !== '' ? kommune : t('workshop.own.name');
  return <Presentation name={name} participants={participants} onLeave={() => navigate('/')} />;
}
