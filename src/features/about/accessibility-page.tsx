import { formatDate } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/use-t';
import { siteConfig } from '../../ui/site-config';
import './about-messages';

const COMPLAINT_URL = 'https://www.uutilsynet.no/';

export default function AccessibilityPage() {
  const t = useT();
  const locale = useLocale();
  const { contactEmail, contactName, statementUpdated } = siteConfig;
  return (
    <article className="mk-stack mk-stack--lg mk-prose">
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg">
          {t('about.title')}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t('about.intro')}
        </p>
      </div>
      <section className="mk-stack" aria-labelledby="about-status">
        <h2 id="about-status" className="ds-heading" data-size="sm">
          {t('about.statusTitle')}
        </h2>
        <p className="ds-paragraph">{t('about.status')}</p>
      </section>
      <section className="mk-stack" aria-labelledby="about-tested">
        <h2 id="about-tested" className="ds-heading" data-size="sm">
          {t('about.testedTitle')}
        </h2>
        <ul className="ds-list">
          <li>{t('about.tested.axe')}</li>
          <li>{t('about.tested.keyboard')}</li>
          <li>{t('about.tested.reflow')}</li>
          <li>{t('about.tested.charts')}</li>
        </ul>
      </section>
      <section className="mk-stack" aria-labelledby="about-limitations">
        <h2 id="about-limitations" className="ds-heading" data-size="sm">
          {t('about.limitationsTitle')}
        </h2>
        <ul className="ds-list">
          <li>{t('about.limitations.pdf')}</li>
          <li>{t('about.limitations.map')}</li>
        </ul>
      </section>
      <section className="mk-stack" aria-labelledby="about-feedback">
        <h2 id="about-feedback" className="ds-heading" data-size="sm">
          {t('about.feedbackTitle')}
        </h2>
        {contactEmail ? (
          <p className="ds-paragraph">
            {t('about.feedbackWithContact', {
              name: contactName ?? t('about.defaultContactName'),
            })}{' '}
            <a className="ds-link" href={`mailto:${contactEmail}`}>
              {contactEmail}
            </a>
          </p>
        ) : (
          <p className="ds-paragraph">{t('about.feedbackWithoutContact')}</p>
        )}
      </section>
      <section className="mk-stack" aria-labelledby="about-complaint">
        <h2 id="about-complaint" className="ds-heading" data-size="sm">
          {t('about.complaintTitle')}
        </h2>
        <p className="ds-paragraph">{t('about.complaint')}</p>
        <p className="ds-paragraph">
          <a className="ds-link" href={COMPLAINT_URL}>
            {t('about.complaintLink')}
          </a>
        </p>
      </section>
      <p className="ds-paragraph" data-size="sm">
        {t('about.updated', { date: formatDate(locale, statementUpdated) })}
      </p>
    </article>
  );
}
