import type { OrganisationEntity } from './organisation.entity';
import type { OrganisationObject } from './organisation.object';

export function toOrganisationObject(entity: OrganisationEntity): OrganisationObject {
  return {
    id: entity.id,
    nameLatin: entity.nameLatin,
    nameCyrillic: entity.nameCyrillic,
    acronym: entity.acronym,
    kind: entity.kind,
    district: entity.district,
    country: entity.country,
    archivedAt: entity.archivedAt,
  };
}
