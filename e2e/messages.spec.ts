// Messages say what happened in the reader's words: the file exported is
// named; a refused file is named with the reason, and no method or field
// name of the program reaches the screen; an error goes once it no longer
// holds.

import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { articleTitled, exportAs, importAnnotationsFile, SAMPLE_TITLE } from './reader-page.ts'

test('"Exported" names the file; a refused annotation file is named with the reason in words', async ({ app }) => {
  const { page } = app
  await expect(articleTitled(page, SAMPLE_TITLE)).toBeVisible()
  const download = await exportAs(page, 'CSV spreadsheet')
  await expect(page.getByRole('status')).toHaveText(`Exported “${download.suggestedFilename()}”.`)

  const file = join(app.dataDir, 'not-annotations.json')
  await writeFile(file, JSON.stringify({ annotations: 'none here' }))
  await importAnnotationsFile(page, file)
  const alert = page.getByRole('alert')
  await expect(alert).toHaveText('“not-annotations.json” was not imported. This file is not an annotation file Sourcemark can read: its list of annotations is not a list.')
  await expect(alert).not.toContainText(/importAnnotations|data:|expected/)

  // The next thing that works clears it.
  await exportAs(page, 'Markdown notes')
  await expect(alert).toBeHidden()
})
