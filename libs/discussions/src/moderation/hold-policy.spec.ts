import { holdReason, NO_RULES } from './hold-policy';

const now = new Date('2026-11-23T12:00:00Z');
const member = { joinedAt: new Date('2025-01-01T00:00:00Z'), exempt: false };

describe(holdReason.name, () => {
  it('publishes at once when the network has no rules', () => {
    expect(holdReason(NO_RULES, 'Budžet za 2027.', member, now)).toBeNull();
  });

  it('holds posts by members newer than the configured number of days', () => {
    const rules = { ...NO_RULES, holdNewMembersDays: 7 };
    const newcomer = { joinedAt: new Date('2026-11-20T12:00:00Z'), exempt: false };
    expect(holdReason(rules, 'Zdravo svima', newcomer, now)).toMatch(/7 days/);
    expect(holdReason(rules, 'Zdravo svima', member, now)).toBeNull();
  });

  it('matches keywords across scripts and diacritics, as whole words', () => {
    const rules = { ...NO_RULES, heldKeywords: ['Напредна странка'] };
    expect(holdReason(rules, 'Glasajte za NAPREDNA STRANKA!', member, now)).toMatch(/Напредна/);
    expect(holdReason(rules, 'napredna strankaš', member, now)).toBeNull();
  });

  it('matches link domains and their subdomains, not look-alikes', () => {
    const rules = { ...NO_RULES, heldLinkDomains: ['kampanja.rs'] };
    expect(holdReason(rules, 'Vidi https://www.kampanja.rs/x', member, now)).toMatch(/kampanja/);
    expect(holdReason(rules, '[link](http://kampanja.rs:8080)', member, now)).toMatch(/kampanja/);
    expect(holdReason(rules, 'https://nekampanja.rs', member, now)).toBeNull();
  });

  it('never holds coordinators, staff or administrators', () => {
    const rules = { ...NO_RULES, heldKeywords: ['stranka'] };
    expect(holdReason(rules, 'stranka', { joinedAt: null, exempt: true }, now)).toBeNull();
  });
});
