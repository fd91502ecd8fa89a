import type { Messages } from './messages.js';

/*
 * Spanish messages: a translation of the English ones (en*.ts), text only; the ids, conditions,
 * numbers and sources are in src/core/catalogue, written once for every language.
 *
 * Writing rules: plain text only (never HTML or markdown), informal "tú", neutral Spanish for
 * Spain and Latin America, short sentences for a phone screen, every load in kg and lb, decimals
 * with a comma in prose, a no-break space before "%", and no claim stronger than the English.
 */
export const es = {
  locale: 'es',
  questions: {
    heartCondition: {
      text: '¿Te ha dicho un médico que tienes un problema de corazón o hipertensión?',
      help: 'Sí, aunque estés en tratamiento.',
      advice: {
        true: 'Consulta a tu médico antes de añadir peso o hacer ejercicio más intenso.',
      },
    },
    chestPain: {
      text: '¿Tienes dolor en el pecho, en reposo o en actividad?',
      help: 'También cuenta la sensación de presión u opresión.',
      advice: {
        true: 'Detente y ve al médico antes de empezar cualquier ejercicio nuevo. Si es intenso, o viene con falta de aire o sudoración, llama a emergencias.',
      },
    },
    warningSymptoms: {
      text: '¿Últimamente tienes falta de aire en reposo o con poco esfuerzo, el corazón acelerado o irregular, los tobillos hinchados, dolor en la pantorrilla al caminar o un cansancio inusual?',
      help: 'También cuenta el dolor de pantorrilla que se alivia al pararte.',
      advice: {
        true: 'Deja de hacer ejercicio y ve al médico antes de empezar cualquier ejercicio nuevo. Si los síntomas son repentinos o intensos, llama a emergencias.',
      },
    },
    dizziness: {
      text: '¿Has perdido el equilibrio por un mareo, o te has desmayado, en los últimos 12 meses?',
      help: 'No cuenta un leve aturdimiento por respirar agitadamente.',
      advice: {
        true: 'Primero ve al médico para encontrar la causa: el peso dificulta el equilibrio.',
      },
    },
    chronicCondition: {
      text: '¿Tienes otra enfermedad crónica, o te han recetado medicación para alguna?',
      help: 'Por ejemplo: diabetes, enfermedad renal o pulmonar, artritis, cáncer, aunque esté controlada.',
      advice: {
        true: 'Consulta a tu médico o a un profesional del ejercicio titulado antes de añadir peso.',
      },
    },
    supervisedOnly: {
      text: '¿Un médico te ha dicho que hagas ejercicio solo con supervisión médica?',
      help: 'Por ejemplo, solo con un profesional de la salud presente.',
      advice: {
        true: 'Limítate al ejercicio supervisado y consulta a tu equipo médico antes de añadir peso.',
      },
    },
    jointProblem: {
      text: '¿Algún problema de huesos, articulaciones, músculos, tendones o ligamentos en pies, tobillos, espinillas, rodillas, caderas o espalda?',
      help: '«Sí, ahora»: lo has tenido en los últimos 12 meses y todavía te limita. Cuentan la periostitis tibial y el dolor en el tendón de Aquiles.',
      options: {
        none: 'No',
        past: 'En el pasado, ya curado',
        current: 'Sí, ahora o en los últimos 12 meses',
      },
      advice: {
        current: 'Consulta a un médico o fisioterapeuta antes de añadir peso: la carga extra podría empeorarlo. Las opciones de bajo impacto pueden irte bien.',
        past: 'Sigue con precaución: empieza con menos peso y detente si reaparece.',
      },
    },
    boneHealth: {
      text: '¿Tienes osteoporosis, has tenido alguna vez una fractura por estrés o tomas corticoides en pastillas desde hace tiempo?',
      help: 'También cuenta la baja densidad ósea.',
      advice: {
        true: 'No corras con peso en los tobillos. Para caminar con tobilleras ligeras, consulta antes a un médico o fisioterapeuta.',
      },
    },
    falls: {
      text: '¿Te has caído o has estado a punto de caerte en los últimos 12 meses, o tienes problemas de equilibrio?',
      help: 'También cuenta tropezar y evitar la caída por poco.',
      advice: {
        true: 'El peso en los tobillos cambia tu forma de pisar. No corras con él; antes de caminar con tobilleras, consulta a un fisioterapeuta.',
      },
    },
    pregnant: {
      text: '¿Estás embarazada o has dado a luz en los últimos 6 meses?',
      help: 'Responde sí si es posible que lo estés.',
      advice: {
        true: 'Consulta antes a tu matrona o a tu médico. Nada de peso hasta que te den el visto bueno.',
      },
    },
    unwell: {
      text: '¿Te encuentras mal ahora, por ejemplo con un resfriado o fiebre?',
      help: 'Solo enfermedades pasajeras.',
      advice: {
        true: 'Nada de peso hasta que te recuperes del todo; después, vuelve a hacer el cuestionario.',
      },
    },
    loadSpike: {
      text: '¿Has aumentado tu distancia semanal de carrera en más de un tercio en las últimas 2 semanas?',
      help: 'Por ejemplo, de 15 km a más de 20 km por semana. ¿No corres? Responde «No».',
      advice: {
        true: 'Deja primero que tu cuerpo se adapte: mantén estable tu distancia y, por ahora, nada de peso.',
      },
    },
    activity: {
      text: '¿Vas a llevar las tobilleras para correr o para caminar?',
      help: 'Los consejos y los límites son distintos.',
      options: { running: 'Correr', walking: 'Caminar' },
    },
    ageBand: {
      text: '¿Cuántos años tienes?',
      help: 'Solo se usa tu grupo de edad.',
      options: {
        'under-18': 'Menos de 18',
        '18-44': '18–44',
        '45-64': '45–64',
        '65-plus': '65 o más',
      },
      advice: {
        'under-18': 'Estos consejos son para adultos. Pregunta a un entrenador, a tu profesor de educación física o a un médico.',
        '65-plus': 'A partir de los 65 no se aconseja correr con peso (riesgo para el equilibrio). Caminar con tobilleras ligeras puede ser posible, con precaución.',
      },
    },
    runFrequency: {
      text: '¿Con qué frecuencia corres ahora?',
      help: '«Con regularidad»: 3 o más salidas por semana durante 3 meses o más.',
      options: {
        none: 'No corro',
        occasional: 'De vez en cuando',
        regular: '3 o más veces por semana, desde hace 3 meses o más',
      },
      advice: {
        none: 'Caminar con poco peso está bien. Para correr con peso, primero crea una base de carrera, por ejemplo alternando caminar y trotar.',
        occasional: 'Para correr con peso, primero llega a 3 o más salidas por semana durante 3 meses. Caminar con tobilleras ligeras ya es una opción.',
      },
    },
    weightedBefore: {
      text: '¿Has usado antes tobilleras con peso para correr o caminar?',
      help: '«Problemas»: dolor, lesión o cambios en la zancada.',
      options: {
        never: 'No, nunca',
        'without-issues': 'Sí, sin problemas',
        'with-issues': 'Sí, y tuve problemas',
      },
      advice: {
        'with-issues': 'No se aconseja correr con ellas. Si caminas, usa menos peso y detente al primer dolor.',
      },
    },
    bodyWeightKg: {
      text: 'Tu peso corporal (opcional)',
      help: 'Fija el límite del 3 % para las dos tobilleras y la estimación de calorías. No sale de tu dispositivo.',
    },
    goals: {
      text: '¿Qué objetivos tienes?',
      help: 'Elige los que quieras, o ninguno.',
      options: {
        strength: 'Ganar fuerza',
        endurance: 'Ganar resistencia',
        speed: 'Correr más rápido',
        calories: 'Quemar más calorías',
        bone: 'Huesos más fuertes',
        toning: 'Tonificar las piernas',
      },
    },
  },
  // Several age rules also fire for under-18, so their texts say "tu grupo de edad".
  reasons: {
    'heart-condition': 'Problema de corazón o hipertensión. Correr es un ejercicio intenso: consulta a tu médico antes de añadir peso o hacer ejercicio más duro.',
    'chest-pain': 'Dolor en el pecho. Detente y ve al médico antes de empezar cualquier ejercicio nuevo.',
    'warning-symptoms': 'Una señal de alarma: falta de aire, corazón acelerado, tobillos hinchados, dolor en la pantorrilla o cansancio inusual. Detente y ve al médico antes de hacer cualquier ejercicio.',
    dizziness: 'Mareos o desmayos. Primero ve al médico para encontrar la causa: el peso dificulta el equilibrio.',
    'chronic-condition': 'Una enfermedad crónica. Consulta a tu médico o a un profesional del ejercicio titulado antes de añadir peso.',
    'supervised-only': 'Tu médico te indicó hacer solo ejercicio supervisado. Respétalo y consulta a tu equipo médico antes de añadir peso.',
    'joint-current': 'Un problema actual de huesos, articulaciones o tejidos blandos. Consulta a un médico o fisioterapeuta antes de añadir peso: la carga extra podría empeorarlo.',
    pregnant: 'Embarazo o parto reciente. Consulta antes a tu matrona o a tu médico. Nada de peso hasta que te den el visto bueno.',
    unwell: 'Te encuentras mal. Nada de peso hasta que te recuperes del todo; después, vuelve a hacer el cuestionario.',
    'load-spike': 'Tu distancia semanal ha subido de golpe. Esos saltos se asocian a más lesiones al correr: dale tiempo a tu cuerpo para adaptarse antes de añadir peso.',
    'under-18': 'Estos consejos son para adultos. Pregunta a un entrenador, a tu profesor de educación física o a un médico cómo entrenar un cuerpo en crecimiento.',
    'no-running-base': 'Aún no corres con regularidad. Primero llega a 3 o más salidas por semana durante 3 meses; caminar con poco peso o alternar caminar y trotar son mejores formas de empezar.',
    'bone-health-running': 'Osteoporosis, fractura por estrés o uso prolongado de corticoides. Correr ya carga tus huesos: nada de peso en los tobillos. Pregunta a un profesional qué te conviene.',
    'falls-running': 'Una caída o un problema de equilibrio. Las tobilleras con peso cambian tu zancada: no corras con ellas.',
    'weighted-issues-running': 'Problemas previos con tobilleras con peso, que cambian la forma de correr. No se aconseja correr con ellas.',
    'age-65-running': 'En tu grupo de edad no se aconseja correr con peso: riesgo para el equilibrio y la zancada, con poco beneficio.',
    'joint-past': 'Una lesión previa aumenta el riesgo de otras nuevas. Empieza con menos peso y progresa más despacio; detente si vuelve el dolor de antes.',
    'age-45-running': 'En tu grupo de edad, correr requiere más precaución. ¿Te inicias en el ejercicio intenso? Consulta antes a un profesional del ejercicio titulado.',
    'new-to-weights-running': 'Sin experiencia corriendo con peso, o con problemas previos. La carga más ligera, tramos cortos y suaves; quítate el peso si cambia tu zancada.',
    'age-65-walking': 'En tu grupo de edad, el peso puede alterar el equilibrio. Tobilleras ligeras y terreno llano; no las uses si te has caído o te has sentido inestable últimamente.',
    'bone-health-walking': 'Osteoporosis, fractura por estrés o uso prolongado de corticoides. Consulta a un médico o fisioterapeuta antes de caminar con tobilleras.',
    'falls-walking': 'Una caída o un problema de equilibrio. Las tobilleras con peso cambian tu paso: consulta a un fisioterapeuta antes de caminar con ellas.',
    'weighted-issues-walking': 'Problemas previos con tobilleras con peso. Si caminas, usa menos peso; detente al primer dolor o cambio en tu paso.',
    incomplete: 'Responde todas las preguntas para ver un plan con las cargas.',
  },
  verdicts: {
    'see-professional': {
      title: 'Consulta antes a un profesional',
      summary: 'Consulta a un médico o a un profesional del ejercicio titulado antes de usar peso o hacer ejercicio más intenso. No es consejo médico.',
      advice: [
        'Enseña tus respuestas a un médico, fisioterapeuta o profesional del ejercicio.',
        'Nada de tobilleras con peso hasta tener su consejo.',
      ],
    },
    wait: {
      title: 'Aún no: espera',
      summary: 'Ahora no: nada de tobilleras con peso hasta que el motivo indicado abajo haya pasado o lo hayan revisado.',
      advice: ['Vuelve a hacer el cuestionario cuando cambie tu situación.'],
    },
    'not-recommended': {
      title: 'No recomendado para ti por ahora',
      summary: 'En tu caso, las tobilleras con peso añaden riesgo con poco beneficio demostrado.',
      advice: [
        'Mira las alternativas: hay mejores opciones.',
        '¿Estás creando tu base de carrera? Corre sin peso.',
        'El trabajo de fuerza 2–3 días por semana fortalece las piernas.',
        'Vuelve a hacer el cuestionario si cambian tus respuestas.',
      ],
    },
    caution: {
      title: 'Posible, con más precaución',
      summary: 'Posible, con más precaución: empieza con menos peso y progresa más despacio.',
      advice: [
        'La carga más ligera; tramos cortos con peso.',
        'Detente de inmediato si te duele una articulación o cambia tu zancada.',
        'Considera ver antes a un fisioterapeuta o entrenador.',
        'Mira también las alternativas.',
      ],
    },
    ready: {
      title: 'No hay señales de alarma',
      summary: 'Nada descarta las tobilleras con peso. Los beneficios son pequeños y los daños no se han estudiado: las cargas se mantienen bajas.',
      advice: [
        'Empieza con poco peso; respeta los límites del plan.',
        'Espera quemar algunas calorías más, sin mejora demostrada de fuerza ni de velocidad.',
        'Detente si el dolor dura más de un día o cambia tu zancada.',
        'No es consejo médico. Vuelve a hacer el cuestionario si cambia tu salud.',
      ],
    },
  },
  outcomes: {
    stop: {
      summary: 'Deja de hacer ejercicio y ve al médico antes de cualquier actividad nueva. No es consejo médico.',
      advice: [
        'Dolor en el pecho, desmayo o mucha falta de aire ahora: llama a emergencias.',
        'No hagas ejercicio hasta que te revise un médico.',
        'Nada que probar por ahora: ni peso ni ejercicio nuevo.',
      ],
    },
    refer: {
      summary: 'Consulta a un médico o a un profesional del ejercicio titulado antes de usar peso o hacer ejercicio más intenso. No es consejo médico.',
      advice: [
        'Cuando te den el visto bueno, pregúntales cuál de las opciones suaves te conviene.',
      ],
    },
    rest: {
      summary: 'Descansa hasta estar bien del todo y luego vuelve a hacer el cuestionario.',
      advice: [
        'Descansa: ni peso ni ejercicio intenso mientras dure la enfermedad.',
        'Cuando estés bien, retoma con suavidad y sin peso.',
      ],
    },
    pregnancy: {
      summary: 'Habla con tu matrona o tu médico antes de añadir peso.',
      advice: [
        'Pregunta a tu matrona o a tu médico qué ejercicio te conviene ahora.',
        'Nada de tobilleras con peso hasta que te den el visto bueno.',
      ],
    },
    settle: {
      summary: 'Deja que tu cuerpo se adapte al reciente aumento de distancia antes de añadir peso.',
      advice: [
        'Mantén estable tu distancia semanal hasta que vuelva a resultarte fácil.',
        'Nunca añadas peso la misma semana en que aumentes la distancia.',
      ],
    },
    'check-first': {
      summary: 'Solo es posible cuando te haya revisado un médico o fisioterapeuta; por eso, aún no hay plan.',
      advice: [
        'Primero enseña tus respuestas a un médico o fisioterapeuta.',
        'Mientras tanto, camina sin peso o prueba ejercicios de piernas con apoyo.',
      ],
    },
    incomplete: {
      summary: 'Faltan respuestas o alguna no está clara; por eso, aún no hay plan.',
      advice: ['Responde todas las preguntas para ver un plan con las cargas.'],
    },
  },
  plans: {
    running: {
      progression: 'Añade como mucho {step} por tobillo cada {span}, si no tienes dolor y tu zancada no cambia; nunca la misma semana en que aumentes la distancia. Solo a ritmo suave: sin peso en intervalos, series en cuesta, salidas largas ni carreras.',
      warmUp: [
        'Camina o trota suave, {warmUp}.',
        '10 balanceos de pierna adelante-atrás y laterales, con cada pierna.',
        '10 zancadas caminando.',
        'Corre unos minutos y luego ponte las tobilleras.',
      ],
      formCues: [
        'Cuerpo erguido, mirada al frente.',
        'Pasos cortos y rápidos.',
        'No alargues demasiado la zancada: apoya bajo la cadera.',
        'Relaja hombros, brazos y manos.',
        '¿Notas la zancada distinta? Quítate el peso.',
      ],
      stopSigns: [
        'Dolor que dura más de {painHours} después de correr: sin peso hasta que desaparezca.',
        'Cojera o cambio en la zancada: quítate el peso.',
        'Dolor articular: detente y quítate el peso.',
        'Mareo, dolor u opresión en el pecho: detente de inmediato y busca ayuda médica.',
      ],
    },
    walking: {
      progression: 'Cada {span}, añade {step} por tobillo o {addMinutes}, si no tienes dolor. Un solo cambio cada vez.',
      warmUp: [
        'Camina suave sin peso, {warmUp}.',
        '10 balanceos de pierna adelante-atrás y laterales, con cada pierna; apóyate si lo necesitas.',
        '10 zancadas caminando, suaves.',
        'Ajusta bien las tobilleras por encima del hueso del tobillo.',
      ],
      formCues: [
        'Cuerpo erguido, mirada al frente.',
        'Longitud de paso habitual: no lo alargues de más.',
        'Apoya bajo la cadera y deja rodar el pie.',
        'Brazos relajados, con balanceo.',
        'Empieza en terreno llano y bien iluminado.',
      ],
      stopSigns: [
        'Dolor que dura más de {painHours} después de caminar: sin peso hasta que desaparezca.',
        'Cojera, tropiezos o cambio en el paso: quítate las tobilleras.',
        'Dolor de tobillo, rodilla, cadera o espalda: detente y quítate las tobilleras.',
        'Mareo, dolor u opresión en el pecho: detente de inmediato y busca ayuda médica.',
      ],
    },
  },
  alternatives: {
    'weighted-vest-walk': {
      title: 'Caminar con chaleco lastrado',
      summary: 'La carga en el tronco mantiene natural el balanceo de las piernas.',
      contraindications: [
        'Dolor de espalda o de cuello',
        'Osteoporosis: consulta antes',
        'Embarazo',
        'Problemas de equilibrio',
      ],
      avoidWhen: [
        {
          reason: 'Un chaleco carga la columna y las articulaciones: consulta antes a tu matrona o a tu médico.',
        },
        {
          reason: 'Indicaste osteoporosis o una fractura por estrés: busca antes consejo profesional.',
        },
      ],
      howTo: {
        steps: [
          'Chaleco ajustado, que no rebote.',
          'Empieza con el 5 % de tu peso corporal: 3,5 kg (7,7 lb) si pesas 70 kg.',
          'Camina con el cuerpo erguido, en terreno llano.',
          'Quítatelo si te duele la espalda, el cuello o los pies.',
        ],
        dose: '20–30 min, 2–3 días por semana.',
        progression: 'Añade un 1–2,5 % del peso corporal cada 2 semanas más o menos, hasta un 10 %, si no tienes dolor.',
      },
    },
    'hill-walking': {
      title: 'Caminar en cuesta',
      summary: 'Más trabajo para piernas y corazón, con menos impacto que correr.',
      contraindications: [
        'Dolor de rodilla al bajar: ve despacio o vuelve por un camino más llano',
        'Problemas de corazón o respiratorios: pide consejo antes de subidas empinadas',
      ],
      howTo: {
        steps: [
          'Pendiente suave, o cinta de correr con una inclinación del 1–5 %.',
          'Sube a un ritmo que te permita hablar.',
          'Pasos cortos, con el cuerpo un poco inclinado hacia adelante.',
          'Baja despacio.',
        ],
        dose: '20–30 min, 2–3 días por semana.',
        progression: 'Añade 5 min o un tramo más empinado cada 1–2 semanas, si te encuentras bien.',
      },
    },
    'hill-repeats': {
      title: 'Series en cuesta',
      summary: 'Subidas cortas e intensas corriendo: mejoran la resistencia y la potencia de las piernas, para corredores con base.',
      contraindications: [
        'Requiere correr ya con regularidad',
        'Dolor de rodilla: correr cuesta abajo genera grandes fuerzas de frenado',
        'Enfermedad o síntomas cardiacos: pide consejo antes de hacer esfuerzos intensos',
      ],
      howTo: {
        steps: [
          'Calienta: 10 min de carrera suave.',
          'Sube corriendo una cuesta moderada, 30–60 s, fuerte pero con control.',
          'Baja caminando o trotando.',
          'Haz 4–6 y luego vuelta a la calma.',
        ],
        dose: '4–6 repeticiones, una vez por semana.',
        progression: 'Añade 1–2 repeticiones cada 2 semanas, hasta 10, antes de hacerlas más largas.',
      },
    },
    intervals: {
      title: 'Intervalos de carrera',
      summary: 'Alternar carrera intensa y suave: una de las formas mejor respaldadas para ganar resistencia y velocidad.',
      contraindications: [
        'Requiere correr ya con regularidad',
        'Enfermedad cardiaca o un síntoma de alarma: pide consejo antes de hacer esfuerzos intensos',
      ],
      howTo: {
        steps: [
          'Calienta: 10 min de carrera suave.',
          'Corre 1–3 min fuerte pero con control.',
          'Trota suave o camina el mismo tiempo.',
          'Haz 4–6 y luego vuelta a la calma.',
        ],
        dose: '4–6 esfuerzos, una vez por semana.',
        progression: 'Añade un esfuerzo cada 1–2 semanas; deja 2 o más días suaves entre sesiones intensas.',
      },
    },
    'walk-jog': {
      title: 'Intervalos de caminar y trotar',
      summary: 'Trotes cortos entre tramos caminando: una forma suave de crear una base de carrera.',
      contraindications: [
        'Dolor articular que empeora al trotar',
        'Cualquier síntoma de alarma de las preguntas de salud',
      ],
      howTo: {
        steps: [
          'Camina a paso ligero 5 min.',
          'Trota suave 1 min y camina 2 min.',
          'Repite 6–8 veces.',
          'Camina 5 min para terminar.',
        ],
        dose: '20–30 min, 3 días por semana.',
        progression: 'Cada 1–2 semanas, alarga los trotes o acorta las caminatas, no las dos cosas, hasta llegar en unos meses a 30 min de carrera suave.',
      },
    },
    'strength-training': {
      title: 'Entrenamiento de fuerza',
      summary: 'Aumenta la fuerza, con buena evidencia de menos lesiones y mejor economía de carrera.',
      contraindications: [
        'Lesión aguda: deja que se calme primero',
        'Aprende la técnica antes de añadir carga',
      ],
      howTo: {
        steps: [
          'Elige 4–6: sentadillas, zancadas, elevaciones de talones, subidas a un escalón, puentes de glúteo.',
          '8–12 repeticiones lentas de cada uno.',
          'Descansa 1–2 min entre series.',
          'Deja cualquier ejercicio que te cause dolor en una articulación.',
        ],
        dose: '1–3 series, 2–3 días no consecutivos por semana.',
        progression: '¿Superas tu objetivo en 1–2 repeticiones? Añade un 2–10 % de carga o pasa a una variante más difícil.',
      },
    },
    'ankle-weight-walking': {
      title: 'Caminar con tobilleras de poco peso',
      summary: 'Unas tobilleras ligeras añaden algo de esfuerzo a un paseo tranquilo, con menos riesgo que correr.',
      contraindications: [
        'Problemas de equilibrio o una caída reciente',
        'Dolor de tobillo, rodilla o cadera',
        'El personal de Mayo Clinic lo desaconseja (opinión de expertos)',
      ],
      avoidWhen: [
        { reason: 'Indicaste mareos: el peso puede alterar el equilibrio.' },
        {
          reason: 'La carga extra en la pierna podría empeorar un problema articular actual.',
        },
      ],
      howTo: {
        steps: [
          'Empieza con {walkStart} por tobillo.',
          'Ajusta bien las tobilleras por encima del hueso del tobillo.',
          'Tu ritmo y tu paso habituales, en terreno llano.',
          'Quítatelas si te duele el tobillo, la rodilla o la cadera.',
        ],
        dose: '20–30 min, 2–3 días por semana.',
        progression: 'Cada {walkSpan}, añade {step} por tobillo o {addMinutes}, si no tienes dolor. Máximo {walkMax} por tobillo.',
      },
    },
    'ankle-weight-exercises': {
      title: 'Ejercicios de fuerza con peso en los tobillos',
      summary: 'Elevaciones y flexiones lentas de pierna con tobilleras: fortalecen caderas y muslos, sin impacto.',
      contraindications: [
        'Dolor articular agudo',
        'Detente si empeora el dolor de cadera o de rodilla',
      ],
      avoidWhen: [
        {
          reason: 'La carga extra en la pierna podría empeorar un problema articular actual; consulta antes a un fisioterapeuta.',
        },
      ],
      howTo: {
        steps: [
          'Ponte {walkStart} por tobillo, o nada al principio.',
          'Elevaciones de pierna de lado (en el suelo), curl de isquiotibiales, extensiones de cadera; apóyate en una silla.',
          '8–12 repeticiones lentas por ejercicio, con cada pierna.',
          'Descansa alrededor de 1 min entre series.',
        ],
        dose: '1–3 series, 2–3 días no consecutivos por semana.',
        progression: 'Pasa de 8 a 12 repeticiones; luego añade {step} y vuelve a 8.',
      },
    },
    cycling: {
      title: 'Ciclismo',
      summary: 'Resistencia y gasto de calorías con poca carga en las articulaciones.',
      contraindications: [
        'Dolor de rodilla: haz que revisen el ajuste de tu bici (opinión de expertos)',
        'Aporta poco al hueso: añade trabajo de fuerza',
      ],
      howTo: {
        steps: [
          'Altura del sillín: la rodilla algo flexionada cuando el pedal está abajo del todo.',
          'Pedalea a un ritmo que te permita hablar.',
          'Marcha ligera (poca resistencia), pedaleo fluido.',
          'Pedalea suave 5 min para terminar.',
        ],
        dose: '20–30 min, esfuerzo moderado, 2–3 días por semana.',
        progression: 'Añade 5–10 min por semana, o un tramo más duro, si te encuentras bien.',
      },
    },
    swimming: {
      title: 'Natación o carrera en aguas profundas',
      summary: 'El agua sostiene tu peso: resistencia sin impacto.',
      contraindications: [
        'Necesitas saber nadar',
        'Aporta poco al hueso: añade trabajo de fuerza',
      ],
      howTo: {
        steps: [
          'Largos suaves; descansa en el borde cuando lo necesites.',
          'Combina estilos.',
          'O corre en la zona profunda con un cinturón de flotación.',
          'Mantén un esfuerzo que te permita hablar.',
        ],
        dose: '20–30 min, 2–3 días por semana.',
        progression: 'Añade unos largos o 5 min por semana, o descansa menos.',
      },
    },
  },
  labels: {
    goals: {
      strength: 'Fuerza',
      endurance: 'Resistencia',
      speed: 'Velocidad',
      calories: 'Quema de calorías',
      bone: 'Salud ósea',
      toning: 'Tonificación',
    },
    equipment: {
      none: 'Sin equipo',
      'ankle-weights': 'Tobilleras con peso',
      vest: 'Chaleco lastrado',
      gym: 'Gimnasio',
      bike: 'Bicicleta',
      pool: 'Piscina',
    },
    activities: { running: 'Correr', walking: 'Caminar' },
    certainty: {
      high: 'Alta',
      moderate: 'Moderada',
      low: 'Baja',
      'very-low': 'Muy baja',
      'expert-opinion': 'Opinión de expertos',
      'not-studied': 'Sin estudiar',
    },
    topics: {
      joints: 'Articulaciones',
      muscles: 'Músculos y fuerza',
      heart: 'Corazón y calorías',
      bones: 'Huesos',
      form: 'Técnica de carrera',
    },
    impact: {
      low: 'Bajo impacto',
      moderate: 'Impacto moderado',
      high: 'Alto impacto',
    },
  },
  // Noun phrases and "label: value" forms, so that no adjective has to agree with an
  // alternative's title (masculine or feminine).
  messages: {
    goalStrong: 'Objetivos con buen respaldo: {goals}',
    goalSome: 'Objetivos con cierto respaldo: {goals}',
    goalWeak: 'Objetivos con poca evidencia: {goals}',
    goalGeneral: 'Una buena opción en general',
    impactLow: 'Suave con las articulaciones',
    impactModerate: 'Algo de impacto en las articulaciones',
    impactHigh: 'Duro con las articulaciones',
    equipmentNone: 'No necesitas equipo',
    equipmentHave: 'Usa lo que tienes: {equipment}',
    equipmentMissing: 'Requiere: {equipment}',
    minutesFit: 'Cabe en {minutes} min',
    minutesShort: 'Requiere al menos {minutes} min',
    levelBeginner: 'Apto para principiantes',
    levelNeedsBase: 'Mejor cuando ya corras con regularidad',
    excludedJoint: 'Alto impacto: no si tienes o has tenido un problema articular',
    excludedJointUnknown: 'Alto impacto: se descarta hasta que indiques que no tienes problemas articulares',
    excludedJointPain: 'Alto impacto: no si ahora tienes dolor articular',
    excludedVerdict: 'Se descarta por tu resultado, «{verdict}»',
    excludedStop: 'Ahora no: deja de hacer ejercicio y ve antes al médico',
    excludedRest: 'Ahora no: descansa hasta que estés bien',
    excludedBone: 'Alto impacto: no con huesos frágiles ni tras una fractura por estrés',
    excludedFalls: 'Alto impacto: no tras una caída ni con problemas de equilibrio',
    excludedCheckFirst: 'Tobilleras con peso solo cuando un médico o fisioterapeuta dé el visto bueno',
    excludedUnder18: 'No se aconseja a menores de 18 años',
    excludedUnanswered: 'Alto impacto: excluido hasta que respondas todas las preguntas de salud',
    offerNothingStop: 'Por ahora, nada que probar. Deja de hacer ejercicio y ve antes al médico; si ahora tienes dolor en el pecho, desmayo o mucha falta de aire, llama a emergencias.',
    offerNothingRest: 'Por ahora, nada que probar. Descansa hasta que estés bien y luego vuelve a hacer el cuestionario.',
    offerAfterDoctor: 'Cuando tu médico o fisioterapeuta dé el visto bueno, estas opciones suaves pueden irte bien:',
    offerAfterMidwife: 'Cuando tu matrona o tu médico den el visto bueno, estas opciones suaves pueden irte bien:',
    offerWhileSettling: 'Mientras tu distancia se estabiliza, estas opciones suaves te mantienen en movimiento:',
  },
  ui: {
    disclaimer: 'No es consejo médico ni sustituye la revisión de un médico o fisioterapeuta.',
    evidenceNote: 'La certeza es nuestra valoración informal al estilo GRADE, no una revisión sistemática.',
    sources: 'Fuentes',
    reviewed: 'Última revisión',
    yes: 'Sí',
    no: 'No',
    kcal: 'kcal',
  },
  claims: {
    'extra-calories-fixed-pace': {
      title: 'Más calorías al mismo ritmo',
      summary: 'Un 5–8 % más de energía a igual velocidad, pero la mayoría va más despacio y lo pierde.',
      appliesWhen: [{ why: 'Tu objetivo: quemar calorías.' }],
    },
    'swing-muscle-work': {
      title: 'Más trabajo para los músculos que balancean la pierna',
      summary: 'Los flexores de cadera y los isquiotibiales trabajan más mientras llevas el peso.',
      appliesWhen: [{ why: 'Tu objetivo: fuerza o tonificación.' }],
    },
    'higher-effort-heart-rate': {
      title: 'Frecuencia cardiaca más alta mientras las llevas',
      summary: 'La frecuencia cardiaca y el consumo de oxígeno suben un poco, solo durante la sesión.',
      appliesWhen: [{ why: 'Tu objetivo: resistencia.' }],
    },
    'walking-energy-cost': {
      title: 'Caminar con ellas gasta más energía',
      summary: 'Alrededor de un 3–8 % más por kg, sumando los dos tobillos.',
      appliesWhen: [{ why: 'Piensas caminar con peso.' }],
    },
    'ankle-weight-strength-exercises': {
      title: 'Ejercicios de fuerza con tobilleras',
      summary: 'Las elevaciones y flexiones lentas de pierna con tobilleras son entrenamiento contra resistencia, que aumenta la fuerza; las tobilleras por sí solas no se han estudiado.',
      appliesWhen: [{ why: 'Tu objetivo: fuerza o tonificación.' }],
    },
    'older-adults-2022-study': {
      title: 'Un estudio pequeño y sin control en personas mayores',
      summary: 'Entre 50 y 90 años: mejor resultado en la prueba de levantarse de la silla tras 3 meses con tobilleras con peso; sin grupo de control.',
      appliesWhen: [
        { why: 'Estás en el grupo de edad estudiado o cerca de él.' },
      ],
    },
    'training-gain-not-studied': {
      title: 'Mejoras duraderas de fuerza o resistencia: sin estudiar',
      summary: 'No se ha probado al correr con peso en los tobillos.',
      appliesWhen: [{ why: 'Tu objetivo: fuerza o resistencia.' }],
    },
    'bone-density-not-studied': {
      title: 'Huesos más fuertes: sin estudiar',
      summary: 'Ningún ensayo ha medido la densidad ósea con tobilleras con peso.',
      appliesWhen: [
        {
          why: 'Tu objetivo: salud ósea. El entrenamiento de fuerza tiene mejor evidencia.',
        },
        {
          why: 'Indicaste osteoporosis o una fractura por estrés: no confíes en las tobilleras con peso.',
        },
      ],
    },
    'gait-change': {
      title: 'Más peso cambia tu forma de correr',
      summary: 'A partir de alrededor del 3 % del peso corporal en las piernas, la forma de correr cambia; las tobilleras ligeras no cambiaron la técnica básica al trotar.',
      appliesWhen: [
        { why: 'Ya tuviste problemas con tobilleras con peso.' },
        { why: 'Piensas correr con peso.' },
      ],
    },
    'joint-stress': {
      title: 'Más carga en rodillas y caderas; en la espalda, se desconoce',
      summary: 'Las fuerzas en rodilla y cadera aumentan al balancear la pierna; la espalda no se ha estudiado.',
      appliesWhen: [{ why: 'Tienes o has tenido un problema articular.' }],
    },
    'patellofemoral-pain': {
      title: 'Dolor de rótula (patelofemoral)',
      summary: 'Frecuente en corredores; ningún estudio lo relaciona con las tobilleras con peso.',
      appliesWhen: [{ why: 'Tienes o has tenido un problema articular.' }],
    },
    'it-band-syndrome': {
      title: 'Dolor de la cintilla o banda iliotibial',
      summary: 'Dolor en la cara externa de la rodilla, asociado a aumentos bruscos del volumen de carrera; no se ha estudiado con tobilleras con peso.',
      appliesWhen: [{ why: 'Aún no corres con regularidad.' }],
    },
    'stress-fractures': {
      title: 'Fracturas por estrés',
      summary: 'Aparecen cuando la carga supera la capacidad de reparación del hueso; ningún estudio las relaciona con las tobilleras con peso.',
      appliesWhen: [
        { why: 'Indicaste osteoporosis o una fractura por estrés.' },
      ],
    },
    'muscle-imbalance': {
      title: 'Desequilibrio muscular: una advertencia, no un hallazgo',
      summary: 'Algunos entrenadores advierten de que unos músculos de la pierna trabajan de más y otros quedan descuidados; no se ha estudiado.',
      appliesWhen: [{ why: 'Tu objetivo: fuerza o tonificación.' }],
    },
    'cartilage-damage': {
      title: 'Daño en el cartílago: la evidencia apunta en sentido contrario',
      summary: 'No hay datos con tobilleras; los corredores aficionados tienen menos artrosis de cadera y rodilla que quienes no hacen ejercicio.',
      appliesWhen: [{ why: 'Tienes o has tenido un problema articular.' }],
    },
    'slower-running-economy': {
      title: 'Carrera más lenta y menos económica',
      summary: 'El peso en los pies gasta energía a cualquier velocidad e hizo más lentos a los corredores.',
      appliesWhen: [{ why: 'Tu objetivo: velocidad.' }],
    },
    'sudden-load-increase': {
      title: 'Aumentos bruscos de la carga de entrenamiento',
      summary: 'Aumentar deprisa lo que corres se asocia a lesiones; el peso añadido es un aumento más.',
      appliesWhen: [{ why: 'Aún no corres con regularidad.' }],
    },
    'ankle-leg-strain': {
      title: 'Sobrecarga del tobillo y de los músculos de la pierna',
      summary: 'El personal de Mayo Clinic desaconseja caminar con ellas: pueden sobrecargar el tobillo y los músculos de la pierna.',
      appliesWhen: [
        { why: 'Piensas caminar con peso.' },
        { why: 'Ya tuviste problemas con tobilleras con peso.' },
      ],
    },
    'balance-and-falls': {
      title: 'Equilibrio y caídas',
      summary: 'Un balanceo más pesado puede provocar tropiezos y caídas, sobre todo en personas mayores o con poco equilibrio.',
      appliesWhen: [
        { why: 'Tienes 65 años o más.' },
        { why: 'Indicaste mareos.' },
      ],
    },
    'weighted-vest-impact': {
      title: 'No está demostrado que un chaleco lastrado sea más seguro',
      summary: 'No carga el balanceo de la pierna, pero añade impacto en cada paso; ningún estudio compara las lesiones.',
      appliesWhen: [
        { why: 'Tienes o has tenido un problema articular.' },
        {
          why: 'Indicaste osteoporosis o una fractura por estrés: busca antes consejo profesional.',
        },
      ],
    },
  },
  claimDetails: {
    'extra-calories-fixed-pace': {
      detail: {
        numbers: '8 corredores (Claremont y Hall 1988). 70 kg, 10 km/h (6 mph), 1 kg (2,2 lb) por tobillo: +26–52 kcal sobre 326 cada 30 min. A su propio ritmo, 7 corredores fueron más despacio: sin ganancia (Bhambhani 1990).',
        mechanism: 'Balancear peso en la pierna exige mucha energía.',
      },
    },
    'swing-muscle-work': {
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) en el tobillo: momentos articulares +20–48 %, ángulos con cambios de 4° como máximo (Duclos 2014, pacientes tras un accidente cerebrovascular). Más actividad en los músculos del balanceo (Browning 2007) y más fuerza en las articulaciones (Martin y Cavanagh 1990).',
        mechanism: 'La cadera hace más fuerza para mover la pierna más pesada; no hay pruebas de que te haga más fuerte.',
      },
    },
    'higher-effort-heart-rate': {
      detail: {
        numbers: '1,36 kg (3 lb) por tobillo, caminando cuesta arriba: frecuencia cardiaca +7,6 latidos/min, oxígeno +9 %, mismo esfuerzo percibido (Graves 1988). 1,6–4,8 kg (3,5–10,6 lb): el gasto energético subió con la carga, más en el tobillo que en la muñeca (8 hombres, 1989).',
        mechanism: 'Más masa, más trabajo para el corazón; no se ha estudiado si mejora la forma física.',
      },
    },
    'walking-energy-cost': {
      detail: {
        numbers: '1,82 kg (4 lb) por tobillo: +17,6 %; en un solo tobillo: +7,4 % (Skinner y Barrack 1990). +0,8 % por cada 100 g (3,5 oz) (Miller y Stamford 1987). 70 kg, 1 kg (2,2 lb) por tobillo: +10–27 kcal sobre una caminata de 30 min y 168 kcal.',
        mechanism: 'Balancearlas exige mucha energía, pero la gente camina más despacio.',
      },
    },
    'ankle-weight-strength-exercises': {
      detail: {
        numbers: 'ACSM: 1–3 series de 8–12 repeticiones, 2–3 días por semana; +2–10 % de carga cuando superes el objetivo en 1–2 repeticiones. Incrementos de las tobilleras: normalmente 0,25 kg (0,5 lb). Valoración basada en el entrenamiento contra resistencia en general.',
        mechanism: 'Los músculos se adaptan a cargas que solo pueden levantar 8–12 veces.',
      },
    },
    'older-adults-2022-study': {
      detail: {
        numbers: '74 voluntarios, evaluados antes por riesgo de caídas. Solo una prueba de levantarse de la silla en 30 segundos; sin prueba de fuerza ni carrera; no se indica el peso de las tobilleras ni su uso al caminar.',
        mechanism: 'Podría explicarse por unas piernas más fuertes, la práctica u otros cambios.',
      },
    },
    'training-gain-not-studied': {
      detail: {
        numbers: 'Ningún estudio en corredores de fondo. El único estudio a largo plazo, con sprints: sin mejora de velocidad (Feser 2020). 0,5–2 kg (1–4,4 lb) está muy por debajo de las cargas del entrenamiento de fuerza.',
        mechanism: 'La fuerza requiere pocas repeticiones cerca de tu límite, no miles de balanceos con poco peso.',
      },
    },
    'bone-density-not-studied': {
      detail: {
        numbers: 'Entrenamiento de fuerza: densidad ósea de la cadera +1,03 % (43 ensayos, 4320 mujeres posmenopáusicas; Howe 2011). Un chaleco lastrado no frenó la pérdida ósea de la cadera en 150 adultos de unos 66 años a dieta (Beavers 2025).',
        mechanism: 'El hueso necesita fuerzas intensas y variadas; las tobilleras ligeras aportan poco.',
      },
    },
    'gait-change': {
      detail: {
        numbers: '14 corredores: con un 3 % o más, menos impulso del tobillo; con un 5 %, más flexión de rodilla y más variabilidad (Trounson 2020). En sprints, con un 0,6–5 %: contacto con el suelo +2,9–8,9 % y un 0,6–7,4 % más lentos (Feser 2020). Con 70 kg, el 3 % es 1,05 kg (2,3 lb) por tobillo.',
        mechanism: 'Cambian los tiempos y los ángulos articulares; no se ha estudiado el efecto en las lesiones.',
        reduceRisk: 'Las dos tobilleras juntas, como máximo el 3 % de tu peso corporal, y solo a ritmo suave; quítatelas si cambia tu zancada.',
      },
    },
    'joint-stress': {
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) en el tobillo: momentos articulares +20–48 %, potencia +20–114 % (Duclos 2014). 0,25–0,5 kg (0,5–1,1 lb) en el pie o el muslo: más fuerza en las articulaciones de encima (15 corredores; Martin y Cavanagh 1990).',
        mechanism: 'La cadera y la rodilla deben frenar una pierna más pesada; no se ha estudiado el efecto en las lesiones.',
        reduceRisk: 'La tobillera más ligera, tramos cortos y suaves; detente si te duele una articulación.',
      },
    },
    'patellofemoral-pain': {
      detail: {
        numbers: 'El 10 % de las lesiones en 254 principiantes lesionados; recuperación mediana (todas las lesiones): 71 días.',
        mechanism: 'Más fuerza en la rodilla podría sobrecargar la rótula: es teoría, no datos.',
        reduceRisk: 'Nunca aumentes peso y distancia la misma semana; detente si te duele la parte delantera de la rodilla.',
      },
    },
    'it-band-syndrome': {
      detail: {
        numbers: 'Más de un 30 % de aumento de la distancia semanal en 2 semanas: más dolor de cintilla iliotibial y de rótula en principiantes (estudio observacional, resumen secundario).',
        mechanism: 'Hacer demasiado y demasiado pronto puede irritarla; el peso en el tobillo no se ha estudiado.',
        reduceRisk: 'Primero aumenta poco a poco lo que corres; detente si te duele la cara externa de la rodilla.',
      },
    },
    'stress-fractures': {
      detail: {
        numbers: 'Lesión por estrés en la tibia: hasta el 10–20 % de los corredores (fuentes secundarias). Dolor en la espinilla: la lesión más frecuente en principiantes, 15 %.',
        mechanism: 'Las tobilleras añaden poco impacto, pero pueden fatigar los músculos que lo amortiguan.',
        reduceRisk: 'No corras con peso si tienes osteoporosis o has tenido una fractura por estrés. Progresa despacio y descansa; ve al médico si tienes un dolor óseo agudo, localizado o que empeora.',
      },
    },
    'muscle-imbalance': {
      detail: {
        numbers: 'Ningún estudio sobre el equilibrio muscular ni las lesiones. El trabajo extra recae sobre todo en los músculos del balanceo (Browning 2007).',
        mechanism: 'Las tobilleras cargan los flexores de cadera y los isquiotibiales, no las pantorrillas ni los glúteos.',
        reduceRisk: 'Entrena también glúteos, muslos y pantorrillas, 2–3 días por semana.',
      },
    },
    'cartilage-damage': {
      detail: {
        numbers: 'Artrosis de cadera o rodilla: corredores aficionados 3,5 %, personas sedentarias 10,2 %, corredores de competición o de élite 13,3 %.',
        mechanism: 'El cartílago tolera correr con moderación; se desconocen los efectos de las tobilleras a largo plazo.',
        reduceRisk: 'Mantén un volumen de aficionado y cargas ligeras; consulta a un profesional si una articulación se hincha o te duele.',
      },
    },
    'slower-running-economy': {
      detail: {
        numbers: '100 g (3,5 oz) por zapatilla: +1 % de oxígeno, un 1 % más lento en 3000 m (Hoogkamer 2016). 1 kg (2,2 lb) en cada espinilla: +8 % de energía en hombres, +11 % en mujeres (15 corredores; Coifman 2024).',
        mechanism: 'La energía que gastas en balancear el pie se resta al ritmo; no hay mejora posterior demostrada.',
        reduceRisk: 'Sin peso en el trabajo de velocidad, las salidas largas ni las carreras; para ganar velocidad, haz intervalos o cuestas.',
      },
    },
    'sudden-load-increase': {
      detail: {
        numbers: 'Un plan lento con la «regla del 10 %» no redujo las lesiones: 20,8 % frente a 20,3 % de 532 principiantes (Buist 2008). Más lesiones al aumentar más de un 30 % la distancia semanal en 2 semanas, o al correr más de 3 km la primera semana con un IMC superior a 30 (Nielsen 2014, en parte resumen secundario).',
        mechanism: 'Los tejidos tardan semanas en adaptarse; los aumentos bruscos no les dan tiempo.',
        reduceRisk: 'Nunca aumentes peso y distancia la misma semana; deja 2 semanas o más entre cada aumento de peso.',
      },
    },
    'ankle-leg-strain': {
      detail: {
        numbers: 'Consejo de expertos; ningún ensayo ha contado estas lesiones.',
        mechanism: 'La tobillera tira del tobillo en cada balanceo; los músculos cansados lo controlan peor.',
        reduceRisk: 'Tobilleras ajustadas y acolchadas, desde 0,5 kg (1 lb); detente si te duele el tobillo o la espinilla.',
      },
    },
    'balance-and-falls': {
      detail: {
        numbers: 'Ningún estudio ha contado caídas. 1,82 kg (4 lb) por tobillo: más tiempo sobre una sola pierna en cada paso (Skinner y Barrack 1990). El estudio de 2022 evaluó antes el riesgo de caídas (Akatsu 2022).',
        mechanism: 'Un pie más pesado puede despegarse menos del suelo; pasar más tiempo sobre una pierna pone a prueba el equilibrio.',
        reduceRisk: 'Terreno llano y bien iluminado, la tobillera más ligera; ninguna si te has caído o te has sentido inestable este año. Las elevaciones de pierna en posición sentada o con apoyo son más seguras.',
      },
    },
    'weighted-vest-impact': {
      detail: {
        numbers: 'Chalecos del 10–20 % de la masa corporal: suben los dos picos de fuerza (10 personas caminando); la tasa de carga sube con chalecos del 15–20 %. Energía: alrededor de +1 % por cada 1 % del peso corporal, mucho menos por kg que en el tobillo.',
        mechanism: 'Las piernas reciben el peso extra en cada pisada.',
        reduceRisk: 'Empieza con alrededor del 5 % de tu peso corporal, camina primero y aumenta poco a poco.',
      },
    },
  },
  strings: {
    quiz: {
      title: 'Tobilleras con peso: ¿te convienen y cómo usarlas?',
      intro: 'Unos {total} pasos rápidos, alrededor de un minuto. Descubre si te conviene correr o caminar con tobilleras con peso, por qué y cómo empezar con seguridad, o qué hacer en su lugar.',
      privacy: 'Tus respuestas se quedan en este navegador.',
      partHealth: 'Tu salud: preguntas de sí o no',
      partRunning: 'Cómo corres o caminas hasta ahora',
      partGoals: 'Tus objetivos, si quieres',
      start: 'Empezar',
      next: 'Siguiente',
      back: 'Atrás',
      seeResult: 'Ver mi resultado',
      progress: 'Paso {n} de {total}',
      progressUpTo: 'Paso {n} de {total} como máximo',
      required: 'Elige una respuesta para continuar.',
      requiredAll: 'Responde a cada pregunta para continuar.',
      flags: 'Preguntas de salud',
      flagsMore: 'Más sobre tu salud',
      flagsHelp: 'Responde sí o no a cada una.',
      weight: 'Peso corporal',
      unit: 'Unidad',
      kg: 'kg',
      lb: 'lb',
      weightError: 'Escribe un peso entre {min} y {max}, o déjalo vacío.',
      weightFix: 'Corrige el peso o déjalo vacío.',
      why: 'Por qué',
      noFlags: 'Ninguna de tus respuestas ha activado una señal de alarma.',
      because: 'Tus respuestas:',
      source: 'Fuente:',
      plan: 'Tu plan para empezar',
      both: '{value} ({other})',
      startLoad: 'Para empezar, por tobillo',
      maxLoad: 'Máximo al que llegar, por tobillo',
      sessions: 'Sesiones con peso por semana',
      sessionsValue: '{start} para empezar, {max} como máximo',
      minutes: 'Tiempo con peso',
      minutesValue: 'Hasta {minutes} por sesión',
      progression: 'Cómo progresar',
      extra: 'Energía extra por sesión',
      extraValue: 'Unas {typical} {kcal}, hasta {high}; casi nada si bajas el ritmo',
      warmUp: 'Calentamiento',
      formCues: 'Técnica',
      stopSigns: 'Detente si',
      todo: 'Qué hacer ahora',
      instead: 'Qué hacer en su lugar',
      professional: 'Habla con un profesional: un médico, un fisioterapeuta o un profesional del ejercicio titulado puede aconsejarte en persona.',
      commercial: 'Enlaces de este sitio, que puede ganar dinero con ellos. Nunca cambian tu resultado.',
      restart: 'Volver a empezar',
      print: 'Imprimir o guardar este resumen',
      forget: 'Olvidar mis respuestas',
      forgotten: 'Tus respuestas se han borrado.',
      // The result's next step and its print summary (en.quiz-next.ts).
      nextToPicker: 'Ir a las alternativas',
      nextToExplainer: 'Ir a la explicación',
      nextBoth: 'La explicación y las alternativas de esta página ya tienen en cuenta tus respuestas.',
      nextPicker: 'Las alternativas de esta página ya tienen en cuenta tus respuestas.',
      nextExplainer: 'La explicación de esta página ya tiene en cuenta tus respuestas.',
      printTitle: 'Tobilleras con peso: mis respuestas y mi resultado',
      printFor: 'Un resumen para enseñar a tu médico, fisioterapeuta o entrenador.',
      printDate: 'Fecha: {date}',
      printVerdict: 'Resultado',
      printAnswers: 'Mis respuestas',
      printNone: 'Ninguno',
    },
    alternatives: {
      heading: 'Otras formas de lograr tu objetivo',
      intro: 'Ordenadas según tus objetivos y límites. Cada tarjeta explica por qué encaja.',
      goals: 'Tus objetivos',
      goalsHelp: 'Elige los que quieras. Si no eliges ninguno, cuentan todos.',
      limits: 'Tus límites',
      jointPain: 'Tengo dolor articular',
      equipment: 'Equipo a mano',
      minutes: 'Minutos por sesión',
      anyMinutes: 'Cualquiera',
      minutesOption: '{minutes} min',
      fromQuiz: 'Según tus respuestas del cuestionario. Puedes cambiar lo que quieras.',
      results: 'Opciones ordenadas',
      resultsCount: '{count} opciones para ti, de mejor a peor.',
      'resultsCount#one': '{count} opción para ti.',
      pickGoal: 'Elige un objetivo para ordenarlas a tu medida.',
      announceOut: '{count} opciones descartadas.',
      'announceOut#one': '1 opción descartada.',
      announceBack: '{count} opciones vuelven a la clasificación.',
      'announceBack#one': '1 opción vuelve a la clasificación.',
      announceFirst: 'Nueva primera opción: {name}.',
      announceMoved: 'Cambió el orden. Sigue primera: {name}.',
      announceSame: 'Sin cambios. Sigue primera: {name}.',
      rank: 'Puesto {rank}',
      fit: 'Encaje',
      fitStrong: 'Encaja muy bien',
      fitGood: 'Encaja bien',
      fitPartial: 'Encaja en parte',
      fitWeak: 'Encaja poco',
      fitGoals: '{words} con tus objetivos: {goals}',
      fitNoGoal: '{words}: ayuda poco a tus objetivos',
      fitAllRound: 'Ideal para: {goals}',
      percent: '{percent} %',
      impact: 'Impacto',
      time: 'Tiempo',
      timeRange: '{min}–{max} min',
      equipmentNeeded: 'Equipo',
      kcal: 'Unas {kcal} kcal en 30 minutos (estimación)',
      kcalHint: 'Añade tu peso corporal en el cuestionario para ver una estimación de calorías.',
      whyFits: 'Por qué encaja',
      drawbacks: 'Inconvenientes',
      howTo: 'Cómo hacerlo',
      dose: 'Dosis inicial',
      progression: 'Progresión',
      notFor: 'No es para ti si',
      choose: 'Elegir esta opción',
      chosen: 'Tu elección',
      chosenAnnounce: 'Has elegido {name}. Debajo verás cómo empezar.',
      unchosenAnnounce: '{name} ya no es tu elección.',
      nextStep: 'Cómo empezar',
      compareThis: 'Comparar',
      compareLimit: 'Compara hasta tres. Quita una para añadir otra.',
      compare: 'Comparar lado a lado ({count})',
      closeCompare: 'Cerrar la comparación',
      compareCaption: 'Comparación lado a lado',
      compareHint: 'Marca «Comparar» en dos o tres tarjetas.',
      compareCount: '{count} opciones para comparar.',
      'compareCount#one': '1 opción para comparar. Marca otra más.',
      excluded: 'Opciones descartadas para ti ({count})',
      excludedHelp: 'Estas opciones no entran en la clasificación debido a tus respuestas.',
      disclosure: 'Algunos enlaces de esta página son comerciales. Nunca cambian la clasificación.',
      none: 'Ninguna opción encaja con estos límites. Prueba con menos límites.',
    },
    prosCons: {
      heading: 'Correr con peso en los tobillos: beneficios y riesgos',
      intro: 'La evidencia es escasa: sobre todo pequeños estudios de laboratorio de una sola sesión, y ningún estudio de corredores que entrenen con tobilleras con peso durante un tiempo. Cada afirmación muestra nuestra valoración de la evidencia.',
      benefit: 'Beneficios',
      risk: 'Riesgos',
      tally: 'Evidencia moderada o sólida: {strong} · evidencia débil: {weak} · sin estudiar o solo opinión: {untested}',
      topics: 'Temas',
      sort: 'Orden',
      'sort.relevance': 'Orden sugerido',
      'sort.certainty': 'Evidencia más sólida primero',
      'more.benefit': 'Ver los {count} beneficios',
      'more.benefit#one': 'Ver {count} beneficio',
      'more.risk': 'Ver los {count} riesgos',
      'more.risk#one': 'Ver {count} riesgo',
      empty: 'No hay ninguno en los temas elegidos.',
      shown: 'Beneficios mostrados: {benefit}. Riesgos mostrados: {risk}.',
      evidence: 'Evidencia:',
      legend: 'Nuestra valoración de la evidencia: qué significan las etiquetas',
      'certainty.high': 'Ensayos coherentes sobre esta misma cuestión. Es poco probable que cambie.',
      'certainty.moderate': 'Bastante coherente, pero con estudios pequeños o cortos, o sobre un caso muy parecido. Puede cambiar.',
      'certainty.low': 'Pequeños estudios de laboratorio, o en otros grupos de personas. Es probable que cambie.',
      'certainty.very-low': 'Un estudio preliminar, casos clínicos o teoría. Muy incierta.',
      'certainty.expert-opinion': 'Consejos de profesionales de la salud o de instituciones, sin datos.',
      'certainty.not-studied': 'No encontramos ningún estudio sobre esto con tobilleras con peso.',
      applies: 'Te afecta:',
      numbers: 'Las cifras',
      mechanism: 'Por qué',
      reduceRisk: 'Para reducir el riesgo',
      'type.meta-analysis': 'Metaanálisis',
      'type.rct': 'Ensayo aleatorizado',
      'type.controlled-trial': 'Ensayos controlados',
      'type.uncontrolled-trial': 'Ensayo no controlado',
      'type.lab-study': 'Estudios de laboratorio',
      'type.observational': 'Estudios observacionales',
      'type.expert-opinion': 'Opinión de expertos',
      'type.no-study': 'Sin estudios directos',
      updated: 'Actualizado según tus respuestas del cuestionario. Afirmaciones que te afectan: {count}, marcadas y movidas al principio.',
      updatedNone: 'Actualizado según tus respuestas del cuestionario: ninguna de estas afirmaciones aparece marcada como aplicable a ti.',
      forYou: 'Qué significa para ti:',
      result: 'El resultado de tu cuestionario es «{verdict}».',
      drivers: 'Los riesgos que lo explican:',
      none: 'No se debe a los riesgos de abajo, pero los riesgos generales siguen presentes.',
      faq: 'Preguntas frecuentes',
      basedOn: 'Basado en:',
      'faq.weight.q': '¿Las tobilleras con peso me ayudarán a adelgazar más rápido?',
      'faq.weight.a': 'Apenas. Las tobilleras añaden unas pocas decenas de kcal a 30 minutos de carrera al mismo ritmo, y la mayoría de los corredores van más despacio y pierden incluso eso. Correr cuesta arriba suma de 3 a 5 veces más.',
      'faq.weight.goal': 'Para tu objetivo de calorías, las cuestas funcionan mejor que las tobilleras.',
      'faq.weight.walk': 'Al caminar: cada kilo por tobillo añade unas 10–27 kcal a una caminata de 30 minutos.',
      'faq.beginners.q': '¿Las tobilleras con peso son para principiantes?',
      'faq.beginners.a': 'Para correr, no. Primero corre 3 o más veces por semana durante 3 meses: los aumentos bruscos de carga se asocian a lesiones. Los principiantes pueden usar tobilleras para ejercicios de fuerza o caminatas cortas.',
      'faq.beginners.base': 'Aún no corres con regularidad: primero crea esa base.',
      'faq.often.q': '¿Con qué frecuencia debería usarlas?',
      'faq.often.a': 'Ningún estudio lo dice. Nuestro límite prudente para correr: al principio, {runSessionsStart} salida corta y suave con peso por semana, nunca más de {runSessionsMax}, y nunca más peso y más distancia la misma semana.',
      'faq.often.plan': 'Sesiones con peso por semana en tu plan: {sessions}.',
      'faq.often.stop': 'Tu resultado: ninguna sesión con peso por ahora.',
      'faq.faster.q': '¿Correr con peso en los tobillos me hará ganar velocidad?',
      'faq.faster.a': 'Nada lo demuestra. El peso en los pies hace la carrera menos económica y más lenta, y el único estudio a largo plazo con sprints no encontró mejora de velocidad. Los intervalos y las cuestas tienen más respaldo.',
      'faq.faster.goal': 'Si buscas velocidad, no uses peso en el trabajo de velocidad, las salidas largas ni las carreras.',
      'faq.tone.q': '¿Me tonificarán las piernas las tobilleras con peso?',
      'faq.tone.a': 'Ningún estudio define ni mide la tonificación, ni muestra que las tobilleras quemen grasa de las piernas. Mientras las llevas, hacen trabajar más a los flexores de cadera y los isquiotibiales; la fuerza duradera viene de los ejercicios de fuerza, que pueden hacerse con ellas.',
      'faq.tone.goal': 'Para fuerza o tonificación, las elevaciones y flexiones lentas de pierna con tobilleras funcionan mejor que correr con ellas.',
      'faq.heavy.q': '¿Cuánto deben pesar las tobilleras?',
      'faq.heavy.a': 'Poco. Para correr: {runStart} por tobillo al principio, {runMax} como máximo, y las dos juntas sin pasar del {share} del peso corporal, porque por encima cambia la técnica. Hasta {walkMax} es para caminar y para el trabajo de fuerza.',
      'faq.heavy.plan': 'Tu plan: de {start} a {max} por tobillo.',
      'faq.heavy.stop': 'Tu resultado: nada de peso por ahora.',
      'faq.exercises.q': '¿Qué ejercicios puedo hacer con tobilleras con peso?',
      'faq.exercises.a': 'Movimientos de fuerza lentos: curl de pierna de pie, elevaciones de pierna laterales y hacia atrás, y elevaciones de pierna en posición acostada o sentada. 1–3 series de 8–12 repeticiones, 2–3 días por semana; añade carga cuando puedas hacer 1–2 repeticiones más.',
      'faq.exercises.balance': 'Hazlos en posición sentada o sujetándote a un apoyo: el peso puede alterar el equilibrio.',
      'faq.exercises.ask': 'Tu resultado: consulta también a un profesional antes de hacerlos.',
    },
    base: {
      forget: 'Olvidar mis respuestas',
      debugRefused: 'Se rechazó el contenido personalizado ({count} problemas); se muestra el contenido predeterminado. La consola del navegador detalla cada problema.',
      'debugRefused#one': 'Se rechazó el contenido personalizado (1 problema); se muestra el contenido predeterminado. La consola del navegador detalla el problema.',
    },
  },
} satisfies Messages;
