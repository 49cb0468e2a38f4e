import { encodeJoinPayload, type Workshop } from '../../domain/workshop-schema';
import { useT } from '../../i18n/use-t';
import { paths } from '../../ui/paths';
import { JoinLink } from './join-link';
import { joinBase } from './join-origin';

/** The address participants open: this app, at the workshop's join route. */
export function joinUrl(name: string, location: Location = window.location): string {
  return `${joinBase(location)}#${paths.workshop}/bli-med/${encodeJoinPayload({ name })}`;
}

/**
 * The invitation without live. `preparing`: whether live is still being looked for or started;
 * the field then waits instead of offering a link that live would replace a moment later.
 */
export function JoinPanel({ workshop, preparing }: { workshop: Workshop; preparing: boolean }) {
  const t = useT();
  const url = preparing ? null : joinUrl(workshop.name);
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
