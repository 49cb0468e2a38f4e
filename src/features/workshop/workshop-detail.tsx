import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { toWorkshopFile, type Workshop } from '../../domain/workshop-schema';
import { useT } from '../../i18n/use-t';
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
import { useParticipantName, useRoleLabel } from './labels';
import { standaloneSvg, svgToPng } from './map-image';
import { ParticipantTable, UndoNotice } from './participant-table';
import { enterFullscreen } from './presentation';
import { useGroup } from './use-group';

const SHOWN_AT_FIRST = 8;

function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9æøå]+/g, '-')
      .replace(/^-|-$/g, '') || 'workshop'
  );
}

export function WorkshopDetail({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const nameOf = useParticipantName();
  const roleLabel = useRoleLabel();
  const group = useGroup(workshop.participants);
  const [showNames, setShowNames] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const mapRef = useRef<HTMLDivElement>(null);
  const hidden = workshop.participants.filter((p) => p.hidden).length;
  const disagreements = disputed(group);
  const shown = showAll ? disagreements : disagreements.slice(0, SHOWN_AT_FIRST);
  const slug = fileSlug(workshop.name);

  const mapSvg = () => {
    const svg = mapRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    return svg ? standaloneSvg(svg, `${t('workshop.room.mapTitle')} – ${workshop.name}`) : null;
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
          {t('workshop.summary', { count: workshop.participants.length, hidden })}
        </p>
        <div className="mk-row">
          <Link
            href={`/${workshop.id}/presentasjon`}
            className="ds-button"
            data-variant="primary"
            onClick={enterFullscreen}
          >
            {t('workshop.present.start')}
          </Link>
        </div>
      </div>

      <JoinPanel workshop={workshop} />
      <AddPanel workshop={workshop} />

      <section className="mk-stack" aria-labelledby="mk-ws-participants">
        <h2 id="mk-ws-participants" className="ds-heading" data-size="sm">
          {t('workshop.participants.heading')}
        </h2>
        <UndoNotice />
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
            <div ref={mapRef} className="mk-ws-map">
              <GroupMap group={group} participants={workshop.participants} showNames={showNames} />
            </div>
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
                groupCsv(CATALOGUE, workshop.participants, {
                  participant: t('workshop.exports.csvParticipant'),
                  role: t('workshop.exports.csvRole'),
                  hidden: t('workshop.exports.csvHidden'),
                  x: t('workshop.exports.csvX'),
                  y: t('workshop.exports.csvY'),
                  name: nameOf,
                  roleName: roleLabel,
                  yes: t('app.confirm.yes'),
                  no: '',
                }),
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
                onClick={() => {
                  const svg = mapSvg();
                  if (svg) downloadFile(`${slug}-kart.svg`, svg, 'image/svg+xml');
                }}
              >
                {t('workshop.exports.svg')}
              </button>
              <button
                type="button"
                className="ds-button"
                data-variant="secondary"
                onClick={() => {
                  const svg = mapSvg();
                  if (svg) void svgToPng(svg).then((png) => downloadFile(`${slug}-kart.png`, png));
                }}
              >
                {t('workshop.exports.png')}
              </button>
            </>
          )}
        </div>
      </section>
    </div>
  );
}
