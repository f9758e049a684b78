import { operationAccess } from '@mreza/shared/auth';
import { MemberDirectoryResolver } from './membership/member-directory.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import { NetworkResolver } from './networks/network.resolver';

describe('networks operation access', () => {
  it('matches the intended table: a new or changed operation must be added here on purpose', () => {
    const table = Object.fromEntries(
      operationAccess([NetworkResolver, MembershipResolver, MemberDirectoryResolver]).map(
        ({ operation, access }) => [operation, access],
      ),
    );
    // Network-level rules (coordinators, closed networks) are checked in the services and
    // pinned by authorization.integration-spec.ts.
    expect(table).toEqual({
      'Mutation addNetworkMember': 'signed-in',
      'Mutation createNetwork': 'ADMIN',
      'Mutation decideMembership': 'signed-in',
      'Mutation joinNetwork': 'signed-in',
      'Mutation leaveNetwork': 'signed-in',
      'Mutation removeNetworkMember': 'signed-in',
      'Mutation setNetworkArchived': 'ADMIN',
      'Mutation setNetworkRole': 'signed-in',
      'Mutation updateNetwork': 'ADMIN',
      'Query membershipRequests': 'signed-in',
      'Query network': 'signed-in',
      'Query networkMembers': 'signed-in',
      'Query networks': 'signed-in',
    });
  });
});
