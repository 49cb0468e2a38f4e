import { useMemo } from 'react';
import type { GroupAggregate, QuestionDisagreement } from '../../domain/aggregation';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { REFERENCE_IDS, referenceById } from '../../domain/references';
import { groupMapInputs } from '../../render/group-svg';
import { toMapData } from '../../render/to-map-data';
import type { Participant } from '../../domain/workshop-schema';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { REFERENCE_COLORS } from '../../ui/charts/chart-style';
import { ModelMap } from '../../ui/charts/model-map';
import { useParticipantName, usePluralT, useRoleLabel } from './labels';
import { TableScroll } from '../../ui/table-scroll';
import './live-messages';

type Heading = 'h2' | 'h3' | 'h4';

export function GroupMap({
  group,
  participants,
  showNames,
  layers = { centre: true, roles: true },
  titleAs = 'h3',
  title,
}: {
  group: GroupAggregate;
  participants: readonly Participant[];
  showNames: boolean;
  layers?: { centre: boolean; roles: boolean };
  titleAs?: Heading;
  title?: string;
}) {
  const t = useT();
  const tn = usePluralT();
  const locale = useLocale();
  const nameOf = useParticipantName();
  const roleLabel = useRoleLabel();
  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);

  const inputs = groupMapInputs(
    group,
    {
      participant: (r) => nameOf(byId.get(r.id)!),
      anonymous: t('workshop.room.anonymous'),
      centre: t('workshop.room.centre'),
      spread: t('workshop.room.spread'),
      roleCentre: (role, count) => t('workshop.room.roleCentre', { role: roleLabel(role), count }),
    },
    showNames,
    layers,
  );
  const data = toMapData(inputs);
  const summary = group.centre
    ? tn('workshop.room.mapSummary', group.counted.length, {
        x: formatNumber(locale, group.centre.x),
        y: formatNumber(locale, group.centre.y),
      })
    : t('workshop.room.tooFew');
  return (
    <ModelMap
      data={data}
      title={title ?? t('workshop.room.mapTitle')}
      summary={summary}
      titleAs={titleAs}
    />
  );
}

export function RoleNote({ group }: { group: GroupAggregate }) {
  const t = useT();
  const tn = usePluralT();
  return (
    <p className="ds-paragraph" data-size="sm">
      {t('workshop.room.roleNote', { min: group.minRoleSize })}{' '}
      {group.suppressedRoles > 0 &&
        tn('workshop.room.suppressed', group.suppressedRoles, { min: group.minRoleSize })}
    </p>
  );
}

/** The mix in words a municipal audience reads: each model's average share, lowest to highest. */
export function useMixRows(group: GroupAggregate) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  if (!group.mix) return null;
  const stats = group.mix;
  const pct = (v: number) => formatPercent(locale, v);
  return [...REFERENCE_IDS]
    .sort((a, b) => stats[b].mean - stats[a].mean)
    .map((id) => ({
      id,
      model: local(referenceById(id).name),
      mean: stats[id].mean,
      share: pct(stats[id].mean),
      range: t('live.present.mixRange', { min: pct(stats[id].min), max: pct(stats[id].max) }),
    }));
}

/**
 * The group's mix on the workshop page, as the slides show it: the average share per model as
 * a number and a bar, and the lowest and highest share in the group in plain words. No box plots.
 */
export function GroupMix({ group, titleAs = 'h3' }: { group: GroupAggregate; titleAs?: Heading }) {
  const t = useT();
  const rows = useMixRows(group);
  if (!rows) return null;
  const Title = titleAs;
  return (
    <section className="mk-ws-mix" aria-labelledby="mk-ws-mix-title">
      <Title id="mk-ws-mix-title" className="ds-heading" data-size="xs">
        {t('workshop.mix.heading')}
      </Title>
      <p className="ds-paragraph" data-size="sm">
        {t('live.present.mixLead')} {t('live.mix.rangeNote')}
      </p>
      <TableScroll label={t('workshop.mix.caption')}>
        <table className="ds-table mk-ws-mix__table" data-size="sm">
          <caption className="mk-sr-only">{t('workshop.mix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.mix.model')}</th>
              <th scope="col" className="mk-ws-num">
                {t('workshop.mix.mean')}
              </th>
              <th scope="col" className="mk-ws-mix__plotcol">
                <span className="mk-sr-only">{t('live.mix.bar')}</span>
              </th>
              <th scope="col">{t('live.mix.range')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.model}</th>
                <td className="mk-ws-num">{row.share}</td>
                <td className="mk-ws-mix__plotcol">
                  <span className="mk-ws-mix__track" aria-hidden="true">
                    <span
                      className="mk-ws-mix__bar"
                      style={{ width: `${row.mean * 100}%`, background: REFERENCE_COLORS[row.id] }}
                    />
                  </span>
                </td>
                <td>{row.range}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

const QUESTIONS = new Map(scoredQuestions(CATALOGUE).map((q) => [q.id, q]));

/** The questions with real disagreement (score > 0), most disputed first. */
export function disputed(group: GroupAggregate): QuestionDisagreement[] {
  return group.disagreements.filter((d) => d.score > 0);
}

export function DisagreementItem({ item }: { item: QuestionDisagreement }) {
  const t = useT();
  const tn = usePluralT();
  const locale = useLocale();
  const local = useLocalized();
  const question = QUESTIONS.get(item.questionId);
  if (!question) return null;
  const labels = new Map(question.options.map((o) => [o.id, local(o.label)]));
  return (
    <li className="mk-ws-disagree__item">
      <p className="ds-paragraph mk-ws-disagree__question">{local(question.text)}</p>
      <p className="ds-paragraph" data-size="sm">
        {t('workshop.disagree.score', { score: formatPercent(locale, item.score) })} ·{' '}
        {t('workshop.disagree.answers', {
          answered: tn('workshop.counts.answers', item.answered),
          dontKnow: item.dontKnow,
        })}
      </p>
      <ul className="mk-ws-bars">
        {item.options.map((o) => (
          <li key={o.optionId} className="mk-ws-bars__row">
            <span className="mk-ws-bars__label">
              {t('workshop.disagree.option', {
                label: labels.get(o.optionId) ?? o.optionId,
                count: o.count,
                share: formatPercent(locale, o.share),
              })}
            </span>
            <span className="mk-ws-bars__track" aria-hidden="true">
              <span className="mk-ws-bars__fill" style={{ width: `${o.share * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function TodayDesiredText({ group }: { group: GroupAggregate }) {
  const t = useT();
  const tn = usePluralT();
  const locale = useLocale();
  const td = group.todayDesired;
  if (!td) return <p className="ds-paragraph">{t('workshop.todayDesired.none')}</p>;
  const n = (v: number) => formatNumber(locale, v);
  return (
    <p className="ds-paragraph">
      {tn('workshop.todayDesired.body', td.count, {
        fromX: n(td.today.x),
        fromY: n(td.today.y),
        toX: n(td.desired.x),
        toY: n(td.desired.y),
      })}
    </p>
  );
}
