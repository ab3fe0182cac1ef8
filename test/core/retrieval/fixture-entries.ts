// A small knowledge base built in memory for retrieval tests: independent of the bundled
// knowledge, which clinicians may rewrite at any time.
import type { Entry, SynonymGroup } from '../../../src/core/types.js';

function entry(id: string, title: string, questions: string[], tags: string[], body: string): Entry {
  return {
    id,
    title,
    questions,
    tags,
    escalation: 'none',
    seeClinicianIf: [],
    sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }],
    status: 'draft',
    locale: 'en',
    related: [],
    body,
    file: `entries/${id}.md`,
    contentHash: '0000000000000000',
  };
}

export const FIXTURE_ENTRIES: Entry[] = [
  entry(
    'sore-throat',
    'Sore throat',
    ['what helps a sore throat', 'my throat hurts when I swallow', 'how long does a sore throat last'],
    ['throat', 'pharyngitis'],
    'Most sore throats get better on their own within a week. Drink plenty, rest, and gargle warm salty water.',
  ),
  entry(
    'cough',
    'Cough',
    ['how do I get rid of a cough', 'my child keeps coughing at night', 'when should I worry about a cough'],
    ['cough', 'chest'],
    'A cough usually clears up within 3 weeks. Honey and lemon in warm water can soothe it.',
  ),
  entry(
    'conjunctivitis',
    'Conjunctivitis',
    ['my eye is red and sticky', 'how do I treat an eye infection', 'is an eye infection contagious'],
    ['eye', 'eyes'],
    'Conjunctivitis usually clears within two weeks. Clean the eyelids with cooled boiled water.',
  ),
  entry(
    'flu-symptoms',
    'Flu symptoms',
    ['what are the symptoms of flu', 'do I have flu or just a cold', 'fever and body aches, is it flu'],
    ['influenza', 'fever'],
    'Flu comes on quickly with a high temperature, aches and exhaustion.',
  ),
  entry(
    'flu-treatment',
    'Flu treatment',
    ['how do I treat flu at home', 'what medicine helps with flu', 'do I need antivirals for flu'],
    ['influenza', 'treatment'],
    'Rest, keep warm and drink plenty of water. Paracetamol or ibuprofen can lower a fever.',
  ),
  entry(
    'sprains',
    'Sprains and strains',
    ['I twisted my ankle', 'how do I treat a sprained wrist', 'should I put ice on a pulled muscle'],
    ['ankle', 'sprain', 'strain', 'injury'],
    'Rest the joint, use an ice pack for up to 20 minutes every few hours, and raise it.',
  ),
  entry(
    'high-blood-pressure',
    'High blood pressure',
    ['what is high blood pressure', 'how can I lower my blood pressure', 'is 150 over 95 too high'],
    ['blood pressure', 'hypertension'],
    'High blood pressure rarely has symptoms. Less salt, regular exercise and medicines can lower it.',
  ),
];

export const FIXTURE_SYNONYMS: SynonymGroup[] = [
  ['pink eye', 'conjunctivitis'],
  ['flu', 'influenza'],
  ['high blood pressure', 'hypertension', 'bp'],
];
