import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSettingsStore } from '../../store/settings-store';
import { JoinLink } from './join-link';
import { isLoopback, joinBase } from './join-origin';

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
});

const at = (url: string) => {
  const u = new URL(url);
  return { origin: u.origin, hostname: u.hostname, pathname: u.pathname, search: u.search };
};

describe('join links', () => {
  it('point phones at the network address when this page is localhost', () => {
    const lan = 'http://192.168.1.20:5173';
    expect(joinBase(at('http://localhost:5173/'), lan)).toBe('http://192.168.1.20:5173/');
    expect(joinBase(at('http://127.0.0.1:5173/app/?x=1'), lan)).toBe(
      'http://192.168.1.20:5173/app/?x=1',
    );
    // Already on an address others reach: kept as it is.
    expect(joinBase(at('https://kart.kommune.no/modellkart/'), lan)).toBe(
      'https://kart.kommune.no/modellkart/',
    );
    expect(joinBase(at('http://192.168.1.20:5173/'), lan)).toBe('http://192.168.1.20:5173/');
    expect(joinBase(at('http://localhost:5173/'), null)).toBe('http://localhost:5173/');
    expect(['localhost', 'app.localhost', '127.0.0.2', '[::1]'].every(isLoopback)).toBe(true);
    expect(['192.168.1.20', 'modellkart.test', '127.example.no'].some(isLoopback)).toBe(false);
  });

  const props = {
    id: 'join',
    qrAlt: 'QR-kode',
    label: 'Lenke for å bli med',
    copy: 'Kopier lenken',
    copied: 'Lenken er kopiert.',
  };

  it('offers nothing to copy or scan while the link is being made', () => {
    render(<JoinLink {...props} url={null} />);
    expect(screen.getByLabelText('Lenke for å bli med')).toHaveValue('Gjør klar lenken …');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Kopier lenken' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('says when a link only opens on this machine', () => {
    const { rerender } = render(<JoinLink {...props} url="http://localhost:5173/#/workshop" />);
    expect(screen.getByLabelText('Lenke for å bli med')).toHaveAccessibleDescription(
      /virker bare på denne maskinen/,
    );
    rerender(<JoinLink {...props} url="http://192.168.1.20:5173/#/workshop" />);
    expect(screen.getByLabelText('Lenke for å bli med')).not.toHaveAccessibleDescription();
    expect(screen.getByRole('img', { name: 'QR-kode' })).toBeVisible();
  });
});
