import { Injectable } from '@nestjs/common';
import type { TopicRecord } from './topic.entity';
import { TopicInvalidError, TopicNotFoundError, TopicSlugTakenError } from './topic.errors';
import { TopicRepository } from './topic.repository';

export interface TopicNames {
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function cleanNames(names: TopicNames): TopicNames {
  const cleaned = {
    nameLatin: names.nameLatin.trim(),
    nameCyrillic: names.nameCyrillic.trim(),
    nameEnglish: names.nameEnglish.trim(),
  };
  if (Object.values(cleaned).some((name) => name.length === 0 || name.length > 120)) {
    throw new TopicInvalidError('A topic has a name of 1 to 120 characters in each language');
  }
  return cleaned;
}

/** The managed taxonomy of topics: staff and administrators keep it; everyone reads it. */
@Injectable()
export class TopicService {
  constructor(private readonly topics: TopicRepository) {}

  list(includeArchived: boolean): Promise<TopicRecord[]> {
    return this.topics.findAll(includeArchived);
  }

  async create(slug: string, names: TopicNames): Promise<TopicRecord> {
    if (!SLUG.test(slug) || slug.length > 60) {
      throw new TopicInvalidError('A slug is lower-case letters and digits joined by hyphens');
    }
    const created = await this.topics.insert({ slug, ...cleanNames(names) });
    if (!created) throw new TopicSlugTakenError();
    return created;
  }

  async update(id: string, names: TopicNames, archived: boolean): Promise<TopicRecord> {
    const updated = await this.topics.update(id, { ...cleanNames(names), archived });
    if (!updated) throw new TopicNotFoundError();
    return updated;
  }
}
