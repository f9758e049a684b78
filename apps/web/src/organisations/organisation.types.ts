export type OrganisationKind =
  'CITY' | 'MUNICIPALITY' | 'ASSOCIATION' | 'MINISTRY' | 'PARTNER' | 'OTHER';

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'CITY',
  'MUNICIPALITY',
  'ASSOCIATION',
  'MINISTRY',
  'PARTNER',
  'OTHER',
];

/** What lists and pickers show of an organisation. */
export interface OrganisationSummary {
  __typename?: 'Organisation';
  id: string;
  nameLatin: string;
  nameCyrillic: string;
  kind: OrganisationKind;
}
