import { encodeJoinPayload, type Workshop } from '../../domain/workshop-schema';
import { useT } from '../../i18n/use-t';
import { paths } from '../../ui/paths';
import { JoinLink } from './join-link';

/** The address participants open: this app, at the workshop's join route. */
export function joinUrl(name: string, location: Location = window.location): string {
  const base = `${location.origin}${location.pathname}${location.search}`;
  return `${base}#${paths.workshop}/bli-med/${encodeJoinPayload({ name })}`;
}

export function JoinPanel({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const url = joinUrl(workshop.name);
  return (
    <section className="mk-stack" aria-labelledby="mk-ws-join">
      <h2 id="mk-ws-join" className="ds-heading" data-size="sm">
        {t('workshop.join.heading')}
      </h2>
      <p className="ds-paragraph">{t('workshop.join.body')}</p>
      <JoinLink
        url={url}
        id="mk-ws-join-url"
        qrAlt={t('workshop.join.qrAlt', { name: workshop.name })}
        label={t('workshop.join.link')}
        copy={t('workshop.join.copy')}
        copied={t('workshop.join.copied')}
      />
    </section>
  );
}
