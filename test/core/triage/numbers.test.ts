// The numbers the checks read from lay messages: babies' ages and pill counts.
import { describe, expect, it } from 'vitest';
import { compileCheck, isMedicineWord } from '../../../src/core/triage/checks.js';
import { normalise } from '../../../src/core/triage/normalise.js';
import {
  agesInDays,
  bloodPressures,
  countsBefore,
  durationsInDays,
  gestationWeeks,
  heartRates,
  inrReadings,
  oxygenSaturations,
  temperaturesCelsius,
} from '../../../src/core/triage/numbers.js';

const isPills = (words: string[]) => (i: number) => words[i] === 'pills' || words[i] === 'tablets';
/** As the pill-count check counts: its medicine words, prescription names included. */
const pillCounts = (text: string) => {
  const doc = normalise(text);
  return countsBefore(doc, (i) => isMedicineWord(doc.words[i] ?? ''));
};
const counts = (text: string) => {
  const doc = normalise(text);
  return countsBefore(doc, isPills(doc.words));
};

describe('agesInDays', () => {
  it('reads "lo" (little one) as a child, so its age in weeks counts', () => {
    expect(agesInDays(normalise('lo is 7 wks and feels hot'))).toEqual([49]);
    expect(agesInDays(normalise('my little one is 5 weeks'))).toEqual([35]);
  });

  it('reads "ds" and "dd" (dear son, dear daughter) as a child, so "ds is 9 weeks" is an age', () => {
    expect(agesInDays(normalise('DS is 9 weeks, 100.8 rectal'))).toEqual([63]);
    expect(agesInDays(normalise('dd 6 weeks has a temp'))).toEqual([42]);
  });

  it('reads "mine is 5 weeks" as the asker\'s baby, while "mine has lasted 5 weeks" stays a span', () => {
    expect(agesInDays(normalise('what counts as a fever in a baby? mine is 5 weeks'))).toEqual([35]);
    expect(agesInDays(normalise('my cough? mine has lasted 5 weeks'))).toEqual([]);
  });

  it('does not read a duration as an age', () => {
    expect(agesInDays(normalise('had a cough for 7 weeks'))).toEqual([]);
  });

  it('reads "2mo had her jabs" as a two-month-old: an age with "old" left out', () => {
    expect(agesInDays(normalise('2mo had her jabs yesterday, now 38.6'))).toEqual([60.8]);
    expect(agesInDays(normalise('my 1 month is not feeding'))).toEqual([30.4]);
  });

  it('does not read a span that has passed as an age', () => {
    expect(agesInDays(normalise('2 months has flown by since the op'))).toEqual([]);
    expect(agesInDays(normalise('1 month is a long time to cough'))).toEqual([]);
  });
});

describe('temperaturesCelsius', () => {
  const temps = (text: string) => temperaturesCelsius(normalise(text)).map((t) => Math.round(t.celsius));

  it("reads the weather as weather, and a body's temperature as a body's", () => {
    expect(temps('this heat is killing me its like 40 degrees outside')).toEqual([]);
    expect(temps('the forecast says 41 degrees')).toEqual([]);
    expect(temps('my son was out in the heat all day and now his temp is 40.5')).toEqual([41]);
    expect(temps('fever 104 today')).toEqual([40]);
  });

  it('reads a limit someone was told ("ring if over 38") as a limit, and the reading beside it as a reading', () => {
    expect(temps('chemo nurse said to ring if my temperature goes over 38, which thermometer?')).toEqual([]);
    expect(temps('temp 38.4 and the card says ring if over 38')).toEqual([38]);
    expect(temps('her temp went over 39 last night')).toEqual([39]);
  });
});

describe('oxygenSaturations', () => {
  const sats = (text: string) => oxygenSaturations(normalise(text));

  it('reads pulse-oximeter readings in the ways people write them', () => {
    expect(sats('sats 82 on the home monitor')).toEqual([82]);
    expect(sats('o2 88% and struggling')).toEqual([88]);
    expect(sats('SpO2 was 91 %')).toEqual([91]);
    expect(sats('his oxygen levels dropped to 89')).toEqual([89]);
    expect(sats('oximeter says 93')).toEqual([93]);
  });

  it('does not read a target range, oxygen flow or other numbers as a reading', () => {
    expect(sats('my target sats are 88 to 92')).toEqual([]);
    expect(sats('dad is on 2 litres of home oxygen')).toEqual([]);
    expect(sats('oxygen 2 litres at night')).toEqual([]);
    expect(sats('temp 38 and pulse 110')).toEqual([]);
  });
});

