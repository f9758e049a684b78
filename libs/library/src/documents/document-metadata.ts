import type { DocumentMetadata, GoodPractice } from './document.entity';
import { DocumentInvalidError } from './document.errors';

export const LIMITS = {
  title: 300,
  summary: 5000,
  tags: 20,
  tag: 50,
  languages: 10,
  topics: 10,
  networks: 24,
  text: 200,
  goodPracticeField: 10_000,
};

/** BCP 47 tags as the library uses them: `sr-Latn`, `sr-Cyrl`, `en`, `mk`, `sq`, `bs`, … */
const LANGUAGE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

const GOOD_PRACTICE_FIELDS: (keyof GoodPractice)[] = [
  'problem',
  'approach',
  'results',
  'costsAndFunding',
  'lessonsLearnt',
  'contactPerson',
];

const optionalText = (field: string, value: string | null, max = LIMITS.text) => {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) {
    throw new DocumentInvalidError(field, `${field} has at most ${max} characters`);
  }
  return trimmed.length > 0 ? trimmed : null;
};

/**
 * Checks and normalises document metadata: lengths, unique lower-case tags, language tags,
 * a plausible year, networks required for NETWORK visibility, the good-practice fields only
 * (and always) on a GOOD_PRACTICE document.
 */
export function normaliseMetadata(input: DocumentMetadata, now = new Date()): DocumentMetadata {
  const title = input.title.trim();
  if (title.length === 0 || title.length > LIMITS.title) {
    throw new DocumentInvalidError('title', `A title has 1 to ${LIMITS.title} characters`);
  }
  const summary = input.summary.trim();
  if (summary.length > LIMITS.summary) {
    throw new DocumentInvalidError('summary', `A summary has at most ${LIMITS.summary} characters`);
  }
  const tags = [...new Set(input.tags.map((tag) => tag.trim().toLowerCase()))];
  if (
    tags.length > LIMITS.tags ||
    tags.some((tag) => tag.length === 0 || tag.length > LIMITS.tag)
  ) {
    throw new DocumentInvalidError(
      'tags',
      `At most ${LIMITS.tags} tags of 1 to ${LIMITS.tag} characters`,
    );
  }
  const languages = [...new Set(input.languages)];
  if (languages.length > LIMITS.languages || !languages.every((tag) => LANGUAGE.test(tag))) {
    throw new DocumentInvalidError('languages', 'Languages are tags like sr-Latn, sr-Cyrl or en');
  }
  const networkIds = [...new Set(input.networkIds)];
  if (networkIds.length > LIMITS.networks) {
    throw new DocumentInvalidError('networkIds', `At most ${LIMITS.networks} networks`);
  }
  if (input.visibility === 'NETWORK' && networkIds.length === 0) {
    throw new DocumentInvalidError('visibility', 'A document for networks names at least one');
  }
  const topicIds = [...new Set(input.topicIds)];
  if (topicIds.length > LIMITS.topics) {
    throw new DocumentInvalidError('topicIds', `At most ${LIMITS.topics} topics`);
  }
  if (input.year !== null && (input.year < 1900 || input.year > now.getUTCFullYear() + 1)) {
    throw new DocumentInvalidError('year', 'The year is not plausible');
  }
  let goodPractice: GoodPractice | null = null;
  if (input.kind === 'GOOD_PRACTICE') {
    const fields = input.goodPractice;
    if (!fields) {
      throw new DocumentInvalidError(
        'goodPractice',
        'A good practice describes its problem, approach and results',
      );
    }
    goodPractice = Object.fromEntries(
      GOOD_PRACTICE_FIELDS.map((field) => [
        field,
        optionalText(field, fields[field] ?? '', LIMITS.goodPracticeField) ?? '',
      ]),
    ) as unknown as GoodPractice;
    if (!goodPractice.problem || !goodPractice.approach || !goodPractice.results) {
      throw new DocumentInvalidError(
        'goodPractice',
        'A good practice describes its problem, approach and results',
      );
    }
  } else if (input.goodPractice) {
    throw new DocumentInvalidError('goodPractice', 'Only a good practice has good-practice fields');
  }
  return {
    kind: input.kind,
    title,
    summary,
    visibility: input.visibility,
    networkIds,
    organisationId: input.organisationId,
    topicIds,
    tags,
    languages,
    year: input.year,
    authorName: optionalText('authorName', input.authorName),
    contact: optionalText('contact', input.contact),
    licence: optionalText('licence', input.licence),
    goodPractice,
  };
}
