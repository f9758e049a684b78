import type { Provider } from '@nestjs/common';
import { TEXT_EXTRACTOR } from './extraction.port';
import { TextExtractor } from './text.extractor';

/** The library's text extractor port, bound to the worker-thread extractor. */
export const textExtractorProvider: Provider = { provide: TEXT_EXTRACTOR, useClass: TextExtractor };
