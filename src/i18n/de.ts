import type { Messages } from './messages.js';

/*
 * German messages (`de`), translated from the English ones (en*.ts): text only; the ids,
 * conditions, numbers and sources are in src/core/catalogue, written once for every language.
 * Register: informal "du", plain language for a phone screen, neutral or paired forms for people
 * where that reads well. Decimals are written the German way in prose (1,1 kg); a no-break space
 * joins a number and its unit.
 */
export const de = {
  locale: 'de',
  questions: {
    heartCondition: {
      text: 'Wurde bei dir ärztlich eine Herzerkrankung oder Bluthochdruck festgestellt?',
      help: 'Auch wenn sie behandelt werden: Ja.',
      advice: {
        true: 'Sprich mit deiner Ärztin oder deinem Arzt, bevor du Gewichte nutzt oder härter trainierst.',
      },
    },
    chestPain: {
      text: 'Hast du Brustschmerzen, in Ruhe oder bei Bewegung?',
      help: 'Auch Druck oder Engegefühl zählt.',
      advice: {
        true: 'Hör auf und lass dich ärztlich untersuchen, bevor du irgendein neues Training beginnst. Sind die Schmerzen stark oder kommen Atemnot oder Schweißausbruch dazu: Ruf den Notruf.',
      },
    },
    warningSymptoms: {
      text: 'In letzter Zeit: Atemnot in Ruhe oder bei leichter Belastung, Herzrasen oder unregelmäßiger Herzschlag, geschwollene Knöchel, Wadenschmerzen beim Gehen oder ungewöhnliche Müdigkeit?',
      help: 'Auch Wadenschmerzen, die nachlassen, wenn du stehen bleibst, zählen.',
      advice: {
        true: 'Hör mit dem Training auf und lass dich ärztlich untersuchen, bevor du irgendein neues Training beginnst. Treten die Beschwerden plötzlich oder heftig auf: Ruf den Notruf.',
      },
    },
    dizziness: {
      text: 'In den letzten 12 Monaten durch Schwindel das Gleichgewicht verloren oder ohnmächtig geworden?',
      help: 'Nicht gemeint: Benommenheit durch heftiges Atmen.',
      advice: {
        true: 'Lass zuerst ärztlich die Ursache klären: Gewichte erschweren das Gleichgewicht.',
      },
    },
    chronicCondition: {
      text: 'Eine andere chronische Erkrankung oder verschriebene Medikamente dagegen?',
      help: 'Z. B. Diabetes, Nieren- oder Lungenerkrankung, Arthrose oder Arthritis, Krebs, auch wenn gut eingestellt.',
      advice: {
        true: 'Frag deine Ärztin, deinen Arzt oder eine qualifizierte Fachkraft für Bewegung, bevor du Gewichte nutzt.',
      },
    },
    supervisedOnly: {
      text: 'Wurde dir ärztlich geraten, nur unter medizinischer Aufsicht zu trainieren?',
      help: 'Z. B. nur im Beisein von medizinischem Fachpersonal.',
      advice: {
        true: 'Trainiere weiter nur unter Aufsicht; frag dein Behandlungsteam, bevor du Gewichte nutzt.',
      },
    },
    jointProblem: {
      text: 'Probleme mit Knochen, Gelenken, Muskeln, Sehnen oder Bändern an Füßen, Sprunggelenken, Schienbeinen, Knien, Hüften oder Rücken?',
      help: '„Ja, aktuell“: in den letzten 12 Monaten aufgetreten und schränkt dich noch ein. Auch Schienbeinkantensyndrom und Achillessehnenschmerzen zählen.',
      options: {
        none: 'Nein',
        past: 'Früher, jetzt ausgeheilt',
        current: 'Ja, aktuell oder in den letzten 12 Monaten',
      },
      advice: {
        current: 'Lass dich ärztlich oder physiotherapeutisch beraten, bevor du Gewichte nutzt: Zusätzliche Last könnte es verschlimmern. Gelenkschonende Alternativen könnten zu dir passen.',
        past: 'Mach vorsichtig weiter: Fang leichter an; hör auf, wenn es wiederkommt.',
      },
    },
    boneHealth: {
      text: 'Osteoporose, schon einmal ein Ermüdungsbruch oder Kortisontabletten über längere Zeit?',
      help: 'Auch eine geringe Knochendichte zählt.',
      advice: {
        true: 'Kein Laufen mit Fußgewichten. Fürs Gehen mit leichten Manschetten: Lass dich vorher ärztlich oder physiotherapeutisch beraten.',
      },
    },
    falls: {
      text: 'In den letzten 12 Monaten gestürzt oder beinahe gestürzt, oder Probleme mit dem Gleichgewicht?',
      help: 'Auch Stolpern, bei dem du dich gerade noch fangen konntest, zählt.',
      advice: {
        true: 'Gewichte verändern deinen Schritt. Kein Laufen damit; bevor du mit Manschetten gehst, lass dich physiotherapeutisch beraten.',
      },
    },
    pregnant: {
      text: 'Schwanger oder in den letzten 6 Monaten entbunden?',
      help: 'Auch „Ja“, wenn du schwanger sein könntest.',
      advice: {
        true: 'Frag zuerst deine Hebamme, Ärztin oder deinen Arzt. Keine Gewichte, bis sie zustimmen.',
      },
    },
    unwell: {
      text: 'Bist du gerade krank, z. B. erkältet oder mit Fieber?',
      help: 'Nur vorübergehende Erkrankungen.',
      advice: {
        true: 'Keine Gewichte, bis du wieder ganz gesund bist; dann mach das Quiz noch einmal.',
      },
    },
    loadSpike: {
      text: 'Ist deine wöchentliche Laufstrecke in den letzten 2 Wochen um mehr als ein Drittel gestiegen?',
      help: 'Z. B. von 15 km auf über 20 km pro Woche. Du läufst nicht? Antworte mit „Nein“.',
      advice: {
        true: 'Gib deinem Körper erst Zeit, sich anzupassen: Halte deine Strecke konstant, vorerst keine Gewichte.',
      },
    },
    activity: {
      text: 'Willst du die Gewichte beim Laufen oder beim Gehen tragen?',
      help: 'Empfehlungen und Grenzwerte unterscheiden sich.',
      options: { running: 'Laufen', walking: 'Gehen' },
    },
    ageBand: {
      text: 'Wie alt bist du?',
      help: 'Wir nutzen nur deine Altersgruppe.',
      options: {
        'under-18': 'Unter 18',
        '18-44': '18–44',
        '45-64': '45–64',
        '65-plus': '65 oder älter',
      },
      advice: {
        'under-18': 'Diese Empfehlungen gelten für Erwachsene. Frag einen Coach, eine Sportlehrkraft, eine Ärztin oder einen Arzt.',
        '65-plus': 'Ab 65 wird vom Laufen mit Gewichten abgeraten (Risiko fürs Gleichgewicht). Gehen mit leichten Manschetten kann mit Vorsicht möglich sein.',
      },
    },
    runFrequency: {
      text: 'Wie oft läufst du zurzeit?',
      help: '„Regelmäßig“ heißt: mindestens 3 Läufe pro Woche seit mindestens 3 Monaten.',
      options: {
        none: 'Ich laufe nicht',
        occasional: 'Ab und zu',
        regular: '3-mal pro Woche oder öfter, seit mindestens 3 Monaten',
      },
      advice: {
        none: 'Fürs Gehen mit leichten Gewichten kein Problem. Um damit zu laufen, bau dir zuerst eine Laufbasis auf, z. B. mit Geh-Lauf-Intervallen.',
        occasional: 'Um mit Gewichten zu laufen, steigere dich zuerst auf mindestens 3 Läufe pro Woche über 3 Monate. Gehen mit leichten Manschetten kommt schon jetzt infrage.',
      },
    },
    weightedBefore: {
      text: 'Schon einmal mit Fußgewichten gelaufen oder gegangen?',
      help: '„Probleme“: Schmerzen, eine Verletzung oder ein veränderter Schritt.',
      options: {
        never: 'Nein, nie',
        'without-issues': 'Ja, ohne Probleme',
        'with-issues': 'Ja, und ich hatte Probleme',
      },
      advice: {
        'with-issues': 'Vom Laufen damit wird abgeraten. Beim Gehen: leichter wählen; beim ersten Schmerz aufhören.',
      },
    },
    bodyWeightKg: {
      text: 'Dein Körpergewicht (optional)',
      help: 'Für die 3-%-Grenze beider Manschetten und die Kalorienschätzung. Bleibt auf deinem Gerät.',
    },
    goals: {
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
  },
  // Several age rules also fire for under-18, so their texts say "deine Altersgruppe".
  reasons: {
    'heart-condition': 'Herzerkrankung oder Bluthochdruck. Laufen ist intensiv: Sprich mit deiner Ärztin oder deinem Arzt, bevor du Gewichte nutzt oder härter trainierst.',
    'chest-pain': 'Brustschmerzen. Hör auf und lass dich ärztlich untersuchen, bevor du irgendein neues Training beginnst.',
    'warning-symptoms': 'Ein Warnzeichen: Atemnot, Herzrasen, geschwollene Knöchel, Wadenschmerzen oder ungewöhnliche Müdigkeit. Hör auf und lass dich ärztlich untersuchen, bevor du überhaupt trainierst.',
    dizziness: 'Schwindel oder Ohnmacht. Lass zuerst ärztlich die Ursache klären: Gewichte erschweren das Gleichgewicht.',
    'chronic-condition': 'Eine chronische Erkrankung. Frag deine Ärztin, deinen Arzt oder eine qualifizierte Fachkraft für Bewegung, bevor du Gewichte nutzt.',
    'supervised-only': 'Dir wurde ärztlich nur Training unter Aufsicht geraten. Halte dich daran; frag dein Behandlungsteam, bevor du Gewichte nutzt.',
    'joint-current': 'Ein aktuelles Problem mit Knochen, Gelenken oder Weichteilen. Lass dich ärztlich oder physiotherapeutisch beraten, bevor du Gewichte nutzt: Zusätzliche Last könnte es verschlimmern.',
    pregnant: 'Schwanger oder vor Kurzem entbunden. Frag zuerst deine Hebamme, Ärztin oder deinen Arzt. Keine Gewichte, bis sie zustimmen.',
    unwell: 'Krank. Keine Gewichte, bis du wieder ganz gesund bist; dann mach das Quiz noch einmal.',
    'load-spike': 'Deine Wochenstrecke ist stark gestiegen. Solche Sprünge gehen mit mehr Laufverletzungen einher: Lass deinem Körper Zeit, sich daran zu gewöhnen, bevor du Gewichte nutzt.',
    'under-18': 'Diese Empfehlungen gelten für Erwachsene. Frag einen Coach, eine Sportlehrkraft, eine Ärztin oder einen Arzt, welches Training zu einem Körper im Wachstum passt.',
    'no-running-base': 'Noch kein regelmäßiges Laufen. Steigere dich zuerst auf mindestens 3 Läufe pro Woche über 3 Monate; Gehen mit leichten Gewichten oder Geh-Lauf-Intervalle sind der bessere Einstieg.',
    'bone-health-running': 'Osteoporose, ein Ermüdungsbruch oder langfristige Kortisoneinnahme. Laufen belastet deine Knochen schon: keine Fußgewichte. Frag eine Fachperson, was zu dir passt.',
    'falls-running': 'Ein Sturz oder Gleichgewichtsprobleme. Fußgewichte verändern deinen Laufstil: kein Laufen damit.',
    'weighted-issues-running': 'Du hattest schon Probleme mit Fußgewichten; sie verändern, wie man läuft. Vom Laufen damit wird abgeraten.',
    'age-65-running': 'In deiner Altersgruppe wird vom Laufen mit Gewichten abgeraten: Risiko für Gleichgewicht und Laufstil, bei wenig Nutzen.',
    'joint-past': 'Eine frühere Verletzung erhöht das Risiko für neue. Fang leichter an, steigere langsamer; hör auf, wenn alte Schmerzen wiederkommen.',
    'age-45-running': 'In deiner Altersgruppe braucht Laufen mehr Vorsicht. Neu bei intensivem Training? Frag zuerst eine qualifizierte Fachkraft für Bewegung.',
    'new-to-weights-running': 'Neu beim Laufen mit Gewichten oder schon Probleme gehabt. Leichteste Last, kurze lockere Abschnitte; Gewichte ab, wenn sich dein Laufstil verändert.',
    'age-65-walking': 'In deiner Altersgruppe können Gewichte das Gleichgewicht beeinträchtigen. Leichte Manschetten, ebener Boden; lass sie weg, wenn du in letzter Zeit gestürzt bist oder dich unsicher gefühlt hast.',
    'bone-health-walking': 'Osteoporose, ein Ermüdungsbruch oder langfristige Kortisoneinnahme. Lass dich ärztlich oder physiotherapeutisch beraten, bevor du mit Manschetten gehst.',
    'falls-walking': 'Ein Sturz oder Gleichgewichtsprobleme. Fußgewichte verändern deinen Schritt: Lass dich physiotherapeutisch beraten, bevor du mit Manschetten gehst.',
    'weighted-issues-walking': 'Frühere Probleme mit Fußgewichten. Beim Gehen: leichter wählen; beim ersten Schmerz oder wenn sich dein Schritt verändert, aufhören.',
    incomplete: 'Beantworte alle Fragen, um einen Plan mit Gewichtsangaben zu sehen.',
  },
  verdicts: {
    'see-professional': {
      title: 'Erst fachlich beraten lassen',
      summary: 'Frag eine Ärztin, einen Arzt oder eine qualifizierte Fachkraft für Bewegung, bevor du Gewichte nutzt oder härter trainierst. Keine medizinische Beratung.',
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
      advice: [
        'Sobald sie zustimmen, frag, welche der sanften Optionen zu dir passt.',
      ],
    },
    rest: {
      summary: 'Ruh dich aus, bis du wieder ganz gesund bist; dann mach das Quiz noch einmal.',
      advice: [
        'Ruh dich aus: keine Gewichte und kein hartes Training, solange du krank bist.',
        'Bist du wieder gesund, fang sanft und ohne Gewichte wieder an.',
      ],
    },
    pregnancy: {
      summary: 'Sprich mit deiner Hebamme, Ärztin oder deinem Arzt, bevor du Gewichte nutzt.',
      advice: [
        'Frag deine Hebamme, Ärztin oder deinen Arzt, welches Training jetzt zu dir passt.',
        'Keine Fußgewichte, bis sie zustimmen.',
      ],
    },
    settle: {
      summary: 'Gib deinem Körper Zeit, sich an die gestiegene Strecke zu gewöhnen, bevor du Gewichte nutzt.',
      advice: [
        'Halte deine Wochenstrecke konstant, bis sie sich wieder leicht anfühlt.',
        'Nimm in einer Woche, in der du die Strecke verlängerst, nie Gewichte dazu.',
      ],
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
      advice: [
        'Beantworte alle Fragen, um einen Plan mit Gewichtsangaben zu sehen.',
      ],
    },
  },
  plans: {
    running: {
      progression: 'Erhöhe höchstens alle {span} um {step} pro Bein, wenn du schmerzfrei bist und dein Laufstil unverändert ist; nie in einer Woche, in der du die Strecke verlängerst. Nur lockeres Tempo: keine Gewichte bei Intervallen, Bergintervallen, langen Läufen oder Wettkämpfen.',
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
      progression: 'Erhöhe alle {span} um {step} pro Bein oder geh {addMinutes} länger, wenn du schmerzfrei bist. Immer nur eine Änderung auf einmal.',
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
  alternatives: {
    'weighted-vest-walk': {
      title: 'Gehen mit Gewichtsweste',
      summary: 'Last am Rumpf lässt deinen Beinschwung natürlich.',
      contraindications: [
        'Rücken- oder Nackenschmerzen',
        'Osteoporose: vorher fragen',
        'Schwangerschaft',
        'Gleichgewichtsprobleme',
      ],
      avoidWhen: [
        {
          reason: 'Eine Weste belastet Wirbelsäule und Gelenke: Frag zuerst deine Hebamme, Ärztin oder deinen Arzt.',
        },
        {
          reason: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben: Lass dich zuerst fachlich beraten.',
        },
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
    },
    'hill-walking': {
      title: 'Bergauf gehen',
      summary: 'Mehr Arbeit für Beine und Herz, mit weniger Aufprall als beim Laufen.',
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
    },
    'hill-repeats': {
      title: 'Bergintervalle',
      summary: 'Kurze, harte Läufe bergauf trainieren Ausdauer und Beinkraft, für alle, die schon eine Laufbasis haben.',
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
    },
    intervals: {
      title: 'Intervallläufe',
      summary: 'Hartes und lockeres Laufen im Wechsel: einer der am besten belegten Wege zu mehr Ausdauer und Tempo.',
      contraindications: [
        'Setzt regelmäßiges Laufen voraus',
        'Herzerkrankung oder ein Warnzeichen: vor harten Belastungen fachlichen Rat einholen',
      ],
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
    },
    'walk-jog': {
      title: 'Geh-Lauf-Intervalle',
      summary: 'Kurze Jogging-Abschnitte zwischen Gehpausen: ein sanfter Einstieg in eine Laufbasis.',
      contraindications: [
        'Gelenkschmerzen, die beim Joggen schlimmer werden',
        'Jedes Warnzeichen aus dem Gesundheitscheck',
      ],
      howTo: {
        steps: [
          '5 min zügig gehen.',
          '1 min locker joggen, 2 min gehen.',
          '6- bis 8-mal wiederholen.',
          'Zum Schluss 5 min gehen.',
        ],
        dose: '20–30 min, an 3 Tagen pro Woche.',
        progression: 'Alle 1–2 Wochen die Jogging-Abschnitte verlängern oder die Gehpausen verkürzen, nicht beides, mit dem Ziel, in einigen Monaten 30 min locker zu laufen.',
      },
    },
    'strength-training': {
      title: 'Krafttraining',
      summary: 'Baut Kraft auf, gut belegt für weniger Verletzungen und bessere Laufökonomie.',
      contraindications: [
        'Akute Verletzung: erst abklingen lassen',
        'Erst die Technik lernen, dann Gewicht dazunehmen',
      ],
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
    },
    'ankle-weight-walking': {
      title: 'Gehen mit leichten Fußgewichten',
      summary: 'Leichte Manschetten machen einen lockeren Spaziergang etwas anstrengender, mit weniger Risiko als beim Laufen.',
      contraindications: [
        'Gleichgewichtsprobleme oder ein Sturz vor Kurzem',
        'Schmerzen in Sprunggelenk, Knie oder Hüfte',
        'Fachleute der Mayo Clinic raten davon ab (Expertenmeinung)',
      ],
      avoidWhen: [
        {
          reason: 'Du hast Schwindel angegeben: Gewichte können das Gleichgewicht stören.',
        },
        {
          reason: 'Zusätzliche Last am Bein könnte ein aktuelles Gelenkproblem verschlimmern.',
        },
      ],
      howTo: {
        steps: [
          'Beginne mit {walkStart} pro Bein.',
          'Die Manschetten eng über dem Knöchel anlegen.',
          'Gewohntes Tempo und gewohnte Schritte, auf ebenem Boden.',
          'Nimm sie ab, wenn Sprunggelenk, Knie oder Hüfte schmerzen.',
        ],
        dose: '20–30 min, an 2–3 Tagen pro Woche.',
        progression: 'Erhöhe alle {walkSpan} um {step} pro Bein oder geh {addMinutes} länger, wenn du schmerzfrei bist. Höchstens {walkMax} pro Bein.',
      },
    },
    'ankle-weight-exercises': {
      title: 'Kraftübungen mit Fußgewichten',
      summary: 'Langsames Beinheben und Beincurls mit Manschetten kräftigen Hüfte und Oberschenkel, ganz ohne Aufprall.',
      contraindications: [
        'Akute Gelenkschmerzen',
        'Aufhören, wenn Hüft- oder Knieschmerzen zunehmen',
      ],
      avoidWhen: [
        {
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
    },
    cycling: {
      title: 'Radfahren',
      summary: 'Ausdauer und Kalorienverbrauch bei wenig Gelenkbelastung.',
      contraindications: [
        'Knieschmerzen: Sitzposition am Rad prüfen lassen (Expertenmeinung)',
        'Bringt den Knochen wenig: Krafttraining ergänzen',
      ],
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
    },
    swimming: {
      title: 'Schwimmen oder Aqua-Jogging',
      summary: 'Das Wasser trägt dein Gewicht: Ausdauer ohne Aufprall.',
      contraindications: [
        'Du musst schwimmen können',
        'Bringt den Knochen wenig: Krafttraining ergänzen',
      ],
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
    },
  },
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
    activities: { running: 'Laufen', walking: 'Gehen' },
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
  },
  claims: {
    'extra-calories-fixed-pace': {
      title: 'Mehr Kalorien bei gleichem Tempo',
      summary: '5–8 % mehr Energieverbrauch bei gleichem Tempo, aber die meisten werden langsamer, und der Vorteil geht verloren.',
      appliesWhen: [{ why: 'Dein Ziel: Kalorienverbrauch.' }],
    },
    'swing-muscle-work': {
      title: 'Mehr Arbeit für die Muskeln, die das Bein schwingen',
      summary: 'Hüftbeuger und hintere Oberschenkelmuskeln arbeiten mehr, solange die Gewichte dran sind.',
      appliesWhen: [{ why: 'Dein Ziel: Kraft oder Straffung.' }],
    },
    'higher-effort-heart-rate': {
      title: 'Höherer Puls, solange du sie trägst',
      summary: 'Puls und Sauerstoffverbrauch steigen etwas, nur während der Einheit.',
      appliesWhen: [{ why: 'Dein Ziel: Ausdauer.' }],
    },
    'walking-energy-cost': {
      title: 'Gehen damit verbraucht mehr Energie',
      summary: 'Etwa 3–8 % mehr pro kg, beide Beine zusammen.',
      appliesWhen: [{ why: 'Du willst mit Gewichten gehen.' }],
    },
    'ankle-weight-strength-exercises': {
      title: 'Kraftübungen mit Gewichtsmanschetten',
      summary: 'Langsames Beinheben und Beincurls mit Manschetten sind Krafttraining, und das baut Kraft auf; Manschetten speziell wurden nicht getestet.',
      appliesWhen: [{ why: 'Dein Ziel: Kraft oder Straffung.' }],
    },
    'older-adults-2022-study': {
      title: 'Kleine, unkontrollierte Studie mit älteren Menschen',
      summary: 'Alter 50–90: bessere Werte im Aufstehtest nach 3 Monaten mit Fußgewichten; keine Kontrollgruppe.',
      appliesWhen: [
        { why: 'Du bist in oder nahe der untersuchten Altersgruppe.' },
      ],
    },
    'training-gain-not-studied': {
      title: 'Dauerhaft mehr Kraft oder Ausdauer: nicht untersucht',
      summary: 'Fürs Laufen mit Fußgewichten nicht getestet.',
      appliesWhen: [{ why: 'Dein Ziel: Kraft oder Ausdauer.' }],
    },
    'bone-density-not-studied': {
      title: 'Stärkere Knochen: nicht untersucht',
      summary: 'Keine Studie hat die Knochendichte mit Fußgewichten gemessen.',
      appliesWhen: [
        {
          why: 'Dein Ziel: Knochengesundheit. Krafttraining ist besser belegt.',
        },
        {
          why: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben: Verlass dich nicht auf Fußgewichte.',
        },
      ],
    },
    'gait-change': {
      title: 'Schwerere Gewichte verändern dein Laufbild',
      summary: 'Ab etwa 3 % des Körpergewichts an den Beinen verändert sich das Laufbild; leichte Manschetten veränderten die grundlegende Technik beim Joggen nicht.',
      appliesWhen: [
        { why: 'Du hattest schon Probleme mit Fußgewichten.' },
        { why: 'Du willst mit Gewichten laufen.' },
      ],
    },
    'joint-stress': {
      title: 'Mehr Belastung für Knie und Hüfte; Rücken unklar',
      summary: 'Die Kräfte an Knie und Hüfte steigen, wenn das Bein schwingt; der Rücken ist nicht untersucht.',
      appliesWhen: [{ why: 'Du hast oder hattest ein Gelenkproblem.' }],
    },
    'patellofemoral-pain': {
      title: 'Schmerzen an der Kniescheibe (patellofemoral)',
      summary: 'Häufig beim Laufen; keine Studie bringt sie mit Fußgewichten in Verbindung.',
      appliesWhen: [{ why: 'Du hast oder hattest ein Gelenkproblem.' }],
    },
    'it-band-syndrome': {
      title: 'Läuferknie (Iliotibialband-Syndrom)',
      summary: 'Schmerzen außen am Knie, verbunden mit plötzlichen Sprüngen im Laufumfang; mit Fußgewichten nicht untersucht.',
      appliesWhen: [{ why: 'Du läufst noch nicht regelmäßig.' }],
    },
    'stress-fractures': {
      title: 'Ermüdungsbrüche',
      summary: 'Sie entstehen, wenn Belastung den Knochen schneller beansprucht, als er sich erneuern kann; keine Studie bringt sie mit Fußgewichten in Verbindung.',
      appliesWhen: [
        { why: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben.' },
      ],
    },
    'muscle-imbalance': {
      title: 'Muskuläres Ungleichgewicht: eine Warnung, kein Befund',
      summary: 'Manche Trainerinnen und Trainer warnen vor über- und unterforderten Beinmuskeln; nicht getestet.',
      appliesWhen: [{ why: 'Dein Ziel: Kraft oder Straffung.' }],
    },
    'cartilage-damage': {
      title: 'Knorpelschäden: Die Daten weisen in die andere Richtung',
      summary: 'Keine Daten zu Fußgewichten; wer in der Freizeit läuft, hat seltener Hüft- oder Kniearthrose als Menschen ohne Sport.',
      appliesWhen: [{ why: 'Du hast oder hattest ein Gelenkproblem.' }],
    },
    'slower-running-economy': {
      title: 'Langsamer und weniger ökonomisch laufen',
      summary: 'Gewicht am Fuß kostet bei jedem Tempo Energie und machte Laufende langsamer.',
      appliesWhen: [{ why: 'Dein Ziel: Tempo.' }],
    },
    'sudden-load-increase': {
      title: 'Sprunghafte Steigerung der Trainingsbelastung',
      summary: 'Schnelle Steigerungen beim Laufen hängen mit Verletzungen zusammen; zusätzliches Gewicht ist eine weitere Steigerung.',
      appliesWhen: [{ why: 'Du läufst noch nicht regelmäßig.' }],
    },
    'ankle-leg-strain': {
      title: 'Belastung für Sprunggelenk und Beinmuskeln',
      summary: 'Fachleute der Mayo Clinic raten vom Gehen damit ab: Sie könnten Sprunggelenk und Beinmuskeln überlasten.',
      appliesWhen: [
        { why: 'Du willst mit Gewichten gehen.' },
        { why: 'Du hattest schon Probleme mit Fußgewichten.' },
      ],
    },
    'balance-and-falls': {
      title: 'Gleichgewicht und Stürze',
      summary: 'Ein schwererer Beinschwung kann zu Stolpern und Stürzen führen, vor allem bei älteren Menschen oder schlechtem Gleichgewicht.',
      appliesWhen: [
        { why: 'Du bist 65 oder älter.' },
        { why: 'Du hast Schwindel angegeben.' },
      ],
    },
    'weighted-vest-impact': {
      title: 'Eine Gewichtsweste ist nicht nachweislich sicherer',
      summary: 'Sie belastet den Beinschwung nicht, erhöht aber den Aufprall bei jedem Schritt; keine Studie vergleicht Verletzungen.',
      appliesWhen: [
        { why: 'Du hast oder hattest ein Gelenkproblem.' },
        {
          why: 'Du hast Osteoporose oder einen Ermüdungsbruch angegeben: Lass dich zuerst fachlich beraten.',
        },
      ],
    },
  },
  claimDetails: {
    'extra-calories-fixed-pace': {
      detail: {
        numbers: '8 Läuferinnen und Läufer (Claremont & Hall 1988). 70 kg, 10 km/h (6 mph), 1 kg (2,2 lb) pro Bein: +26–52 kcal zusätzlich zu 326 kcal pro 30 min. Im eigenen Tempo wurden 7 Laufende langsamer: kein Mehrverbrauch (Bhambhani 1990).',
        mechanism: 'Gewicht am Bein zu schwingen kostet viel Energie.',
      },
    },
    'swing-muscle-work': {
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) am Knöchel: Gelenkmomente +20–48 %, Gelenkwinkel um höchstens 4° verändert (Duclos 2014, Menschen nach Schlaganfall). Schwungmuskeln aktiver (Browning 2007), Gelenkkräfte höher (Martin & Cavanagh 1990).',
        mechanism: 'Mehr Kraft aus der Hüfte bewegt das schwerere Bein; dass das Kraft aufbaut, ist nicht belegt.',
      },
    },
    'higher-effort-heart-rate': {
      detail: {
        numbers: '1,36 kg (3 lb) pro Bein, Gehen bergauf: Puls +7,6/min, Sauerstoff +9 %, gleiche gefühlte Anstrengung (Graves 1988). 1,6–4,8 kg (3,5–10,6 lb): Verbrauch stieg mit der Last, mehr am Knöchel als am Handgelenk (8 Männer, 1989).',
        mechanism: 'Mehr Masse, mehr Arbeit fürs Herz; ein Fitnessgewinn ist nicht untersucht.',
      },
    },
    'walking-energy-cost': {
      detail: {
        numbers: '1,82 kg (4 lb) pro Bein: +17,6 %, an nur einem Bein: +7,4 % (Skinner & Barrack 1990). +0,8 % pro 100 g (3,5 oz) (Miller & Stamford 1987). 70 kg, 1 kg (2,2 lb) pro Bein: +10–27 kcal zusätzlich zu 168 kcal bei 30 min Gehen.',
        mechanism: 'Das Schwingen kostet Energie, aber man geht langsamer.',
      },
    },
    'ankle-weight-strength-exercises': {
      detail: {
        numbers: 'ACSM: 1–3 Sätze mit 8–12 Wiederholungen, an 2–3 Tagen pro Woche; +2–10 % Last, wenn du 1–2 Wiederholungen mehr als geplant schaffst. Manschetten-Stufen: meist 0,25 kg (0,5 lb). Bewertet anhand von Krafttraining insgesamt.',
        mechanism: 'Muskeln passen sich an Lasten an, die sie nur 8- bis 12-mal heben können.',
      },
    },
    'older-adults-2022-study': {
      detail: {
        numbers: '74 Freiwillige, vorab auf Sturzrisiko geprüft. Nur ein 30-Sekunden-Aufstehtest vom Stuhl; kein Krafttest, kein Laufen; Gewicht der Manschetten und Nutzung beim Gehen nicht angegeben.',
        mechanism: 'Kräftigere Beine, Übungseffekte oder andere Veränderungen könnten es erklären.',
      },
    },
    'training-gain-not-studied': {
      detail: {
        numbers: 'Keine Studie im Langstreckenlauf. Die einzige Langzeitstudie im Sprint: kein Tempogewinn (Feser 2020). 0,5–2 kg (1–4,4 lb) liegen weit unter den Lasten im Krafttraining.',
        mechanism: 'Kraft entsteht durch wenige Wiederholungen nahe deiner Grenze, nicht durch Tausende leichter Schwünge.',
      },
    },
    'bone-density-not-studied': {
      detail: {
        numbers: 'Krafttraining: Knochendichte an der Hüfte +1,03 % (43 Studien, 4320 Frauen nach den Wechseljahren; Howe 2011). Bei 150 Erwachsenen um die 66, die abnehmen wollten, verhinderte eine Weste den Knochenabbau an der Hüfte nicht (Beavers 2025).',
        mechanism: 'Knochen braucht starke, wechselnde Kräfte; leichte Manschetten bringen wenig.',
      },
    },
    'gait-change': {
      detail: {
        numbers: '14 Läuferinnen und Läufer: ab 3 % weniger Abdruck aus dem Sprunggelenk; bei 5 % mehr Kniebeugung und mehr Variabilität (Trounson 2020). Sprints, 0,6–5 %: Bodenkontakt +2,9–8,9 %, 0,6–7,4 % langsamer (Feser 2020). Bei 70 kg sind 3 % 1,05 kg (2,3 lb) pro Bein.',
        mechanism: 'Timing und Gelenkwinkel verschieben sich; Folgen für Verletzungen sind nicht untersucht.',
        reduceRisk: 'Beide Manschetten zusammen höchstens 3 % des Körpergewichts, nur lockeres Tempo; Gewichte ab, wenn sich dein Laufstil verändert.',
      },
    },
    'joint-stress': {
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) am Knöchel: Gelenkmomente +20–48 %, Gelenkleistung +20–114 % (Duclos 2014). 0,25–0,5 kg (0,5–1,1 lb) an Fuß oder Oberschenkel: höhere Kräfte in den Gelenken darüber (15 Läuferinnen und Läufer; Martin & Cavanagh 1990).',
        mechanism: 'Hüfte und Knie müssen ein schwereres Bein abbremsen; Folgen für Verletzungen sind nicht untersucht.',
        reduceRisk: 'Leichteste Manschette, kurze lockere Abschnitte; hör auf, wenn ein Gelenk schmerzt.',
      },
    },
    'patellofemoral-pain': {
      detail: {
        numbers: '10 % der Verletzungen bei 254 verletzten Laufneulingen; Genesung im Median (alle Verletzungen) 71 Tage.',
        mechanism: 'Mehr Kraft am Knie könnte die Kniescheibe belasten: Theorie, keine Daten.',
        reduceRisk: 'Steigere nie Gewicht und Strecke in derselben Woche; hör auf, wenn dein Knie vorn schmerzt.',
      },
    },
    'it-band-syndrome': {
      detail: {
        numbers: 'Über 30 % mehr Wochenumfang innerhalb von 2 Wochen: mehr Läuferknie und Kniescheibenschmerzen bei Neulingen (Beobachtungsstudie, laut Sekundärquelle).',
        mechanism: 'Zu viel zu früh kann das Band reizen; Fußgewichte sind nicht getestet.',
        reduceRisk: 'Steigere zuerst langsam das Laufen; hör auf, wenn dein Knie außen schmerzt.',
      },
    },
    'stress-fractures': {
      detail: {
        numbers: 'Stressverletzung am Schienbein: bis zu 10–20 % der Läuferinnen und Läufer (Sekundärquellen). Schienbeinschmerzen: häufigste Verletzung bei Neulingen, 15 %.',
        mechanism: 'Manschetten erhöhen den Aufprall kaum, könnten aber die Muskeln ermüden, die ihn abfedern.',
        reduceRisk: 'Kein Laufen mit Gewichten bei Osteoporose oder nach einem Ermüdungsbruch. Langsam steigern, Pausen einplanen; stechende, punktuelle oder zunehmende Knochenschmerzen ärztlich abklären lassen.',
      },
    },
    'muscle-imbalance': {
      detail: {
        numbers: 'Keine Studie zu Muskelbalance oder Verletzungen. Die Mehrarbeit leisten vor allem die Schwungmuskeln (Browning 2007).',
        mechanism: 'Manschetten belasten Hüftbeuger und hintere Oberschenkelmuskeln, nicht Waden und Gesäß.',
        reduceRisk: 'Trainiere auch Gesäß, Oberschenkel und Waden, an 2–3 Tagen pro Woche.',
      },
    },
    'cartilage-damage': {
      detail: {
        numbers: 'Hüft- oder Kniearthrose: Freizeitlauf 3,5 %, körperlich inaktiv 10,2 %, Wettkampf- oder Spitzenlauf 13,3 %.',
        mechanism: 'Knorpel verkraftet moderates Laufen; Langzeitfolgen von Manschetten sind unbekannt.',
        reduceRisk: 'Halte den Umfang auf Freizeitniveau und die Gewichte leicht; lass ein geschwollenes oder schmerzendes Gelenk fachlich abklären.',
      },
    },
    'slower-running-economy': {
      detail: {
        numbers: '100 g (3,5 oz) pro Schuh: +1 % Sauerstoff, 1 % langsamer über 3000 m (Hoogkamer 2016). 1 kg (2,2 lb) pro Unterschenkel: +8 % Energie bei Männern, +11 % bei Frauen (15 Läuferinnen und Läufer; Coifman 2024).',
        mechanism: 'Energie fürs Schwingen des Fußes fehlt fürs Tempo; ein späterer Gewinn ist nicht belegt.',
        reduceRisk: 'Keine Gewichte bei Tempotraining, langen Läufen oder Wettkämpfen; für mehr Tempo: Intervalle oder Bergläufe.',
      },
    },
    'sudden-load-increase': {
      detail: {
        numbers: 'Ein langsamer Plan nach der „10-%-Regel“ senkte die Verletzungen nicht: 20,8 % gegenüber 20,3 % von 532 Neulingen (Buist 2008). Mehr Verletzungen bei über 30 % mehr Wochenumfang innerhalb von 2 Wochen oder bei über 3 km in der ersten Woche mit einem BMI über 30 (Nielsen 2014, teils laut Sekundärquelle).',
        mechanism: 'Gewebe passt sich über Wochen an; plötzliche Sprünge überfordern es.',
        reduceRisk: 'Steigere nie Gewicht und Strecke in derselben Woche; mindestens 2 Wochen zwischen zwei Gewichtsstufen.',
      },
    },
    'ankle-leg-strain': {
      detail: {
        numbers: 'Rat von Fachleuten; keine Studie hat solche Verletzungen gezählt.',
        mechanism: 'Die Manschette zieht bei jedem Schwung am Sprunggelenk; müde Muskeln kontrollieren das schlechter.',
        reduceRisk: 'Eng sitzende, gepolsterte Manschetten ab 0,5 kg (1 lb); hör auf, wenn Sprunggelenk oder Schienbein schmerzen.',
      },
    },
    'balance-and-falls': {
      detail: {
        numbers: 'Keine Studie hat Stürze gezählt. 1,82 kg (4 lb) pro Bein: pro Schritt länger auf einem Bein (Skinner & Barrack 1990). Die Studie von 2022 prüfte vorab das Sturzrisiko (Akatsu 2022).',
        mechanism: 'Ein schwererer Fuß hebt vielleicht weniger vom Boden ab; mehr Zeit auf einem Bein fordert das Gleichgewicht.',
        reduceRisk: 'Ebener, gut beleuchteter Untergrund, leichteste Manschette; gar keine, wenn du dieses Jahr gestürzt bist oder dich unsicher gefühlt hast. Beinheben im Sitzen oder mit Halt ist sicherer.',
      },
    },
    'weighted-vest-impact': {
      detail: {
        numbers: 'Westen mit 10–20 % der Körpermasse: beide Kraftspitzen höher (10 Personen beim Gehen), Belastungsrate höher bei 15–20 %. Energie: etwa +1 % pro 1 % Körpergewicht, pro kg viel weniger als am Knöchel.',
        mechanism: 'Die Beine fangen das Zusatzgewicht bei jeder Landung ab.',
        reduceRisk: 'Beginne mit etwa 5 % des Körpergewichts, zuerst nur beim Gehen, und steigere langsam.',
      },
    },
  },
  strings: {
    quiz: {
      title: 'Fußgewichte: ob und wie?',
      intro: 'Etwa {total} kurze Schritte, rund eine Minute. Erfahre, ob du mit Fußgewichten laufen oder gehen solltest, warum, und wie du sicher startest, oder was du stattdessen tun kannst.',
      privacy: 'Deine Antworten bleiben in diesem Browser.',
      partHealth: 'Deine Gesundheit: Ja-oder-Nein-Fragen',
      partRunning: 'Wie du bisher läufst oder gehst',
      partGoals: 'Deine Ziele, wenn du magst',
      start: 'Los geht’s',
      next: 'Weiter',
      back: 'Zurück',
      seeResult: 'Mein Ergebnis anzeigen',
      progress: 'Schritt {n} von {total}',
      progressUpTo: 'Schritt {n} von höchstens {total}',
      required: 'Wähle eine Antwort, um weiterzumachen.',
      requiredAll: 'Beantworte jede Frage, um weiterzumachen.',
      flags: 'Gesundheitscheck',
      flagsMore: 'Mehr zu deiner Gesundheit',
      flagsHelp: 'Beantworte jede Frage mit Ja oder Nein.',
      weight: 'Körpergewicht',
      unit: 'Einheit',
      kg: 'kg',
      lb: 'lb',
      weightError: 'Gib ein Gewicht von {min} bis {max} ein oder lass das Feld leer.',
      weightFix: 'Korrigiere das Gewicht oder lass das Feld leer.',
      why: 'Warum',
      noFlags: 'Keine deiner Antworten hat ein Warnzeichen ergeben.',
      because: 'Deine Antworten:',
      source: 'Quelle:',
      plan: 'Dein Startplan',
      both: '{value} ({other})',
      startLoad: 'Zum Start, pro Bein',
      maxLoad: 'Steigern bis höchstens, pro Bein',
      sessions: 'Einheiten mit Gewicht pro Woche',
      sessionsValue: '{start} zu Beginn, höchstens {max}',
      minutes: 'Zeit mit Gewichten',
      minutesValue: 'Bis zu {minutes} pro Einheit',
      progression: 'So steigerst du',
      extra: 'Zusätzliche Energie pro Einheit',
      extraValue: 'Etwa {typical} {kcal}, bis zu {high}; fast nichts, wenn du langsamer wirst',
      warmUp: 'Aufwärmen',
      formCues: 'Technik',
      stopSigns: 'Aufhören bei',
      todo: 'Deine nächsten Schritte',
      instead: 'Was du stattdessen tun kannst',
      professional: 'Sprich mit Fachleuten: Ärztin oder Arzt, Physiotherapie oder eine qualifizierte Fachkraft für Bewegung können dich persönlich beraten.',
      commercial: 'Links dieser Website, die daran verdienen kann. Die Links ändern nie dein Ergebnis.',
      restart: 'Neu starten',
      print: 'Zusammenfassung drucken oder speichern',
      forget: 'Meine Antworten löschen',
      forgotten: 'Deine Antworten wurden gelöscht.',
      // The result's next step and its print summary (en.quiz-next.ts).
      nextToPicker: 'Zu den Alternativen',
      nextToExplainer: 'Zur Erklärung',
      nextBoth: 'Die Erklärung und die Alternativen auf dieser Seite berücksichtigen jetzt deine Antworten.',
      nextPicker: 'Die Alternativen auf dieser Seite berücksichtigen jetzt deine Antworten.',
      nextExplainer: 'Die Erklärung auf dieser Seite berücksichtigt jetzt deine Antworten.',
      printTitle: 'Fußgewichte: meine Antworten und mein Ergebnis',
      printFor: 'Eine Zusammenfassung zum Vorzeigen bei Ärztin oder Arzt, in der Physiotherapie oder beim Coach.',
      printDate: 'Datum: {date}',
      printVerdict: 'Ergebnis',
      printAnswers: 'Meine Antworten',
      printNone: 'Keine gewählt',
    },
    alternatives: {
      heading: 'Andere Wege zu deinem Ziel',
      intro: 'Sortiert nach deinen Zielen und Einschränkungen. Jede Karte sagt, warum sie passt.',
      goals: 'Deine Ziele',
      goalsHelp: 'Wähle beliebig viele. Wählst du keins, zählt jedes Ziel.',
      limits: 'Deine Einschränkungen',
      jointPain: 'Ich habe Gelenkschmerzen',
      equipment: 'Verfügbare Ausrüstung',
      minutes: 'Minuten pro Einheit',
      anyMinutes: 'Beliebig',
      minutesOption: '{minutes} min',
      fromQuiz: 'Aus deinen Quiz-Antworten. Du kannst alles ändern.',
      results: 'Sortierte Optionen',
      resultsCount: '{count} Optionen für dich, die beste zuerst.',
      'resultsCount#one': '{count} Option für dich.',
      pickGoal: 'Wähl ein Ziel, damit die Reihenfolge zu dir passt.',
      announceOut: '{count} Optionen ausgeschlossen.',
      'announceOut#one': '1 Option ausgeschlossen.',
      announceBack: '{count} Optionen wieder in der Reihenfolge.',
      'announceBack#one': '1 Option wieder in der Reihenfolge.',
      announceFirst: 'Neu auf Platz 1: {name}.',
      announceMoved: 'Reihenfolge geändert. Weiter auf Platz 1: {name}.',
      announceSame: 'Keine Änderung. Weiter auf Platz 1: {name}.',
      rank: 'Platz {rank}',
      fit: 'Passung',
      fitStrong: 'Passt sehr gut',
      fitGood: 'Passt gut',
      fitPartial: 'Passt teilweise',
      fitWeak: 'Passt kaum',
      fitGoals: '{words} zu deinen Zielen: {goals}',
      fitNoGoal: '{words}: hilft deinen Zielen wenig',
      fitAllRound: 'Am besten für: {goals}',
      percent: '{percent} %',
      impact: 'Stoßbelastung',
      time: 'Zeit',
      timeRange: '{min}–{max} min',
      equipmentNeeded: 'Ausrüstung',
      kcal: 'Etwa {kcal} kcal in 30 Minuten (Schätzung)',
      kcalHint: 'Gib im Quiz dein Körpergewicht an, dann schätzen wir die Kalorien.',
      whyFits: 'Warum es passt',
      drawbacks: 'Nachteile',
      howTo: 'So geht’s',
      dose: 'Zum Einstieg',
      progression: 'Steigerung',
      notFor: 'Nicht für dich bei',
      choose: 'Auswählen',
      chosen: 'Deine Wahl',
      chosenAnnounce: 'Du hast {name} gewählt. Darunter steht, wie du anfängst.',
      unchosenAnnounce: '{name} ist nicht mehr deine Wahl.',
      nextStep: 'So fängst du an',
      compareThis: 'Vergleichen',
      compareLimit: 'Vergleiche bis zu drei. Entferne eine, um eine andere hinzuzufügen.',
      compare: 'Nebeneinander vergleichen ({count})',
      closeCompare: 'Vergleich schließen',
      compareCaption: 'Vergleich nebeneinander',
      compareHint: 'Hak bei zwei oder drei Karten „Vergleichen“ an.',
      compareCount: '{count} Optionen zum Vergleichen.',
      'compareCount#one': '1 Option zum Vergleichen. Hak noch eine an.',
      excluded: 'Für dich ausgeschlossen ({count})',
      excludedHelp: 'Diese Optionen stehen wegen deiner Antworten nicht in der Rangfolge.',
      disclosure: 'Manche Links auf dieser Seite sind kommerziell. Sie ändern nie die Reihenfolge.',
      none: 'Keine Option passt zu diesen Einschränkungen. Versuch es mit weniger.',
    },
    prosCons: {
      heading: 'Laufen mit Fußgewichten: Vorteile und Risiken',
      intro: 'Die Studienlage ist dünn: meist kleine Laborstudien zu einzelnen Einheiten und keine Studie, in der Laufende über längere Zeit mit Fußgewichten trainiert haben. Bei jeder Aussage steht unsere Bewertung der Evidenz.',
      benefit: 'Vorteile',
      risk: 'Risiken',
      tally: 'Moderate oder starke Evidenz: {strong} · schwache Evidenz: {weak} · nicht getestet oder nur Meinung: {untested}',
      topics: 'Themen',
      sort: 'Reihenfolge',
      'sort.relevance': 'Vorgeschlagene Reihenfolge',
      'sort.certainty': 'Stärkste Evidenz zuerst',
      'more.benefit': 'Alle {count} Vorteile anzeigen',
      'more.benefit#one': '{count} Vorteil anzeigen',
      'more.risk': 'Alle {count} Risiken anzeigen',
      'more.risk#one': '{count} Risiko anzeigen',
      empty: 'Keine zu den gewählten Themen.',
      shown: 'Angezeigte Vorteile: {benefit}. Angezeigte Risiken: {risk}.',
      evidence: 'Evidenz:',
      legend: 'Unsere Bewertung der Evidenz: Was die Labels bedeuten',
      'certainty.high': 'Übereinstimmende Studien genau zu dieser Frage. Wird sich kaum ändern.',
      'certainty.moderate': 'Recht einheitlich, aber kleine oder kurze Studien oder nur zu einer sehr ähnlichen Frage. Kann sich ändern.',
      'certainty.low': 'Kleine Laborstudien oder andere Personengruppen. Wird sich wahrscheinlich ändern.',
      'certainty.very-low': 'Eine vorläufige Studie, Fallberichte oder Theorie. Sehr unsicher.',
      'certainty.expert-opinion': 'Rat von medizinischen Fachleuten oder Institutionen, ohne Daten.',
      'certainty.not-studied': 'Wir haben dazu keine Studie mit Fußgewichten gefunden.',
      applies: 'Trifft auf dich zu:',
      numbers: 'Die Zahlen',
      mechanism: 'Warum',
      reduceRisk: 'So senkst du das Risiko',
      'type.meta-analysis': 'Metaanalyse',
      'type.rct': 'Randomisierte Studie',
      'type.controlled-trial': 'Kontrollierte Studien',
      'type.uncontrolled-trial': 'Unkontrollierte Studie',
      'type.lab-study': 'Laborstudien',
      'type.observational': 'Beobachtungsstudien',
      'type.expert-opinion': 'Expertenmeinung',
      'type.no-study': 'Keine direkte Studie',
      updated: 'An deine Quiz-Antworten angepasst. Aussagen, die auf dich zutreffen: {count}, markiert und nach oben verschoben.',
      updatedNone: 'An deine Quiz-Antworten angepasst: Keine dieser Aussagen ist als für dich zutreffend markiert.',
      forYou: 'Was das für dich bedeutet:',
      result: 'Dein Quiz-Ergebnis lautet „{verdict}“.',
      drivers: 'Die Risiken dahinter:',
      none: 'Es beruht nicht auf den Risiken unten, aber die allgemeinen gelten trotzdem.',
      faq: 'Häufige Fragen',
      basedOn: 'Grundlage:',
      'faq.weight.q': 'Helfen mir Fußgewichte, schneller abzunehmen?',
      'faq.weight.a': 'Kaum. Bei gleichem Tempo bringen Manschetten ein paar Dutzend kcal mehr auf einen 30-Minuten-Lauf, und die meisten werden langsamer und verlieren selbst das. Bergauf laufen bringt 3- bis 5-mal so viel.',
      'faq.weight.goal': 'Für dein Kalorienziel ist Training am Berg besser als Manschetten.',
      'faq.weight.walk': 'Gehen: Jedes Kilo pro Bein bringt bei 30 Minuten Gehen etwa 10–27 kcal mehr.',
      'faq.beginners.q': 'Sind Fußgewichte etwas für Anfängerinnen und Anfänger?',
      'faq.beginners.a': 'Nicht zum Laufen. Lauf zuerst 3 Monate lang mindestens 3-mal pro Woche: Plötzliche Sprünge in der Belastung hängen mit Verletzungen zusammen. Wer anfängt, kann Manschetten für Kraftübungen oder kurze Spaziergänge nutzen.',
      'faq.beginners.base': 'Du läufst noch nicht regelmäßig: Bau zuerst diese Basis auf.',
      'faq.often.q': 'Wie oft sollte ich sie nutzen?',
      'faq.often.a': 'Dazu gibt es keine Studie. Unsere vorsichtige Grenze fürs Laufen: anfangs {runSessionsStart} kurzer, lockerer Lauf mit Gewicht pro Woche, nie mehr als {runSessionsMax}, und nie mehr Gewicht und mehr Strecke in derselben Woche.',
      'faq.often.plan': 'Dein Plan: {sessions}-mal pro Woche mit Gewicht.',
      'faq.often.stop': 'Dein Ergebnis: vorerst keine Einheiten mit Gewicht.',
      'faq.faster.q': 'Macht mich Laufen mit Fußgewichten schneller?',
      'faq.faster.a': 'Nichts belegt das. Gewicht an den Füßen macht das Laufen unökonomischer und langsamer, und die einzige Langzeitstudie im Sprint fand keinen Tempogewinn. Intervalle und Bergläufe sind besser belegt.',
      'faq.faster.goal': 'Für mehr Tempo: keine Gewichte bei Tempotraining, langen Läufen und Wettkämpfen.',
      'faq.tone.q': 'Straffen Fußgewichte meine Beine?',
      'faq.tone.a': 'Keine Studie definiert oder misst „Straffung“ oder zeigt, dass Manschetten Fett an den Beinen verbrennen. Solange du sie trägst, arbeiten Hüftbeuger und hintere Oberschenkelmuskeln mehr; dauerhafte Kraft kommt von Kraftübungen, bei denen du sie einsetzen kannst.',
      'faq.tone.goal': 'Für Kraft oder Straffung sind langsames Beinheben und Beincurls mit Manschetten besser als Laufen damit.',
      'faq.heavy.q': 'Wie schwer sollten Fußgewichte sein?',
      'faq.heavy.a': 'Leicht. Zum Laufen: zu Beginn {runStart} pro Bein, höchstens {runMax}, und beide zusammen nicht über {share} des Körpergewichts, denn darüber verändert sich der Laufstil. Bis zu {walkMax} sind fürs Gehen und für Kraftübungen gedacht.',
      'faq.heavy.plan': 'Dein Plan: {start} bis {max} pro Bein.',
      'faq.heavy.stop': 'Dein Ergebnis: vorerst keine Gewichte.',
      'faq.exercises.q': 'Welche Übungen kann ich mit Fußgewichten machen?',
      'faq.exercises.a': 'Langsame Kraftübungen: Beincurls im Stehen, Beinheben zur Seite und nach hinten, Beinheben im Liegen oder Sitzen. 1–3 Sätze mit 8–12 Wiederholungen, an 2–3 Tagen pro Woche; mehr Gewicht, sobald du 1–2 Wiederholungen mehr schaffst.',
      'faq.exercises.balance': 'Mach sie im Sitzen oder halt dich fest: Gewichte können das Gleichgewicht stören.',
      'faq.exercises.ask': 'Dein Ergebnis: Lass dich auch vor diesen Übungen fachlich beraten.',
    },
    base: {
      forget: 'Meine Antworten löschen',
      debugRefused: 'Eigene Inhalte wurden abgelehnt ({count} Probleme); die eingebauten Inhalte werden angezeigt. Die Browser-Konsole listet jedes Problem auf.',
      'debugRefused#one': 'Eigene Inhalte wurden abgelehnt (1 Problem); die eingebauten Inhalte werden angezeigt. Die Browser-Konsole nennt das Problem.',
    },
  },
} satisfies Messages;
