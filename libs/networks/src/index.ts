export * from './networks.config';
export * from './networks.module';
export * from './seed/networks-seed.service';
export { MembershipService } from './membership/membership.service';
export { MemberProfileRepository } from './profiles/member-profile.repository';
export type { MemberProfile } from './profiles/member-profile.repository';
