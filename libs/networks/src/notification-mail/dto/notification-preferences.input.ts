import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { DigestFrequency } from '../notification-preferences.entity';

/** A field left out keeps its value; `null` is refused. */
@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(DigestFrequency)
  digest?: DigestFrequency | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  announcementEmails?: boolean | null;
}
