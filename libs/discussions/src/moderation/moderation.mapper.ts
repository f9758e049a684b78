import type { Flag } from './flag.repository';
import type { HoldRules } from './hold-policy';
import type { ModerationLogEntry } from './moderation-log.repository';
import type {
  FlagObject,
  ModerationLogEntryObject,
  ModerationRulesObject,
  MuteObject,
} from './moderation.object';
import type { Mute } from './mute.repository';

export const toFlagObject = (flag: Flag): FlagObject => ({
  id: flag.id,
  postId: flag.postId,
  network: { id: flag.networkId },
  flaggedBy: { id: flag.flaggedBy },
  reason: flag.reason,
  note: flag.note,
  createdAt: flag.createdAt,
  resolution: flag.resolution,
  resolvedBy: flag.resolvedBy ? { id: flag.resolvedBy } : null,
  resolvedAt: flag.resolvedAt,
});

export const toMuteObject = (mute: Mute): MuteObject => ({
  id: mute.id,
  network: { id: mute.networkId },
  member: { id: mute.userId },
  reason: mute.reason,
  mutedBy: { id: mute.mutedBy },
  createdAt: mute.createdAt,
  expiresAt: mute.expiresAt,
});

export const toRulesObject = (rules: HoldRules): ModerationRulesObject => ({ ...rules });

export const toLogEntryObject = (entry: ModerationLogEntry): ModerationLogEntryObject => ({
  id: entry.id,
  network: { id: entry.networkId },
  actor: { id: entry.actorId },
  action: entry.action,
  targetType: entry.targetType,
  targetId: entry.targetId,
  subject: entry.subjectUserId ? { id: entry.subjectUserId } : null,
  reason: entry.reason,
  details: JSON.stringify(entry.details),
  createdAt: entry.createdAt,
});
