import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DigestFrequency } from './notification-preferences.entity';

registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often unread notifications are summed up in an e-mail.',
});

@ObjectType('NotificationPreferences', {
  description: "The viewer's choices about e-mail from the networks.",
})
export class NotificationPreferencesObject {
  @Field(() => DigestFrequency, {
    description: 'A digest of unread notifications: daily (the default), weekly or never.',
  })
  digest!: DigestFrequency;

  @Field(() => Boolean, {
    description: 'Announcements a coordinator chose to e-mail reach the viewer (on by default).',
  })
  announcementEmails!: boolean;
}
