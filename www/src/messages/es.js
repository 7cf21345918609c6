// The widget in Spanish, for readers in Spain and Latin America alike: the keys and {values} of
// en.js (which explains the format). Instructions are impersonal ("hay que…"), neither tú nor
// usted, which readers on either side of the Atlantic expect differently.
export const es = {
  // Intl writes "miércoles, 13 de septiembre de 2023" for "es".
  locale: 'es',

  // Each a noun the statuses agree with (feminine: cumbre, reunión).
  kinds: {
    bilateral: 'Cumbre bilateral',
    multilateral: 'Cumbre multilateral',
    ministerial: 'Reunión ministerial',
  },
  statuses: { held: 'Celebrada', ongoing: 'En curso', planned: 'Prevista' },
  byVideoLink: 'Por videoconferencia',
  sessionFormats: {
    'one-on-one': 'Conversaciones a solas',
    expanded: 'Conversaciones en formato ampliado',
    plenary: 'Sesión plenaria',
  },
  sourceKinds: {
    agency: 'agencia de noticias',
    newspaper: 'periódico',
    broadcaster: 'medio audiovisual',
    government: 'gobierno',
    statement: 'comunicado',
    organization: 'organización',
  },

  // "cerca de" and not "unas" or "unos", which would agree with the unit.
  qualifiers: {
    exact: '{length}',
    about: 'cerca de {length}',
    almost: 'casi {length}',
    'more-than': 'más de {length}',
    'less-than': 'menos de {length}',
  },
  days: { one: '# día', other: '# días' },
  hoursAndMinutes: '{hours} h {minutes} min',
  hours: '{hours} h',
  minutes: '{minutes} min',

  glanceTitle: 'La cumbre de un vistazo',
  whoMetWhom: 'Quién se reunió con quién',
  whoMet: 'Quiénes se reunieron',
  where: 'Dónde',
  when: 'Cuándo',
  host: 'País anfitrión',
  format: 'Formato',
  // As short as a label of the facts must be (about eight capitals).
  earlier: 'Antes',
  inBrief: 'En resumen',
  // The marks browsers put around a Spanish quotation (open-quote): Chromium's, not Firefox's «».
  asWritten: '“{text}”',
  notes: 'Notas sobre este informe',

  participantsTitle: 'Participantes',
  people: { one: '# persona', other: '# personas' },
  delegations: { one: '# delegación', other: '# delegaciones' },
  participants: 'Participantes',
  otherParticipants: 'Otros participantes',
  principal: 'Principal',
  official: 'Alto cargo',
  unnamed: '(sin identificar)',
  unnamedLabel: '{role} (sin identificar)',
  noParticipants: 'El artículo no nombra a ningún participante.',

  agendaTitle: 'Agenda',
  topicCount: { one: '# tema', other: '# temas' },
  topics: 'Temas',
  noTopics: 'El artículo no nombra ningún tema.',
  from: 'fuente: {source}',
  secondary: 'Intereses, declaraciones y fuentes',
  interests: 'Qué quiere cada parte',
  wants: 'Lo que quiere {party}',
  quotes: 'Declaraciones',
  quoteBy: '— {speaker}',
  unattributed: 'sin atribuir',
  sources: 'Fuentes citadas',
  sourceKind: '· {kind}',

  morePeople: { one: 'y # participante más', other: 'y # participantes más' },
  moreTopics: { one: 'y # tema más', other: 'y # temas más' },
  moreInterests: { one: 'y # parte más', other: 'y # partes más' },
  moreQuotes: { one: 'y # declaración más', other: 'y # declaraciones más' },
  moreSources: { one: 'y # fuente más', other: 'y # fuentes más' },

  noSummitTitle: 'No hay ninguna cumbre en este artículo',
  nothingToShow: 'Nada que mostrar',
  noSummit: 'summit-cards buscó una reunión de líderes o ministros y no encontró ninguna, así que no hay '
    + 'participantes ni agenda que mostrar para este artículo.',

  footnote: 'Extraído en el navegador por {product}.',
  technicalDetails: 'Detalles técnicos',

  reading: 'Leyendo el artículo…',
  notFound: 'No se encuentra el artículo',
  badSource: 'source="{selector}" no es un selector CSS válido.',
  noSource: 'Ningún elemento de esta página coincide con source="{selector}".',
  noArticle: 'No hay ningún artículo que leer',
  howToPoint: 'El elemento lee el artículo que indica source="#article-body", el texto de su atributo o su '
    + 'propiedad text, o un <template> hijo.',
  waiting: 'Esperando un artículo',
  empty: 'El artículo está vacío.',
  notRead: 'No se pudo leer el artículo',
  unreadable: 'No se pudo leer este artículo',
  tooLong: 'El artículo supera los {size} MB, lo máximo que lee summit-cards.',
  crashed: 'summit-cards: el extractor falló con este artículo (un error del programa, que conviene notificar '
    + 'con el texto); se reinicia para el siguiente',
  notLoaded: 'No se pudieron cargar las tarjetas de la cumbre',
  loadErrors: {
    unsupported: 'Este navegador no puede ejecutar WebAssembly, que el extractor necesita.',
    csp: 'La Content-Security-Policy de la página no permite ejecutar WebAssembly.',
    'invalid-wasm': 'El archivo de {url} no es un módulo WebAssembly que este navegador pueda compilar.',
    unknown: 'El extractor no pudo arrancar: {message}',
    'file-protocol': 'Una página abierta desde un archivo (file://) no puede descargar el archivo WebAssembly.',
    network: 'No se pudo descargar el archivo WebAssembly de {url}.',
    'http-status': 'No se pudo descargar el archivo WebAssembly: el servidor respondió {status} {statusText} para {url}.',
    'not-wasm': 'El archivo de {url} no es WebAssembly: el servidor envió {type}.',
  },
  loadHints: {
    unsupported: 'Hace falta un Chrome, Edge, Firefox o Safari actual, con WebAssembly activado.',
    csp: 'Hay que añadir \'wasm-unsafe-eval\' a la directiva script-src de la política.',
    'invalid-wasm': 'Conviene comprobar que el archivo .wasm se publicó sin cambios, de la misma compilación que summit-cards.js.',
    unknown: 'Puede bastar con recargar la página; si el problema persiste, conviene notificarlo con la salida de la consola del navegador.',
    'file-protocol': 'Hay que servir la página por http(s), o usar summit-cards.standalone.js, que lleva el WebAssembly dentro.',
    network: 'Conviene comprobar la conexión de red y que la directiva connect-src de la página permita esa dirección.',
    'http-status': 'Hay que publicar summit_cards_bg.wasm junto a summit-cards.js, o pasar su dirección a init().',
    'not-wasm': 'La dirección lleva probablemente a una página de error: conviene comprobar la ruta y servir los archivos .wasm como application/wasm.',
  },
  untyped: 'un archivo sin tipo',
};