describe('durationsInDays', () => {
  const days = (text: string) => durationsInDays(normalise(text)).map((d) => d.days);

  it('reads "3rd day" as three days', () => {
    expect(days('my son (7) 3rd day of fever, 102F')).toEqual([3]);
  });

  it("reads a baby's age in weeks or months as an age, not as how long a fever lasted", () => {
    expect(days('mine is 6 months and fine')).toEqual([]);
    expect(days('baby is 4 months and had 38.2 after her jabs')).toEqual([]);
    expect(days('a baby of 6 weeks with a temperature')).toEqual([]);
    expect(days('she has had a fever for 2 weeks')).toEqual([14]);
    expect(days('2mo had her jabs yesterday, now 38.6')).toEqual([]);
  });

  it('reads an age limit ("under 3 months", "younger than 6 weeks") as an age, not how long a fever lasted', () => {
    expect(days('what counts as a fever in a baby under 3 months')).toEqual([]);
    expect(days('babies younger than 6 weeks with a temperature')).toEqual([]);
    expect(days('a fever for over 3 days')).toEqual([3]);
  });

  it('reads "her 8 week jabs" as the name of a visit, not how long a fever lasted', () => {
    expect(days('a mild temp of 38 after his 4 month jabs')).toEqual([]);
    expect(days('asking before her 8 week appointment')).toEqual([]);
    expect(days('she has had a 3 week cough')).toEqual([21]);
  });

  it('reads "a week after" as when something happened, and "for a week after" as how long', () => {
    expect(days('a temp of 37.8 about a week after her MMR')).toEqual([]);
    expect(days('a temperature for a week after his op')).toEqual([7]);
    expect(days('fever started 4 days ago')).toEqual([4]);
  });
});

describe('countsBefore', () => {
  it('counts a prescription medicine named without "pills" or "tablets"', () => {
    expect(pillCounts('took about 30 of my sertraline')).toEqual([30]);
    expect(pillCounts('swallowed 14 citalopram')).toEqual([14]);
    expect(pillCounts('swallowed about 30 of my 500mg paracetamol')).toEqual([30]);
  });

  it('counts co-codamol and other painkillers named on their own', () => {
    expect(pillCounts('nan took about 20 co-codamol over the day')).toEqual([20]);
    expect(pillCounts('had 12 solpadeine since this morning')).toEqual([12]);
    expect(pillCounts('took 16 panadol for my tooth')).toEqual([16]);
    expect(pillCounts('20 co workers got the flu')).toEqual([]);
  });

  it('still counts the caller’s own medicine words, and not doses or other things', () => {
    expect(counts('took 20 of my pills')).toEqual([20]);
    expect(counts('on 50 mg sertraline a day')).toEqual([]);
    expect(pillCounts('on 50 mg sertraline a day')).toEqual([]);
    expect(counts('walked 30 of my dogs')).toEqual([]);
  });
});

describe('heartRates', () => {
  const rates = (text: string) => heartRates(normalise(text));

  it('reads a pulse or heart rate however it is written', () => {
    expect(rates('pulse is 160 and i feel faint')).toEqual([160]);
    expect(rates('heart rate of 155 at rest')).toEqual([155]);
    expect(rates('going at 180 beats a minute')).toEqual([180]);
    expect(rates('it says 172 bpm')).toEqual([172]);
    expect(rates('heart is racing, my watch says 170')).toEqual([170]);
  });

  it('does not read a blood pressure, a step count or a watch reading about something else as a heart rate', () => {
    expect(rates('blood pressure 160 over 95')).toEqual([]);
    expect(rates('my watch says 170 steps so far')).toEqual([]);
    expect(rates('my watch says 160 minutes of sleep')).toEqual([]);
    expect(rates('the heart rate monitor cost 150 pounds')).toEqual([]);
  });
});

describe('inrReadings', () => {
  it('reads the first number after "inr", decimals included', () => {
    expect(inrReadings(normalise('my INR came back at 7.2 at the clinic'))).toEqual([7.2]);
    expect(inrReadings(normalise('inr is 2.5, in range'))).toEqual([2.5]);
    expect(inrReadings(normalise('had my inr checked. 3 days later i feel fine'))).toEqual([]);
  });
});

