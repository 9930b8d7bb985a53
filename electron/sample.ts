// The built-in sample article, shipped in resources/samples so that a first
// launch has something real to read.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ArticleDocument, DocumentId, DocumentMeta } from '../shared/model/document.ts'
import { importText } from '../shared/import/text.ts'

const SampleManifest = z.object({ id: DocumentId, file: z.string(), meta: DocumentMeta })

const SAMPLE_MANIFEST = 'samples/xi-mishustin-2025-11-05.json'

export async function loadSample(resourcesDir: string): Promise<ArticleDocument> {
  const manifestPath = join(resourcesDir, SAMPLE_MANIFEST)
  const manifest = SampleManifest.parse(JSON.parse(await readFile(manifestPath, 'utf8')))
  const text = await readFile(join(resourcesDir, 'samples', manifest.file), 'utf8')
  const { blocks } = importText(text)
  return ArticleDocument.parse({ id: manifest.id, meta: manifest.meta, blocks })
}
