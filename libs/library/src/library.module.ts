import type { DynamicModule, Provider } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { LibraryAccess } from './access/library-access';
import { CollectionRepository } from './collections/collection.repository';
import { CollectionResolver } from './collections/collection.resolver';
import { CollectionService } from './collections/collection.service';
import { DocumentLoader } from './documents/document.loader';
import { DocumentRepository } from './documents/document.repository';
import { DocumentResolver, DocumentVersionResolver } from './documents/document.resolver';
import { DocumentService } from './documents/document.service';
import { ThreadDocumentsObject } from './documents/thread-documents.object';
import { ThreadDocumentsResolver } from './documents/thread-documents.resolver';
import { ExtractionConsumer } from './extraction/extraction.consumer';
import type { DocumentTextExtractor } from './extraction/extraction.port';
import { textExtractorProvider } from './extraction/extraction.providers';
import type { LibraryConfig } from './library.config';
import { LIBRARY_CONFIG } from './library.config';
import { libraryMigrations } from './migrations';
import { LibraryReplicaRepository } from './replicas/library-replica.repository';
import { LibraryReplicaEventsConsumer } from './replicas/replica-events.consumer';
import { demoDocumentsSeederProvider } from './seed/demo-documents.seeder';
import { ObjectStorage } from './storage/object-storage';
import { TopicLoader } from './topics/topic.loader';
import { TopicRepository } from './topics/topic.repository';
import { TopicResolver } from './topics/topic.resolver';
import { TopicService } from './topics/topic.service';
import { LibrarySweepScheduler } from './sweeps/library-sweep.scheduler';
import { DeletedDocumentsResolver } from './documents/deleted-documents.resolver';
import { DocumentPurgeService } from './documents/document-purge.service';
import { UploadRepository } from './uploads/upload.repository';
import { UploadService } from './uploads/upload.service';

export interface LibraryModuleOptions {
  /** The text extractor; tests pass a fake. */
  extractor?: Provider<DocumentTextExtractor>;
}

/** The library service: documents, versions in object storage, topics, collections. */
@Module({})
export class LibraryModule {
  static forRoot(config: LibraryConfig, options: LibraryModuleOptions = {}): DynamicModule {
    return {
      module: LibraryModule,
      imports: subgraphImports({
        name: 'library',
        config,
        entities: [],
        migrations: libraryMigrations,
        orphanedTypes: [ThreadDocumentsObject],
      }),
      providers: [
        serviceStatusResolver('library'),
        { provide: LIBRARY_CONFIG, useValue: config },
        options.extractor ?? textExtractorProvider,
        ObjectStorage,
        LibraryReplicaRepository,
        LibraryAccess,
        TopicRepository,
        TopicService,
        TopicLoader,
        UploadRepository,
        UploadService,
        DocumentRepository,
        DocumentService,
        DocumentLoader,
        CollectionRepository,
        CollectionService,
        TopicResolver,
        DocumentResolver,
        DeletedDocumentsResolver,
        DocumentVersionResolver,
        ThreadDocumentsResolver,
        CollectionResolver,
        LibraryReplicaEventsConsumer,
        ExtractionConsumer,
        LibrarySweepScheduler,
        DocumentPurgeService,
        demoDocumentsSeederProvider(config.SEED_DEMO_DATA),
      ],
    };
  }
}
