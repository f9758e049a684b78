import { DEMO_PEOPLE, demoPersonId } from '@mreza/shared/demo';
import { DEMO_MEMBERS } from './demo-members';

describe('demo members', () => {
  it('each have the shared id the other services seed them by, and no two the same', () => {
    const ids = DEMO_MEMBERS.map((member) => demoPersonId(member.email));
    expect(ids.every((id) => id !== undefined)).toBe(true);
    expect(new Set(ids).size).toBe(DEMO_MEMBERS.length);
    expect(Object.keys(DEMO_PEOPLE)).toHaveLength(DEMO_MEMBERS.length);
  });
});
