// Furniture of news pages in other languages than English, found on pages
// the extractor had not seen (trafilatura's evaluation set), on small pages
// of our own making, each with a near miss the rule must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { importHtml } from '../../shared/import/html/import.ts'
import { canonicalText } from '../../shared/model/document.ts'

const parrafo = (n: number) => `<p>El párrafo ${n} de la noticia, bastante largo para leerse como prosa, con una coma, y otra frase después de ella.</p>`
const noticia = (count: number, from = 1) => Array.from({ length: count }, (_, i) => parrafo(from + i)).join('\n')
const body = (html: string) => canonicalText(importHtml(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`).blocks)

test('"Lea también:", "MIRA:" and "À lire aussi »" before a linked headline go; a sentence that begins with such a word stays', () => {
  const text = body(`<article><h1>Titular de la noticia</h1>${noticia(2)}
    <p><strong>Lea también:</strong> <a href="/otra-noticia">El puerto cierra por la tormenta del martes</a></p>
    ${noticia(1, 3)}
    <h3><a href="/video">MIRA: Un camión vuelca en la carretera del norte</a></h3>
    <p>LE PUEDE INTERESAR: <a href="/ficha">La ficha del alcalde en el tribunal</a></p>
    <p>À lire aussi » <a href="/fr/autre">Le maire présente son budget</a></p>
    <p>Zobacz również: <a href="/pl/inne">Burmistrz przedstawia budżet</a></p>
    ${noticia(1, 4)}
    <p>Mira Sorvino, <a href="/actriz">la actriz</a>, visitó el puerto.</p>
    <p>Lea Salonga: <a href="/entrevista">«Cantar en el puerto fue un sueño»</a></p>
    ${noticia(1, 5)}
    <h4>Zobacz również</h4></article>`)
  assert.ok(text.includes('El párrafo 5 de la noticia'), text)
  for (const gone of ['El puerto cierra', 'Un camión vuelca', 'La ficha del alcalde', 'présente son budget', 'przedstawia budżet', 'Zobacz również']) assert.ok(!text.includes(gone), gone)
  // A name, not a label: a sentence of the story, and a quote of an interview.
  assert.ok(text.includes('Mira Sorvino, la actriz, visitó el puerto.'), text)
  assert.ok(text.includes('Lea Salonga: «Cantar en el puerto fue un sueño»'), text)
})
