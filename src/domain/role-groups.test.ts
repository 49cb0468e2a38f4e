import { describe, expect, it } from 'vitest';
import { clampThreshold, roleGroupOf, rolesShownFor } from './role-groups';

describe('role groups', () => {
  it('puts leaders and politicians together, and staff by service', () => {
    expect(roleGroupOf('biblioteksjef')).toBe('bibliotek');
    expect(roleGroupOf('bibliotekansatt')).toBe('bibliotek');
    expect(roleGroupOf('leder-innbyggertorg')).toBe('innbyggertorg');
    expect(roleGroupOf('innbyggertorgansatt')).toBe('innbyggertorg');
    expect(roleGroupOf('kommunalsjef')).toBe('ledelse-og-politikk');
    expect(roleGroupOf('politiker')).toBe('ledelse-og-politikk');
    // «Leder» of catalogue 1.0.0 is split in 2.0.0 and belongs to no group.
    expect(roleGroupOf('leder')).toBeNull();
    expect(roleGroupOf('annen')).toBeNull();
    expect(roleGroupOf(null)).toBeNull();
  });

  it('never lets a threshold fall below two', () => {
    expect(clampThreshold(1)).toBe(2);
    expect(clampThreshold(0)).toBe(2);
    expect(clampThreshold(Number.NaN)).toBe(2);
    expect(clampThreshold(4.4)).toBe(4);
  });

  it('shows a role next to answers only when named or shared by enough people', () => {
    const people = [
      { id: 'a', role: 'politiker', named: false },
      { id: 'b', role: 'leder', named: true },
      { id: 'c', role: 'bibliotekansatt', named: false },
      { id: 'd', role: 'bibliotekansatt', named: false },
      { id: 'e', role: null, named: false },
    ];
    expect([...rolesShownFor(people, 2)].sort()).toEqual(['b', 'c', 'd']);
    expect([...rolesShownFor(people, 3)].sort()).toEqual(['b']);
    // A threshold of 1 would print the lone politician: it is raised to 2.
    expect(rolesShownFor(people, 1).has('a')).toBe(false);
  });
});
