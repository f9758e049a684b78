import { describe, expect, it } from '@jest/globals';
import {
  afterJoin,
  afterLeave,
  canDecideRequests,
  canSeeMembers,
  joinStateOf,
  memberNetworks,
  networkDescription,
  networkName,
} from './network-logic';
import type { NetworkSummary } from './network.operations';

const network = (overrides: Partial<NetworkSummary> = {}): NetworkSummary => ({
  id: 'n1',
  slug: 'urbanizam',
  nameLatin: 'Urbanizam',
  nameCyrillic: 'Урбанизам',
  nameEnglish: 'Urban planning',
  descriptionLatin: 'Prostorno planiranje',
  descriptionCyrillic: 'Просторно планирање',
  descriptionEnglish: 'Spatial planning',
  visibility: 'OPEN',
  archivedAt: null,
  memberCount: 12,
  viewerMembership: null,
  viewerRequestPending: false,
  ...overrides,
});

describe(networkName.name, () => {
  it('names the network in the script of the interface, in English for English', () => {
    expect(networkName(network(), 'sr-Latn')).toBe('Urbanizam');
    expect(networkName(network(), 'sr-Cyrl')).toBe('Урбанизам');
    expect(networkName(network(), 'en')).toBe('Urban planning');
  });

  it('falls back to the Latin name when the other is blank', () => {
    expect(networkName(network({ nameCyrillic: ' ' }), 'sr-Cyrl')).toBe('Urbanizam');
    expect(networkName(network({ nameEnglish: '' }), 'en')).toBe('Urbanizam');
  });
});

describe(networkDescription.name, () => {
  it('describes the network in the interface language, else in Latin', () => {
    expect(networkDescription(network(), 'sr-Cyrl')).toBe('Просторно планирање');
    expect(networkDescription(network(), 'en')).toBe('Spatial planning');
    expect(networkDescription(network({ descriptionEnglish: '' }), 'en')).toBe(
      'Prostorno planiranje',
    );
  });
});

describe(joinStateOf.name, () => {
  it('offers to join an open network and to ask for a closed one', () => {
    expect(joinStateOf(network())).toBe('join');
    expect(joinStateOf(network({ visibility: 'CLOSED', memberCount: null }))).toBe('request');
  });

  it('shows a request already sent', () => {
    expect(joinStateOf(network({ visibility: 'CLOSED', viewerRequestPending: true }))).toBe(
      'pending',
    );
  });

  it('shows the role of a member or coordinator, even in an archived network', () => {
    expect(joinStateOf(network({ viewerMembership: 'MEMBER' }))).toBe('member');
    expect(
      joinStateOf(network({ viewerMembership: 'COORDINATOR', archivedAt: '2026-01-01' })),
    ).toBe('coordinator');
  });

  it('offers nothing in an archived network the viewer is not in', () => {
    expect(joinStateOf(network({ archivedAt: '2026-01-01' }))).toBe('archived');
    expect(joinStateOf(network({ archivedAt: '2026-01-01', viewerRequestPending: true }))).toBe(
      'archived',
    );
  });
});

describe('who sees what', () => {
  it('lets coordinators, staff and administrators decide on requests', () => {
    expect(canDecideRequests(network({ viewerMembership: 'COORDINATOR' }), 'MEMBER')).toBe(true);
    expect(canDecideRequests(network({ viewerMembership: 'MEMBER' }), 'MEMBER')).toBe(false);
    expect(canDecideRequests(network(), 'STAFF')).toBe(true);
    expect(canDecideRequests(network(), 'ADMIN')).toBe(true);
  });

  it("hides a closed network's members from those outside it", () => {
    const closed = network({ visibility: 'CLOSED' });
    expect(canSeeMembers(network(), 'MEMBER')).toBe(true);
    expect(canSeeMembers(closed, 'MEMBER')).toBe(false);
    expect(canSeeMembers({ ...closed, viewerMembership: 'MEMBER' }, 'MEMBER')).toBe(true);
    expect(canSeeMembers(closed, 'STAFF')).toBe(true);
  });

  it("lists the viewer's networks only", () => {
    const mine = network({ id: 'n2', viewerMembership: 'MEMBER' });
    const led = network({ id: 'n3', viewerMembership: 'COORDINATOR' });
    expect(memberNetworks([network(), mine, network({ viewerRequestPending: true }), led])).toEqual(
      [mine, led],
    );
  });
});

describe('standing after a change', () => {
  it('counts a new member of an open network', () => {
    expect(afterJoin(network(), true)).toEqual({
      viewerMembership: 'MEMBER',
      viewerRequestPending: false,
      memberCount: 13,
    });
  });

  it('marks a request to a closed network as pending, its count still hidden', () => {
    expect(afterJoin(network({ visibility: 'CLOSED', memberCount: null }), false)).toEqual({
      viewerMembership: null,
      viewerRequestPending: true,
      memberCount: null,
    });
  });

  it("uncounts a leaving member, and hides a closed network's count again", () => {
    expect(afterLeave(network({ viewerMembership: 'MEMBER' })).memberCount).toBe(11);
    expect(afterLeave(network({ visibility: 'CLOSED', viewerMembership: 'MEMBER' }))).toEqual({
      viewerMembership: null,
      viewerRequestPending: false,
      memberCount: null,
    });
  });
});
