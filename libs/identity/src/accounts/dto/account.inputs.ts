import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Role } from '@mreza/shared/auth';
import { ContactVisibility, UserStatus } from '../user.entity';

export const INTERFACE_LANGUAGES = ['sr-Latn', 'sr-Cyrl', 'en'] as const;

@InputType()
export class DirectoryFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the first or last name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  position?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Staff only: include suspended and former members.',
  })
  @IsBoolean()
  includeInactive = false;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  firstName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  lastName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  expertise?: string[];

  @Field(() => [String], { nullable: true, description: 'Language codes, e.g. sr, en, mk.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, {
    each: true,
    message: 'languages must be codes such as sr or en',
  })
  languages?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+\d][\d\s/()-]{4,38}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @Field(() => ContactVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ContactVisibility)
  contactVisibility?: ContactVisibility;

  @Field(() => String, { nullable: true, description: 'sr-Latn, sr-Cyrl or en.' })
  @IsOptional()
  @IsIn(INTERFACE_LANGUAGES)
  interfaceLanguage?: string;
}

@InputType()
export class SetUserStatusInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => UserStatus)
  @IsEnum(UserStatus)
  status!: UserStatus;
}

@InputType()
export class SetUserRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => Boolean, { nullable: true, description: "The organisation's liaison officer." })
  @IsOptional()
  @IsBoolean()
  isLiaisonOfficer?: boolean;
}
