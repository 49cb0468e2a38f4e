import { useState } from 'react';
import { Link } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { groupMapSvg } from '../../render/group-svg';
import { REFERENCE_IDS, referenceById, type ReferenceId } from '../../domain/references';
import { slug as toSlug } from '../../domain/slug';
import { toWorkshopFile, type Workshop } from '../../domain/workshop-schema';
import { formatDate } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { resultsCsvLabels } from '../../ui/csv-labels';
import { DownloadStatus, useDownloadAs } from '../../ui/download-as';
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
import { LivePanel } from './live-panel';
import { RoleViewControls } from './role-view';
import { useParticipantName, usePluralT, useRoleLabel } from './labels';
import { svgToPng } from '../../ui/raster';
import { ParticipantTable, UndoNotice, useShownRole } from './participant-table';
import { startPresentation } from './presentation';
import { useGroup } from './use-group';
import { focusOn, type NavigationState } from '../../ui/focus-target';

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
  const [showNames, setShowNames] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const locale = useLocale();
  const local = useLocalized();
  const { state, busy, downloadAs } = useDownloadAs();
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

  const pdf = () =>
    downloadAs('report', async () => {
      // Loaded on click: jsPDF and svg2pdf stay out of the workshop page's first download.
      const { buildGroupPdf } = await import('./group-pdf');
      const content = await buildGroupPdf({
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
      return { name: `${slug}-${t('office.files.group')}.pdf`, content };
    });
  const pptx = () =>
    downloadAs('pptx', async () => {
      const { buildGroupPptx } = await import('./group-pptx');
      const content = await buildGroupPptx({
        t,
        tn,
        locale,
        catalogue: CATALOGUE,
        workshopName: workshop.name,
        date,
        group,
        mapSvg: mapSvg(),
        names,
        local,
      });
      return { name: `${slug}-${t('office.files.presentation')}.pptx`, content };
    });
  const csv = () =>
    downloadAs('csv', () => ({
      name: `${slug}-${t('office.files.participants')}.csv`,
      content: groupCsv(
        CATALOGUE,
        workshop.participants,
        {
          ...resultsCsvLabels(t, names),
          leadingHeaders: [t('office.csv.participant'), t('office.csv.hidden')],
          name: nameOf,
          roleName: (p) => shownRole(p) ?? t('live.roles.hidden'),
          yes: t('app.confirm.yes'),
          no: '',
        },
        locale,
      ),
      type: 'text/csv;charset=utf-8',
    }));
  const json = () =>
    downloadAs('json', () => ({
      name: `${slug}.workshop.json`,
      content: `${JSON.stringify(toWorkshopFile(workshop, CATALOGUE.version), null, 2)}\n`,
      type: 'application/json',
    }));
  const svg = () =>
    downloadAs('svg', () => ({
      name: `${slug}-${t('office.files.map')}.svg`,
      content: mapSvg(),
      type: 'image/svg+xml',
    }));
  const png = () =>
    downloadAs('png', async () => ({
      name: `${slug}-${t('office.files.map')}.png`,
      content: await svgToPng(mapSvg()),
    }));

  // Not `disabled` while busy: that would drop keyboard focus while a file is made.
  const button = (label: string, run: () => unknown, disabled = false) => (
    <button
      type="button"
      className="ds-button"
      data-variant="secondary"
      disabled={disabled}
      aria-disabled={busy || undefined}
      onClick={() => void run()}
    >
      {label}
    </button>
  );

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
            state={{ back: focusOn('mk-ws-present') } satisfies NavigationState}
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
          {button(t('workshop.exports.csv'), csv, workshop.participants.length === 0)}
          {button(t('workshop.exports.json'), json)}
          {group.counted.length > 0 && (
            <>
              {button(t('workshop.exports.svg'), svg)}
              {button(t('workshop.exports.png'), png)}
              {button(t('workshop.exports.pdf'), pdf)}
              {button(t('office.buttons.groupPptx'), pptx)}
            </>
          )}
        </div>
        <DownloadStatus state={state} />
      </section>
    </div>
  );
}
