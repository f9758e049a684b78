import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import {
  NetworkReference,
  OrganisationReference,
  UserReference,
} from '../references/references.object';
import { FileKind } from '../uploads/file-kind';
import type { DocumentRecord, VersionRecord } from './document.entity';

export enum DocumentKind {
  GOOD_PRACTICE = 'GOOD_PRACTICE',
  GUIDELINE = 'GUIDELINE',
  TEMPLATE = 'TEMPLATE',
  DRAFT_LAW = 'DRAFT_LAW',
  REPORT = 'REPORT',
  MINUTES = 'MINUTES',
  TRAINING_MATERIAL = 'TRAINING_MATERIAL',
  OTHER = 'OTHER',
}

export enum DocumentVisibility {
  ALL_MEMBERS = 'ALL_MEMBERS',
  NETWORK = 'NETWORK',
  PUBLIC = 'PUBLIC',
}

export enum ExtractionStatus {
  PENDING = 'PENDING',
  EXTRACTED = 'EXTRACTED',
  EXTRACTION_FAILED = 'EXTRACTION_FAILED',
}

registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(DocumentVisibility, {
  name: 'DocumentVisibility',
  valuesMap: {
    ALL_MEMBERS: { description: 'Anyone signed in.' },
    NETWORK: { description: 'Members of its networks, staff and administrators.' },
    PUBLIC: { description: 'Everyone, without an account too.' },
  },
});
registerEnumType(ExtractionStatus, { name: 'DocumentExtractionStatus' });
registerEnumType(FileKind, { name: 'DocumentFileType' });

@ObjectType('GoodPracticeFields', { description: 'How a good practice is documented.' })
export class GoodPracticeObject {
  @Field()
  problem!: string;

  @Field()
  approach!: string;

  @Field()
  results!: string;

  @Field()
  costsAndFunding!: string;

  @Field()
  lessonsLearnt!: string;

  @Field()
  contactPerson!: string;
}

@ObjectType('DocumentVersion', { description: 'One uploaded file of a document.' })
export class DocumentVersionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'The name it was uploaded with (and is downloaded with).' })
  filename!: string;

  @Field(() => FileKind)
  fileType!: FileKind;

  @Field()
  mimeType!: string;

  @Field(() => Float, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => UserReference)
  uploadedBy!: UserReference;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => ExtractionStatus)
  extractionStatus!: ExtractionStatus;

  @Field(() => Int, { nullable: true })
  pages!: number | null;

  /** Not in the schema: what `downloadUrl` and `thumbnailUrl` need. */
  record!: VersionRecord;
  document!: DocumentRecord;
}

@ObjectType('Document', { description: 'A library document: metadata and its file versions.' })
@Directive('@key(fields: "id")')
export class DocumentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => DocumentVisibility)
  visibility!: DocumentVisibility;

  @Field(() => [NetworkReference])
  networks!: NetworkReference[];

  @Field(() => OrganisationReference, { nullable: true })
  organisation!: OrganisationReference | null;

  @Field(() => [String], { description: 'Free tags, lower-case.' })
  tags!: string[];

  @Field(() => [String], { description: 'BCP 47 tags: sr-Latn, sr-Cyrl, en, …' })
  languages!: string[];

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => String, { nullable: true })
  contact!: string | null;

  @Field(() => String, { nullable: true })
  licence!: string | null;

  @Field(() => GoodPracticeObject, { nullable: true })
  goodPractice!: GoodPracticeObject | null;

  @Field(() => UserReference)
  createdBy!: UserReference;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => DocumentVersionObject)
  currentVersion!: DocumentVersionObject;

  @Field({ description: 'The viewer may edit it, add versions and delete it.' })
  viewerCanEdit!: boolean;

  /** Not in the schema. */
  record!: DocumentRecord;
}

@ObjectType()
export class DocumentConnection extends Connection(DocumentObject) {}

@ObjectType('UploadTicket', { description: 'Where the browser PUTs the file, and until when.' })
export class UploadTicketObject {
  @Field(() => ID)
  uploadId!: string;

  @Field({ description: 'A presigned PUT URL; send the file as the request body.' })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Float)
  maxBytes!: number;
}
