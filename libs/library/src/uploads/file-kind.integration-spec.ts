import { aUser, codeOf, tokenFor } from '@mreza/shared/testing';
import { aDocx, anOds, anOdt, aZip } from '../extraction/testing/documents';
import type { LibraryTestApp } from '../testing/library-test-app';
import { aNetwork, startLibrary, upload } from '../testing/library-test-app';

const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) {
  id currentVersion { fileType } } }`;

/**
 * Zip-based documents are told apart by their inner parts, read from storage by ranges (the
 * central directory and one small entry), never by their names.
 */
describe('the real type of a zip-based upload', () => {
  let app: LibraryTestApp;
  const author = aUser();
  let networkId: string;

  beforeAll(async () => {
    app = await startLibrary();
    networkId = (await aNetwork().withMember(author).create(app)).id;
  });

  afterAll(() => app.close());

  const create = async (filename: string, bytes: Buffer) => {
    const token = tokenFor(author);
    const uploadId = await upload(app, token, filename, bytes);
    return app.client.request<{ createDocument: { currentVersion: { fileType: string } } }>(
      CREATE,
      {
        i: {
          uploadId,
          kind: 'TEMPLATE',
          title: filename,
          visibility: 'NETWORK',
          networkIds: [networkId],
        },
      },
      token,
    );
  };

  /** An OOXML package reduced to the part that names its type. */
  const officePackage = (mainContentType: string) =>
    aZip({
      '[Content_Types].xml': `<Types><Override PartName="/main.xml" ContentType="${mainContentType}"/></Types>`,
      'main.xml': '<main/>',
    });
  const MAIN = 'application/vnd.openxmlformats-officedocument';

  it.each([
    ['pravilnik.docx', 'DOCX', () => aDocx(['Pravilnik o radu'])],
    ['budzet.xlsx', 'XLSX', () => officePackage(`${MAIN}.spreadsheetml.sheet.main+xml`)],
    [
      'prezentacija.pptx',
      'PPTX',
      () => officePackage(`${MAIN}.presentationml.presentation.main+xml`),
    ],
    ['zapisnik.odt', 'ODT', () => anOdt('<text:p>Zapisnik</text:p>')],
    ['tabela.ods', 'ODS', () => anOds([['Opština', 'Broj']])],
  ])('accepts %s as %s', async (filename, fileType, make) => {
    const result = await create(filename, await make());
    expect(result.errors).toBeUndefined();
    expect(result.data!.createDocument.currentVersion.fileType).toBe(fileType);
  });

  it.each([
    ['a Word document named .xlsx', 'tabela.xlsx', () => aDocx(['Pravilnik'])],
    ['a zip of other files named .docx', 'pravilnik.docx', () => aZip({ 'a.txt': 'tekst' })],
    [
      'a macro-enabled Word document named .docx',
      'makro.docx',
      () =>
        aZip({
          '[Content_Types].xml':
            '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
        }),
    ],
  ])('refuses %s', async (_, filename, make) => {
    expect(codeOf(await create(filename, await make()))).toBe('UPLOAD_TYPE_NOT_ALLOWED');
  });
});
