import { useMemo } from 'react';
import type { GroupAggregate, QuestionDisagreement } from '../../domain/aggregation';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { REFERENCE_IDS, referenceById } from '../../domain/references';
import { groupMapInputs } from '../../domain/group-svg';
import { toMapData } from '../../domain/to-map-data';
import type { Participant } from '../../domain/workshop-schema';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { ModelMap } from '../../ui/charts/model-map';
import { useParticipantName, usePluralT, useRoleLabel } from './labels';
import { TableScroll } from '../../ui/table-scroll';

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

/** Mean share per model with min–max and interquartile range, as a table with drawn bars. */
export function GroupMix({ group, titleAs = 'h3' }: { group: GroupAggregate; titleAs?: Heading }) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  if (!group.mix) return null;
  const stats = group.mix;
  const pct = (v: number) => formatPercent(locale, v);
  const Title = titleAs;
  const order = [...REFERENCE_IDS].sort((a, b) => stats[b].mean - stats[a].mean);
  return (
    <section className="mk-ws-mix" aria-labelledby="mk-ws-mix-title">
      <Title id="mk-ws-mix-title" className="ds-heading" data-size="xs">
        {t('workshop.mix.heading')}
      </Title>
      <p className="ds-paragraph" data-size="sm">
        {t('workshop.mix.summary')} {t('workshop.mix.legend')}
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
              <th scope="col" className="mk-ws-num">
                {t('workshop.mix.iqr')}
              </th>
              <th scope="col" className="mk-ws-num">
                {t('workshop.mix.range')}
              </th>
              <th scope="col" className="mk-ws-mix__plotcol">
                <span className="mk-sr-only">{t('workshop.mix.legend')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {order.map((id) => {
              const s = stats[id];
              return (
                <tr key={id}>
                  <th scope="row">{local(referenceById(id).name)}</th>
                  <td className="mk-ws-num">{pct(s.mean)}</td>
                  <td className="mk-ws-num">
                    {pct(s.q1)}–{pct(s.q3)}
                  </td>
                  <td className="mk-ws-num">
                    {pct(s.min)}–{pct(s.max)}
                  </td>
                  <td className="mk-ws-mix__plotcol">
                    <span className="mk-ws-box" aria-hidden="true">
                      <span
                        className="mk-ws-box__range"
                        style={{ left: `${s.min * 100}%`, width: `${(s.max - s.min) * 100}%` }}
                      />
                      <span
                        className="mk-ws-box__iqr"
                        style={{ left: `${s.q1 * 100}%`, width: `${(s.q3 - s.q1) * 100}%` }}
                      />
                      <span className="mk-ws-box__mean" style={{ left: `${s.mean * 100}%` }} />
                    </span>
                  </td>
                </tr>
              );
            })}
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
