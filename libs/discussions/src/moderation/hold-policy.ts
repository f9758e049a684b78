import { foldSerbian } from '@mreza/shared/text';

export interface HoldRules {
  /** Posts by members who joined the network fewer than this many days ago are held. */
  holdNewMembersDays: number;
  /** Words or phrases (party names, campaign slogans) that hold a post, in any script. */
  heldKeywords: string[];
  /** Link targets that hold a post: a domain holds its subdomains too. */
  heldLinkDomains: string[];
}

export const NO_RULES: HoldRules = { holdNewMembersDays: 0, heldKeywords: [], heldLinkDomains: [] };

const DAY_MS = 24 * 60 * 60 * 1000;
const URL_HOST = /\bhttps?:\/\/([^\s/?#)\]>"']+)/gi;

/**
 * Why a post must wait for a coordinator, or null when it may be published at once. The text
 * is compared folded (Cyrillic to Latin, no diacritics, lower case), so a rule written
 * "Странка" also holds "stranka" and "STRANKA".
 */
export function holdReason(
  rules: HoldRules,
  text: string,
  poster: { joinedAt: Date | null; exempt: boolean },
  now: Date,
): string | null {
  if (poster.exempt) return null;
  if (
    rules.holdNewMembersDays > 0 &&
    poster.joinedAt &&
    now.getTime() - poster.joinedAt.getTime() < rules.holdNewMembersDays * DAY_MS
  ) {
    return `Posts by members who joined in the last ${rules.holdNewMembersDays} days are reviewed first`;
  }
  const folded = ` ${foldSerbian(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const keyword = rules.heldKeywords.find((word) => {
    const needle = foldSerbian(word)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return needle !== '' && folded.includes(` ${needle} `);
  });
  if (keyword) return `The post mentions "${keyword}", which this network reviews first`;
  const hosts = [...text.matchAll(URL_HOST)].map((match) => match[1].toLowerCase().split(':')[0]);
  const domain = rules.heldLinkDomains.find((held) => {
    const wanted = held.toLowerCase().replace(/^www\./, '');
    return hosts.some((host) => host === wanted || host.endsWith(`.${wanted}`));
  });
  if (domain) return `The post links to ${domain}, which this network reviews first`;
  return null;
}
