import type { ContentPack, Source } from '../core/schema/content.js';
import type { Condition } from '../core/schema/condition.js';

/*
 * The German pack (`de`), translated from en.ts: the same structure, ids, conditions and numbers;
 * only the texts differ. Register: informal "du", plain language for a phone screen, neutral or
 * paired forms for people where that reads well. Sources are citations and stay as in en.ts.
 * Decimals are written the German way in prose (1,1 kg); a no-break space joins a number and
 * its unit. This file is data only (type imports only): it is built as a standalone lazy chunk.
 */

const REVIEWED = '2026-11-22';

// ---------------------------------------------------------------------------------------------
// Sources (evidence.md). A URL is given only where evidence.md gives one, or as a DOI link.
// ---------------------------------------------------------------------------------------------

const CLAREMONT: Source = {
  label: 'Claremont & Hall, Med Sci Sports Exerc 20(2)',
  year: 1988,
  url: 'https://doi.org/10.1249/00005768-198820020-00011',
};
const BHAMBHANI: Source = { label: 'Bhambhani et al., Arch Phys Med Rehabil 71(3)', year: 1990 };
const COIFMAN: Source = {
  label: 'Coifman et al., Appl Ergon 114',
  year: 2024,
  url: 'https://doi.org/10.1016/j.apergo.2023.104109',
};
const BROWNING: Source = {
  label: 'Browning et al., Med Sci Sports Exerc 39(3)',
  year: 2007,
  url: 'https://doi.org/10.1249/mss.0b013e31802b3562',
};
const MARTIN_CAVANAGH: Source = { label: 'Martin & Cavanagh, J Biomech', year: 1990 };
const DUCLOS: Source = { label: 'Duclos et al., Clin Biomech 29(3)', year: 2014 };
const GRAVES: Source = { label: 'Graves et al. (authors unverified), Med Sci Sports Exerc', year: 1988 };
const ANKLE_WRIST_1989: Source = {
  label: 'Authors unconfirmed, Arch Phys Med Rehabil 70(4)',
  year: 1989,
  url: 'https://pubmed.ncbi.nlm.nih.gov/2930343/',
};
const SKINNER: Source = { label: 'Skinner & Barrack, Arch Phys Med Rehabil 71(2)', year: 1990 };
const MILLER: Source = {
  label: 'Miller & Stamford, J Appl Physiol 62(4)',
  year: 1987,
  url: 'https://jap.physiology.org/content/62/4/1497.long',
};
const ACSM_2009: Source = { label: 'Ratamess et al. (ACSM), Med Sci Sports Exerc 41(3)', year: 2009 };
const AKATSU: Source = {
  label: 'Akatsu et al., Int J Environ Res Public Health 19(12)',
  year: 2022,
  url: 'https://doi.org/10.3390/ijerph19127350',
};
const FESER: Source = {
  label: 'Feser et al., Eur J Sport Sci 20(3)',
  year: 2020,
  url: 'https://doi.org/10.1080/17461391.2019.1629631',
};
const HOWE: Source = {
  label: 'Howe et al., Cochrane Review',
  year: 2011,
  url: 'https://doi.org/10.1002/14651858.CD000333.pub2',
};
const INVEST: Source = {
  label: 'Beavers et al. (INVEST), JAMA Netw Open 8(6)',
  year: 2025,
  url: 'https://doi.org/10.1001/jamanetworkopen.2025.16772',
};
const TROUNSON: Source = {
  label: 'Trounson et al., PLoS ONE 15(12)',
  year: 2020,
  url: 'https://vuir.vu.edu.au/41863',
};
const NIELSEN_PLOS: Source = {
  label: 'Nielsen et al., PLoS ONE 9(6)',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4055729',
};
const NIELSEN_JOSPT: Source = { label: 'Nielsen et al., J Orthop Sports Phys Ther 44(10)', year: 2014 };
const NIELSEN_IJSPT: Source = {
  label: 'Nielsen et al., Int J Sports Phys Ther 9(3)',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4060311/',
};
const BUIST: Source = {
  label: 'Buist et al., Am J Sports Med 36(1)',
  year: 2008,
  url: 'https://pubmed.ncbi.nlm.nih.gov/17940147/',
};
const ALENTORN: Source = { label: 'Alentorn-Geli et al., J Orthop Sports Phys Ther 47(6)', year: 2017 };
const HOOGKAMER: Source = {
  label: 'Hoogkamer et al., Med Sci Sports Exerc 48(11)',
  year: 2016,
  url: 'https://doi.org/10.1249/MSS.0000000000001012',
};
const MAYO: Source = {
  label: 'Mayo Clinic staff, "Walking with ankle weights? Stop!"',
  year: 2023,
  url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/health-tip/art-20049111',
};
const PUTHOFF: Source = { label: 'Puthoff et al., Med Sci Sports Exerc 38(4)', year: 2006 };
const SHAW_SNOW: Source = { label: 'Shaw & Snow, J Gerontol A 53(1)', year: 1998 };
const GOTTSCHALL: Source = {
  label: 'Gottschall & Kram, J Biomech 38',
  year: 2005,
  url: 'https://doi.org/10.1016/j.jbiomech.2004.04.023',
};
const MILANOVIC: Source = {
  label: 'Milanović et al., Sports Med 45(10)',
  year: 2015,
  url: 'https://doi.org/10.1007/s40279-015-0365-0',
};
const LAUERSEN: Source = {
  label: 'Lauersen et al., Br J Sports Med 52(24)',
  year: 2018,
  url: 'https://bjsm.bmj.com/content/52/24/1557',
};
const OLMEDILLAS: Source = { label: 'Olmedillas et al., BMC Med 10:168', year: 2012 };
const GOMEZ_BRUTON: Source = { label: 'Gómez-Bruton et al., PLoS ONE 8(8)', year: 2013 };
const ABRAHIN: Source = {
  label: 'Abrahin et al., Rev Bras Reumatol 56(4)',
  year: 2016,
  url: 'https://pubmed.ncbi.nlm.nih.gov/27476628/',
};

// ---------------------------------------------------------------------------------------------
// Conditions used by several claims and alternatives.
// ---------------------------------------------------------------------------------------------

const RUNNING: Condition = { eq: { id: 'activity', value: 'running' } };
const WALKING: Condition = { eq: { id: 'activity', value: 'walking' } };
const ANY_JOINT_PROBLEM: Condition = { in: { id: 'jointProblem', values: ['past', 'current'] } };
const CURRENT_JOINT_PROBLEM: Condition = { eq: { id: 'jointProblem', value: 'current' } };
const NO_RUNNING_BASE: Condition = { in: { id: 'runFrequency', values: ['none', 'occasional'] } };
const BONE_HEALTH: Condition = { eq: { id: 'boneHealth', value: true } };
const DIZZINESS: Condition = { eq: { id: 'dizziness', value: true } };
const PREGNANT: Condition = { eq: { id: 'pregnant', value: true } };
const AGE_65_PLUS: Condition = { in: { id: 'ageBand', values: ['65-plus'] } };
const WEIGHTED_WITH_ISSUES: Condition = { eq: { id: 'weightedBefore', value: 'with-issues' } };
const WANTS_STRENGTH_OR_TONING: Condition = {
  any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'toning' } }],
};

