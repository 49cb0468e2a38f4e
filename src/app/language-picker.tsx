import { useId } from 'react';
import { isLocale, LOCALES } from '../domain/locales';
import { loadCoreMessages } from '../i18n/load-core-messages';
import { useLocale, useT } from '../i18n/use-t';
import { useSettingsStore } from '../store/settings-store';

export function LanguagePicker() {
  const t = useT();
  const locale = useLocale();
  const setLocale = useSettingsStore((s) => s.setLocale);
  const id = useId();
  return (
    <div className="mk-lang">
      <label htmlFor={id} className="ds-label">
        {t('app.language.label')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          // The shell's texts in the new language first (a small download the first time).
          if (isLocale(next)) void loadCoreMessages(next).then(() => setLocale(next));
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`app.language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
