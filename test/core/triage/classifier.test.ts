// How the bundled rules behave on the ways people really write.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTriageClassifier } from '../../../src/core/triage/classifier.js';
import { bundledTriage } from './bundled-rules.js';
import { makeRule } from './make-rule.js';

const { classifier, rules } = bundledTriage();
const level = (text: string) => classifier.classify(text)?.level ?? null;

describe('triage classifier (bundled rules)', () => {
  it('reads temperatures in either unit and babies ages in many spellings', () => {
    for (const text of [
      'a baby of 6 weeks at 100.6 F',
      '2 month old, temp 38.2C',
      'my 8 week old baby has 38,5',
      '6 wk old with a temperature of 100.4',
      'newborn running a fever',
      'my six week old son is burning up',
      '2mo had her jabs yesterday, now 38.6 and not really feeding',
    ]) {
      expect(level(text), text).toBe('emergency');
    }
    for (const text of [
      'my 6 week old has a temperature of 99.5 F',
      'my 4 month old has 38.2',
      '6 wk old, no fever, just fussy',
      'baby had a mild temp of 38 after his 4 month jabs, gone now',
    ]) {
      expect(level(text), text).toBeNull();
    }
  });

  it('forgives a slip in a word even where the rules list other misspellings of it', () => {
    // "brething" is listed as a way to write breathe, and is still "breathing" in "not breathing".
    expect(level('my baby isnt brething')).toBe('emergency');
    // Two swapped letters inside a short word beginning ("seiz*").
    expect(level('seziure wont stop its been 6 mins')).toBe('emergency');
    expect(level('siezure wont stop for 10 minutes')).toBe('emergency');
  });

  it('catches third-person, lay and misspelt descriptions', () => {
    expect(level("my dad's face is drooping")).toBe('emergency');
    expect(level('my moms talking all slured and her smile is crooked')).toBe('emergency');
    expect(level('he is unconcious and not breathing')).toBe('emergency');
    expect(level('cant breathe!!! help')).toBe('emergency');
    expect(level('sooo much blood it wont stop')).toBe('emergency');
  });

  it('catches indirect crisis language about oneself or someone else', () => {
    expect(level("I don't want to be here anymore")).toBe('crisis');
    expect(level('kms')).toBe('crisis');
    expect(level('my friend said she wants to end it all')).toBe('crisis');
    expect(level('is it normal to want to die every day')).toBe('crisis');
  });

  it("takes a reading like 100.8 as somebody's situation, even in a question", () => {
    expect(level('newborn, 2 months, temp 100.8F. is it ok to wait till the morning to call someone')).toBe(
      'emergency',
    );
    expect(level('what temperature is a fever in a newborn')).toBeNull();
  });

  it('reads a chat ellipsis as a pause, not the end of a sentence', () => {
    // "wish ... not wake up" must be found in one sentence; a full stop still separates.
    expect(level('i keep wishing i could just... not wake up')).toBe('crisis');
    expect(level('i keep wishing i could just\u2026 not wake up')).toBe('crisis');
    expect(level('I wish I was taller. My goldfish was gone from the tank this morning')).toBeNull();
  });

  it('escalates a situation followed by a question about it', () => {
    // The question frame comes after the description: someone asking about what is happening now.
    for (const text of [
      'crushing chest pain and sweating is it ok to wait till morning',
      'lips swelling after peanuts can you help',
      'seizure for 10 minutes what to do',
      'took 30 paracetamol is it bad',
      'chest tight sweating and feel like throwing up',
    ]) {
      expect(level(text), text).toBe('emergency');
    }
    expect(level('hi, what are the warning signs of a heart attack')).toBeNull();
  });

  it("treats a learner's question as information, and a situation as a situation", () => {
    expect(
      level('how do you tell if someone is having a stroke, like what signs should i look out for'),
    ).toBeNull();
    expect(level('what does anaphylaxis look like? want to know for my first aid course')).toBeNull();
    expect(level('what are the signs of a stroke? my dad cant lift his arm')).toBe('emergency');
    // A relative in a clause dated long ago is not in the situation now.
    expect(
      level('what are the symptoms of a heart attack in women? asking bc my mom had one 2 years ago'),
    ).toBeNull();
    expect(level('what are the symptoms of a heart attack? my mom has crushing chest pain now')).toBe(
      'emergency',
    );
  });

  it('treats learning the signs after a diagnosis as information, and a reaction happening now as real', () => {
    expect(
      level(
        "my daughter has just been diagnosed with a nut allergy, she's totally fine, what does a bad reaction look like so i know what to look for",
      ),
    ).toBeNull();
    // The same frames around a reaction happening now still escalate.
    expect(
      level(
        'my son was just diagnosed with a peanut allergy and now his lips are swelling after lunch, what does anaphylaxis look like so i can spot it',
      ),
    ).toBe('emergency');
    expect(
      level(
        "my daughter was diagnosed with a nut allergy, she's fine, what does anaphylaxis look like? her tongue is swelling now",
      ),
    ).toBe('emergency');
  });

  it('treats getting prepared or idle curiosity as information, unless a reaction is happening', () => {
    expect(
      level(
        'What does anaphylaxis actually look like? my kid was just diagnosed with a peanut allergy and I want to be prepared',
      ),
    ).toBeNull();
    expect(
      level(
        'how do you tell the difference between heartburn and a heart attack in general? just curious after watching a documentary',
      ),
    ).toBeNull();
    expect(
      level('what does anaphylaxis look like? my son is swelling up after peanuts and I want to be prepared'),
    ).toBe('emergency');
    expect(
      level(
        'how do you tell heartburn from a heart attack? just curious, my dad has crushing chest pain now',
      ),
    ).toBe('emergency');
  });

  it("treats a parent planning a child's school or nursery care as information, and a real episode as real", () => {
    expect(
      level(
        'what are the signs of DKA? want to print a list for my sons school so the staff know what to look for',
      ),
    ).toBeNull();
    expect(
      level(
        "what should nursery do if my daughter's seizure goes past 5 minutes? writing up her care plan and want the wording right",
      ),
    ).toBeNull();
    expect(
      level(
        "when should someone go to A&E with a sickle cell crisis vs manage at home? we're doing his care plan at the meeting next week",
      ),
    ).toBeNull();
    // The same frames around a child living it still escalate.
    expect(
      level(
        "what should nursery do if my daughter's seizure goes past 5 minutes? she is fitting right now and it won't stop",
      ),
    ).toBe('emergency');
    expect(
      level(
        'what are the signs of DKA? want to print a list for my sons school, he is vomiting now and his breath smells of pear drops',
      ),
    ).toBe('emergency');
    expect(level("writing up her care plan - she's having a seizure now that has gone past 5 minutes")).toBe(
      'emergency',
    );
  });

  it('knows the emergencies of long-term conditions: chemotherapy fever, adrenal crisis, low oxygen', () => {
    const rule = (text: string) => classifier.classify(text)?.rule ?? null;
    expect(rule('on chemo, day 10 of the cycle, temp 38.2 and shivery')).toBe('neutropenic-sepsis');
    expect(rule('neutropenic, 37.8 and then 37.8 again an hour later')).toBe('neutropenic-sepsis');
    expect(rule('had my picc flushed this morning and now i have uncontrollable shaking')).toBe(
      'neutropenic-sepsis',
    );
    // A reading under the line, or shivering in the cold, is not neutropenic sepsis.
    expect(level('on chemo, temp 37.1, bit tired')).toBeNull();
    expect(
      level('chemo nurse said to ring if my temperature goes over 38, which thermometer is best?'),
    ).toBeNull();
    expect(rule('she has addisons and is being sick and going grey')).toBe('adrenal-crisis');
    expect(rule('copd and his sats are 84')).toBe('lung-condition-emergency');
    expect(level('copd nurse says my target sats are 88 to 92')).toBeNull();
  });

  it('hears stopping insulin, steroids or dialysis to die as a crisis, and a planned stop as a plan', () => {
    expect(level('going to stop my insulin and just let the diabetes take me')).toBe('crisis');
    expect(level('not turning up to dialysis any more and letting it happen')).toBe('crisis');
    expect(level("won't be posting any more. thanks for everything, you lot were the best. it's time")).toBe(
      'crisis',
    );
    expect(level('stopping my steroids slowly, tapering down as the consultant planned')).toBeNull();
    expect(level("won't be posting any more this week, off on holiday, thanks for everything")).toBeNull();
  });

  it('treats guidance written for others (handbook, course question, what to tell staff) as information', () => {
    expect(
      level('for our trip leaders handbook: how do you spot early hypothermia in a group member?'),
    ).toBeNull();
    expect(
      level('first aid course q: for a snake bite are you meant to use a tourniquet or not?'),
    ).toBeNull();
    expect(
      level(
        'fitting CO alarms in the caravans, what symptoms of carbon monoxide should we tell people about?',
      ),
    ).toBeNull();
    // The same frames around a real person still escalate.
    expect(level('first aid course q: my friend was just bitten by a snake on the walk, what do we do')).toBe(
      'emergency',
    );
    expect(
      level(
        'for our handbook: how do you spot hypothermia? asking because my dad is confused and icy cold now',
      ),
    ).toBe('emergency');
  });

  it('treats asking ahead or for a staff poster as information, and a real case in the same frame as real', () => {
    expect(
      level(
        'how do you do the tumbler test on a rash? just want to know how it works in case i ever need it',
      ),
    ).toBeNull();
    expect(
      level(
        'what are the warning signs of sepsis? we are making a poster for the staff room at the nursing home',
      ),
    ).toBeNull();
    expect(
      level(
        'how do you do the glass test? just want to know because my son has a rash that does not fade and a stiff neck',
      ),
    ).toBe('emergency');
    expect(
      level(
        "what are the signs of sepsis? we're making a poster but my dad is confused, mottled and breathing fast",
      ),
    ).toBe('emergency');
  });

  it('treats someone reading ahead as asking for information', () => {
    expect(level('what temp counts as a fever in a newborn? reading up before my due date')).toBeNull();
    expect(
      level('what are the symptoms of a heart attack in women, I read somewhere they are different'),
    ).toBeNull();
    expect(
      level('what are the symptoms of a heart attack? I read they are different, my mum has chest pain now'),
    ).toBe('emergency');
  });

  it('escalates a very fast heart rate with faintness, and an INR far too high', () => {
    expect(
      classifier.classify('my heart is racing, my watch says 170, I feel like I will pass out')?.rule,
    ).toBe('very-fast-heartbeat');
    expect(level('heart rate 165 on my run today, felt great')).toBeNull();
    expect(classifier.classify('INR came back at 7.2, no bleeding, on warfarin')?.level).toBe('urgent');
    expect(level('my inr is 2.5, in range, thanks')).toBeNull();
  });

  it('finds the red flag inside a long message', () => {
    const filler = 'so yesterday we went shopping and had lunch and the kids played outside for a while. ';
    expect(level(`${filler.repeat(8)}anyway now my husband has crushing chest pain and is sweating`)).toBe(
      'emergency',
    );
  });

  it('gives information questions about danger signs no alarm, but a real situation one', () => {
    expect(level('what are the warning signs of a stroke?')).toBeNull();
    expect(level('how do i know if im having a heart attack or just anxiety')).toBeNull();
    expect(level('what should I do if someone is having a seizure')).toBeNull();
    expect(level('what are the signs of a stroke? my dad cant lift his arm and his face droops')).toBe(
      'emergency',
    );
  });

  it('ignores figures of speech and past history', () => {
    for (const text of [
      'this traffic is killing me',
      "I'm dying to see that movie",
      'my phone died',
      'got a heart attack of a bill',
      'my dad had a stroke in 2019, what diet helps',
      'i hurt myself at the gym',
    ]) {
      expect(level(text), text).toBeNull();
    }
  });

  it('catches a feverish young baby in a message mixed with Spanish', () => {
    expect(
      classifier.classify('la bebé tiene 2 meses y she has 101 F fever, mi mamá no sabe que hacer')?.rule,
    ).toBe('infant-fever');
    expect(classifier.classify('mi bebe de 6 semanas tiene fiebre de 38.5')?.level).toBe('emergency');
    expect(classifier.classify('el bebe tiene 3 meses, que vacunas necesita')).toBeNull();
  });

  it('names a heart attack, not a stroke, for chest pain with a numb arm', () => {
    expect(classifier.classify('my dad has sudden chest pain and his left arm is numb')?.rule).toBe(
      'chest-pain',
    );
    expect(classifier.classify('sudden numbness in my left arm and my face is drooping')?.rule).toBe(
      'stroke-signs',
    );
  });

  it('returns the most severe matching rule with its message', () => {
    const result = classifier.classify('my son has had a fever for 4 days and now he has a stiff neck');
    expect(result?.level).toBe('emergency');
    expect(result?.rule).toBe('meningitis-signs');
    expect(result?.message).toContain('911');
    expect(classifier.classify('my son has had a fever for 4 days')?.level).toBe('urgent');
  });

  it('shows the US numbers of settings.yaml in the escalation messages', () => {
    const settings = readFileSync(new URL('../../../knowledge/settings.yaml', import.meta.url), 'utf8');
    for (const name of ['emergency_number', 'crisis_line', 'poison_control']) {
      expect(settings).toMatch(new RegExp(`${name}: "`));
    }
    const poison = /poison_control: "([^"]+)"/.exec(settings)?.[1] ?? '';
    for (const rule of rules) {
      if (rule.level === 'emergency') expect(rule.message, rule.id).toContain('911');
      if (rule.level === 'crisis') expect(rule.message, rule.id).toMatch(/988.*988lifeline\.org.*911/);
    }
    expect(classifier.classify('my toddler drank bleach')?.message).toContain(poison);
  });

  it('shows the life-in-danger message, not the crisis line, when an attempt is under way', () => {
    for (const text of [
      'took all of my dads sleeping pills. im sorry. just wanted somebody to know',
      'on the roof rn. just wanted to say goodbye',
      'my brother texted goodbye and his car is running in the closed garage, he is not answering',
    ]) {
      expect(classifier.classify(text)?.rule, text).toBe('suicide-attempt-in-progress');
    }
  });

  it('treats an attempt that has just happened, or a goodbye with the pills and then silence, as an emergency', () => {
    for (const text of [
      'my mate posted goodbye in the gc with a pic of an empty pill packet and now his phone is off',
      'my sister locked herself in her room and is cutting, there is blood and she stopped replying',
      'tried to hang myself an hour ago, my neck really hurts and i keep being sick',
      'goodbye all. swallowed everything in my mums medicine drawer a couple of hours ago',
    ]) {
      expect(classifier.classify(text)?.rule, text).toBe('suicide-attempt-in-progress');
    }
    expect(
      level('my son is on the roof of the shed saying he is going to jump onto the trampoline'),
    ).toBeNull();
    expect(
      level('the kids took everything out of the bathroom cabinet an hour ago to play shops'),
    ).toBeNull();
  });

  it("hears young people's self-harm slang, and leaves the same words in other lives alone", () => {
    for (const text of [
      'broke my streak last night. more cat scratches lol dont tell anyone',
      'clean for 2 months but the razor is right there next to me',
      'sh thoughts are really loud tonight',
      'told mum it was the cat. it wasnt the cat',
    ]) {
      expect(level(text), text).toBe('crisis');
    }
    for (const text of [
      'relapsed after 3 months sober, called my sponsor',
      'sh! the baby is finally asleep',
      'the blade is right there on the lawnmower, keep your hands away',
      'wanna see how deep i can go on my freedive this weekend',
    ]) {
      expect(level(text), text).toBeNull();
    }
  });

  it('hears suicidal thoughts said sideways, and leaves figures of speech and word questions alone', () => {
    for (const text of [
      'if you never see me after friday just know it was not your fault, love you all',
      'wont be here next term anyway so whatever lol',
      'bought some rope today. dont ask',
      'hypothetically if i took every one of my sertraline would it just stop',
    ]) {
      expect(level(text), text).toBe('crisis');
    }
    for (const text of [
      'my laptop is on 2% im going to die',
      "what does 'unalive' mean, my son keeps saying it",
      'what are the signs that a teenager might be thinking about suicide? im a new form tutor and want to know what to look out for',
    ]) {
      expect(level(text), text).toBeNull();
    }
  });

  it('hears a farewell, a means put by or a wish not to be alive said as an aside, and leaves the same words in ordinary lives alone', () => {
    for (const text of [
      'the tablets are hidden in my wardrobe for when i am brave enough',
      'what happens to my rabbits if i die and no one finds me for days? want to sort it out beforehand',
      'kissed my dad goodbye this morning without him realising it was goodbye. no more',
      'gave away all my records, wrote a couple of notes for my brothers, feel so calm now',
      'after losing my business i wrote my will and some letters. getting things in order while i can',
      'honestly if i was hit by a train tomorrow id be glad',
      'honestly dont see any future worth sticking around for since the accident',
      'mum says the family would get more from her insurance than from her alive',
    ]) {
      expect(level(text), text).toBe('crisis');
    }
    for (const text of [
      'i feel like i was hit by a truck after that night shift',
      'my 72 year old dad wrote his will and some letters for us, just being sensible, he is fit as a fiddle',
      'tied a knot that holds my weight for the new climbing wall',
      'got my malaria tablets sorted for when i am ready to travel',
      'sorting out my affairs before i emigrate, a will to write and letters to the bank',
    ]) {
      expect(level(text), text).toBeNull();
    }
  });

  it('reads direct suicidal phrases in Spanish, French, German and Portuguese, accents or not', () => {
    for (const text of [
      'quiero suicidarme',
      'me voy a matar',
      'todos estarían mejor sin mí',
      'je vais me suicider',
      'ich will nicht mehr leben',
      'quero morrer',
    ]) {
      expect(level(text), text).toBe('crisis');
    }
    for (const text of [
      'me voy a morir de risa',
      'ich will nicht mehr arbeiten heute lol',
      'quero morrer de rir',
    ]) {
      expect(level(text), text).toBeNull();
    }
  });
});