/** The German pack. Facts and numbers as in en.ts (shared/evidence.md); reviewed 2026-11-22. */
export const de: ContentPack = {
  locale: 'de',

  // -------------------------------------------------------------------------------------------
  // Questions, in ANSWER_IDS order: screening, then experience, then goals.
  // -------------------------------------------------------------------------------------------
  questions: [
    {
      id: 'heartCondition',
      text: 'Wurde bei dir ärztlich eine Herzerkrankung oder Bluthochdruck festgestellt?',
      help: 'Auch wenn sie behandelt werden: Ja.',
      advice: { true: 'Sprich mit deiner Ärztin oder deinem Arzt, bevor du Gewichte nutzt oder härter trainierst.' },
    },
    {
      id: 'chestPain',
      text: 'Hast du Brustschmerzen, in Ruhe oder bei Bewegung?',
      help: 'Auch Druck oder Engegefühl zählt.',
      advice: {
        true: 'Hör auf und lass dich ärztlich untersuchen, bevor du irgendein neues Training beginnst. Sind die Schmerzen stark oder kommen Atemnot oder Schweißausbruch dazu: Ruf den Notruf.',
      },
    },
    {
      id: 'warningSymptoms',
      text: 'In letzter Zeit: Atemnot in Ruhe oder bei leichter Belastung, Herzrasen oder unregelmäßiger Herzschlag, geschwollene Knöchel, Wadenschmerzen beim Gehen oder ungewöhnliche Müdigkeit?',
      help: 'Auch Wadenschmerzen, die nachlassen, wenn du stehen bleibst, zählen.',
      advice: { true: 'Hör mit dem Training auf und lass dich ärztlich untersuchen, bevor du irgendein neues Training beginnst. Treten die Beschwerden plötzlich oder heftig auf: Ruf den Notruf.' },
    },
    {
      id: 'dizziness',
      text: 'In den letzten 12 Monaten durch Schwindel das Gleichgewicht verloren oder ohnmächtig geworden?',
      help: 'Nicht gemeint: Benommenheit durch heftiges Atmen.',
      advice: { true: 'Lass zuerst ärztlich die Ursache klären: Gewichte erschweren das Gleichgewicht.' },
    },
    {
      id: 'chronicCondition',
      text: 'Eine andere chronische Erkrankung oder verschriebene Medikamente dagegen?',
      help: 'Z. B. Diabetes, Nieren- oder Lungenerkrankung, Arthrose oder Arthritis, Krebs, auch wenn gut eingestellt.',
      advice: { true: 'Frag deine Ärztin, deinen Arzt oder eine qualifizierte Fachkraft für Bewegung, bevor du Gewichte nutzt.' },
    },
    {
      id: 'supervisedOnly',
      text: 'Wurde dir ärztlich geraten, nur unter medizinischer Aufsicht zu trainieren?',
      help: 'Z. B. nur im Beisein von medizinischem Fachpersonal.',
      advice: { true: 'Trainiere weiter nur unter Aufsicht; frag dein Behandlungsteam, bevor du Gewichte nutzt.' },
    },
    {
      id: 'jointProblem',
      text: 'Probleme mit Knochen, Gelenken, Muskeln, Sehnen oder Bändern an Füßen, Sprunggelenken, Schienbeinen, Knien, Hüften oder Rücken?',
      help: '„Ja, aktuell“: in den letzten 12 Monaten aufgetreten und schränkt dich noch ein. Auch Schienbeinkantensyndrom und Achillessehnenschmerzen zählen.',
      options: { none: 'Nein', past: 'Früher, jetzt ausgeheilt', current: 'Ja, aktuell oder in den letzten 12 Monaten' },
      advice: {
        current:
          'Lass dich ärztlich oder physiotherapeutisch beraten, bevor du Gewichte nutzt: Zusätzliche Last könnte es verschlimmern. Gelenkschonende Alternativen könnten zu dir passen.',
        past: 'Mach vorsichtig weiter: Fang leichter an; hör auf, wenn es wiederkommt.',
      },
    },
    {
      id: 'boneHealth',
      text: 'Osteoporose, schon einmal ein Ermüdungsbruch oder Kortisontabletten über längere Zeit?',
      help: 'Auch eine geringe Knochendichte zählt.',
      advice: {
        true: 'Kein Laufen mit Fußgewichten. Fürs Gehen mit leichten Manschetten: Lass dich vorher ärztlich oder physiotherapeutisch beraten.',
      },
    },
    {
      id: 'falls',
      text: 'In den letzten 12 Monaten gestürzt oder beinahe gestürzt, oder Probleme mit dem Gleichgewicht?',
      help: 'Auch Stolpern, bei dem du dich gerade noch fangen konntest, zählt.',
      advice: { true: 'Gewichte verändern deinen Schritt. Kein Laufen damit; bevor du mit Manschetten gehst, lass dich physiotherapeutisch beraten.' },
    },
    {
      id: 'pregnant',
      text: 'Schwanger oder in den letzten 6 Monaten entbunden?',
      help: 'Auch „Ja“, wenn du schwanger sein könntest.',
      advice: { true: 'Frag zuerst deine Hebamme, Ärztin oder deinen Arzt. Keine Gewichte, bis sie zustimmen.' },
    },
    {
      id: 'unwell',
      text: 'Bist du gerade krank, z. B. erkältet oder mit Fieber?',
      help: 'Nur vorübergehende Erkrankungen.',
      advice: { true: 'Keine Gewichte, bis du wieder ganz gesund bist; dann mach das Quiz noch einmal.' },
    },
    {
      id: 'loadSpike',
      text: 'Ist deine wöchentliche Laufstrecke in den letzten 2 Wochen um mehr als ein Drittel gestiegen?',
      help: 'Z. B. von 15 km auf über 20 km pro Woche. Du läufst nicht? Antworte mit „Nein“.',
      advice: { true: 'Gib deinem Körper erst Zeit, sich anzupassen: Halte deine Strecke konstant, vorerst keine Gewichte.' },
    },
    {
      id: 'activity',
      text: 'Willst du die Gewichte beim Laufen oder beim Gehen tragen?',
      help: 'Empfehlungen und Grenzwerte unterscheiden sich.',
      options: { running: 'Laufen', walking: 'Gehen' },
    },
    {
      id: 'ageBand',
      text: 'Wie alt bist du?',
      help: 'Wir nutzen nur deine Altersgruppe.',
      options: { 'under-18': 'Unter 18', '18-44': '18–44', '45-64': '45–64', '65-plus': '65 oder älter' },
      advice: {
        'under-18': 'Diese Empfehlungen gelten für Erwachsene. Frag einen Coach, eine Sportlehrkraft, eine Ärztin oder einen Arzt.',
        '65-plus':
          'Ab 65 wird vom Laufen mit Gewichten abgeraten (Risiko fürs Gleichgewicht). Gehen mit leichten Manschetten kann mit Vorsicht möglich sein.',
      },
    },
    {
      id: 'runFrequency',
      text: 'Wie oft läufst du zurzeit?',
      help: '„Regelmäßig“ heißt: mindestens 3 Läufe pro Woche seit mindestens 3 Monaten.',
      options: { none: 'Ich laufe nicht', occasional: 'Ab und zu', regular: '3-mal pro Woche oder öfter, seit mindestens 3 Monaten' },
      advice: {
        none: 'Fürs Gehen mit leichten Gewichten kein Problem. Um damit zu laufen, bau dir zuerst eine Laufbasis auf, z. B. mit Geh-Lauf-Intervallen.',
        occasional:
          'Um mit Gewichten zu laufen, steigere dich zuerst auf mindestens 3 Läufe pro Woche über 3 Monate. Gehen mit leichten Manschetten kommt schon jetzt infrage.',
      },
    },
    {
      id: 'weightedBefore',
      text: 'Schon einmal mit Fußgewichten gelaufen oder gegangen?',
      help: '„Probleme“: Schmerzen, eine Verletzung oder ein veränderter Schritt.',
      options: { never: 'Nein, nie', 'without-issues': 'Ja, ohne Probleme', 'with-issues': 'Ja, und ich hatte Probleme' },
      advice: { 'with-issues': 'Vom Laufen damit wird abgeraten. Beim Gehen: leichter wählen; beim ersten Schmerz aufhören.' },
    },
    {
      id: 'bodyWeightKg',
      text: 'Dein Körpergewicht (optional)',
      help: 'Für die 3-%-Grenze beider Manschetten und die Kalorienschätzung. Bleibt auf deinem Gerät.',
    },
    {
      id: 'goals',
      text: 'Deine Ziele?',
      help: 'Wähle beliebig viele oder keins.',
      options: {
        strength: 'Kräftiger werden',
        endurance: 'Ausdauer aufbauen',
        speed: 'Schneller laufen',
        calories: 'Mehr Kalorien verbrennen',
        bone: 'Stärkere Knochen',
        toning: 'Straffere Beine',
      },
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Reasons: one text per locked rule id (rules/safety.ts) and for `incomplete`.
  // Several age rules also fire for under-18, so their texts say "deine Altersgruppe".
  // -------------------------------------------------------------------------------------------
  reasons: {
    'heart-condition':
      'Herzerkrankung oder Bluthochdruck. Laufen ist intensiv: Sprich mit deiner Ärztin oder deinem Arzt, bevor du Gewichte nutzt oder härter trainierst.',
    'chest-pain': 'Brustschmerzen. Hör auf und lass dich ärztlich untersuchen, bevor du irgendein neues Training beginnst.',
    'warning-symptoms':
      'Ein Warnzeichen: Atemnot, Herzrasen, geschwollene Knöchel, Wadenschmerzen oder ungewöhnliche Müdigkeit. Hör auf und lass dich ärztlich untersuchen, bevor du überhaupt trainierst.',
    dizziness: 'Schwindel oder Ohnmacht. Lass zuerst ärztlich die Ursache klären: Gewichte erschweren das Gleichgewicht.',
    'chronic-condition':
      'Eine chronische Erkrankung. Frag deine Ärztin, deinen Arzt oder eine qualifizierte Fachkraft für Bewegung, bevor du Gewichte nutzt.',
    'supervised-only':
      'Dir wurde ärztlich nur Training unter Aufsicht geraten. Halte dich daran; frag dein Behandlungsteam, bevor du Gewichte nutzt.',
    'joint-current':
      'Ein aktuelles Problem mit Knochen, Gelenken oder Weichteilen. Lass dich ärztlich oder physiotherapeutisch beraten, bevor du Gewichte nutzt: Zusätzliche Last könnte es verschlimmern.',
    pregnant: 'Schwanger oder vor Kurzem entbunden. Frag zuerst deine Hebamme, Ärztin oder deinen Arzt. Keine Gewichte, bis sie zustimmen.',
    unwell: 'Krank. Keine Gewichte, bis du wieder ganz gesund bist; dann mach das Quiz noch einmal.',
    'load-spike':
      'Deine Wochenstrecke ist stark gestiegen. Solche Sprünge gehen mit mehr Laufverletzungen einher: Lass deinem Körper Zeit, sich daran zu gewöhnen, bevor du Gewichte nutzt.',
    'under-18':
      'Diese Empfehlungen gelten für Erwachsene. Frag einen Coach, eine Sportlehrkraft, eine Ärztin oder einen Arzt, welches Training zu einem Körper im Wachstum passt.',
    'no-running-base':
      'Noch kein regelmäßiges Laufen. Steigere dich zuerst auf mindestens 3 Läufe pro Woche über 3 Monate; Gehen mit leichten Gewichten oder Geh-Lauf-Intervalle sind der bessere Einstieg.',
    'bone-health-running':
      'Osteoporose, ein Ermüdungsbruch oder langfristige Kortisoneinnahme. Laufen belastet deine Knochen schon: keine Fußgewichte. Frag eine Fachperson, was zu dir passt.',
    'falls-running': 'Ein Sturz oder Gleichgewichtsprobleme. Fußgewichte verändern deinen Laufstil: kein Laufen damit.',
    'weighted-issues-running':
      'Du hattest schon Probleme mit Fußgewichten; sie verändern, wie man läuft. Vom Laufen damit wird abgeraten.',
    'age-65-running':
      'In deiner Altersgruppe wird vom Laufen mit Gewichten abgeraten: Risiko für Gleichgewicht und Laufstil, bei wenig Nutzen.',
    'joint-past': 'Eine frühere Verletzung erhöht das Risiko für neue. Fang leichter an, steigere langsamer; hör auf, wenn alte Schmerzen wiederkommen.',
    'age-45-running':
      'In deiner Altersgruppe braucht Laufen mehr Vorsicht. Neu bei intensivem Training? Frag zuerst eine qualifizierte Fachkraft für Bewegung.',
    'new-to-weights-running':
      'Neu beim Laufen mit Gewichten oder schon Probleme gehabt. Leichteste Last, kurze lockere Abschnitte; Gewichte ab, wenn sich dein Laufstil verändert.',
    'age-65-walking':
      'In deiner Altersgruppe können Gewichte das Gleichgewicht beeinträchtigen. Leichte Manschetten, ebener Boden; lass sie weg, wenn du in letzter Zeit gestürzt bist oder dich unsicher gefühlt hast.',
    'bone-health-walking':
      'Osteoporose, ein Ermüdungsbruch oder langfristige Kortisoneinnahme. Lass dich ärztlich oder physiotherapeutisch beraten, bevor du mit Manschetten gehst.',
    'falls-walking':
      'Ein Sturz oder Gleichgewichtsprobleme. Fußgewichte verändern deinen Schritt: Lass dich physiotherapeutisch beraten, bevor du mit Manschetten gehst.',
    'weighted-issues-walking':
      'Frühere Probleme mit Fußgewichten. Beim Gehen: leichter wählen; beim ersten Schmerz oder wenn sich dein Schritt verändert, aufhören.',
    incomplete: 'Beantworte alle Fragen, um einen Plan mit Gewichtsangaben zu sehen.',
  },

  rules: [],

  // -------------------------------------------------------------------------------------------
  // Verdicts
  // -------------------------------------------------------------------------------------------
  verdicts: {
    'see-professional': {
      title: 'Erst fachlich beraten lassen',
      summary:
        'Frag eine Ärztin, einen Arzt oder eine qualifizierte Fachkraft für Bewegung, bevor du Gewichte nutzt oder härter trainierst. Keine medizinische Beratung.',
      advice: [
        'Nimm deine Antworten mit zur Ärztin oder zum Arzt, in die Physiotherapie oder zu einer Fachkraft für Bewegung.',
        'Keine Fußgewichte, bis sie dich beraten haben.',
      ],
    },
    wait: {
      title: 'Noch nicht: abwarten',
      summary: 'Jetzt nicht: keine Fußgewichte, bis der unten genannte Grund vorbei ist oder abgeklärt wurde.',
      advice: ['Mach das Quiz noch einmal, wenn sich etwas ändert.'],
    },
    'not-recommended': {
      title: 'Für dich derzeit nicht empfohlen',
      summary: 'Für dich bringen Fußgewichte zusätzliches Risiko bei wenig belegtem Nutzen.',
      advice: [
        'Bessere Optionen findest du bei den Alternativen.',
        'Du baust gerade eine Laufbasis auf? Lauf ohne Gewichte.',
        'Krafttraining an 2–3 Tagen pro Woche macht deine Beine kräftiger.',
        'Mach das Quiz noch einmal, wenn sich deine Antworten ändern.',
      ],
    },
    caution: {
      title: 'Möglich, mit besonderer Vorsicht',
      summary: 'Möglich, mit besonderer Vorsicht: Fang leichter an und steigere langsamer.',
      advice: [
        'Leichteste Last; nur kurze Abschnitte mit Gewicht.',
        'Hör sofort auf, wenn ein Gelenk schmerzt oder sich dein Schritt verändert.',
        'Überleg, dich vorher physiotherapeutisch oder von einem Coach beraten zu lassen.',
        'Schau dir auch die Alternativen an.',
      ],
    },
    ready: {
      title: 'Keine Warnzeichen gefunden',
      summary: 'Nichts schließt Fußgewichte aus. Der Nutzen ist klein, mögliche Schäden sind nicht untersucht: Die Last bleibt gering.',
      advice: [
        'Fang leicht an; halte dich an die Grenzen des Plans.',
        'Rechne mit etwas mehr Kalorienverbrauch, nicht mit belegtem Gewinn an Kraft oder Tempo.',
        'Hör auf, wenn Schmerzen länger als einen Tag anhalten oder sich dein Schritt verändert.',
        'Keine medizinische Beratung. Mach das Quiz noch einmal, wenn sich deine Gesundheit verändert.',
      ],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Outcomes: what a result says, by what it is about (rules/safety.ts OUTCOMES, invariant 13).
  // -------------------------------------------------------------------------------------------
  outcomes: {
    stop: {
      summary: 'Hör mit dem Training auf und lass dich ärztlich untersuchen, bevor du etwas Neues beginnst. Keine medizinische Beratung.',
      advice: [
        'Akute Brustschmerzen, Ohnmacht oder starke Atemnot: Ruf den Notruf.',
        'Trainiere nicht, bis du ärztlich untersucht worden bist.',
        'Vorerst nichts ausprobieren: keine Gewichte, kein neues Training.',
      ],
    },
    refer: {
      summary: 'Frag eine Ärztin, einen Arzt oder eine qualifizierte Fachkraft für Bewegung, bevor du Gewichte nutzt oder härter trainierst. Keine medizinische Beratung.',
      advice: ['Sobald sie zustimmen, frag, welche der sanften Optionen zu dir passt.'],
    },
    rest: {
      summary: 'Ruh dich aus, bis du wieder ganz gesund bist; dann mach das Quiz noch einmal.',
      advice: ['Ruh dich aus: keine Gewichte und kein hartes Training, solange du krank bist.', 'Bist du wieder gesund, fang sanft und ohne Gewichte wieder an.'],
    },
    pregnancy: {
      summary: 'Sprich mit deiner Hebamme, Ärztin oder deinem Arzt, bevor du Gewichte nutzt.',
      advice: ['Frag deine Hebamme, Ärztin oder deinen Arzt, welches Training jetzt zu dir passt.', 'Keine Fußgewichte, bis sie zustimmen.'],
    },
    settle: {
      summary: 'Gib deinem Körper Zeit, sich an die gestiegene Strecke zu gewöhnen, bevor du Gewichte nutzt.',
      advice: ['Halte deine Wochenstrecke konstant, bis sie sich wieder leicht anfühlt.', 'Nimm in einer Woche, in der du die Strecke verlängerst, nie Gewichte dazu.'],
    },
    'check-first': {
      summary: 'Erst nach einer ärztlichen oder physiotherapeutischen Untersuchung möglich, daher noch kein Plan.',
      advice: [
        'Nimm deine Antworten zuerst mit zur Ärztin oder zum Arzt oder in die Physiotherapie.',
        'Bis dahin: ohne Gewichte gehen oder Beinübungen mit Halt an einem Stuhl machen.',
      ],
    },
    incomplete: {
      summary: 'Einige Antworten fehlen oder sind unklar, daher gibt es noch keinen Plan.',
      advice: ['Beantworte alle Fragen, um einen Plan mit Gewichtsangaben zu sehen.'],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Plans (texts around the numbers in rules/safety.ts PLAN_NUMBERS and PLAN_TEXT_NUMBERS: every
  // load, session count and duration is a placeholder, filled from those locked tables)
  // -------------------------------------------------------------------------------------------
  plans: {
    running: {
      progression:
        'Erhöhe höchstens alle {span} um {step} pro Bein, wenn du schmerzfrei bist und dein Laufstil unverändert ist; nie in einer Woche, in der du die Strecke verlängerst. Nur lockeres Tempo: keine Gewichte bei Intervallen, Bergintervallen, langen Läufen oder Wettkämpfen.',
      warmUp: [
        '{warmUp} locker gehen oder joggen.',
        '10-mal Beinpendeln vor und zurück und zur Seite, jedes Bein.',
        '10 Ausfallschritte im Gehen.',
        'Ein paar Minuten laufen, dann die Gewichte anlegen.',
      ],
      formCues: [
        'Aufrecht laufen, Blick nach vorn.',
        'Kurze, schnelle Schritte.',
        'Keine zu langen Schritte: unter der Hüfte landen.',
        'Schultern, Arme und Hände locker.',
        'Fühlt sich dein Laufstil anders an? Gewichte ab.',
      ],
      stopSigns: [
        'Schmerzen länger als {painHours} nach einem Lauf: keine Gewichte, bis sie weg sind.',
        'Hinken oder veränderter Laufstil: Gewichte ab.',
        'Gelenkschmerzen: aufhören, Gewichte ab.',
        'Schwindel, Brustschmerzen oder Engegefühl: sofort aufhören, medizinische Hilfe holen.',
      ],
    },
    walking: {
      progression:
        'Erhöhe alle {span} um {step} pro Bein oder geh {addMinutes} länger, wenn du schmerzfrei bist. Immer nur eine Änderung auf einmal.',
      warmUp: [
        '{warmUp} locker gehen, ohne Gewichte.',
        '10-mal Beinpendeln vor und zurück und zur Seite, jedes Bein; halt dich bei Bedarf fest.',
        '10 sanfte Ausfallschritte im Gehen.',
        'Die Manschetten eng über dem Knöchel anlegen.',
      ],
      formCues: [
        'Aufrecht gehen, Blick nach vorn.',
        'Gewohnte Schrittlänge: keine zu langen Schritte.',
        'Unter der Hüfte aufsetzen; über den Fuß abrollen.',
        'Arme locker mitschwingen lassen.',
        'Beginne auf ebenem, gut beleuchtetem Untergrund.',
      ],
      stopSigns: [
        'Schmerzen länger als {painHours} nach dem Gehen: keine Gewichte, bis sie weg sind.',
        'Hinken, Stolpern oder veränderter Schritt: Manschetten ab.',
        'Schmerzen in Sprunggelenk, Knie, Hüfte oder Rücken: aufhören, Manschetten ab.',
        'Schwindel, Brustschmerzen oder Engegefühl: sofort aufhören, medizinische Hilfe holen.',
      ],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Claims: 8 benefits, 12 risks, each with the same level of detail.
  // -------------------------------------------------------------------------------------------
  claims: [
    // ---- Benefits ----
    {
      id: 'extra-calories-fixed-pace',
      kind: 'benefit',
      topic: 'heart',
      title: 'Mehr Kalorien bei gleichem Tempo',
      summary: '5–8 % mehr Energieverbrauch bei gleichem Tempo, aber die meisten werden langsamer, und der Vorteil geht verloren.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          '8 Läuferinnen und Läufer (Claremont & Hall 1988). 70 kg, 10 km/h (6 mph), 1 kg (2,2 lb) pro Bein: +26–52 kcal zusätzlich zu 326 kcal pro 30 min. Im eigenen Tempo wurden 7 Laufende langsamer: kein Mehrverbrauch (Bhambhani 1990).',
        mechanism: 'Gewicht am Bein zu schwingen kostet viel Energie.',
      },
      sources: [CLAREMONT, BHAMBHANI, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'calories' } }, why: 'Dein Ziel: Kalorienverbrauch.' }],
    },
    {
      id: 'swing-muscle-work',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Mehr Arbeit für die Muskeln, die das Bein schwingen',
      summary: 'Hüftbeuger und hintere Oberschenkelmuskeln arbeiten mehr, solange die Gewichte dran sind.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          '0,5–1,5 kg (1–3,3 lb) am Knöchel: Gelenkmomente +20–48 %, Gelenkwinkel um höchstens 4° verändert (Duclos 2014, Menschen nach Schlaganfall). Schwungmuskeln aktiver (Browning 2007), Gelenkkräfte höher (Martin & Cavanagh 1990).',
        mechanism: 'Mehr Kraft aus der Hüfte bewegt das schwerere Bein; dass das Kraft aufbaut, ist nicht belegt.',
      },
      sources: [BROWNING, DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Dein Ziel: Kraft oder Straffung.' }],
    },
    {
      id: 'higher-effort-heart-rate',
      kind: 'benefit',
      topic: 'heart',
      title: 'Höherer Puls, solange du sie trägst',
      summary: 'Puls und Sauerstoffverbrauch steigen etwas, nur während der Einheit.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          '1,36 kg (3 lb) pro Bein, Gehen bergauf: Puls +7,6/min, Sauerstoff +9 %, gleiche gefühlte Anstrengung (Graves 1988). 1,6–4,8 kg (3,5–10,6 lb): Verbrauch stieg mit der Last, mehr am Knöchel als am Handgelenk (8 Männer, 1989).',
        mechanism: 'Mehr Masse, mehr Arbeit fürs Herz; ein Fitnessgewinn ist nicht untersucht.',
      },
      sources: [GRAVES, ANKLE_WRIST_1989],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'endurance' } }, why: 'Dein Ziel: Ausdauer.' }],
    },
    {
      id: 'walking-energy-cost',
      kind: 'benefit',
      topic: 'heart',
      title: 'Gehen damit verbraucht mehr Energie',
      summary: 'Etwa 3–8 % mehr pro kg, beide Beine zusammen.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          '1,82 kg (4 lb) pro Bein: +17,6 %, an nur einem Bein: +7,4 % (Skinner & Barrack 1990). +0,8 % pro 100 g (3,5 oz) (Miller & Stamford 1987). 70 kg, 1 kg (2,2 lb) pro Bein: +10–27 kcal zusätzlich zu 168 kcal bei 30 min Gehen.',
        mechanism: 'Das Schwingen kostet Energie, aber man geht langsamer.',
      },
      sources: [SKINNER, MILLER],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WALKING, why: 'Du willst mit Gewichten gehen.' }],
    },
    {
      id: 'ankle-weight-strength-exercises',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Kraftübungen mit Gewichtsmanschetten',
      summary:
        'Langsames Beinheben und Beincurls mit Manschetten sind Krafttraining, und das baut Kraft auf; Manschetten speziell wurden nicht getestet.',
      certainty: 'moderate',
      evidenceType: 'controlled-trial',
      detail: {
        numbers:
          'ACSM: 1–3 Sätze mit 8–12 Wiederholungen, an 2–3 Tagen pro Woche; +2–10 % Last, wenn du 1–2 Wiederholungen mehr als geplant schaffst. Manschetten-Stufen: meist 0,25 kg (0,5 lb). Bewertet anhand von Krafttraining insgesamt.',
        mechanism: 'Muskeln passen sich an Lasten an, die sie nur 8- bis 12-mal heben können.',
      },
      sources: [ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Dein Ziel: Kraft oder Straffung.' }],
    },
    {
      id: 'older-adults-2022-study',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Kleine, unkontrollierte Studie mit älteren Menschen',
      summary: 'Alter 50–90: bessere Werte im Aufstehtest nach 3 Monaten mit Fußgewichten; keine Kontrollgruppe.',
      certainty: 'very-low',
      evidenceType: 'uncontrolled-trial',
      detail: {
        numbers:
          '74 Freiwillige, vorab auf Sturzrisiko geprüft. Nur ein 30-Sekunden-Aufstehtest vom Stuhl; kein Krafttest, kein Laufen; Gewicht der Manschetten und Nutzung beim Gehen nicht angegeben.',
        mechanism: 'Kräftigere Beine, Übungseffekte oder andere Veränderungen könnten es erklären.',
      },
      sources: [AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: { in: { id: 'ageBand', values: ['45-64', '65-plus'] } }, why: 'Du bist in oder nahe der untersuchten Altersgruppe.' },
      ],
    },
    {
      id: 'training-gain-not-studied',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Dauerhaft mehr Kraft oder Ausdauer: nicht untersucht',
      summary: 'Fürs Laufen mit Fußgewichten nicht getestet.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers:
          'Keine Studie im Langstreckenlauf. Die einzige Langzeitstudie im Sprint: kein Tempogewinn (Feser 2020). 0,5–2 kg (1–4,4 lb) liegen weit unter den Lasten im Krafttraining.',
        mechanism: 'Kraft entsteht durch wenige Wiederholungen nahe deiner Grenze, nicht durch Tausende leichter Schwünge.',
      },
      sources: [FESER, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [
        {
          when: { any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'endurance' } }] },
          why: 'Dein Ziel: Kraft oder Ausdauer.',
        },
      ],
    },
    {
      id: 'bone-density-not-studied',
      kind: 'benefit',
      topic: 'bones',
      title: 'Stärkere Knochen: nicht untersucht',
      summary: 'Keine Studie hat die Knochendichte mit Fußgewichten gemessen.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers:
          'Krafttraining: Knochendichte an der Hüfte +1,03 % (43 Studien, 4320 Frauen nach den Wechseljahren; Howe 2011). Bei 150 Erwachsenen um die 66, die abnehmen wollten, verhinderte eine Weste den Knochenabbau an der Hüfte nicht (Beavers 2025).',
        mechanism: 'Knochen braucht starke, wechselnde Kräfte; leichte Manschetten bringen wenig.',
      },
      sources: [HOWE, INVEST],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: { has: { id: 'goals', value: 'bone' } }, why: 'Dein Ziel: Knochengesundheit. Krafttraining ist besser belegt.' },
        { when: BONE_HEALTH, why: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben: Verlass dich nicht auf Fußgewichte.' },
      ],
    },

    // ---- Risks ----
    {
      id: 'gait-change',
      kind: 'risk',
      topic: 'form',
      title: 'Schwerere Gewichte verändern dein Laufbild',
      summary:
        'Ab etwa 3 % des Körpergewichts an den Beinen verändert sich das Laufbild; leichte Manschetten veränderten die grundlegende Technik beim Joggen nicht.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          '14 Läuferinnen und Läufer: ab 3 % weniger Abdruck aus dem Sprunggelenk; bei 5 % mehr Kniebeugung und mehr Variabilität (Trounson 2020). Sprints, 0,6–5 %: Bodenkontakt +2,9–8,9 %, 0,6–7,4 % langsamer (Feser 2020). Bei 70 kg sind 3 % 1,05 kg (2,3 lb) pro Bein.',
        mechanism: 'Timing und Gelenkwinkel verschieben sich; Folgen für Verletzungen sind nicht untersucht.',
        reduceRisk: 'Beide Manschetten zusammen höchstens 3 % des Körpergewichts, nur lockeres Tempo; Gewichte ab, wenn sich dein Laufstil verändert.',
      },
      sources: [TROUNSON, FESER, CLAREMONT],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WEIGHTED_WITH_ISSUES, why: 'Du hattest schon Probleme mit Fußgewichten.' },
        { when: RUNNING, why: 'Du willst mit Gewichten laufen.' },
      ],
    },
    {
      id: 'joint-stress',
      kind: 'risk',
      topic: 'joints',
      title: 'Mehr Belastung für Knie und Hüfte; Rücken unklar',
      summary: 'Die Kräfte an Knie und Hüfte steigen, wenn das Bein schwingt; der Rücken ist nicht untersucht.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          '0,5–1,5 kg (1–3,3 lb) am Knöchel: Gelenkmomente +20–48 %, Gelenkleistung +20–114 % (Duclos 2014). 0,25–0,5 kg (0,5–1,1 lb) an Fuß oder Oberschenkel: höhere Kräfte in den Gelenken darüber (15 Läuferinnen und Läufer; Martin & Cavanagh 1990).',
        mechanism: 'Hüfte und Knie müssen ein schwereres Bein abbremsen; Folgen für Verletzungen sind nicht untersucht.',
        reduceRisk: 'Leichteste Manschette, kurze lockere Abschnitte; hör auf, wenn ein Gelenk schmerzt.',
      },
      sources: [DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'Du hast oder hattest ein Gelenkproblem.' }],
    },
    {
      id: 'patellofemoral-pain',
      kind: 'risk',
      topic: 'joints',
      title: 'Schmerzen an der Kniescheibe (patellofemoral)',
      summary: 'Häufig beim Laufen; keine Studie bringt sie mit Fußgewichten in Verbindung.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: '10 % der Verletzungen bei 254 verletzten Laufneulingen; Genesung im Median (alle Verletzungen) 71 Tage.',
        mechanism: 'Mehr Kraft am Knie könnte die Kniescheibe belasten: Theorie, keine Daten.',
        reduceRisk: 'Steigere nie Gewicht und Strecke in derselben Woche; hör auf, wenn dein Knie vorn schmerzt.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'Du hast oder hattest ein Gelenkproblem.' }],
    },
    {
      id: 'it-band-syndrome',
      kind: 'risk',
      topic: 'joints',
      title: 'Läuferknie (Iliotibialband-Syndrom)',
      summary: 'Schmerzen außen am Knie, verbunden mit plötzlichen Sprüngen im Laufumfang; mit Fußgewichten nicht untersucht.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers:
          'Über 30 % mehr Wochenumfang innerhalb von 2 Wochen: mehr Läuferknie und Kniescheibenschmerzen bei Neulingen (Beobachtungsstudie, laut Sekundärquelle).',
        mechanism: 'Zu viel zu früh kann das Band reizen; Fußgewichte sind nicht getestet.',
        reduceRisk: 'Steigere zuerst langsam das Laufen; hör auf, wenn dein Knie außen schmerzt.',
      },
      sources: [NIELSEN_JOSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'Du läufst noch nicht regelmäßig.' }],
    },
    {
      id: 'stress-fractures',
      kind: 'risk',
      topic: 'bones',
      title: 'Ermüdungsbrüche',
      summary:
        'Sie entstehen, wenn Belastung den Knochen schneller beansprucht, als er sich erneuern kann; keine Studie bringt sie mit Fußgewichten in Verbindung.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers:
          'Stressverletzung am Schienbein: bis zu 10–20 % der Läuferinnen und Läufer (Sekundärquellen). Schienbeinschmerzen: häufigste Verletzung bei Neulingen, 15 %.',
        mechanism: 'Manschetten erhöhen den Aufprall kaum, könnten aber die Muskeln ermüden, die ihn abfedern.',
        reduceRisk:
          'Kein Laufen mit Gewichten bei Osteoporose oder nach einem Ermüdungsbruch. Langsam steigern, Pausen einplanen; stechende, punktuelle oder zunehmende Knochenschmerzen ärztlich abklären lassen.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: BONE_HEALTH, why: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben.' }],
    },
    {
      id: 'muscle-imbalance',
      kind: 'risk',
      topic: 'muscles',
      title: 'Muskuläres Ungleichgewicht: eine Warnung, kein Befund',
      summary: 'Manche Trainerinnen und Trainer warnen vor über- und unterforderten Beinmuskeln; nicht getestet.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Keine Studie zu Muskelbalance oder Verletzungen. Die Mehrarbeit leisten vor allem die Schwungmuskeln (Browning 2007).',
        mechanism: 'Manschetten belasten Hüftbeuger und hintere Oberschenkelmuskeln, nicht Waden und Gesäß.',
        reduceRisk: 'Trainiere auch Gesäß, Oberschenkel und Waden, an 2–3 Tagen pro Woche.',
      },
      sources: [BROWNING, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Dein Ziel: Kraft oder Straffung.' }],
    },
    {
      id: 'cartilage-damage',
      kind: 'risk',
      topic: 'joints',
      title: 'Knorpelschäden: Die Daten weisen in die andere Richtung',
      summary: 'Keine Daten zu Fußgewichten; wer in der Freizeit läuft, hat seltener Hüft- oder Kniearthrose als Menschen ohne Sport.',
      certainty: 'moderate',
      evidenceType: 'meta-analysis',
      detail: {
        numbers: 'Hüft- oder Kniearthrose: Freizeitlauf 3,5 %, körperlich inaktiv 10,2 %, Wettkampf- oder Spitzenlauf 13,3 %.',
        mechanism: 'Knorpel verkraftet moderates Laufen; Langzeitfolgen von Manschetten sind unbekannt.',
        reduceRisk: 'Halte den Umfang auf Freizeitniveau und die Gewichte leicht; lass ein geschwollenes oder schmerzendes Gelenk fachlich abklären.',
      },
      sources: [ALENTORN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'Du hast oder hattest ein Gelenkproblem.' }],
    },
    {
      id: 'slower-running-economy',
      kind: 'risk',
      topic: 'form',
      title: 'Langsamer und weniger ökonomisch laufen',
      summary: 'Gewicht am Fuß kostet bei jedem Tempo Energie und machte Laufende langsamer.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          '100 g (3,5 oz) pro Schuh: +1 % Sauerstoff, 1 % langsamer über 3000 m (Hoogkamer 2016). 1 kg (2,2 lb) pro Unterschenkel: +8 % Energie bei Männern, +11 % bei Frauen (15 Läuferinnen und Läufer; Coifman 2024).',
        mechanism: 'Energie fürs Schwingen des Fußes fehlt fürs Tempo; ein späterer Gewinn ist nicht belegt.',
        reduceRisk: 'Keine Gewichte bei Tempotraining, langen Läufen oder Wettkämpfen; für mehr Tempo: Intervalle oder Bergläufe.',
      },
      sources: [HOOGKAMER, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'speed' } }, why: 'Dein Ziel: Tempo.' }],
    },
    {
      id: 'sudden-load-increase',
      kind: 'risk',
      topic: 'joints',
      title: 'Sprunghafte Steigerung der Trainingsbelastung',
      summary: 'Schnelle Steigerungen beim Laufen hängen mit Verletzungen zusammen; zusätzliches Gewicht ist eine weitere Steigerung.',
      certainty: 'low',
      evidenceType: 'observational',
      detail: {
        numbers:
          'Ein langsamer Plan nach der „10-%-Regel“ senkte die Verletzungen nicht: 20,8 % gegenüber 20,3 % von 532 Neulingen (Buist 2008). Mehr Verletzungen bei über 30 % mehr Wochenumfang innerhalb von 2 Wochen oder bei über 3 km in der ersten Woche mit einem BMI über 30 (Nielsen 2014, teils laut Sekundärquelle).',
        mechanism: 'Gewebe passt sich über Wochen an; plötzliche Sprünge überfordern es.',
        reduceRisk: 'Steigere nie Gewicht und Strecke in derselben Woche; mindestens 2 Wochen zwischen zwei Gewichtsstufen.',
      },
      sources: [BUIST, NIELSEN_JOSPT, NIELSEN_IJSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'Du läufst noch nicht regelmäßig.' }],
    },
    {
      id: 'ankle-leg-strain',
      kind: 'risk',
      topic: 'muscles',
      title: 'Belastung für Sprunggelenk und Beinmuskeln',
      summary: 'Fachleute der Mayo Clinic raten vom Gehen damit ab: Sie könnten Sprunggelenk und Beinmuskeln überlasten.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers: 'Rat von Fachleuten; keine Studie hat solche Verletzungen gezählt.',
        mechanism: 'Die Manschette zieht bei jedem Schwung am Sprunggelenk; müde Muskeln kontrollieren das schlechter.',
        reduceRisk: 'Eng sitzende, gepolsterte Manschetten ab 0,5 kg (1 lb); hör auf, wenn Sprunggelenk oder Schienbein schmerzen.',
      },
      sources: [MAYO],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WALKING, why: 'Du willst mit Gewichten gehen.' },
        { when: WEIGHTED_WITH_ISSUES, why: 'Du hattest schon Probleme mit Fußgewichten.' },
      ],
    },
    {
      id: 'balance-and-falls',
      kind: 'risk',
      topic: 'form',
      title: 'Gleichgewicht und Stürze',
      summary: 'Ein schwererer Beinschwung kann zu Stolpern und Stürzen führen, vor allem bei älteren Menschen oder schlechtem Gleichgewicht.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers:
          'Keine Studie hat Stürze gezählt. 1,82 kg (4 lb) pro Bein: pro Schritt länger auf einem Bein (Skinner & Barrack 1990). Die Studie von 2022 prüfte vorab das Sturzrisiko (Akatsu 2022).',
        mechanism: 'Ein schwererer Fuß hebt vielleicht weniger vom Boden ab; mehr Zeit auf einem Bein fordert das Gleichgewicht.',
        reduceRisk:
          'Ebener, gut beleuchteter Untergrund, leichteste Manschette; gar keine, wenn du dieses Jahr gestürzt bist oder dich unsicher gefühlt hast. Beinheben im Sitzen oder mit Halt ist sicherer.',
      },
      sources: [MAYO, SKINNER, AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: AGE_65_PLUS, why: 'Du bist 65 oder älter.' },
        { when: DIZZINESS, why: 'Du hast Schwindel angegeben.' },
      ],
    },
    {
      id: 'weighted-vest-impact',
      kind: 'risk',
      topic: 'joints',
      title: 'Eine Gewichtsweste ist nicht nachweislich sicherer',
      summary: 'Sie belastet den Beinschwung nicht, erhöht aber den Aufprall bei jedem Schritt; keine Studie vergleicht Verletzungen.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers:
          'Westen mit 10–20 % der Körpermasse: beide Kraftspitzen höher (10 Personen beim Gehen), Belastungsrate höher bei 15–20 %. Energie: etwa +1 % pro 1 % Körpergewicht, pro kg viel weniger als am Knöchel.',
        mechanism: 'Die Beine fangen das Zusatzgewicht bei jeder Landung ab.',
        reduceRisk: 'Beginne mit etwa 5 % des Körpergewichts, zuerst nur beim Gehen, und steigere langsam.',
      },
      sources: [PUTHOFF],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: ANY_JOINT_PROBLEM, why: 'Du hast oder hattest ein Gelenkproblem.' },
        { when: BONE_HEALTH, why: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben: Lass dich zuerst fachlich beraten.' },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Alternatives, in the required order. Goal weights from evidence.md §e.
  // -------------------------------------------------------------------------------------------
  alternatives: [
    {
      id: 'weighted-vest-walk',
      title: 'Gehen mit Gewichtsweste',
      summary: 'Last am Rumpf lässt deinen Beinschwung natürlich.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['vest'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Rücken- oder Nackenschmerzen', 'Osteoporose: vorher fragen', 'Schwangerschaft', 'Gleichgewichtsprobleme'],
      avoidWhen: [
        { when: PREGNANT, reason: 'Eine Weste belastet Wirbelsäule und Gelenke: Frag zuerst deine Hebamme, Ärztin oder deinen Arzt.' },
        { when: BONE_HEALTH, reason: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben: Lass dich zuerst fachlich beraten.' },
      ],
      howTo: {
        steps: [
          'Weste eng anlegen, nichts darf wippen.',
          'Beginne mit 5 % des Körpergewichts: 3,5 kg (7,7 lb) bei 70 kg.',
          'Aufrecht auf flachem Untergrund gehen.',
          'Zieh sie aus, wenn Rücken, Nacken oder Füße schmerzen.',
        ],
        dose: '20–30 min, an 2–3 Tagen pro Woche.',
        progression: 'Etwa alle 2 Wochen 1–2,5 % des Körpergewichts dazunehmen, bis höchstens 10 %, wenn schmerzfrei.',
      },
      met: { value: 4.0, code: '17016' },
      sources: [PUTHOFF, SHAW_SNOW, INVEST],
    },
    {
      id: 'hill-walking',
      title: 'Bergauf gehen',
      summary: 'Mehr Arbeit für Beine und Herz, mit weniger Aufprall als beim Laufen.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 1, toning: 1 },
      impact: 'low',
      equipment: ['none'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: [
        'Knieschmerzen bergab: langsam gehen oder einen flacheren Rückweg nehmen',
        'Herz- oder Atemprobleme: vor steilen Anstiegen fachlichen Rat einholen',
      ],
      howTo: {
        steps: [
          'Sanfter Hang oder 1–5 % Steigung auf dem Laufband.',
          'Bergauf in einem Tempo, bei dem du noch sprechen kannst.',
          'Kurze Schritte, leicht nach vorn lehnen.',
          'Langsam bergab gehen.',
        ],
        dose: '20–30 min, an 2–3 Tagen pro Woche.',
        progression: 'Alle 1–2 Wochen 5 min mehr oder einen steileren Abschnitt, wenn du dich gut fühlst.',
      },
      met: { value: 5.3, code: '17034' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'hill-repeats',
      title: 'Bergintervalle',
      summary: 'Kurze, harte Läufe bergauf trainieren Ausdauer und Beinkraft, für alle, die schon eine Laufbasis haben.',
      goals: { strength: 1, endurance: 2, speed: 1, calories: 2, bone: 1, toning: 1 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      contraindications: [
        'Setzt regelmäßiges Laufen voraus',
        'Knieschmerzen: Bergablaufen bringt hohe Bremskräfte',
        'Herzerkrankung oder Beschwerden: vor harten Belastungen fachlichen Rat einholen',
      ],
      howTo: {
        steps: [
          'Aufwärmen: 10 min locker laufen.',
          'Einen mäßig steilen Hügel hinauflaufen, 30–60 s, hart, aber kontrolliert.',
          'Bergab gehen oder joggen.',
          '4–6 Wiederholungen, dann auslaufen.',
        ],
        dose: '4–6 Wiederholungen, einmal pro Woche.',
        progression: 'Alle 2 Wochen 1–2 Wiederholungen mehr, bis 10, bevor du sie verlängerst.',
      },
      met: { value: 10.3, code: '12255' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'intervals',
      title: 'Intervallläufe',
      summary: 'Hartes und lockeres Laufen im Wechsel: einer der am besten belegten Wege zu mehr Ausdauer und Tempo.',
      goals: { strength: 0, endurance: 2, speed: 2, calories: 2, bone: 1, toning: 0 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      contraindications: ['Setzt regelmäßiges Laufen voraus', 'Herzerkrankung oder ein Warnzeichen: vor harten Belastungen fachlichen Rat einholen'],
      howTo: {
        steps: [
          'Aufwärmen: 10 min locker laufen.',
          '1–3 min hart, aber kontrolliert laufen.',
          'Genauso lange locker joggen oder gehen.',
          '4–6 Durchgänge, dann auslaufen.',
        ],
        dose: '4–6 Belastungen, einmal pro Woche.',
        progression: 'Alle 1–2 Wochen eine Belastung mehr; mindestens 2 lockere Tage zwischen harten Einheiten.',
      },
      met: { value: 8.0, code: '12150' },
      sources: [MILANOVIC],
    },
    {
      id: 'walk-jog',
      title: 'Geh-Lauf-Intervalle',
      summary: 'Kurze Jogging-Abschnitte zwischen Gehpausen: ein sanfter Einstieg in eine Laufbasis.',
      goals: { strength: 0, endurance: 2, speed: 1, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: true,
      contraindications: ['Gelenkschmerzen, die beim Joggen schlimmer werden', 'Jedes Warnzeichen aus dem Gesundheitscheck'],
      howTo: {
        steps: ['5 min zügig gehen.', '1 min locker joggen, 2 min gehen.', '6- bis 8-mal wiederholen.', 'Zum Schluss 5 min gehen.'],
        dose: '20–30 min, an 3 Tagen pro Woche.',
        progression:
          'Alle 1–2 Wochen die Jogging-Abschnitte verlängern oder die Gehpausen verkürzen, nicht beides, mit dem Ziel, in einigen Monaten 30 min locker zu laufen.',
      },
      met: { value: 6.0, code: '12010' },
      sources: [BUIST, NIELSEN_PLOS],
    },
    {
      id: 'strength-training',
      title: 'Krafttraining',
      summary: 'Baut Kraft auf, gut belegt für weniger Verletzungen und bessere Laufökonomie.',
      goals: { strength: 2, endurance: 1, speed: 1, calories: 1, bone: 2, toning: 2 },
      impact: 'low',
      equipment: ['none', 'gym'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Akute Verletzung: erst abklingen lassen', 'Erst die Technik lernen, dann Gewicht dazunehmen'],
      howTo: {
        steps: [
          'Wähle 4–6 Übungen: Kniebeugen, Ausfallschritte, Wadenheben, Step-ups, Beckenheben.',
          'Je 8–12 langsame Wiederholungen.',
          '1–2 min Pause zwischen den Sätzen.',
          'Brich jede Übung ab, die einem Gelenk wehtut.',
        ],
        dose: '1–3 Sätze, an 2–3 nicht aufeinanderfolgenden Tagen pro Woche.',
        progression: 'Schaffst du 1–2 Wiederholungen mehr als geplant? Dann 2–10 % mehr Gewicht oder eine schwerere Variante.',
      },
      met: { value: 3.5, code: '02054' },
      sources: [ACSM_2009, LAUERSEN, HOWE],
    },
    {
      id: 'ankle-weight-walking',
      title: 'Gehen mit leichten Fußgewichten',
      summary: 'Leichte Manschetten machen einen lockeren Spaziergang etwas anstrengender, mit weniger Risiko als beim Laufen.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 20, max: 30 },
      beginner: true,
      contraindications: [
        'Gleichgewichtsprobleme oder ein Sturz vor Kurzem',
        'Schmerzen in Sprunggelenk, Knie oder Hüfte',
        'Fachleute der Mayo Clinic raten davon ab (Expertenmeinung)',
      ],
      avoidWhen: [
        { when: DIZZINESS, reason: 'Du hast Schwindel angegeben: Gewichte können das Gleichgewicht stören.' },
        { when: CURRENT_JOINT_PROBLEM, reason: 'Zusätzliche Last am Bein könnte ein aktuelles Gelenkproblem verschlimmern.' },
      ],
      howTo: {
        steps: [
          'Beginne mit {walkStart} pro Bein.',
          'Die Manschetten eng über dem Knöchel anlegen.',
          'Gewohntes Tempo und gewohnte Schritte, auf ebenem Boden.',
          'Nimm sie ab, wenn Sprunggelenk, Knie oder Hüfte schmerzen.',
        ],
        dose: '20–30 min, an 2–3 Tagen pro Woche.',
        progression:
          'Erhöhe alle {walkSpan} um {step} pro Bein oder geh {addMinutes} länger, wenn du schmerzfrei bist. Höchstens {walkMax} pro Bein.',
      },
      met: { value: 3.8, code: '17190' },
      sources: [SKINNER, AKATSU, MAYO],
    },
    {
      id: 'ankle-weight-exercises',
      title: 'Kraftübungen mit Fußgewichten',
      summary: 'Langsames Beinheben und Beincurls mit Manschetten kräftigen Hüfte und Oberschenkel, ganz ohne Aufprall.',
      goals: { strength: 1, endurance: 0, speed: 0, calories: 0, bone: 0, toning: 2 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 15, max: 30 },
      beginner: true,
      contraindications: ['Akute Gelenkschmerzen', 'Aufhören, wenn Hüft- oder Knieschmerzen zunehmen'],
      avoidWhen: [
        {
          when: CURRENT_JOINT_PROBLEM,
          reason: 'Zusätzliche Last am Bein könnte ein aktuelles Gelenkproblem verschlimmern; lass dich zuerst physiotherapeutisch beraten.',
        },
      ],
      howTo: {
        steps: [
          '{walkStart} pro Bein anlegen, oder anfangs ganz ohne.',
          'Seitliches Beinheben im Liegen, Beincurls, Hüftstrecken; an einem Stuhl festhalten.',
          '8–12 langsame Wiederholungen pro Übung und Bein.',
          'Etwa 1 min Pause zwischen den Sätzen.',
        ],
        dose: '1–3 Sätze, an 2–3 nicht aufeinanderfolgenden Tagen pro Woche.',
        progression: 'Steigere von 8 auf 12 Wiederholungen, dann {step} mehr und zurück auf 8.',
      },
      met: { value: 2.8, code: '02024' },
      sources: [ACSM_2009],
    },
    {
      id: 'cycling',
      title: 'Radfahren',
      summary: 'Ausdauer und Kalorienverbrauch bei wenig Gelenkbelastung.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['bike', 'gym'],
      minutes: { min: 20, max: 60 },
      beginner: true,
      contraindications: ['Knieschmerzen: Sitzposition am Rad prüfen lassen (Expertenmeinung)', 'Bringt den Knochen wenig: Krafttraining ergänzen'],
      howTo: {
        steps: [
          'Sattelhöhe: Knie unten leicht gebeugt.',
          'Fahr in einem Tempo, bei dem du noch sprechen kannst.',
          'Leichter Gang, runder Tritt.',
          'Zum Schluss 5 min locker treten.',
        ],
        dose: '20–30 min, mittlere Anstrengung, an 2–3 Tagen pro Woche.',
        progression: 'Pro Woche 5–10 min mehr oder einen härteren Abschnitt, wenn du dich gut fühlst.',
      },
      met: { value: 6.8, code: '01200' },
      sources: [OLMEDILLAS, ABRAHIN],
    },
    {
      id: 'swimming',
      title: 'Schwimmen oder Aqua-Jogging',
      summary: 'Das Wasser trägt dein Gewicht: Ausdauer ohne Aufprall.',
      goals: { strength: 0, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['pool'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Du musst schwimmen können', 'Bringt den Knochen wenig: Krafttraining ergänzen'],
      howTo: {
        steps: [
          'Lockere Bahnen; bei Bedarf am Beckenrand pausieren.',
          'Schwimmstile abwechseln.',
          'Oder im tiefen Wasser mit Auftriebsgürtel laufen.',
          'Bleib bei einer Anstrengung, bei der du noch sprechen kannst.',
        ],
        dose: '20–30 min, an 2–3 Tagen pro Woche.',
        progression: 'Pro Woche ein paar Bahnen oder 5 min mehr, oder kürzere Pausen.',
      },
      met: { value: 5.8, code: '18240' },
      sources: [GOMEZ_BRUTON, ABRAHIN],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Labels, messages and interface strings
  // -------------------------------------------------------------------------------------------
  labels: {
    goals: {
      strength: 'Kraft',
      endurance: 'Ausdauer',
      speed: 'Tempo',
      calories: 'Kalorienverbrauch',
      bone: 'Knochengesundheit',
      toning: 'Straffung',
    },
    equipment: {
      none: 'Keine Ausrüstung',
      'ankle-weights': 'Fußgewichte',
      vest: 'Gewichtsweste',
      gym: 'Fitnessstudio',
      bike: 'Fahrrad',
      pool: 'Schwimmbad',
    },
    activities: {
      running: 'Laufen',
      walking: 'Gehen',
    },
    certainty: {
      high: 'Hoch',
      moderate: 'Moderat',
      low: 'Niedrig',
      'very-low': 'Sehr niedrig',
      'expert-opinion': 'Expertenmeinung',
      'not-studied': 'Nicht untersucht',
    },
    topics: {
      joints: 'Gelenke',
      muscles: 'Muskeln und Kraft',
      heart: 'Herz und Kalorien',
      bones: 'Knochen',
      form: 'Lauftechnik',
    },
    impact: {
      low: 'Geringe Stoßbelastung',
      moderate: 'Mittlere Stoßbelastung',
      high: 'Hohe Stoßbelastung',
    },
  },

  messages: {
    goalStrong: 'Gut belegt für {goals}',
    goalSome: 'Teilweise belegt für {goals}',
    goalWeak: 'Kaum belegt für {goals}',
    goalGeneral: 'Eine solide Allround-Wahl',
    impactLow: 'Schont die Gelenke',
    impactModerate: 'Etwas Stoßbelastung für die Gelenke',
    impactHigh: 'Belastet die Gelenke stark',
    equipmentNone: 'Keine Ausrüstung nötig',
    equipmentHave: 'Nutzt, was du hast: {equipment}',
    equipmentMissing: 'Braucht: {equipment}',
    minutesFit: 'Passt in {minutes} min',
    minutesShort: 'Braucht mindestens {minutes} min',
    levelBeginner: 'Auch für den Einstieg geeignet',
    levelNeedsBase: 'Am besten, wenn du schon regelmäßig läufst',
    excludedJoint: 'Hohe Stoßbelastung: nicht bei früheren oder aktuellen Gelenkproblemen',
    excludedJointUnknown: 'Hohe Stoßbelastung: ausgeklammert, bis du angibst, dass du keine Gelenkprobleme hast',
    excludedJointPain: 'Hohe Stoßbelastung: nicht bei aktuellen Gelenkschmerzen',
    excludedVerdict: 'Ausgeklammert wegen deines Ergebnisses „{verdict}“',
    excludedStop: 'Vorerst nicht: Hör mit dem Training auf und lass dich zuerst ärztlich untersuchen',
    excludedRest: 'Vorerst nicht: Ruh dich aus, bis du gesund bist',
    excludedBone: 'Hohe Stoßbelastung: nicht bei schwachen Knochen oder nach einem Ermüdungsbruch',
    excludedFalls: 'Hohe Stoßbelastung: nicht nach einem Sturz oder bei Gleichgewichtsproblemen',
    excludedCheckFirst: 'Fußgewichte erst nach ärztlicher oder physiotherapeutischer Zustimmung',
    excludedUnder18: 'Unter 18 nicht empfohlen',
    excludedUnanswered: 'Hohe Belastung: ausgeschlossen, bis alle Gesundheitsfragen beantwortet sind',
    offerNothingStop: 'Vorerst nichts ausprobieren. Hör mit dem Training auf und lass dich zuerst ärztlich untersuchen. Bei akuten Brustschmerzen, Ohnmacht oder starker Atemnot: Ruf den Notruf.',
    offerNothingRest: 'Vorerst nichts ausprobieren. Ruh dich aus, bis du gesund bist; dann mach das Quiz noch einmal.',
    offerAfterDoctor: 'Nach ärztlicher oder physiotherapeutischer Zustimmung könnten diese sanften Optionen zu dir passen:',
    offerAfterMidwife: 'Sobald deine Hebamme, Ärztin oder dein Arzt zustimmt, könnten diese sanften Optionen zu dir passen:',
    offerWhileSettling: 'Während sich dein Körper an die Strecke gewöhnt, halten dich diese sanften Optionen in Bewegung:',
  },

  ui: {
    disclaimer: 'Keine medizinische Beratung und kein Ersatz für eine ärztliche oder physiotherapeutische Untersuchung.',
    evidenceNote: 'Die Einstufung der Evidenz ist unsere informelle Bewertung im Stil von GRADE, keine systematische Übersichtsarbeit.',
    sources: 'Quellen',
    reviewed: 'Zuletzt geprüft',
    yes: 'Ja',
    no: 'Nein',
    kcal: 'kcal',

    // Shared by every widget (src/internal/base.strings.ts).
    'base.forget': 'Meine Antworten löschen',
    'base.debugRefused':
      'Eigene Inhalte wurden abgelehnt ({count} Probleme); die eingebauten Inhalte werden angezeigt. Die Browser-Konsole listet jedes Problem auf.',
    'base.debugRefused#one':
      'Eigene Inhalte wurden abgelehnt (1 Problem); die eingebauten Inhalte werden angezeigt. Die Browser-Konsole nennt das Problem.',

    // <loadwise-quiz> (src/elements/quiz/quiz.strings.ts).
    'quiz.title': 'Fußgewichte: ob und wie?',
    'quiz.intro':
      'Etwa {total} kurze Schritte, rund eine Minute. Erfahre, ob du mit Fußgewichten laufen oder gehen solltest, warum, und wie du sicher startest, oder was du stattdessen tun kannst.',
    'quiz.privacy': 'Deine Antworten bleiben in diesem Browser.',
    'quiz.start': 'Los geht’s',
    'quiz.next': 'Weiter',
    'quiz.back': 'Zurück',
    'quiz.seeResult': 'Mein Ergebnis anzeigen',
    'quiz.progress': 'Frage {n} von etwa {total}',
    'quiz.required': 'Wähle eine Antwort, um weiterzumachen.',
    'quiz.requiredAll': 'Beantworte jede Frage, um weiterzumachen.',
    'quiz.flags': 'Gesundheitscheck',
    'quiz.flagsMore': 'Mehr zu deiner Gesundheit',
    'quiz.flagsHelp': 'Beantworte jede Frage mit Ja oder Nein.',
    'quiz.weight': 'Körpergewicht',
    'quiz.unit': 'Einheit',
    'quiz.kg': 'kg',
    'quiz.lb': 'lb',
    'quiz.weightError': 'Gib ein Gewicht von {min} bis {max} ein oder lass das Feld leer.',
    'quiz.weightFix': 'Korrigiere das Gewicht oder lass das Feld leer.',
    'quiz.why': 'Warum',
    'quiz.noFlags': 'Keine deiner Antworten hat ein Warnzeichen ergeben.',
    'quiz.because': 'Deine Antworten:',
    'quiz.source': 'Quelle:',
    'quiz.plan': 'Dein Startplan',
    'quiz.both': '{value} ({other})',
    'quiz.startLoad': 'Zum Start, pro Bein',
    'quiz.maxLoad': 'Steigern bis höchstens, pro Bein',
    'quiz.sessions': 'Einheiten mit Gewicht pro Woche',
    'quiz.sessionsValue': '{start} zu Beginn, höchstens {max}',
    'quiz.minutes': 'Zeit mit Gewichten',
    'quiz.minutesValue': 'Bis zu {minutes} pro Einheit',
    'quiz.progression': 'So steigerst du',
    'quiz.extra': 'Zusätzliche Energie pro Einheit',
    'quiz.extraValue': 'Etwa {typical} {kcal}, bis zu {high}; fast nichts, wenn du langsamer wirst',
    'quiz.warmUp': 'Aufwärmen',
    'quiz.formCues': 'Technik',
    'quiz.stopSigns': 'Aufhören bei',
    'quiz.todo': 'Deine nächsten Schritte',
    'quiz.instead': 'Was du stattdessen tun kannst',
    'quiz.professional':
      'Sprich mit Fachleuten: Ärztin oder Arzt, Physiotherapie oder eine qualifizierte Fachkraft für Bewegung können dich persönlich beraten.',
    'quiz.commercial': 'Links dieser Website, die daran verdienen kann. Die Links ändern nie dein Ergebnis.',
    'quiz.restart': 'Neu starten',
    'quiz.print': 'Zusammenfassung drucken oder speichern',
    'quiz.forget': 'Meine Antworten löschen',
    'quiz.forgotten': 'Deine Antworten wurden gelöscht.',
    'quiz.result': 'Ergebnis: {verdict}',

    // <loadwise-pros-cons> (src/elements/pros-cons/pros-cons.strings.ts).
    'prosCons.heading': 'Laufen mit Fußgewichten: Vorteile und Risiken',
    'prosCons.intro':
      'Die Studienlage ist dünn: meist kleine Laborstudien zu einzelnen Einheiten und keine Studie, in der Laufende über längere Zeit mit Fußgewichten trainiert haben. Bei jeder Aussage steht unsere Bewertung der Evidenz.',
    'prosCons.benefit': 'Vorteile',
    'prosCons.risk': 'Risiken',
    'prosCons.tally': 'Moderate oder starke Evidenz: {strong} · schwache Evidenz: {weak} · nicht getestet oder nur Meinung: {untested}',
    'prosCons.topics': 'Themen',
    'prosCons.sort': 'Nach Evidenz sortieren',
    'prosCons.more.benefit': 'Alle {count} Vorteile anzeigen',
    'prosCons.more.benefit#one': '{count} Vorteil anzeigen',
    'prosCons.more.risk': 'Alle {count} Risiken anzeigen',
    'prosCons.more.risk#one': '{count} Risiko anzeigen',
    'prosCons.empty': 'Keine zu den gewählten Themen.',
    'prosCons.shown': 'Angezeigte Vorteile: {benefit}. Angezeigte Risiken: {risk}.',
    'prosCons.evidence': 'Evidenz:',
    'prosCons.legend': 'Unsere Bewertung der Evidenz: Was die Labels bedeuten',
    'prosCons.certainty.high': 'Übereinstimmende Studien genau zu dieser Frage. Wird sich kaum ändern.',
    'prosCons.certainty.moderate': 'Recht einheitlich, aber kleine oder kurze Studien oder nur zu einer sehr ähnlichen Frage. Kann sich ändern.',
    'prosCons.certainty.low': 'Kleine Laborstudien oder andere Personengruppen. Wird sich wahrscheinlich ändern.',
    'prosCons.certainty.very-low': 'Eine vorläufige Studie, Fallberichte oder Theorie. Sehr unsicher.',
    'prosCons.certainty.expert-opinion': 'Rat von medizinischen Fachleuten oder Institutionen, ohne Daten.',
    'prosCons.certainty.not-studied': 'Wir haben dazu keine Studie mit Fußgewichten gefunden.',
    'prosCons.applies': 'Trifft auf dich zu:',
    'prosCons.numbers': 'Die Zahlen',
    'prosCons.mechanism': 'Warum',
    'prosCons.reduceRisk': 'So senkst du das Risiko',
    'prosCons.type.meta-analysis': 'Metaanalyse',
    'prosCons.type.rct': 'Randomisierte Studie',
    'prosCons.type.controlled-trial': 'Kontrollierte Studien',
    'prosCons.type.uncontrolled-trial': 'Unkontrollierte Studie',
    'prosCons.type.lab-study': 'Laborstudien',
    'prosCons.type.observational': 'Beobachtungsstudien',
    'prosCons.type.expert-opinion': 'Expertenmeinung',
    'prosCons.type.no-study': 'Keine direkte Studie',
    'prosCons.updated': 'An deine Quiz-Antworten angepasst. Aussagen, die auf dich zutreffen: {count}, markiert und nach oben verschoben.',
    'prosCons.cleared': 'Quiz-Antworten gelöscht: Du siehst wieder die allgemeine Ansicht.',
    'prosCons.forYou': 'Was das für dich bedeutet:',
    'prosCons.result': 'Dein Quiz-Ergebnis lautet „{verdict}“.',
    'prosCons.drivers': 'Die Risiken dahinter:',
    'prosCons.none': 'Es beruht nicht auf den Risiken unten, aber die allgemeinen gelten trotzdem.',
    'prosCons.faq': 'Häufige Fragen',
    'prosCons.basedOn': 'Grundlage:',
    'prosCons.sources': 'Quellen',
    'prosCons.reviewed': 'Zuletzt geprüft',

    'prosCons.faq.weight.q': 'Helfen mir Fußgewichte, schneller abzunehmen?',
    'prosCons.faq.weight.a':
      'Kaum. Bei gleichem Tempo bringen Manschetten ein paar Dutzend kcal mehr auf einen 30-Minuten-Lauf, und die meisten werden langsamer und verlieren selbst das. Bergauf laufen bringt 3- bis 5-mal so viel.',
    'prosCons.faq.weight.goal': 'Für dein Kalorienziel ist Training am Berg besser als Manschetten.',
    'prosCons.faq.weight.walk': 'Gehen: Jedes Kilo pro Bein bringt bei 30 Minuten Gehen etwa 10–27 kcal mehr.',
    'prosCons.faq.beginners.q': 'Sind Fußgewichte etwas für Anfängerinnen und Anfänger?',
    'prosCons.faq.beginners.a':
      'Nicht zum Laufen. Lauf zuerst 3 Monate lang mindestens 3-mal pro Woche: Plötzliche Sprünge in der Belastung hängen mit Verletzungen zusammen. Wer anfängt, kann Manschetten für Kraftübungen oder kurze Spaziergänge nutzen.',
    'prosCons.faq.beginners.base': 'Du läufst noch nicht regelmäßig: Bau zuerst diese Basis auf.',
    'prosCons.faq.often.q': 'Wie oft sollte ich sie nutzen?',
    'prosCons.faq.often.a':
      'Dazu gibt es keine Studie. Unsere vorsichtige Grenze fürs Laufen: anfangs {runSessionsStart} kurzer, lockerer Lauf mit Gewicht pro Woche, nie mehr als {runSessionsMax}, und nie mehr Gewicht und mehr Strecke in derselben Woche.',
    'prosCons.faq.often.plan': 'Dein Plan: {sessions}-mal pro Woche mit Gewicht.',
    'prosCons.faq.often.stop': 'Dein Ergebnis: vorerst keine Einheiten mit Gewicht.',
    'prosCons.faq.faster.q': 'Macht mich Laufen mit Fußgewichten schneller?',
    'prosCons.faq.faster.a':
      'Nichts belegt das. Gewicht an den Füßen macht das Laufen unökonomischer und langsamer, und die einzige Langzeitstudie im Sprint fand keinen Tempogewinn. Intervalle und Bergläufe sind besser belegt.',
    'prosCons.faq.faster.goal': 'Für mehr Tempo: keine Gewichte bei Tempotraining, langen Läufen und Wettkämpfen.',
    'prosCons.faq.tone.q': 'Straffen Fußgewichte meine Beine?',
    'prosCons.faq.tone.a':
      'Keine Studie definiert oder misst „Straffung“ oder zeigt, dass Manschetten Fett an den Beinen verbrennen. Solange du sie trägst, arbeiten Hüftbeuger und hintere Oberschenkelmuskeln mehr; dauerhafte Kraft kommt von Kraftübungen, bei denen du sie einsetzen kannst.',
    'prosCons.faq.tone.goal': 'Für Kraft oder Straffung sind langsames Beinheben und Beincurls mit Manschetten besser als Laufen damit.',
    'prosCons.faq.heavy.q': 'Wie schwer sollten Fußgewichte sein?',
    'prosCons.faq.heavy.a':
      'Leicht. Zum Laufen: zu Beginn {runStart} pro Bein, höchstens {runMax}, und beide zusammen nicht über {share} des Körpergewichts, denn darüber verändert sich der Laufstil. Bis zu {walkMax} sind fürs Gehen und für Kraftübungen gedacht.',
    'prosCons.faq.heavy.plan': 'Dein Plan: {start} bis {max} pro Bein.',
    'prosCons.faq.heavy.stop': 'Dein Ergebnis: vorerst keine Gewichte.',
    'prosCons.faq.exercises.q': 'Welche Übungen kann ich mit Fußgewichten machen?',
    'prosCons.faq.exercises.a':
      'Langsame Kraftübungen: Beincurls im Stehen, Beinheben zur Seite und nach hinten, Beinheben im Liegen oder Sitzen. 1–3 Sätze mit 8–12 Wiederholungen, an 2–3 Tagen pro Woche; mehr Gewicht, sobald du 1–2 Wiederholungen mehr schaffst.',
    'prosCons.faq.exercises.balance': 'Mach sie im Sitzen oder halt dich fest: Gewichte können das Gleichgewicht stören.',
    'prosCons.faq.exercises.ask': 'Dein Ergebnis: Lass dich auch vor diesen Übungen fachlich beraten.',

    // <loadwise-alternatives> (src/elements/alternatives/alternatives.strings.ts).
    'alternatives.heading': 'Andere Wege zu deinem Ziel',
    'alternatives.intro': 'Sortiert nach deinen Zielen und Einschränkungen. Jede Karte sagt, warum sie passt.',
    'alternatives.goals': 'Deine Ziele',
    'alternatives.goalsHelp': 'Wähle beliebig viele. Wählst du keins, zählt jedes Ziel.',
    'alternatives.limits': 'Deine Einschränkungen',
    'alternatives.jointPain': 'Ich habe Gelenkschmerzen',
    'alternatives.equipment': 'Verfügbare Ausrüstung',
    'alternatives.minutes': 'Minuten pro Einheit',
    'alternatives.anyMinutes': 'Beliebig',
    'alternatives.minutesOption': '{minutes} min',
    'alternatives.fromQuiz': 'Aus deinen Quiz-Antworten. Du kannst alles ändern.',
    'alternatives.results': 'Sortierte Optionen',
    'alternatives.resultsCount': '{count} Optionen für dich, die beste zuerst.',
    'alternatives.resultsCount#one': '{count} Option für dich.',
    'alternatives.announce': 'Reihenfolge aktualisiert. Platz 1: {name}.',
    'alternatives.rank': 'Platz {rank}',
    'alternatives.fit': 'Passung',
    'alternatives.fitStrong': 'Passt sehr gut',
    'alternatives.fitGood': 'Passt gut',
    'alternatives.fitPartial': 'Passt teilweise',
    'alternatives.fitWeak': 'Passt kaum',
    'alternatives.fitValue': '{words}, {percent} %',
    'alternatives.impact': 'Stoßbelastung',
    'alternatives.time': 'Zeit',
    'alternatives.timeRange': '{min}–{max} min',
    'alternatives.equipmentNeeded': 'Ausrüstung',
    'alternatives.kcal': 'Etwa {kcal} kcal in 30 Minuten (Schätzung)',
    'alternatives.kcalHint': 'Gib im Quiz dein Körpergewicht an, dann schätzen wir die Kalorien.',
    'alternatives.whyFits': 'Warum es passt',
    'alternatives.pro': 'Dafür:',
    'alternatives.con': 'Dagegen:',
    'alternatives.howTo': 'So geht’s',
    'alternatives.dose': 'Zum Einstieg',
    'alternatives.progression': 'Steigerung',
    'alternatives.notFor': 'Nicht für dich bei',
    'alternatives.choose': 'Auswählen',
    'alternatives.chosen': 'Ausgewählt',
    'alternatives.chosenAnnounce': 'Du hast {name} gewählt.',
    'alternatives.compareThis': 'Vergleichen',
    'alternatives.compareLimit': 'Vergleiche bis zu drei. Entferne eine, um eine andere hinzuzufügen.',
    'alternatives.compare': 'Nebeneinander vergleichen ({count})',
    'alternatives.closeCompare': 'Vergleich schließen',
    'alternatives.compareCaption': 'Vergleich nebeneinander',
    'alternatives.compareHint': 'Hak bei zwei oder drei Karten „Vergleichen“ an.',
    'alternatives.excluded': 'Für dich ausgeschlossen ({count})',
    'alternatives.excludedHelp': 'Diese Optionen stehen wegen deiner Antworten nicht in der Rangfolge.',
    'alternatives.disclosure': 'Manche Links auf dieser Seite sind kommerziell. Sie ändern nie die Reihenfolge.',
    'alternatives.none': 'Keine Option passt zu diesen Einschränkungen. Versuch es mit weniger.',
  },
};

export default de;
