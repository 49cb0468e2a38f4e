import { useState } from 'react';
import { Link } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { groupMapSvg } from '../../domain/group-svg';
import { REFERENCE_IDS, referenceById, type ReferenceId } from '../../domain/references';
import { slug as toSlug } from '../../domain/slug';
import { toWorkshopFile, type Workshop } from '../../domain/workshop-schema';
import { formatDate } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { downloadFile } from '../../ui/download';
import { AddPanel } from './add-panel';
import { groupCsv } from './group-csv';
import {
  DisagreementItem,
  disputed,
  GroupMap,
  GroupMix,
  RoleNote,
  TodayDesiredText,
} from './group-views';
import { JoinPanel } from './join-panel';
import { LivePanel } from './live-panel';
import { RoleViewControls } from './role-view';
import { useParticipantName, usePluralT, useRoleLabel } from './labels';
import { svgToPng } from '../../ui/raster';
import { ParticipantTable, UndoNotice, useShownRole } from './participant-table';
import { startPresentation, useReturnFromPresentation } from './presentation';
import { useGroup } from './use-group';

const SHOWN_AT_FIRST = 8;

function fileSlug(name: string): string {
  return toSlug(name) || 'workshop';
}

export function WorkshopDetail({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const tn = usePluralT();
  const nameOf = useParticipantName();
  const roleLabel = useRoleLabel();
  const shownRole = useShownRole(workshop);
  const group = useGroup(workshop.participants, workshop.roleView);
  useReturnFromPresentation();
  const [showNames, setShowNames] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const locale = useLocale();
  const local = useLocalized();
  const [pdfStatus, setPdfStatus] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const hidden = workshop.participants.filter((p) => p.hidden).length;
  const disagreements = disputed(group);
  const shown = showAll ? disagreements : disagreements.slice(0, SHOWN_AT_FIRST);
  const slug = fileSlug(workshop.name);

  const names = Object.fromEntries(
    REFERENCE_IDS.map((id) => [id, local(referenceById(id).name)]),
  ) as Record<ReferenceId, string>;
  const date = formatDate(locale, new Date());

  /** The group map as a self-contained SVG string: the same drawing for SVG, PNG and PDF. */
  const mapSvg = () =>
    groupMapSvg({
      group,
      showNames,
      names,
      labels: {
        participant: (r) => nameOf(workshop.participants.find((p) => p.id === r.id)!),
        anonymous: t('workshop.room.anonymous'),
        centre: t('workshop.room.centre'),
        spread: t('workshop.room.spread'),
        roleCentre: (role, count) =>
          t('workshop.room.roleCentre', { role: roleLabel(role), count }),
      },
      axes: {
        x: t('results.charts.xAxis'),
        y: t('results.charts.yAxis'),
        xHint: t('results.charts.xAxisHint'),
        yHint: t('results.charts.yAxisHint'),
      },
      legendTitle: t('workshop.mix.model'),
      warnedLabel: t('results.charts.warned'),
      // Each role's centre is labelled with its role; the legend names the kind for them all.
      kindLabels: { role: t('results.charts.kinds.role') },
      meta: {
        title: t('workshop.room.mapTitle'),
        subtitle: t('workshop.exports.fileSubtitle', {
          name: workshop.name,
          date,
          participants: tn('workshop.counts.participants', group.counted.length),
        }),
        versions: t('workshop.exports.fileVersions', { catalogue: CATALOGUE.version }),
        method: t('workshop.exports.fileMethod', { min: group.minRoleSize }),
        description: group.centre
          ? tn('workshop.room.mapSummary', group.counted.length, {
              x: group.centre.x.toFixed(0),
              y: group.centre.y.toFixed(0),
            })
          : t('workshop.room.tooFew'),
      },
    });

  const downloadPdf = async () => {
    // The button stays focusable while busy (aria-disabled), so a second press is ignored here.
    if (pdfStatus === 'busy') return;
    setPdfStatus('busy');
    try {
      // Loaded on click: jsPDF and svg2pdf stay out of the workshop page's first download.
      const { buildGroupPdf } = await import('./group-pdf');
      const blob = await buildGroupPdf({
        t,
        locale,
        catalogue: CATALOGUE,
        workshopName: workshop.name,
        date,
        group,
        hiddenCount: hidden,
        mapSvg: mapSvg(),
        names,
        roleLabel,
        local,
      });
      downloadFile(`${slug}-gruppesammendrag.pdf`, blob);
      setPdfStatus('done');
    } catch {
      setPdfStatus('failed');
    }
  };

  return (
    <div className="mk-stack mk-stack--lg mk-ws">
      <div className="mk-stack">
        <p className="ds-paragraph" data-size="sm">
          <Link href="/" className="ds-link">
            {t('workshop.back')}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="lg">
          {workshop.name}
        </h1>
        <p className="ds-paragraph">
          {t('workshop.summary', {
            participants: tn('workshop.counts.participants', workshop.participants.length),
            hidden: tn('workshop.counts.hidden', hidden),
          })}
        </p>
        <div className="mk-row">
          <Link
            id="mk-ws-present"
            href={`/${workshop.id}/presentasjon`}
            className="ds-button"
            data-variant="primary"
            onClick={startPresentation}
          >
            {t('workshop.present.start')}
          </Link>
        </div>
      </div>

      <LivePanel workshop={workshop} />
      {!workshop.live && <JoinPanel workshop={workshop} />}
      <AddPanel workshop={workshop} />

      <section className="mk-stack" aria-labelledby="mk-ws-participants">
        <h2 id="mk-ws-participants" className="ds-heading" data-size="sm" tabIndex={-1}>
          {t('workshop.participants.heading')}
        </h2>
        <UndoNotice focusOnShow afterDismiss="mk-ws-participants" />
        <ParticipantTable workshop={workshop} group={group} />
      </section>

      <section className="mk-stack" aria-labelledby="mk-ws-room">
        <h2 id="mk-ws-room" className="ds-heading" data-size="sm">
          {t('workshop.room.heading')}
        </h2>
        {group.counted.length === 0 ? (
          <p className="ds-paragraph">{t('workshop.room.tooFew')}</p>
        ) : (
          <>
            <div className="ds-field mk-ws-check">
              <input
                id="mk-ws-names"
                type="checkbox"
                className="ds-input"
                checked={showNames}
                onChange={(e) => setShowNames(e.target.checked)}
              />
              <label className="ds-label" htmlFor="mk-ws-names">
                {t('workshop.room.showNames')}
              </label>
            </div>
            <div className="mk-ws-map">
              <GroupMap group={group} participants={workshop.participants} showNames={showNames} />
            </div>
            <RoleViewControls workshop={workshop} />
            <RoleNote group={group} />
            <GroupMix group={group} />
            <section className="mk-stack" aria-labelledby="mk-ws-disagree">
              <h3 id="mk-ws-disagree" className="ds-heading" data-size="xs">
                {t('workshop.disagree.heading')}
              </h3>
              <p className="ds-paragraph" data-size="sm">
                {t('workshop.disagree.lead')}
              </p>
              {disagreements.length === 0 ? (
                <p className="ds-paragraph">{t('workshop.disagree.none')}</p>
              ) : (
                <ol className="mk-ws-disagree">
                  {shown.map((d) => (
                    <DisagreementItem key={d.questionId} item={d} />
                  ))}
                </ol>
              )}
              {disagreements.length > SHOWN_AT_FIRST && (
                <div>
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="secondary"
                    aria-expanded={showAll}
                    onClick={() => setShowAll((v) => !v)}
                  >
                    {showAll
                      ? t('workshop.disagree.showFewer', { count: SHOWN_AT_FIRST })
                      : t('workshop.disagree.showAll', { count: disagreements.length })}
                  </button>
                </div>
              )}
            </section>
            <section className="mk-stack" aria-labelledby="mk-ws-today">
              <h3 id="mk-ws-today" className="ds-heading" data-size="xs">
                {t('workshop.todayDesired.heading')}
              </h3>
              <TodayDesiredText group={group} />
            </section>
          </>
        )}
      </section>

      <section className="mk-stack mk-no-print" aria-labelledby="mk-ws-export">
        <h2 id="mk-ws-export" className="ds-heading" data-size="sm">
          {t('workshop.exports.heading')}
        </h2>
        <div className="mk-row">
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            disabled={workshop.participants.length === 0}
            onClick={() =>
              downloadFile(
                `${slug}-deltakere.csv`,
                groupCsv(
                  CATALOGUE,
                  workshop.participants,
                  {
                    participant: t('workshop.exports.csvParticipant'),
                    role: t('workshop.exports.csvRole'),
                    hidden: t('workshop.exports.csvHidden'),
                    x: t('workshop.exports.csvX'),
                    y: t('workshop.exports.csvY'),
                    name: nameOf,
                    roleName: (p) => shownRole(p) ?? t('live.roles.hidden'),
                    yes: t('app.confirm.yes'),
                    no: '',
                  },
                  locale,
                ),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('workshop.exports.csv')}
          </button>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={() =>
              downloadFile(
                `${slug}.workshop.json`,
                `${JSON.stringify(toWorkshopFile(workshop, CATALOGUE.version), null, 2)}\n`,
              )
            }
          >
            {t('workshop.exports.json')}
          </button>
          {group.counted.length > 0 && (
            <>
              <button
                type="button"
                className="ds-button"
                data-variant="secondary"
                onClick={() => downloadFile(`${slug}-kart.svg`, mapSvg(), 'image/svg+xml')}
              >
                {t('workshop.exports.svg')}
              </button>
              <button
                type="button"
                className="ds-button"
                data-variant="secondary"
                onClick={() =>
                  void svgToPng(mapSvg()).then((png) => downloadFile(`${slug}-kart.png`, png))
                }
              >
                {t('workshop.exports.png')}
              </button>
              <button
                type="button"
                className="ds-button"
                data-variant="secondary"
                aria-disabled={pdfStatus === 'busy' || undefined}
                onClick={() => void downloadPdf()}
              >
                {t('workshop.exports.pdf')}
              </button>
            </>
          )}
        </div>
        <p className="ds-paragraph" data-size="sm" role="status">
          {pdfStatus === 'busy'
            ? t('workshop.exports.pdfBusy')
            : pdfStatus === 'done'
              ? t('workshop.exports.pdfDone')
              : ''}
        </p>
        {pdfStatus === 'failed' && (
          <p className="ds-paragraph" data-size="sm" role="alert">
            {t('workshop.exports.pdfFailed')}
          </p>
        )}
      </section>
    </div>
  );
}