describe('buildTriageClassifier', () => {
  const rule = makeRule;

  it('prefers emergency over crisis over urgent, whatever the file order', () => {
    const triage = buildTriageClassifier([
      rule('u', 'urgent', 'pain'),
      rule('c', 'crisis', 'hopeless'),
      rule('e', 'emergency', 'blue lips'),
    ]);
    expect(triage.classify('pain, hopeless, blue lips')?.rule).toBe('e');
    expect(triage.classify('pain and hopeless')?.rule).toBe('c');
    expect(triage.classify('some pain')?.rule).toBe('u');
    expect(triage.classify('all fine')).toBeNull();
  });

  it('sets a figure of speech aside once the person says they mean it', () => {
    const triage = buildTriageClassifier([
      { ...rule('c', 'crisis', 'want to die'), not: ['want to die ... lol'], meansIt: ['not joking'] },
    ]);
    expect(triage.classify('i want to die lol this exam')).toBeNull();
    expect(triage.classify('i want to die lol. not joking though')?.rule).toBe('c');
    expect(triage.classify('i want to die, not joking')?.rule).toBe('c');
  });

  it('ignores a figure of speech only where it is, in a long message that repeats it', () => {
    const triage = buildTriageClassifier([
      { ...rule('c', 'crisis', 'want to die'), not: ['want to die ... lol'] },
    ]);
    const jokes = 'i want to die lol this exam. '.repeat(300);
    expect(triage.classify(jokes)).toBeNull();
    expect(triage.classify(`${jokes}honestly i want to die`)?.rule).toBe('c');
    expect(triage.classify(`i want to die. ${jokes}`)?.rule).toBe('c');
  });

  it('reads "X isn\'t Y" as a denial, unless the phrase spells out "not" itself', () => {
    const triage = buildTriageClassifier([
      rule('e', 'emergency', 'face ... droop*'),
      rule('b', 'emergency', 'lips ... (not pink | blue)'),
    ]);
    expect(triage.classify("my face isn't drooping, just my eyelid twitching")).toBeNull();
    expect(triage.classify('my face is drooping')?.rule).toBe('e');
    expect(triage.classify('her lips are not pink')?.rule).toBe('b');
  });

  it('keeps crisis language (questions: escalate) to the plain negations', () => {
    const escalate = { ...rule('c', 'crisis', 'afraid to die'), questions: 'escalate' as const };
    expect(buildTriageClassifier([escalate]).classify("i'm not afraid to die")?.rule).toBe('c');
    expect(buildTriageClassifier([escalate]).classify('never afraid to die')).toBeNull();
    expect(
      buildTriageClassifier([rule('s', 'crisis', 'suicidal')]).classify('not suicidal, just tired'),
    ).toBeNull();
  });

  it('sets aside a match quoted from a film or a script, at every level, and nothing else', () => {
    const triage = buildTriageClassifier([
      { ...rule('c', 'crisis', 'end it all'), questions: 'escalate' as const },
      rule('e', 'emergency', 'can not breathe'),
    ]);
    expect(triage.classify("Rehearsing a comedy where my big line is 'Tonight I end it all!'")).toBeNull();
    expect(triage.classify("my son keeps shouting 'I can't breathe!' from some cartoon")).toBeNull();
    expect(triage.classify("he keeps saying 'I can't breathe'")?.rule).toBe('e');
    expect(triage.classify("a line in a film, 'I can't breathe', and now I really can't breathe")?.rule).toBe(
      'e',
    );
  });

  it('dates a clause long ago, wherever in the clause the match is', () => {
    const triage = buildTriageClassifier([rule('e', 'emergency', 'seizure')]);
    expect(triage.classify('he had a seizure years ago and another seizure and a seizure')).toBeNull();
    expect(triage.classify('he had a seizure years ago. now another seizure')?.rule).toBe('e');
  });
});