describe('bloodPressures', () => {
  const readings = (text: string) =>
    bloodPressures(normalise(text)).map((r) => `${r.systolic}/${r.diastolic}`);

  it('reads a home or clinic reading written with a slash or "over"', () => {
    expect(readings('home bp cuff says 162/108')).toEqual(['162/108']);
    expect(readings('blood pressure 150 over 95 this morning')).toEqual(['150/95']);
    expect(readings('bp at my appt was 148/96 and now at home its 158/105')).toEqual(['148/96', '158/105']);
  });

  it('reads nothing in a message that does not name blood pressure, or from numbers that cannot be one', () => {
    expect(readings('scored 150/100 on the practice test')).toEqual([]);
    expect(readings('my bp is fine, walked 120 80 year olds round the park')).toEqual([]);
    expect(readings('bp check today, it is open 24/7')).toEqual([]);
  });
});

describe('gestationWeeks', () => {
  const weeks = (text: string) => gestationWeeks(normalise(text)).map((w) => Math.round(w * 10) / 10);

  it('reads how far along a pregnancy is, however mums write it', () => {
    expect(weeks('20 wks pregnant and itchy')).toEqual([20]);
    expect(weeks("posting for my partner, she's 35+6, has pain under her ribs")).toEqual([35.9]);
    expect(weeks('had a car accident today at 29 wks')).toEqual([29]);
    expect(weeks('8 wks, sharp pain low down on my left side')).toEqual([8]);
    expect(weeks('cant feel him kick since i slipped, 34 weeks, little bit of pain')).toEqual([34]);
    expect(weeks('braxton hicks? 30 wks and loads of tightenings')).toEqual([30]);
    expect(weeks('my bp at my 37 wk appt was high')).toEqual([37]);
    expect(weeks('hey all 35 wks. bump keeps going hard')).toEqual([35]);
    expect(weeks('7 months pregnant and tired')[0]).toBeCloseTo(30, 0);
  });

  it("does not read a baby's age, time since the birth or a span of time as a pregnancy", () => {
    expect(weeks('LO is 7 wks and i want to sleep')).toEqual([]);
    expect(weeks('LO (6 wks) is being sick after every feed')).toEqual([]);
    expect(weeks('5 wks PP and breastfeeding')).toEqual([]);
    expect(weeks('my 8 week old has a cold')).toEqual([]);
    expect(weeks('coughing for 3 weeks now')).toEqual([]);
    expect(weeks('our baby had a fever at 10 weeks and we went to hospital')).toEqual([]);
    expect(weeks('my son is 3 weeks old, born a bit early (36 weeks)')).toEqual([]);
  });
});

describe('compileCheck (pregnancy numbers)', () => {
  const holds = (source: string, text: string) => {
    const result = compileCheck(source);
    if (!result.ok) throw new Error(result.message);
    return result.check(normalise(text)).length > 0;
  };

  it('counts a blood pressure as high when either number reaches its threshold', () => {
    expect(holds('blood pressure >= 160/110', 'bp 165/95')).toBe(true);
    expect(holds('blood pressure >= 160/110', 'bp 150/112')).toBe(true);
    expect(holds('blood pressure >= 160/110', 'bp 155/102')).toBe(false);
    expect(holds('blood pressure >= 140/90', 'bp 155/102')).toBe(true);
  });

  it('compares an oxygen saturation with its threshold', () => {
    expect(holds('oxygen saturation < 92', 'sats 89 and wheezy')).toBe(true);
    expect(holds('oxygen saturation < 92', 'sats 95, fine at rest')).toBe(false);
    expect(holds('oxygen saturation >= 95', 'o2 96')).toBe(true);
  });

  it('compares the weeks of a pregnancy either way, and asks for the unit', () => {
    expect(holds('gestation >= 24 weeks', '30+1 and baby is quiet')).toBe(true);
    expect(holds('gestation >= 24 weeks', '16 weeks pregnant and baby is quiet')).toBe(false);
    expect(holds('gestation < 37 weeks', '28 wks, my waters have gone')).toBe(true);
    expect(compileCheck('gestation >= 24')).toMatchObject({
      ok: false,
      fix: expect.stringContaining('weeks'),
    });
  });
});
