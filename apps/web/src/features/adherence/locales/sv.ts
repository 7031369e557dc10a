/** The Adherence page in Swedish; lib/locales/sv.ts includes it as `adherence`. */
export const adherenceSv = {
  title: 'Följsamhet',
  lead: 'Hur väl medarbetarna följde det publicerade schemat, enligt agentstatusen från telefonisystemet.',
  previousWeek: '← Veckan före',
  nextWeek: 'Veckan efter →',
  team: 'Team',
  allTeams: 'Alla team',
  noTeam: 'Utan team',
  coveredUntil: 'Agentstatus är importerad till och med {{until}}; tid efter det räknas inte ännu.',
  notCovered:
    'Ingen agentstatus är importerad ännu. Importera en fil från telefonisystemet nedan, så räknas följsamheten.',
  noSchedule: 'Inget publicerat schema den här veckan, så det finns inget att följa.',
  hours: '{{hours}} h',
  figures: {
    title: 'Vecka {{week}}',
    adherence: 'Följsamhet',
    phoneAdherence: 'Följsamhet i telefon',
    conformance: 'Arbetad tid mot schema',
    outOfAdherence: 'Avvikande tid',
    unscheduledWork: 'Arbete utanför pass',
  },
  help: {
    title: 'Så räknas det',
    adherence:
      'Följsamhet: schemalagda minuter i en status som stämmer med aktiviteten, delat med schemalagda minuter. Telefon: redo, i samtal eller efterarbete. Övrigt arbete: ej redo utan orsak eller med orsaken backoffice. Rast, lunch, möte och utbildning: ej redo med den orsaken eller utan orsak, eller utloggad.',
    phoneAdherence:
      'Följsamhet i telefon: andelen schemalagda telefonminuter som medarbetaren var redo, i samtal eller i efterarbete.',
    conformance:
      'Arbetad tid mot schema: inloggad tid utom lunch (och raster tagna utloggad) delat med schemalagd betald tid.',
    outOfAdherence: 'Avvikande tid: schemalagd tid då statusen inte stämde med aktiviteten.',
    unscheduledWork: 'Arbete utanför pass: inloggad tid när inget pass var schemalagt.',
    coverage:
      'Bara tid som importerade statusfiler täcker räknas. Dagar med registrerad frånvaro räknas inte; där står frånvarons typ.',
  },
  teamChart: {
    title: 'Följsamhet per dag och team',
    target: 'Mål {{target}}',
    none: 'Inga dagar med räknad följsamhet den här veckan.',
  },
  phoneChart: {
    title: 'Agenter i telefon per kvart',
    day: 'Dag',
    scheduled: 'Schemalagda i telefon',
    actual: 'I telefon (redo, samtal, efterarbete)',
    agents: 'Agenter',
    shortfall:
      'Telefonerna saknade {{hours}} agenttimmar mot schemat den dagen (kvartar med färre i telefon än schemalagt).',
    none: 'Ingen importerad telefontid den här veckan.',
  },
  table: {
    caption: 'Följsamhet per medarbetare och dag',
    help: 'Sämst först inom varje team. Grönt från {{target}}, gult från {{warning}}, rött under. Klicka på en dag för att se medarbetarens dag.',
    agent: 'Medarbetare',
    week: 'Veckan',
    teamTotal: 'Hela teamet',
    exceptions_one: '{{count}} avvikelse',
    exceptions_other: '{{count}} avvikelser',
    cell: '{{agent}}, {{day}}: {{value}}',
    none: 'Inget att visa den här veckan: inga pass med importerad status och ingen registrerad frånvaro.',
  },
  day: {
    title: '{{agent}}, {{day}}',
    close: 'Stäng',
    label: 'Schema och faktisk status över dagen',
    scheduled: 'Schema',
    actual: 'Faktiskt',
    notImported: 'Inte importerat ännu',
    exception: 'Avvikelse',
    absent: 'Frånvaro registrerad: {{kind}}. Dagen räknas inte.',
    exceptionsCaption: 'Avvikelser (minst 5 minuter)',
    noExceptions: 'Inga avvikelser: dagen följde schemat.',
    notCounted: 'Ingen importerad status täcker passet, så dagen är inte räknad ännu.',
    time: 'Tid',
    minutes: 'Minuter',
    scheduledActivity: 'Schemalagt',
    actualState: 'Faktiskt',
    noShift: 'Inget pass',
    figures:
      'Följsamhet {{adherence}} · i telefon {{phoneAdherence}} · arbetad tid mot schema {{conformance}}',
    legend: 'Förklaring',
  },
  // By the API's `state`: format B's states.
  states: {
    ready: 'Redo',
    talking: 'I samtal',
    wrap_up: 'Efterarbete',
    not_ready: 'Ej redo',
    logged_out: 'Utloggad',
    withReason: '{{state}} ({{reason}})',
  },
  import: {
    title: 'Importera agentstatus',
    help: 'Format B från telefonisystemet: kolumnerna agent_id, state, start, end och gärna reason, en rad per status, tider i ISO 8601 med tidszon. Filen gäller alla medarbetare från sin första till sin sista tid: den som saknar rader där räknas som utloggad. Hela filen kontrolleras innan något sparas; samma fil en gång till ändrar ingenting.',
    done: 'Klart: {{rows}} rader, {{changed}} agenter ändrade, {{unchanged}} oförändrade.',
    latest: 'Senaste importerna',
    agentsChanged: 'Agenter ändrade',
  },
};
