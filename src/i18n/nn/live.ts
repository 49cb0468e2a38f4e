import type { Messages } from '../messages';

export const live: Messages['live'] = {
  panel: {
    heading: 'Live: svara kjem av seg sjølv',
    lead: 'Deltakarane skannar QR-koden eller opnar lenka, svarar og trykkjer «Send til workshopleiar». Svara blir krypterte i nettlesaren til deltakaren, og berre denne nettlesaren kan lese dei: tenaren ser berre kryptert tekst.',
    checking: 'Ser etter live-tenaren …',
    absent:
      'Live er ikkje tilgjengeleg her: ingen live-tenar svarar for denne sida. Deltakarane sender då svara sine som lenke eller fil, og du legg dei til nedanfor.',
    start: 'Start live',
    starting: 'Startar live …',
    startFailed: 'Live kunne ikkje startast. Prøv igjen, eller bruk lenke og fil nedanfor.',
    link: 'Lenke for å bli med',
    qrAlt: 'QR-kode som opnar live-workshopen {name}',
    copy: 'Kopier lenka',
    copied: 'Lenka er kopiert.',
    counter: '{sent} av {expected} har sendt',
    counterOpen: '{sent} har sendt',
    expected: 'Kor mange ventar du svar frå?',
    expectedHint: 'Tomt felt: berre talet på dei som har sendt, blir vist.',
    sentHeading: 'Har sendt',
    sentNone: 'Ingen har sendt enno.',
    sentItem: '{name}, {time}',
    stream: {
      connecting: 'Koplar til live-tenaren …',
      open: 'Tilkopla: nye svar blir viste med ein gong.',
      retrying: 'Sambandet er brote. Prøver igjen …',
      refused:
        'Tenaren kjenner ikkje rommet lenger (gått ut eller sletta). Svara du har fått, er lagra her.',
    },
    unreadableOne:
      'Eit svar kunne ikkje lesast: det er endra undervegs eller laga for eit anna rom, og er ikkje lagt til.',
    unreadableMany:
      '{count} svar kunne ikkje lesast: dei er endra undervegs eller laga for eit anna rom, og er ikkje lagde til.',
    close: 'Steng rommet',
    closed: 'Rommet er stengt: ingen nye svar blir tekne imot. Svara du har fått, er lagra her.',
    remove: 'Slett rommet på tenaren',
    failed: 'Tenaren svarte ikkje. Prøv igjen.',
    keysNote:
      'Nøkkelen som opnar svara, finst berre i denne nettlesaren og i workshopfila (JSON) du lastar ned. Ta vare på fila.',
  },
  join: {
    invalid: 'Lenka til live-workshopen er ikkje gyldig. Be workshopleiaren om lenka på nytt.',
    preparing: 'Gjer klar lenka …',
    onlyHere:
      'Denne lenka verkar berre på denne maskina (localhost). Telefonar og andre maskiner når appen på adressa til maskina i nettverket: start appen med npm start, som skriv ut adressa, eller opne sida på den adressa.',
  },
  send: {
    action: 'Send til workshopleiar',
    title: 'Send svara til workshopleiaren',
    lead: 'Dette er nøyaktig det som blir sendt. Det blir kryptert i nettlesaren din, og berre workshopleiaren kan lese det.',
    workshop: 'Workshop: {name}',
    role: 'Rolle: {role}',
    answers: 'Svara dine',
    desired: 'Ønskt situasjon: {count} svar blir sende med.',
    name: 'Namnet ditt (valfritt)',
    nameHint:
      'Utan namn blir du vist som eit nummer. Med namn kan rolla di bli vist saman med svara dine.',
    comments: 'Ta med kommentarane mine',
    noComments: 'Du har ingen kommentarar, så ingen blir sende.',
    comment: 'Kommentar: {text}',
    submit: 'Send til workshopleiar',
    resend: 'Send på nytt (erstattar det du sende)',
    sending: 'Sender …',
    sent: 'Sendt kl. {time}. Kvittering nr. {seq}.',
    replaced: 'Sendt på nytt kl. {time}: det erstattar det du sende før. Kvittering nr. {seq}.',
    queued:
      'Du er utan nett. Svara er lagra i nettlesaren og blir sende av seg sjølv når du er på nett igjen.',
    failed: {
      'room-closed': 'Workshopleiaren har stengt rommet, så svara vart ikkje sende.',
      'room-full': 'Rommet er fullt, så svara vart ikkje sende. Sei frå til workshopleiaren.',
      'not-found': 'Rommet finst ikkje lenger på tenaren, så svara vart ikkje sende.',
      other: 'Svara kunne ikkje sendast. Prøv igjen om litt.',
    },
    serverless:
      'Denne workshopen er ikkje live. Send svara til workshopleiaren på e-post, eller kopier lenka og del ho.',
    mail: 'Send på e-post',
    mailSubject: 'Svara mine til workshopen {name}',
    mailBody: 'Her er svara mine frå Modellkart. Lim lenka inn på workshopsida:',
    copy: 'Kopier lenka med svara',
    copied: 'Lenka er kopiert.',
    empty: 'Du har ikkje svart på nokon spørsmål enno.',
    dontKnow: 'Veit ikkje',
    toQuestions: 'Gå til spørsmåla',
    back: 'Tilbake til resultatet',
  },
  roles: {
    heading: 'Samanlikning av roller',
    lead: 'I små grupper kan svara til éin person kjennast att. Vel korleis rollene blir slått saman, og kor mange som må vere med før ei rolle blir vist.',
    by: 'Samanlikn',
    byRole: 'Kvar rolle for seg',
    byGroup: 'Rollegrupper: bibliotek, innbyggjartorg, leiing og politikk',
    threshold: 'Minste tal per rolle',
    thresholdHint: 'Minst {min}. Ei rolle med færre blir ikkje vist for seg.',
    groups: {
      bibliotek: 'Bibliotek',
      innbyggertorg: 'Innbyggjartorg',
      'ledelse-og-politikk': 'Leiing og politikk',
    },
    hidden: 'Skjult (for få med rolla)',
    tableNote:
      'Rolla blir vist ved svara berre for deltakarar som sjølv oppgav namnet sitt då dei sende, eller når minst {min} deltakarar har same rolle.',
  },
  mix: {
    range: 'Lågast og høgast i gruppa',
    bar: 'Snittet som stolpe',
    rangeNote: 'Ved sida av står den lågaste og den høgaste delen éin deltakar har.',
  },
  present: {
    page: '{title} ({page} av {pages})',
    mixLead: 'Snittet for gruppa: kor mykje svara peikar mot kvar modell.',
    mixRow: '{model}: {share} i snitt',
    mixRange: 'frå {min} til {max}',
    waiting: 'Svara kjem inn etter kvart som deltakarane sender.',
  },
  addToWorkshop: {
    heading: 'Vil du bruke svara i ein av workshopane dine?',
    label: 'Workshop',
    action: 'Legg til i workshopen',
    added: 'Svara er lagde til i «{workshop}» som {name}.',
    duplicate: '«{workshop}» har alt desse svara ({name}). Ingenting er lagt til.',
    open: 'Opne workshopen',
  },
};
