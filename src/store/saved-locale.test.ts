import { describe, expect, it } from 'vitest';
import { savedLocale, SETTINGS_STORAGE_KEY, startLocale } from './saved-locale';
import { useSettingsStore } from './settings-store';

describe('the language a visit starts in', () => {
  it('is the saved choice when there is one', () => {
    expect(startLocale('{"state":{"locale":"nn"},"version":1}', ['en-US'])).toBe('nn');
    expect(startLocale('{"state":{"locale":"en"},"version":1}', ['nb-NO'])).toBe('en');
  });

  it('follows the browser when nothing valid is saved', () => {
    expect(startLocale(null, ['en-GB', 'nb'])).toBe('en');
    expect(startLocale('', ['nn-NO'])).toBe('nn');
    expect(startLocale('{"state":{"locale":"sv"}}', ['nb-NO'])).toBe('nb');
    expect(startLocale('{not json', ['no'])).toBe('nb');
    expect(startLocale('null', ['de'])).toBe('en');
    expect(startLocale('{"state":null}', [])).toBe('nb');
  });

  it('reads what the settings store writes', () => {
    useSettingsStore.getState().setLocale('nn');
    expect(savedLocale(localStorage.getItem(SETTINGS_STORAGE_KEY))).toBe('nn');
    useSettingsStore.getState().setLocale('en');
    expect(savedLocale(localStorage.getItem(SETTINGS_STORAGE_KEY))).toBe('en');
  });
});
