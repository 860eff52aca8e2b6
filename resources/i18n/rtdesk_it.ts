<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>A zone, a person, the secretariat…</source>
        <translation>Una zona, una persona, la segreteria…</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Entro il</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>The action was not saved</source>
        <translation>L&apos;azione non è stata salvata</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Filter by who…</source>
        <translation>Responsabile…</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Segna come fatta</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Riapri</translation>
    </message>
    <message>
        <source>{actions}, {overdue} overdue</source>
        <translation>{actions}, scadute: {overdue}</translation>
    </message>
    <message>
        <source>No action matches these filters.</source>
        <translation>Nessuna azione corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Nessuna azione ancora registrata.</translation>
    </message>
    <message>
        <source>The action was not marked done</source>
        <translation>L&apos;azione non è stata segnata come fatta</translation>
    </message>
    <message>
        <source>Action done: {action}</source>
        <translation>Azione completata: {action}</translation>
    </message>
    <message>
        <source>The action was not reopened</source>
        <translation>L&apos;azione non è stata riaperta</translation>
    </message>
    <message>
        <source>Action reopened: {action}</source>
        <translation>Azione riaperta: {action}</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 azione</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Azioni da seguire</translation>
    </message>
    <message>
        <source>{count} actions</source>
        <translation>{count} azioni</translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Agreed at session</source>
        <translation>Concordata nella seduta</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>zone {number}</source>
        <translation>zona {number}</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (scaduta)</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} il {date}</translation>
    </message>
    <message>
        <source>Overdue: still to be done and its due date has passed.</source>
        <translation>Scaduta: ancora da fare e la scadenza è passata.</translation>
    </message>
    <message>
        <source>Double-click to open session {ref}.</source>
        <translation>Doppio clic per aprire la seduta {ref}.</translation>
    </message>
    <message>
        <source>Double-click to open proposal {code}.</source>
        <translation>Doppio clic per aprire la proposta {code}.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Entro il</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Adoption of {code} by zone {number}</source>
        <translation>Adozione di {code} da parte della zona {number}</translation>
    </message>
    <message>
        <source>{code} — {title}
Zone {number} {name}</source>
        <translation>{code} — {title}
Zona {number} {name}</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>e.g. resolution of the zone assembly</source>
        <translation>ad es. deliberazione dell&apos;assemblea di zona</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The adoption was not saved</source>
        <translation>L&apos;adozione non è stata salvata</translation>
    </message>
</context>
<context>
    <name>AdoptionMatrixModel</name>
    <message>
        <source>Zone {number} {name}: {state}</source>
        <translation>Zona {number} {name}: {state}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Dal {date}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Zone {number} — {name}</source>
        <translation>Zona {number} — {name}</translation>
    </message>
</context>
<context>
    <name>AdoptionMatrixView</name>
    <message>
        <source>{state}: blank</source>
        <translation>{state}: cella vuota</translation>
    </message>
    <message>
        <source>Legend: {swatches}</source>
        <translation>Legenda: {swatches}</translation>
    </message>
    <message>
        <source>No approved proposal matches these filters: zones adopt approved ones.</source>
        <translation>Nessuna proposta approvata corrisponde a questi filtri: le zone adottano solo proposte approvate.</translation>
    </message>
    <message>
        <source>1 approved proposal</source>
        <translation>1 proposta approvata</translation>
    </message>
    <message>
        <source>{count} approved proposals</source>
        <translation>{count} proposte approvate</translation>
    </message>
</context>
<context>
    <name>AdoptionTableModel</name>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adozione</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>Agg&amp;iungi punto…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>Modi&amp;fica punto…</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Rimuovi punto</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta in a&amp;lto</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <source>Open &amp;proposal</source>
        <translation>Apri &amp;proposta</translation>
    </message>
    <message>
        <source>Show the proposal this item is about on the Proposals page.</source>
        <translation>Mostra nella pagina Proposte la proposta di cui tratta il punto.</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up). You can also drag it.</source>
        <translation>Sposta il punto in alto (Ctrl+Freccia su). Puoi anche trascinarlo.</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down). You can also drag it.</source>
        <translation>Sposta il punto in basso (Ctrl+Freccia giù). Puoi anche trascinarlo.</translation>
    </message>
    <message>
        <source>The minutes of this session are approved, so its agenda can no longer change.</source>
        <translation>Il verbale di questa seduta è approvato, quindi il suo ordine del giorno non può più cambiare.</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Rimuovi punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Remove item {number} “{title}” with its minutes, votes and actions?</source>
        <translation>Rimuovere il punto {number} “{title}” con il relativo verbale, i voti e le azioni?</translation>
    </message>
    <message>
        <source>The item was not removed</source>
        <translation>Il punto non è stato rimosso</translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation>Il punto non è stato spostato</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>Nuovo punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Agenda item {number}</source>
        <translation>Punto {number} all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>(no proposal)</source>
        <translation>(nessuna proposta)</translation>
    </message>
    <message>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
    <message>
        <source>The proposals awaiting a session are listed. For any other (a report on an approved one, say), type its code.</source>
        <translation>Sono elencate le proposte in attesa di una seduta. Per un&apos;altra (ad esempio una relazione su una proposta approvata) scrivine il codice.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation>&amp;Relatore:</translation>
    </message>
    <message>
        <source>P&amp;roposal:</source>
        <translation>&amp;Proposta:</translation>
    </message>
    <message>
        <source>&amp;Attachments (references to documents):</source>
        <translation>&amp;Allegati (riferimenti ai documenti):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Add a&amp;ttachment</source>
        <translation>Aggiungi a&amp;llegato</translation>
    </message>
    <message>
        <source>Remo&amp;ve attachment</source>
        <translation>Rimuo&amp;vi allegato</translation>
    </message>
    <message>
        <source>An attachment is a reference (protocol number, file name, link): the document itself stays where it is filed.</source>
        <translation>Un allegato è un riferimento (numero di protocollo, nome del file, link): il documento resta dove è archiviato.</translation>
    </message>
    <message>
        <source>The agenda item was not saved</source>
        <translation>Il punto all&apos;ordine del giorno non è stato salvato</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Relatore</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve the minutes of session {ref}</source>
        <translation>Approva il verbale della seduta {ref}</translation>
    </message>
    <message>
        <source>Minutes are approved by a later session. Once approved they are locked: the text can no longer change and a correction is recorded as an erratum. A fingerprint of the approved text is stored so that a printed copy can be checked later.</source>
        <translation>Il verbale è approvato in una seduta successiva. Una volta approvato è bloccato: il testo non può più cambiare e una correzione si registra come errata corrige. Viene conservata un&apos;impronta del testo approvato, così che in seguito se ne possa verificare una copia stampata.</translation>
    </message>
    <message>
        <source>Session {ref} of {day}</source>
        <translation>Seduta {ref} del {day}</translation>
    </message>
    <message>
        <source>Approved at &amp;session:</source>
        <translation>Approvato nella &amp;seduta:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Approvato &amp;il:</translation>
    </message>
    <message>
        <source>No later session is recorded yet. Plan the session that will approve these minutes first.</source>
        <translation>Non è ancora registrata alcuna seduta successiva. Programma prima la seduta che approverà questo verbale.</translation>
    </message>
    <message>
        <source>&amp;Approve minutes</source>
        <translation>&amp;Approva verbale</translation>
    </message>
    <message>
        <source>The minutes were not approved</source>
        <translation>Il verbale non è stato approvato</translation>
    </message>
</context>
<context>
    <name>AssignZoneDialog</name>
    <message>
        <source>Change zone</source>
        <translation>Cambia zona</translation>
    </message>
    <message>
        <source>Assign a zone</source>
        <translation>Assegna una zona</translation>
    </message>
    <message>
        <source>{name} (ISTAT {code})</source>
        <translation>{name} (ISTAT {code})</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Required when a municipality moves: from this date it belongs to the new zone, and its period in zone {number} ends the day before.</source>
        <translation>Obbligatoria quando un comune cambia zona: da questa data appartiene alla nuova zona e il periodo nella zona {number} termina il giorno precedente.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nessuna registrata</translation>
    </message>
    <message>
        <source>Leave it unticked when the start is not known, e.g. the municipality has been in this zone since the zones were drawn in 2015.</source>
        <translation>Lasciala deselezionata se la data di inizio non è nota, ad esempio se il comune è in questa zona dalla perimetrazione del 2015.</translation>
    </message>
    <message>
        <source>{number} — {name} (current)</source>
        <translation>{number} — {name} (attuale)</translation>
    </message>
    <message>
        <source>{number} — {name} ({recorded} of {expected} recorded)</source>
        <translation>{number} — {name} ({recorded} comuni registrati su {expected})</translation>
    </message>
    <message>
        <source>The zone was not changed</source>
        <translation>La zona non è stata modificata</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Comune:</translation>
    </message>
    <message>
        <source>Current zone:</source>
        <translation>Zona attuale:</translation>
    </message>
    <message>
        <source>&amp;New zone:</source>
        <translation>&amp;Nuova zona:</translation>
    </message>
    <message>
        <source>Choose a zone…</source>
        <translation>Scegli una zona…</translation>
    </message>
    <message>
        <source>In this zone &amp;since:</source>
        <translation>In questa zona &amp;dal:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>e.g. a deliberation, or the CMTO list by zone</source>
        <translation>ad es. una deliberazione, o l&apos;elenco CMTO dei comuni per zona</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>&amp;Fill from roster</source>
        <translation>&amp;Compila dall&apos;elenco</translation>
    </message>
    <message>
        <source>Give every zone not yet in the register its spokesperson in office on the session date (else the vicar). Rows already filled are kept.</source>
        <translation>Assegna a ogni zona non ancora nel registro il portavoce in carica alla data della seduta (altrimenti il vicario). Le righe già compilate restano invariate.</translation>
    </message>
    <message>
        <source>Ever&amp;yone present</source>
        <translation>Tutti pr&amp;esenti</translation>
    </message>
    <message>
        <source>Mark every zone present with the person the register names (filled from the roster where empty); then mark the few absent ones.</source>
        <translation>Segna presenti tutte le zone con la persona indicata nel registro (presa dall&apos;elenco dei rappresentanti dove manca); poi segna le poche assenti.</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Registro delle presenze</translation>
    </message>
    <message>
        <source>&amp;Guests (officials, experts):</source>
        <translation>&amp;Ospiti (funzionari, esperti):</translation>
    </message>
    <message>
        <source>Add &amp;guest…</source>
        <translation>Agg&amp;iungi ospite…</translation>
    </message>
    <message>
        <source>Remove g&amp;uest</source>
        <translation>Rim&amp;uovi ospite</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Attending for the zone</source>
        <translation>Partecipante per la zona</translation>
    </message>
    <message>
        <source>Name as on the delegation</source>
        <translation>Nome come indicato nella delega</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>A&amp;ssente</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>Giusti&amp;ficato</translation>
    </message>
    <message>
        <source>Arri&amp;ved at</source>
        <translation>Arri&amp;vo alle</translation>
    </message>
    <message>
        <source>&amp;Left at</source>
        <translation>Usci&amp;ta alle</translation>
    </message>
    <message>
        <source>&amp;Attending:</source>
        <translation>Pa&amp;rtecipante:</translation>
    </message>
    <message>
        <source>&amp;Delegate:</source>
        <translation>De&amp;legato:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation>Presenza:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Orari:</translation>
    </message>
    <message>
        <source>The minutes of this session are approved: the register is shown as it was approved and can no longer change.</source>
        <translation>Il verbale di questa seduta è approvato: il registro è mostrato com&apos;era all&apos;approvazione e non può più cambiare.</translation>
    </message>
    <message>
        <source>Zone {number} — {name}</source>
        <translation>Zona {number} — {name}</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nessuno scelto)</translation>
    </message>
    <message>
        <source>{name} — spokesperson</source>
        <translation>{name} — portavoce</translation>
    </message>
    <message>
        <source>{name} — vicar</source>
        <translation>{name} — vicario</translation>
    </message>
    <message>
        <source>{name} — deputy</source>
        <translation>{name} — vice portavoce</translation>
    </message>
    <message>
        <source>A named delegate…</source>
        <translation>Un delegato (indica il nome)…</translation>
    </message>
    <message>
        <source>{name} — {capacity}</source>
        <translation>{name} — {capacity}</translation>
    </message>
    <message>
        <source>Not saved: {reason} {advice}</source>
        <translation>Non salvato: {reason} {advice}</translation>
    </message>
    <message>
        <source>The attendance was not saved</source>
        <translation>La presenza non è stata salvata</translation>
    </message>
    <message>
        <source>The register was not filled</source>
        <translation>Il registro non è stato compilato</translation>
    </message>
    <message>
        <source>Nobody is named for zone {zones}: choose who sat for it, or leave it absent.</source>
        <translation>Per la zona {zones} non è indicato nessuno: scegli chi l&apos;ha rappresentata, oppure lasciala assente.</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Aggiungi ospite</translation>
    </message>
    <message>
        <source>Guest&apos;s name:</source>
        <translation>Nome dell&apos;ospite:</translation>
    </message>
    <message>
        <source>Role or office (e.g. CMTO official, expert):</source>
        <translation>Ruolo o ente (ad es. funzionario CMTO, esperto):</translation>
    </message>
    <message>
        <source>The guest was not added</source>
        <translation>L&apos;ospite non è stato aggiunto</translation>
    </message>
    <message>
        <source>The guest was not removed</source>
        <translation>L&apos;ospite non è stato rimosso</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrata</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Crea &amp;copia di sicurezza</translation>
    </message>
    <message>
        <source>Write a dated copy of the database into the backups folder</source>
        <translation>Scrivi una copia datata del database nella cartella delle copie di sicurezza</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Salva una copia come…</translation>
    </message>
    <message>
        <source>Write a copy of the database to a file</source>
        <translation>Scrivi una copia del database in un file</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ripristina da una copia di sicurezza…</translation>
    </message>
    <message>
        <source>Replace the data with those of a backup; the current data are kept aside</source>
        <translation>Sostituisci i dati con quelli di una copia di sicurezza; i dati attuali vengono conservati a parte</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Apri car&amp;tella delle copie di sicurezza</translation>
    </message>
    <message>
        <source>rtdesk databases ({patterns});;All files (*)</source>
        <translation>Database di rtdesk ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Salva una copia del database</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Scrittura della copia di sicurezza in corso…</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>La copia di sicurezza non è stata scritta</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Copia di sicurezza scritta: {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>Replace the data of {name} with the backup of {when}?</source>
        <translation>Sostituire i dati di {name} con la copia di sicurezza del {when}?</translation>
    </message>
    <message>
        <source>The database {database} will be replaced by {backup}.

The data as they are now are first kept aside in the backups folder ({folder}), so nothing is lost. Then the window reopens on the restored data: whatever was recorded after the backup was taken will no longer be shown.</source>
        <translation>Il database {database} sarà sostituito da {backup}.

Prima i dati attuali vengono conservati a parte nella cartella delle copie di sicurezza ({folder}), così non si perde nulla. Poi la finestra si riapre sui dati ripristinati: quanto registrato dopo la creazione della copia non sarà più visibile.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La copia di sicurezza non è stata ripristinata</translation>
    </message>
    <message>
        <source>Your current data are unchanged.</source>
        <translation>I dati attuali non sono stati modificati.</translation>
    </message>
    <message>
        <source>The data as they were before the restore are kept at {path}.</source>
        <translation>I dati com&apos;erano prima del ripristino sono conservati in {path}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia di sicurezza ripristinata</translation>
    </message>
    <message>
        <source>The data of the backup of {when} have been restored.</source>
        <translation>Sono stati ripristinati i dati della copia di sicurezza del {when}.</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>Ripristino eseguito da {path}.</translation>
    </message>
    <message>
        <source>The restored data could not be opened, and the data as they were could not be put back: {problem}</source>
        <translation>Non è stato possibile aprire i dati ripristinati, né rimettere al loro posto i dati com&apos;erano: {problem}</translation>
    </message>
    <message>
        <source>Close rtdesk and ask IT staff to restore {path}, which holds the data as they were before the restore.</source>
        <translation>Chiudi rtdesk e chiedi al personale informatico di ripristinare {path}, che contiene i dati com&apos;erano prima del ripristino.</translation>
    </message>
    <message>
        <source>The restored data could not be opened, so the data as they were have been put back.</source>
        <translation>Non è stato possibile aprire i dati ripristinati, quindi sono stati rimessi al loro posto i dati com&apos;erano.</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
</context>
<context>
    <name>DiscussionsTableModel</name>
    <message>
        <source>Session</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>{position}. {title}</source>
        <translation>{position}. {title}</translation>
    </message>
    <message>
        <source>Double-click to open session {ref}.</source>
        <translation>Doppio clic per aprire la seduta {ref}.</translation>
    </message>
</context>
<context>
    <name>ErrataTableModel</name>
    <message>
        <source>Recorded on</source>
        <translation>Registrata il</translation>
    </message>
    <message>
        <source>At session</source>
        <translation>Nella seduta</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correzione</translation>
    </message>
</context>
<context>
    <name>ErratumDialog</name>
    <message>
        <source>Erratum to the minutes of session {ref}</source>
        <translation>Errata corrige al verbale della seduta {ref}</translation>
    </message>
    <message>
        <source>Approved minutes never change. Write the correction as it should be read (for example: “Item 3, decision: read 12 June instead of 21 June”); it is printed after the minutes with its date.</source>
        <translation>Un verbale approvato non cambia mai. Scrivi la correzione così come va letta (ad esempio: “Punto 3, decisione: leggasi 12 giugno anziché 21 giugno”); viene stampata dopo il verbale con la sua data.</translation>
    </message>
    <message>
        <source>(not at a session)</source>
        <translation>(fuori seduta)</translation>
    </message>
    <message>
        <source>Session {ref} of {day}</source>
        <translation>Seduta {ref} del {day}</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Correzione:</translation>
    </message>
    <message>
        <source>Recorded at &amp;session:</source>
        <translation>Registrata nella &amp;seduta:</translation>
    </message>
    <message>
        <source>&amp;Record erratum</source>
        <translation>&amp;Registra errata corrige</translation>
    </message>
    <message>
        <source>The erratum was not recorded</source>
        <translation>L&apos;errata corrige non è stata registrata</translation>
    </message>
</context>
<context>
    <name>FingerprintCheckDialog</name>
    <message>
        <source>Check a printed copy of the minutes of session {ref}</source>
        <translation>Verifica di una copia stampata del verbale della seduta {ref}</translation>
    </message>
    <message>
        <source>Minutes of session {ref}, approved at session {at} on {day}.
Type or paste the fingerprint printed in the footer of the copy, after “SHA-256”. Spaces and capital letters do not matter, and the first {minimum} characters are enough.</source>
        <translation>Verbale della seduta {ref}, approvato nella seduta {at} del {day}.
Scrivi o incolla l&apos;impronta stampata a piè di pagina della copia, dopo “SHA-256”. Spazi e maiuscole non contano, e bastano i primi {minimum} caratteri.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint on the copy:</source>
        <translation>&amp;Impronta sulla copia:</translation>
    </message>
    <message>
        <source>for example 3f9a 1c07 b2e4 41de</source>
        <translation>ad esempio 3f9a 1c07 b2e4 41de</translation>
    </message>
    <message>
        <source>&amp;Check the copy</source>
        <translation>&amp;Verifica la copia</translation>
    </message>
    <message>
        <source>Check the &amp;stored minutes only</source>
        <translation>Verifica solo il verbale &amp;conservato</translation>
    </message>
    <message>
        <source>Without a copy: recompute the fingerprint of the minutes stored in the database and compare it with the one stored at approval</source>
        <translation>Senza una copia: ricalcola l&apos;impronta del verbale conservato nel database e confrontala con quella conservata all&apos;approvazione</translation>
    </message>
    <message>
        <source>{count} of {full} characters</source>
        <translation>{count} caratteri su {full}</translation>
    </message>
    <message>
        <source>The fingerprint was not checked</source>
        <translation>L&apos;impronta non è stata verificata</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>These characters are not part of a fingerprint: {characters}</source>
        <translation>Questi caratteri non fanno parte di un&apos;impronta: {characters}</translation>
    </message>
    <message>
        <source>A fingerprint has only the digits 0 to 9 and the letters a to f. A letter O is probably a zero.</source>
        <translation>Un&apos;impronta contiene solo le cifre da 0 a 9 e le lettere dalla a alla f. Una lettera O è probabilmente uno zero.</translation>
    </message>
    <message>
        <source>Too many characters: {count}.</source>
        <translation>Troppi caratteri: {count}.</translation>
    </message>
    <message>
        <source>A fingerprint has {full} characters. Check for characters typed twice, or type only the beginning.</source>
        <translation>Un&apos;impronta ha {full} caratteri. Verifica di non aver scritto due volte qualche carattere, oppure scrivi solo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Too few characters to compare: {count}.</source>
        <translation>Troppo pochi caratteri per il confronto: {count}.</translation>
    </message>
    <message>
        <source>Type at least the first {minimum} characters of the fingerprint printed on the copy.</source>
        <translation>Scrivi almeno i primi {minimum} caratteri dell&apos;impronta stampata sulla copia.</translation>
    </message>
    <message>
        <source>The minutes now stored in the database no longer give the fingerprint stored at approval: they were changed after the approval, outside rtdesk. Contact whoever administers the database.</source>
        <translation>L&apos;impronta del verbale ora conservato nel database non corrisponde più a quella conservata all&apos;approvazione: il verbale è stato modificato dopo l&apos;approvazione, al di fuori di rtdesk. Rivolgiti a chi amministra il database.</translation>
    </message>
    <message>
        <source>The fingerprint on the copy differs from the one stored when the minutes of session {ref} were approved. The copy may be a draft printed before a later change, or the minutes of another session. If you typed the fingerprint by hand, check each character.</source>
        <translation>L&apos;impronta sulla copia è diversa da quella conservata all&apos;approvazione del verbale della seduta {ref}. La copia potrebbe essere una bozza stampata prima di una modifica successiva, oppure il verbale di un&apos;altra seduta. Se hai scritto l&apos;impronta a mano, controlla ogni carattere.</translation>
    </message>
    <message>
        <source>In addition: {problem}</source>
        <translation>Inoltre: {problem}</translation>
    </message>
    <message>
        <source>The copy is not the approved minutes of this session.</source>
        <translation>La copia non è il verbale approvato di questa seduta.</translation>
    </message>
    <message>
        <source>all {full} characters compared</source>
        <translation>confrontati tutti i {full} caratteri</translation>
    </message>
    <message>
        <source>the first {count} of {full} characters compared</source>
        <translation>confrontati i primi {count} caratteri su {full}</translation>
    </message>
    <message>
        <source>The copy matches, but the database was changed after the approval.</source>
        <translation>La copia corrisponde, ma il database è stato modificato dopo l&apos;approvazione.</translation>
    </message>
    <message>
        <source>The fingerprint on the copy is the one stored at approval ({compared}), so the printed copy holds the approved text and is the reference. But: {problem}</source>
        <translation>L&apos;impronta sulla copia è quella conservata all&apos;approvazione ({compared}): la copia stampata riporta quindi il testo approvato e fa fede. Però: {problem}</translation>
    </message>
    <message>
        <source>The fingerprint on the copy is the one stored when the minutes were approved ({compared}), and the minutes stored in the database still give it.</source>
        <translation>L&apos;impronta sulla copia è quella conservata all&apos;approvazione del verbale ({compared}), e l&apos;impronta del verbale conservato nel database corrisponde ancora.</translation>
    </message>
    <message>
        <source>Errata recorded after the approval are not part of the fingerprint: see the Errata list.</source>
        <translation>Le errata corrige registrate dopo l&apos;approvazione non fanno parte dell&apos;impronta: vedi l&apos;elenco Errata corrige.</translation>
    </message>
    <message>
        <source>The copy is the approved text of the minutes of session {ref}.</source>
        <translation>La copia riporta il testo approvato del verbale della seduta {ref}.</translation>
    </message>
    <message>
        <source>The stored minutes still give the fingerprint stored at approval.</source>
        <translation>Il verbale nel database dà ancora l&apos;impronta registrata all&apos;approvazione.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}
To check a paper copy, type the fingerprint printed on it above.</source>
        <translation>Impronta: {fingerprint}
Per verificare una copia cartacea, scrivi qui sopra l&apos;impronta stampata su di essa.</translation>
    </message>
    <message>
        <source>The database was changed after the approval.</source>
        <translation>Il database è stato modificato dopo l&apos;approvazione.</translation>
    </message>
    <message>
        <source>The minutes now stored in the database no longer give the fingerprint stored at approval ({fingerprint}): they were changed after the approval, outside rtdesk. Keep the printed approved copy as the reference, and contact whoever administers the database.</source>
        <translation>L&apos;impronta del verbale ora conservato nel database non corrisponde più a quella conservata all&apos;approvazione ({fingerprint}): il verbale è stato modificato dopo l&apos;approvazione, al di fuori di rtdesk. Fa fede la copia approvata stampata; rivolgiti a chi amministra il database.</translation>
    </message>
</context>
<context>
    <name>GuestsTableModel</name>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Role or office</source>
        <translation>Ruolo o ente</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Nuovo stato</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>{file} was not imported: 1 problem found.</source>
        <translation>{file} non è stato importato: è stato rilevato 1 problema.</translation>
    </message>
    <message>
        <source>{file} was not imported: {count} problems found.</source>
        <translation>{file} non è stato importato: sono stati rilevati {count} problemi.</translation>
    </message>
    <message>
        <source>Nothing was changed in the database. Correct the rows listed in the file and import it again. Row numbers are those Excel shows.</source>
        <translation>Il database non è stato modificato. Correggi nel file le righe elencate e importalo di nuovo. I numeri di riga sono quelli mostrati da Excel.</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Il file non è stato importato</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi rilevati</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zones &amp; roster</source>
        <translation>Zone e rappresentanti</translation>
    </message>
    <message>
        <source>The homogeneous zones and their municipalities</source>
        <translation>Le zone omogenee e i loro comuni</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>What the database holds, and its integrity check</source>
        <translation>Che cosa contiene il database e la verifica della sua integrità</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Apertura del database in corso…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it.</source>
        <translation>L&apos;elemento non c&apos;è più: forse è stato eliminato da un&apos;altra postazione.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone</source>
        <translation>Questa operazione non può essere annullata né ripetuta</translation>
    </message>
    <message>
        <source>{count} zones</source>
        <translation>{count} zone</translation>
    </message>
    <message>
        <source>{count} municipalities</source>
        <translation>{count} comuni</translation>
    </message>
    <message>
        <source>{count} without a zone</source>
        <translation>{count} senza zona</translation>
    </message>
    <message>
        <source>{name} — rtdesk</source>
        <translation>{name} — rtdesk</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>rtdesk databases ({patterns});;All files (*)</source>
        <translation>Database di rtdesk ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>The database was not created</source>
        <translation>Il database non è stato creato</translation>
    </message>
    <message>
        <source>A file named {name} already exists.</source>
        <translation>Esiste già un file di nome {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or use Open database… to work on that file.</source>
        <translation>Scegli un altro nome, oppure usa Apri database… per lavorare su quel file.</translation>
    </message>
    <message>
        <source>The database was not opened</source>
        <translation>Il database non è stato aperto</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>Impossibile aprire {path}: {reason}</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Verifica che il file esista e di avere il permesso di leggerlo.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rtdesk {version}&lt;/h3&gt;&lt;p&gt;Desktop application of the secretariat of the permanent Round Table of the homogeneous zones of the Città metropolitana di Torino.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rtdesk {version}&lt;/h3&gt;&lt;p&gt;Applicazione desktop della segreteria del Tavolo permanente delle zone omogenee della Città metropolitana di Torino.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reference data&lt;/b&gt;&lt;br&gt;Municipalities, ISTAT and cadastral codes: ISTAT, list of Italian municipalities.&lt;br&gt;Resident population: ISTAT, year 2023.&lt;br&gt;Zones: deliberations of the Città metropolitana di Torino (perimetration of 2015, changes of 2019 and 2021) and its public notices.&lt;/p&gt;&lt;p&gt;{without} municipalities have no sourced zone yet. Every source is listed under “Show Details…”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dati di riferimento&lt;/b&gt;&lt;br&gt;Comuni, codici ISTAT e codici catastali: ISTAT, elenco dei comuni italiani.&lt;br&gt;Popolazione residente: ISTAT, anno 2023.&lt;br&gt;Zone: deliberazioni della Città metropolitana di Torino (perimetrazione del 2015, modifiche del 2019 e del 2021) e relativi avvisi pubblici.&lt;/p&gt;&lt;p&gt;{without} comuni non hanno ancora una zona attestata da una fonte. Tutte le fonti sono elencate in “Mostra dettagli…”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About rtdesk</source>
        <translation>Informazioni su rtdesk</translation>
    </message>
    <message>
        <source>Some minutes are not saved</source>
        <translation>Parte del verbale non è salvata</translation>
    </message>
    <message>
        <source>If you go on, the text typed there since the last save is lost. Go back to the minutes to choose which text to keep, or copy it elsewhere first.</source>
        <translation>Se continui, il testo scritto lì dopo l&apos;ultimo salvataggio va perso. Torna al verbale per scegliere quale testo tenere, oppure copialo prima altrove.</translation>
    </message>
    <message>
        <source>Go back to the minutes</source>
        <translation>Torna al verbale</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Esci senza salvare</translation>
    </message>
    <message>
        <source>rtdesk</source>
        <translation>rtdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <source>Create a new database file, with the zones and municipalities</source>
        <translation>Crea un nuovo file di database, con le zone e i comuni</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Work on another database file</source>
        <translation>Lavora su un altro file di database</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importa elenco rappresentanti…</translation>
    </message>
    <message>
        <source>Take the spokespeople and deputies from an Excel roster: all rows or none</source>
        <translation>Importa portavoce e vice portavoce da un elenco Excel: tutte le righe o nessuna</translation>
    </message>
    <message>
        <source>Import &amp;zone list…</source>
        <translation>Importa elenco comuni per &amp;zona…</translation>
    </message>
    <message>
        <source>Assign municipalities to zones from an Excel sheet of two columns: all rows or none</source>
        <translation>Assegna i comuni alle zone da un foglio Excel di due colonne: tutte le righe o nessuna</translation>
    </message>
    <message>
        <source>&amp;Export roster…</source>
        <translation>Es&amp;porta elenco rappresentanti…</translation>
    </message>
    <message>
        <source>Save every mandate of every zone as an Excel workbook</source>
        <translation>Salva tutti i mandati di tutte le zone in una cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>Import &amp;proposals register…</source>
        <translation>Importa registro delle pr&amp;oposte…</translation>
    </message>
    <message>
        <source>Read an existing register of proposals from an Excel workbook</source>
        <translation>Leggi un registro delle proposte esistente da una cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>Export &amp;summary workbook…</source>
        <translation>Esporta riepilogo E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save proposals, adoption, sessions, attendance, actions and roster as an Excel workbook</source>
        <translation>Salva proposte, adozioni, sedute, presenze, azioni ed elenco rappresentanti in una cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Read the page again from the database</source>
        <translation>Rileggi la pagina dal database</translation>
    </message>
    <message>
        <source>&amp;About rtdesk</source>
        <translation>&amp;Informazioni su rtdesk</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>New mandate</source>
        <translation>Nuovo mandato</translation>
    </message>
    <message>
        <source>Edit mandate</source>
        <translation>Modifica mandato</translation>
    </message>
    <message>
        <source>End mandate</source>
        <translation>Termina mandato</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Portavoce</translation>
    </message>
    <message>
        <source>Deputy spokesperson</source>
        <translation>Vice portavoce</translation>
    </message>
    <message>
        <source>A mandate ends on its last day in office; the successor starts the next day. The assembly date is when the mayors of the zone elected the person.</source>
        <translation>Un mandato termina con l&apos;ultimo giorno in carica; il successore inizia il giorno successivo. La data dell&apos;assemblea è quella in cui i sindaci della zona hanno eletto la persona.</translation>
    </message>
    <message>
        <source>The mandate was not saved</source>
        <translation>Il mandato non è stato salvato</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Scrivi un nome…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nuova persona…</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>Choose a zone…</source>
        <translation>Scegli una zona…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Vicar (stands in for the spokesperson)</source>
        <translation>&amp;Vicario (sostituisce il portavoce)</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Terminato il:</translation>
    </message>
    <message>
        <source>Elected by the &amp;assembly of:</source>
        <translation>Eletto dall&apos;&amp;assemblea del:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>MandatesTableModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Elected on</source>
        <translation>Eletto il</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>In carica</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>Non ancora iniziato</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Agenda items</source>
        <translation>Punti all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Di&amp;scussion (summary):</source>
        <translation>D&amp;iscussione (sintesi):</translation>
    </message>
    <message>
        <source>D&amp;ecision (as resolved):</source>
        <translation>Decisi&amp;one (come deliberata):</translation>
    </message>
    <message>
        <source>Decision on the proposal</source>
        <translation>Decisione sulla proposta</translation>
    </message>
    <message>
        <source>&amp;Record in the proposal&apos;s history</source>
        <translation>Regis&amp;tra nella cronologia della proposta</translation>
    </message>
    <message>
        <source>Vote by zone</source>
        <translation>Voto per zona</translation>
    </message>
    <message>
        <source>In &amp;favour</source>
        <translation>&amp;Favorevole</translation>
    </message>
    <message>
        <source>A&amp;gainst</source>
        <translation>&amp;Contrario</translation>
    </message>
    <message>
        <source>Abs&amp;tained</source>
        <translation>A&amp;stenuto</translation>
    </message>
    <message>
        <source>&amp;Not voting</source>
        <translation>&amp;Non vota</translation>
    </message>
    <message>
        <source>Record this vote for the selected zones</source>
        <translation>Registra questo voto per le zone selezionate</translation>
    </message>
    <message>
        <source>All &amp;present in favour</source>
        <translation>Tutti i presenti favorevo&amp;li</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Azioni concordate</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Aggi&amp;ungi azione…</translation>
    </message>
    <message>
        <source>Edit actio&amp;n…</source>
        <translation>Modifica a&amp;zione…</translation>
    </message>
    <message>
        <source>Remove acti&amp;on</source>
        <translation>&amp;Rimuovi azione</translation>
    </message>
    <message>
        <source>Saving state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>Keep my text: it replaces the other one, which stays in the change log. Load the other text: it replaces yours on screen, and yours is copied to the clipboard.</source>
        <translation>Mantieni il mio testo: sostituisce l&apos;altro, che resta nel registro delle modifiche. Carica l&apos;altro testo: sostituisce il tuo sullo schermo, e il tuo viene copiato negli appunti.</translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation>&amp;Mantieni il mio testo</translation>
    </message>
    <message>
        <source>Save your text over the other one (the other one stays in the change log)</source>
        <translation>Salva il tuo testo al posto dell&apos;altro (l&apos;altro resta nel registro delle modifiche)</translation>
    </message>
    <message>
        <source>&amp;Load the other text</source>
        <translation>Carica l&apos;&amp;altro testo</translation>
    </message>
    <message>
        <source>Show the other text instead of yours (yours is copied to the clipboard)</source>
        <translation>Mostra l&apos;altro testo al posto del tuo (il tuo viene copiato negli appunti)</translation>
    </message>
    <message>
        <source>Cop&amp;y my text again</source>
        <translation>Copia di nuovo il mio t&amp;esto</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <source>These minutes were approved at session {ref} on {day} and are locked: they can no longer be edited. A correction is recorded as an erratum (Documents tab).</source>
        <translation>Questo verbale è stato approvato nella seduta {ref} del {day} ed è bloccato: non può più essere modificato. Una correzione si registra come errata corrige (scheda Documenti).</translation>
    </message>
    <message>
        <source>Add items to the agenda first: the minutes follow the agenda.</source>
        <translation>Aggiungi prima i punti all&apos;ordine del giorno: il verbale segue l&apos;ordine del giorno.</translation>
    </message>
    <message>
        <source>Item {number}: {title}</source>
        <translation>Punto {number}: {title}</translation>
    </message>
    <message>
        <source>No vote recorded.</source>
        <translation>Nessun voto registrato.</translation>
    </message>
    <message>
        <source>In favour {favour}, against {against}, abstained {abstained}.</source>
        <translation>Favorevoli {favour}, contrari {against}, astenuti {abstained}.</translation>
    </message>
    <message>
        <source>Proposal {code} ({status}). The session decided:</source>
        <translation>Proposta {code} ({status}). La seduta ha deciso:</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>La decisione non è stata registrata</translation>
    </message>
    <message>
        <source>Proposal {code}: {status} at session {ref}.</source>
        <translation>Proposta {code}: «{status}» nella seduta {ref}.</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Non ancora salvato…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Not saved: the minutes of item {number} were changed elsewhere. Choose which text to keep.</source>
        <translation>Non salvato: il verbale del punto {number} è stato modificato altrove. Scegli quale testo tenere.</translation>
    </message>
    <message>
        <source>Not saved: the minutes of items {numbers} were changed elsewhere. Choose which text to keep on each.</source>
        <translation>Non salvato: il verbale dei punti {numbers} è stato modificato altrove. Scegli quale testo tenere per ciascuno.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Salvato alle {time}</translation>
    </message>
    <message>
        <source>The minutes of this item were changed elsewhere by {user} on {day} at {time}, while you were writing. Your text below is not saved yet.</source>
        <translation>Il verbale di questo punto all&apos;ordine del giorno è stato modificato altrove da {user} il {day} alle {time}, mentre scrivevi. Il tuo testo qui sotto non è ancora salvato.</translation>
    </message>
    <message>
        <source>The minutes of this item were changed elsewhere by {user}, while you were writing. Your text below is not saved yet.</source>
        <translation>Il verbale di questo punto all&apos;ordine del giorno è stato modificato altrove da {user}, mentre scrivevi. Il tuo testo qui sotto non è ancora salvato.</translation>
    </message>
    <message>
        <source>The other text: “{text}”</source>
        <translation>L&apos;altro testo: «{text}»</translation>
    </message>
    <message>
        <source>The other text is empty: it was deleted there.</source>
        <translation>L&apos;altro testo è vuoto: è stato cancellato dall&apos;altra parte.</translation>
    </message>
    <message>
        <source>The other text is shown now. Your text was copied to the clipboard: paste it (Ctrl+V) wherever you need it. It stays here until you dismiss this message.</source>
        <translation>Ora è mostrato l&apos;altro testo. Il tuo testo è stato copiato negli appunti: incollalo (Ctrl+V) dove ti serve. Resta disponibile qui finché non chiudi questo messaggio.</translation>
    </message>
    <message>
        <source>The other text of item {number} is shown; yours is on the clipboard.</source>
        <translation>È mostrato l&apos;altro testo del punto {number}; il tuo è negli appunti.</translation>
    </message>
    <message>
        <source>Discussion:
{discussion}

Decision:
{decision}</source>
        <translation>Discussione:
{discussion}

Decisione:
{decision}</translation>
    </message>
    <message>
        <source>Your text was copied to the clipboard again.</source>
        <translation>Il tuo testo è stato copiato di nuovo negli appunti.</translation>
    </message>
    <message>
        <source>The vote was not recorded</source>
        <translation>Il voto non è stato registrato</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Rimuovi azione</translation>
    </message>
    <message>
        <source>Remove the action “{what}”?</source>
        <translation>Rimuovere l&apos;azione “{what}”?</translation>
    </message>
    <message>
        <source>The action was not removed</source>
        <translation>L&apos;azione non è stata rimossa</translation>
    </message>
</context>
<context>
    <name>MinutesItemsModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesTableModel</name>
    <message>
        <source>ISTAT</source>
        <translation>ISTAT</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Cadastral</source>
        <translation>Catastale</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>No zone recorded: its zone is not sourced yet.</source>
        <translation>Nessuna zona registrata: la sua zona non è ancora attestata da una fonte.</translation>
    </message>
    <message>
        <source>Resident population, ISTAT {year}</source>
        <translation>Popolazione residente, ISTAT {year}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>Nel database</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Municipalities without a zone</source>
        <translation>Comuni senza zona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Mandates of spokespersons and deputies</source>
        <translation>Mandati di portavoce e vice portavoce</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Verifica di integrità</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Opens the Sessions page.</source>
        <translation>Apre la pagina Sedute.</translation>
    </message>
    <message>
        <source>No session planned.</source>
        <translation>Nessuna seduta in programma.</translation>
    </message>
    <message>
        <source>Next session: {ref} on {date} · {status}</source>
        <translation>Prossima seduta: {ref} del {date} · {status}</translation>
    </message>
    <message>
        <source>Minutes to write: {sessions}</source>
        <translation>Verbali da redigere: {sessions}</translation>
    </message>
    <message>
        <source>Minutes to approve: {sessions}</source>
        <translation>Verbali da approvare: {sessions}</translation>
    </message>
    <message>
        <source>No minutes waiting.</source>
        <translation>Nessun verbale in sospeso.</translation>
    </message>
    <message>
        <source>Opens the Actions page.</source>
        <translation>Apre la pagina Azioni.</translation>
    </message>
    <message>
        <source>Overdue actions: {overdue} of {open} still to do.</source>
        <translation>Azioni scadute: {overdue} su {open} da fare.</translation>
    </message>
    <message>
        <source>No overdue actions ({open} still to do).</source>
        <translation>Nessuna azione scaduta ({open} da fare).</translation>
    </message>
    <message>
        <source>No overdue actions, and none still to do.</source>
        <translation>Nessuna azione scaduta né da fare.</translation>
    </message>
    <message>
        <source>Opens the Zones &amp; roster page.</source>
        <translation>Apre la pagina Zone e rappresentanti.</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} e altre {count}</translation>
    </message>
    <message>
        <source>Zone without a spokesperson today: {zones}</source>
        <translation>Zona oggi senza portavoce: {zones}</translation>
    </message>
    <message>
        <source>Zones without a spokesperson today: {zones}</source>
        <translation>Zone oggi senza portavoce: {zones}</translation>
    </message>
    <message>
        <source>Every zone has a spokesperson today.</source>
        <translation>Oggi ogni zona ha il suo portavoce.</translation>
    </message>
    <message>
        <source>Opens the Proposals page.</source>
        <translation>Apre la pagina Proposte.</translation>
    </message>
    <message>
        <source>Proposals awaiting a session: {count}</source>
        <translation>Proposte in attesa di una seduta: {count}</translation>
    </message>
    <message>
        <source>No proposals awaiting a session.</source>
        <translation>Nessuna proposta in attesa di una seduta.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Verifica del database in corso…</translation>
    </message>
    <message>
        <source>The check failed because of an internal error.</source>
        <translation>La verifica non è riuscita a causa di un errore interno.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema rilevato.</translation>
    </message>
    <message>
        <source>Every table is readable, every reference points to a record and each municipality&apos;s zone matches its zone history (schema revision {revision}).</source>
        <translation>Tutte le tabelle sono leggibili, ogni riferimento punta a un record esistente e la zona di ogni comune corrisponde alla sua cronologia delle zone (revisione dello schema {revision}).</translation>
    </message>
    <message>
        <source>1 problem found:</source>
        <translation>1 problema rilevato:</translation>
    </message>
    <message>
        <source>{count} problems found:</source>
        <translation>{count} problemi rilevati:</translation>
    </message>
    <message>
        <source>Restore the latest backup, or ask IT staff to inspect the database.</source>
        <translation>Ripristina la copia di sicurezza più recente, oppure chiedi al personale informatico di esaminare il database.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, municipality or zone</source>
        <translation>Cerca per nome, comune o zona</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cerca persone</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nuova persona…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete a person entered by mistake (only someone with no mandate).</source>
        <translation>Elimina una persona inserita per errore (solo chi non ha mandati).</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Nessuna persona corrisponde a “{text}”.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} persone</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Elimina persona</translation>
    </message>
    <message>
        <source>Delete {name} from the people?

Sessions, proposals and actions that name them keep the name as written. Edit ▸ Undo brings them back.</source>
        <translation>Eliminare {name} dall&apos;elenco delle persone?

Sedute, proposte e azioni che nominano questa persona conservano il nome come scritto. Modifica ▸ Annulla la ripristina.</translation>
    </message>
    <message>
        <source>{name} was not deleted</source>
        <translation>La persona {name} non è stata eliminata</translation>
    </message>
    <message>
        <source>Deleted: {name}.</source>
        <translation>Persona eliminata: {name}.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Dati salvati: {name}.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nominativo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation>Ruoli attuali</translation>
    </message>
    <message>
        <source>Past roles</source>
        <translation>Ruoli passati</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Portavoce</translation>
    </message>
    <message>
        <source>Deputy (vicar)</source>
        <translation>Vice portavoce vicario</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vice portavoce</translation>
    </message>
    <message>
        <source>{role}, zone {number}</source>
        <translation>{role}, zona {number}</translation>
    </message>
    <message>
        <source>The zone of the person&apos;s municipality</source>
        <translation>La zona del comune della persona</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>The person was not saved</source>
        <translation>La persona non è stata salvata</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>C&amp;arica:</translation>
    </message>
    <message>
        <source>e.g. Sindaco, Consigliere comunale</source>
        <translation>ad es. Sindaco, Consigliere comunale</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Scrivi per cercare…</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.it</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>None: the database is not a file on this computer, so rtdesk does not copy it.</source>
        <translation>Nessuna: il database non è un file su questo computer, quindi rtdesk non ne crea copie.</translation>
    </message>
    <message>
        <source>These settings are kept in the database ({location}) and apply on every workstation that uses it.</source>
        <translation>Queste impostazioni sono conservate nel database ({location}) e valgono su ogni postazione che lo usa.</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>più di</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>almeno</translation>
    </message>
    <message>
        <source>of the {count} zones</source>
        <translation>delle {count} zone</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Write the share as a fraction, such as 1/2 or 2/3.</source>
        <translation>Scrivi la quota come frazione, ad esempio 1/2 o 2/3.</translation>
    </message>
    <message>
        <source>Quorum: at least {count} of the 11 zones present.</source>
        <translation>Numero legale: almeno {count} delle 11 zone presenti.</translation>
    </message>
    <message>
        <source>The Round Table settings were not saved</source>
        <translation>Le impostazioni del Tavolo non sono state salvate</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interfaccia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>The new language applies when rtdesk is started again.</source>
        <translation>La nuova lingua si applica al prossimo avvio di rtdesk.</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copie di &amp;sicurezza</translation>
    </message>
    <message>
        <source>Start-up backups to &amp;keep:</source>
        <translation>Copie all&apos;avvio da &amp;conservare:</translation>
    </message>
    <message>
        <source>Each time rtdesk opens a database it first copies it into the backups folder and keeps only the newest copies. Backups made with File ▸ Back up now, and copies made before an update or a restore, are never deleted automatically.</source>
        <translation>Ogni volta che apre un database, rtdesk ne crea prima una copia nella cartella delle copie di sicurezza e conserva solo le copie più recenti. Le copie create con File ▸ Crea copia di sicurezza e quelle create prima di un aggiornamento o di un ripristino non vengono mai eliminate automaticamente.</translation>
    </message>
    <message>
        <source>Letter&amp;head:</source>
        <translation>Intestazi&amp;one:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Cartella delle copie:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>Recorded with every change you make and printed with the errata you add to approved minutes. Left empty, the computer&apos;s login name is used. Applies the next time a database is opened.</source>
        <translation>Viene registrato con ogni modifica che fai e stampato con gli errata corrige che aggiungi ai verbali approvati. Se lo lasci vuoto, si usa il nome di accesso del computer. Vale dalla prossima apertura di un database.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>&amp;Round Table</source>
        <translation>&amp;Tavolo</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Numero legale:</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Regola del numero legale</translation>
    </message>
    <message>
        <source>Share of the zones</source>
        <translation>Quota delle zone</translation>
    </message>
    <message>
        <source>One line per row, as printed at the top of agendas and minutes</source>
        <translation>Una riga per volta, come stampata in testa a ordini del giorno e verbali</translation>
    </message>
    <message>
        <source>Default &amp;venue:</source>
        <translation>S&amp;ede predefinita:</translation>
    </message>
    <message>
        <source>Default &amp;chair:</source>
        <translation>&amp;Presidente predefinito:</translation>
    </message>
    <message>
        <source>Default &amp;secretary:</source>
        <translation>Se&amp;gretario predefinito:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>Lingua dei &amp;documenti:</translation>
    </message>
    <message>
        <source>The language of agendas, minutes and workbooks.</source>
        <translation>La lingua di ordini del giorno, verbali e cartelle Excel.</translation>
    </message>
</context>
<context>
    <name>ProblemsTableModel</name>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ProposalDetailPanel</name>
    <message>
        <source>Select a proposal to see what happened to it.</source>
        <translation>Seleziona una proposta per vederne il percorso.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Only a proposal still just submitted can go.</source>
        <translation>Si può eliminare solo una proposta ancora nello stato “Presentata”.</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Sintesi:</translation>
    </message>
    <message>
        <source>Proposing zones:</source>
        <translation>Zone proponenti:</translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation>Proponente:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Temi:</translation>
    </message>
    <message>
        <source>Strategic plan axis:</source>
        <translation>Asse del piano strategico:</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>Presentata il:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Decisione:</translation>
    </message>
    <message>
        <source>Resolved on:</source>
        <translation>Decisa il:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Cronologia degli stati</translation>
    </message>
    <message>
        <source>Not on the agenda of any session yet.</source>
        <translation>Non ancora all&apos;ordine del giorno di alcuna seduta.</translation>
    </message>
    <message>
        <source>Discussed in sessions</source>
        <translation>Discussa nelle sedute</translation>
    </message>
    <message>
        <source>Set &amp;adoption…</source>
        <translation>Imposta a&amp;dozione…</translation>
    </message>
    <message>
        <source>Adoption by the zones</source>
        <translation>Adozione da parte delle zone</translation>
    </message>
    <message>
        <source>Actions for this proposal</source>
        <translation>Azioni per questa proposta</translation>
    </message>
    <message>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stato: {status}</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>Select a zone and set how far it has come; double-click works too.</source>
        <translation>Seleziona una zona e indica a che punto è; funziona anche il doppio clic.</translation>
    </message>
    <message>
        <source>Zones adopt a proposal once the Round Table has approved it.</source>
        <translation>Le zone adottano una proposta dopo che il Tavolo l&apos;ha approvata.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Axis of the metropolitan plan</source>
        <translation>Asse del piano strategico metropolitano</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nuova proposta</translation>
    </message>
    <message>
        <source>The code (P-year-number) is given when you save. The resolution is written when the Round Table decides.</source>
        <translation>Il codice (P-anno-numero) viene assegnato al salvataggio. La decisione si scrive quando il Tavolo si pronuncia.</translation>
    </message>
    <message>
        <source>Edit proposal {code}</source>
        <translation>Modifica proposta {code}</translation>
    </message>
    <message>
        <source>To change its status use the buttons of the proposal, not this form.</source>
        <translation>Per cambiarne lo stato usa i pulsanti della proposta, non questo modulo.</translation>
    </message>
    <message>
        <source>The proposal was not saved</source>
        <translation>La proposta non è stata salvata</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>What the proposal is about</source>
        <translation>L&apos;oggetto della proposta</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Sintesi:</translation>
    </message>
    <message>
        <source>Proposing &amp;zones:</source>
        <translation>&amp;Zone proponenti:</translation>
    </message>
    <message>
        <source>Tick the zones that put the proposal forward.</source>
        <translation>Seleziona le zone che hanno presentato la proposta.</translation>
    </message>
    <message>
        <source>Proposed &amp;by:</source>
        <translation>&amp;Proponente:</translation>
    </message>
    <message>
        <source>Person who presented it</source>
        <translation>La persona che l&apos;ha presentata</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;emi:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. mobility, schools</source>
        <translation>Separati da virgole, ad es. mobilità, scuole</translation>
    </message>
    <message>
        <source>Strategic plan &amp;axis:</source>
        <translation>&amp;Asse del piano strategico:</translation>
    </message>
    <message>
        <source>Submitted &amp;on:</source>
        <translation>Presentata &amp;il:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Decisione:</translation>
    </message>
    <message>
        <source>Resol&amp;ved on:</source>
        <translation>De&amp;cisa il:</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals and good practices</source>
        <translation>Proposte e buone pratiche</translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation>&amp;Nuova proposta…</translation>
    </message>
    <message>
        <source>E&amp;xport summary workbook…</source>
        <translation>Esporta riepilogo E&amp;xcel…</translation>
    </message>
    <message>
        <source>Search title, summary, resolution…</source>
        <translation>Cerca in titolo, sintesi, decisione…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Ogni stato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Proposing zone</source>
        <translation>Zona proponente</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Year of submission</source>
        <translation>Anno di presentazione</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Azzera filtri</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Adoption by zone</source>
        <translation>Adozione per &amp;zona</translation>
    </message>
    <message>
        <source>Any zone</source>
        <translation>Ogni zona</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Ogni tema</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Ogni anno</translation>
    </message>
    <message>
        <source>No proposal matches these filters.</source>
        <translation>Nessuna proposta corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>No proposals recorded yet.</source>
        <translation>Nessuna proposta ancora registrata.</translation>
    </message>
    <message>
        <source>1 proposal</source>
        <translation>1 proposta</translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation>{count} proposte</translation>
    </message>
    <message>
        <source>Proposal {code} registered.</source>
        <translation>Proposta {code} registrata.</translation>
    </message>
    <message>
        <source>Proposal {code} saved.</source>
        <translation>Proposta {code} salvata.</translation>
    </message>
    <message>
        <source>Proposal {code} is now: {status}.</source>
        <translation>Proposta {code}, nuovo stato: {status}.</translation>
    </message>
    <message>
        <source>Adoption by zone {number} saved.</source>
        <translation>Adozione della zona {number} salvata.</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Elimina proposta</translation>
    </message>
    <message>
        <source>Delete proposal {code} “{title}”?</source>
        <translation>Eliminare la proposta {code} “{title}”?</translation>
    </message>
    <message>
        <source>Its code will not be given to another proposal.</source>
        <translation>Il suo codice non sarà assegnato a un&apos;altra proposta.</translation>
    </message>
    <message>
        <source>The proposal was not deleted</source>
        <translation>La proposta non è stata eliminata</translation>
    </message>
    <message>
        <source>Proposal {code} deleted.</source>
        <translation>Proposta {code} eliminata.</translation>
    </message>
    <message>
        <source>Reading the adoption matrix…</source>
        <translation>Lettura della matrice delle adozioni in corso…</translation>
    </message>
</context>
<context>
    <name>ProposalsTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <source>Proposing zones</source>
        <translation>Zone proponenti</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Questa colonna non si può ordinare.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose the backup to bring back. It replaces the data of {name}; the data as they are now are first kept aside in the backups folder.</source>
        <translation>Scegli la copia di sicurezza da ripristinare. Sostituisce i dati di {name}; prima i dati attuali vengono conservati a parte nella cartella delle copie di sicurezza.</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>Cartella delle copie di sicurezza: {folder}</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet. Use “Choose another file…” to restore a copy kept elsewhere.</source>
        <translation>Non ci sono ancora copie di sicurezza in {folder}. Usa “Scegli un altro file…” per ripristinare una copia conservata altrove.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>rtdesk databases ({patterns});;All files (*)</source>
        <translation>Database di rtdesk ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Ripristina da un file</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Questo file non può essere ripristinato</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copie di sicurezza, dalla più recente</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Scegli un altro &amp;file…</translation>
    </message>
</context>
<context>
    <name>RosterFiles</name>
    <message>
        <source>Excel workbooks ({patterns});;All files (*)</source>
        <translation>Cartelle di lavoro Excel ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}</source>
        <translation>Impossibile usare {path}: {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and folder, and that you may use it.</source>
        <translation>Verifica il nome e la cartella del file, e di avere il permesso di usarlo.</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importa elenco rappresentanti</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Controllo di {file} in corso…</translation>
    </message>
    <message>
        <source>The roster was not imported</source>
        <translation>L&apos;elenco dei rappresentanti non è stato importato</translation>
    </message>
    <message>
        <source>{file}: the roster already says the same; nothing to import.</source>
        <translation>{file}: l&apos;elenco dei rappresentanti contiene già gli stessi dati; non c&apos;è nulla da importare.</translation>
    </message>
    <message>
        <source>People: {pc} new, {pu} updated, {pn} unchanged.
Mandates: {mc} new, {mu} updated, {mn} unchanged.</source>
        <translation>Persone: {pc} nuove, {pu} aggiornate, {pn} invariate.
Mandati: {mc} nuovi, {mu} aggiornati, {mn} invariati.</translation>
    </message>
    <message>
        <source>1 warning (the rows are imported anyway).</source>
        <translation>1 avviso (le righe vengono importate comunque).</translation>
    </message>
    <message>
        <source>{count} warnings (the rows are imported anyway).</source>
        <translation>{count} avvisi (le righe vengono importate comunque).</translation>
    </message>
    <message>
        <source>{file} is correct. Import it?</source>
        <translation>{file} è corretto. Importarlo?</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importazione di {file} in corso…</translation>
    </message>
    <message>
        <source>Imported {file}: {people} people and {mandates} mandates new or updated.</source>
        <translation>Importato {file}: {people} persone e {mandates} mandati nuovi o aggiornati.</translation>
    </message>
    <message>
        <source>Roster imported, with warnings</source>
        <translation>Elenco dei rappresentanti importato, con avvisi</translation>
    </message>
    <message>
        <source>Import zone list</source>
        <translation>Importa elenco comuni per zona</translation>
    </message>
    <message>
        <source>The zone list was not imported</source>
        <translation>L&apos;elenco dei comuni per zona non è stato importato</translation>
    </message>
    <message>
        <source>{file}: every municipality already has that zone.</source>
        <translation>{file}: ogni comune ha già quella zona.</translation>
    </message>
    <message>
        <source>{assigned} municipalities get a zone, {moved} move to another zone, {unchanged} stay as they are.</source>
        <translation>Comuni che ricevono una zona: {assigned}; che passano a un&apos;altra zona: {moved}; che restano invariati: {unchanged}.</translation>
    </message>
    <message>
        <source>Imported {file}: {assigned} assigned, {moved} moved.</source>
        <translation>Importato {file}: comuni assegnati {assigned}, spostati {moved}.</translation>
    </message>
    <message>
        <source>Import proposals register</source>
        <translation>Importa registro delle proposte</translation>
    </message>
    <message>
        <source>The proposals register was not imported</source>
        <translation>Il registro delle proposte non è stato importato</translation>
    </message>
    <message>
        <source>{file} holds 1 proposal. Import it?</source>
        <translation>{file} contiene 1 proposta. Importarla?</translation>
    </message>
    <message>
        <source>{file} holds {count} proposals. Import them?</source>
        <translation>{file} contiene {count} proposte. Importarle?</translation>
    </message>
    <message>
        <source>A proposal already in the register (same code, or same year and title) is updated; the others are added with a new code. If any row is wrong, nothing is imported.</source>
        <translation>Una proposta già presente nel registro (stesso codice, oppure stesso anno e titolo) viene aggiornata; le altre vengono aggiunte con un nuovo codice. Se anche una sola riga è errata, non viene importato nulla.</translation>
    </message>
    <message>
        <source>{file}: every proposal is already in the register.</source>
        <translation>{file}: tutte le proposte sono già nel registro.</translation>
    </message>
    <message>
        <source>Imported {file}: {created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importato {file}: proposte aggiunte {created}, aggiornate {updated}, invariate {unchanged}.</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Esporta elenco rappresentanti</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Salvataggio di {file} in corso…</translation>
    </message>
    <message>
        <source>The roster was not exported</source>
        <translation>L&apos;elenco dei rappresentanti non è stato esportato</translation>
    </message>
    <message>
        <source>Saved {count} mandates to {path}.</source>
        <translation>Mandati salvati in {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Add mandate…</source>
        <translation>Aggiungi mandato…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>End mandate…</source>
        <translation>Termina mandato…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete a mandate entered by mistake. To close a term, use End mandate.</source>
        <translation>Elimina un mandato inserito per errore. Per chiudere un mandato usa Termina mandato.</translation>
    </message>
    <message>
        <source>Mandates of the zone</source>
        <translation>Mandati della zona</translation>
    </message>
    <message>
        <source>Zone {number} has no spokesperson today. Add the mandate of the person the assembly of mayors elected.</source>
        <translation>La zona {number} oggi non ha un portavoce. Aggiungi il mandato della persona eletta dall&apos;assemblea dei sindaci.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>dal {date}</translation>
    </message>
    <message>
        <source>since {date}, elected {elected}</source>
        <translation>dal {date}, elezione del {elected}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Spokesperson: {holder}</source>
        <translation>Portavoce: {holder}</translation>
    </message>
    <message>
        <source>Vicar: {holder}</source>
        <translation>Vicario: {holder}</translation>
    </message>
    <message>
        <source>Other deputies: {holder}</source>
        <translation>Altri vice portavoce: {holder}</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Elimina mandato</translation>
    </message>
    <message>
        <source>Delete the mandate of {name} ({role} of zone {number}, from {start})?

Do this only for a mandate entered by mistake: a term that has ended is part of the zone&apos;s history, close it with End mandate instead. Edit ▸ Undo brings the mandate back.</source>
        <translation>Eliminare il mandato di {name} ({role} della zona {number}, dal {start})?

Fallo solo per un mandato inserito per errore: un mandato concluso fa parte della storia della zona, chiudilo invece con Termina mandato. Modifica ▸ Annulla ripristina il mandato.</translation>
    </message>
    <message>
        <source>The mandate was not deleted</source>
        <translation>Il mandato non è stato eliminato</translation>
    </message>
    <message>
        <source>Deleted: the mandate of {name}.</source>
        <translation>Eliminato: il mandato di {name}.</translation>
    </message>
    <message>
        <source>{name} added to the people.</source>
        <translation>Aggiunta alle persone: {name}.</translation>
    </message>
    <message>
        <source>End mandate of {name}</source>
        <translation>Termina mandato di {name}</translation>
    </message>
    <message>
        <source>Edit mandate of {name}</source>
        <translation>Modifica mandato di {name}</translation>
    </message>
    <message>
        <source>Saved: {name}, {role} of zone {number}.</source>
        <translation>Mandato salvato: {name}, {role} della zona {number}.</translation>
    </message>
    <message>
        <source>Saved, with a warning</source>
        <translation>Salvato, con un avviso</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nuova seduta</translation>
    </message>
    <message>
        <source>The session gets the next free number of its year when it is saved.</source>
        <translation>Al salvataggio la seduta riceve il primo numero libero del suo anno.</translation>
    </message>
    <message>
        <source>Session {ref}</source>
        <translation>Seduta {ref}</translation>
    </message>
    <message>
        <source>Session {ref}. Its date can change within {year}: the number belongs to that year.</source>
        <translation>Seduta {ref}. La data può cambiare all&apos;interno del {year}: il numero appartiene a quell&apos;anno.</translation>
    </message>
    <message>
        <source>Venue, chair and secretary start from the Round Table settings; change them here for this session only.</source>
        <translation>Sede, presidente e segretario vengono dalle impostazioni del Tavolo; modificali qui solo per questa seduta.</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>La seduta non è stata salvata</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Orario:</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Presidente:</translation>
    </message>
    <message>
        <source>S&amp;ecretary:</source>
        <translation>Se&amp;gretario:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>SessionDocuments</name>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Lingua del documento:</translation>
    </message>
    <message>
        <source>Opens the PDF in the computer&apos;s PDF viewer, where you can read and print it. (rtdesk has no PDF preview of its own: Qt&apos;s PDF module is not part of its Qt package.)</source>
        <translation>Apre il PDF nel visualizzatore PDF del computer, dove puoi leggerlo e stamparlo. (rtdesk non ha un&apos;anteprima PDF propria: il modulo PDF di Qt non fa parte del suo pacchetto Qt.)</translation>
    </message>
    <message>
        <source>Save &amp;convocation PDF…</source>
        <translation>Salva &amp;convocazione in PDF…</translation>
    </message>
    <message>
        <source>Open convocation in PDF &amp;viewer</source>
        <translation>Apri c&amp;onvocazione nel visualizzatore PDF</translation>
    </message>
    <message>
        <source>Save &amp;minutes PDF…</source>
        <translation>Salva ve&amp;rbale in PDF…</translation>
    </message>
    <message>
        <source>Open minutes in PDF vie&amp;wer</source>
        <translation>Apri verbale nel visuali&amp;zzatore PDF</translation>
    </message>
    <message>
        <source>Convocation with agenda:</source>
        <translation>Convocazione con ordine del giorno:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Verbale:</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approvazione</translation>
    </message>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation>Approva ver&amp;bale…</translation>
    </message>
    <message>
        <source>Check a &amp;printed copy…</source>
        <translation>Verifica una copia &amp;stampata…</translation>
    </message>
    <message>
        <source>Type the fingerprint printed in the footer of a paper copy of the minutes and compare it with the one stored at approval</source>
        <translation>Scrivi l&apos;impronta stampata a piè di pagina di una copia cartacea del verbale e confrontala con quella conservata all&apos;approvazione</translation>
    </message>
    <message>
        <source>Errata</source>
        <translation>Errata corrige</translation>
    </message>
    <message>
        <source>Add &amp;erratum…</source>
        <translation>Aggi&amp;ungi errata corrige…</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Cronologia degli stati</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>{language} (Round Table setting)</source>
        <translation>{language} (predefinita)</translation>
    </message>
    <message>
        <source>Errata are recorded on approved minutes only.</source>
        <translation>Le errata corrige si registrano solo su verbali approvati.</translation>
    </message>
    <message>
        <source>Approved at session {ref} on {day}. The minutes are locked.
Fingerprint (SHA-256, printed in the footer of every page): {fingerprint}</source>
        <translation>Approvato nella seduta {ref} del {day}. Il verbale è bloccato.
Impronta (SHA-256, stampata a piè di ogni pagina): {fingerprint}</translation>
    </message>
    <message>
        <source>The minutes are drafted and can be approved at a later session.</source>
        <translation>Il verbale è redatto e può essere approvato in una seduta successiva.</translation>
    </message>
    <message>
        <source>Not approved yet. Minutes can be approved once the session is held and the minutes are marked as drafted.</source>
        <translation>Non ancora approvato. Il verbale può essere approvato dopo che la seduta si è svolta e il verbale è stato segnato come redatto.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Salva PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparazione del PDF in corso…</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>Il PDF non è stato scritto</translation>
    </message>
    <message>
        <source>Opened in the PDF viewer: {path}</source>
        <translation>Aperto nel visualizzatore PDF: {path}</translation>
    </message>
    <message>
        <source>The PDF viewer did not open</source>
        <translation>Il visualizzatore PDF non si è aperto</translation>
    </message>
    <message>
        <source>No program opened {path}.</source>
        <translation>Nessun programma ha aperto {path}.</translation>
    </message>
    <message>
        <source>Install a PDF viewer, or use “Save … PDF…” and open the file.</source>
        <translation>Installa un visualizzatore PDF, oppure usa “Salva … in PDF…” e apri il file.</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF salvato: {path}</translation>
    </message>
    <message>
        <source>The minutes cannot be approved yet</source>
        <translation>Il verbale non può ancora essere approvato</translation>
    </message>
    <message>
        <source>Some text typed in the minutes has not been saved.</source>
        <translation>Una parte del testo scritto nel verbale non è stata salvata.</translation>
    </message>
    <message>
        <source>Look at the Minutes tab: it says what went wrong. Approve the minutes once the text is saved, so that the approved minutes hold it.</source>
        <translation>Guarda la scheda Verbale: indica che cosa non ha funzionato. Approva il verbale dopo che il testo è stato salvato, così il verbale approvato lo contiene.</translation>
    </message>
    <message>
        <source>Minutes of session {ref} approved at session {at}.</source>
        <translation>Verbale della seduta {ref} approvato nella seduta {at}.</translation>
    </message>
    <message>
        <source>The fingerprint was not checked</source>
        <translation>L&apos;impronta non è stata verificata</translation>
    </message>
    <message>
        <source>The minutes still give the fingerprint stored at approval.</source>
        <translation>L&apos;impronta del verbale corrisponde ancora a quella conservata all&apos;approvazione.</translation>
    </message>
    <message>
        <source>The minutes no longer give the fingerprint stored at approval: the database was changed outside rtdesk. Keep the printed approved copy as the reference.</source>
        <translation>L&apos;impronta del verbale non corrisponde più a quella conservata all&apos;approvazione: il database è stato modificato al di fuori di rtdesk. Fa fede la copia approvata stampata.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta (SHA-256)</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Impossibile scrivere il file: {reason}</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Verifica che la cartella esista, di avere il permesso di scriverci e che il file non sia aperto in un altro programma.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nuova seduta…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Only a planned session can be deleted.</source>
        <translation>Si può eliminare solo una seduta programmata.</translation>
    </message>
    <message>
        <source>Choose a session in the list, or plan a new one.</source>
        <translation>Scegli una seduta dall&apos;elenco, oppure programmane una nuova.</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Ordine del &amp;giorno</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Presenze</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Verbale</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>&amp;Documenti</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tutti gli anni</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Nessuna seduta ancora registrata.</translation>
    </message>
    <message>
        <source>No session matches the filter.</source>
        <translation>Nessuna seduta corrisponde al filtro.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 seduta</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sedute</translation>
    </message>
    <message>
        <source>Proposal {code} is no longer in the register.</source>
        <translation>La proposta {code} non è più nel registro.</translation>
    </message>
    <message>
        <source>Session {ref}</source>
        <translation>Seduta {ref}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, ore {start}–{end}</translation>
    </message>
    <message>
        <source>{day}, {start}</source>
        <translation>{day}, ore {start}</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Stato: {status}.</translation>
    </message>
    <message>
        <source>Status: minutes approved at session {ref} on {day}. The minutes are locked; corrections are recorded as errata.</source>
        <translation>Stato: verbale approvato nella seduta {ref} del {day}. Il verbale è bloccato; le correzioni si registrano come errata corrige.</translation>
    </message>
    <message>
        <source>Chair: {name}.</source>
        <translation>Presidente: {name}.</translation>
    </message>
    <message>
        <source>Secretary: {name}.</source>
        <translation>Segretario: {name}.</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>Torna a programmata</translation>
    </message>
    <message>
        <source>Mark as convened</source>
        <translation>Segna come convocata</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Segna come svolta</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Segna verbale come redatto</translation>
    </message>
    <message>
        <source>Approve minutes…</source>
        <translation>Approva verbale…</translation>
    </message>
    <message>
        <source>The convocation was withdrawn: plan the session again</source>
        <translation>La convocazione è stata ritirata: la seduta torna programmata</translation>
    </message>
    <message>
        <source>The convocation was sent today</source>
        <translation>La convocazione è stata inviata oggi</translation>
    </message>
    <message>
        <source>The session took place</source>
        <translation>La seduta si è svolta</translation>
    </message>
    <message>
        <source>The minutes are written and ready for approval at a later session</source>
        <translation>Il verbale è scritto e pronto per l&apos;approvazione in una seduta successiva</translation>
    </message>
    <message>
        <source>Record the later session that approved the minutes (locks them)</source>
        <translation>Registra la seduta successiva che ha approvato il verbale (lo blocca)</translation>
    </message>
    <message>
        <source>Session {ref} saved.</source>
        <translation>Seduta {ref} salvata.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Elimina seduta</translation>
    </message>
    <message>
        <source>Delete session {ref} of {day} with its agenda? Its number is not given to another session.</source>
        <translation>Eliminare la seduta {ref} del {day} con il suo ordine del giorno? Il suo numero non sarà assegnato a un&apos;altra seduta.</translation>
    </message>
    <message>
        <source>The session was not deleted</source>
        <translation>La seduta non è stata eliminata</translation>
    </message>
    <message>
        <source>Session {ref} deleted.</source>
        <translation>Seduta {ref} eliminata.</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Lo stato non è stato cambiato</translation>
    </message>
    <message>
        <source>Session {ref}: {status}.</source>
        <translation>Seduta {ref}: {status}.</translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Session</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Export summary workbook</source>
        <translation>Esporta riepilogo Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Scrittura di {file} in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>Writing {file}: {step}</source>
        <translation>Scrittura di {file}: {step}</translation>
    </message>
    <message>
        <source>The summary workbook was not saved</source>
        <translation>Il riepilogo Excel non è stato salvato</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Check that the file is not open in Excel and that you may write in the folder.</source>
        <translation>Verifica che il file non sia aperto in Excel e di avere il permesso di scrivere nella cartella.</translation>
    </message>
    <message>
        <source>The summary workbook was saved as {path}.</source>
        <translation>Il riepilogo Excel è stato salvato in {path}.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Apri il file</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostra cartella</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Not in a session</source>
        <translation>Fuori seduta</translation>
    </message>
    <message>
        <source>Session {ref} of {date}</source>
        <translation>Seduta {ref} del {date}</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Seduta:</translation>
    </message>
    <message>
        <source>Why, or what was decided (optional)</source>
        <translation>Motivo, o che cosa è stato deciso (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Lo stato non è stato cambiato</translation>
    </message>
</context>
<context>
    <name>VotesTableModel</name>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Non presente</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>Export summary workbook</source>
        <translation>Esporta riepilogo Excel</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tutti gli anni</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Scegli il file…</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <source>Homogeneous zones</source>
        <translation>Zone omogenee</translation>
    </message>
    <message>
        <source>Municipalities: how many are recorded in the zone / how many the zone has according to the sources. A warning sign marks a zone whose list is incomplete; its missing municipalities are among those without a zone.</source>
        <translation>Comuni: quanti sono registrati nella zona / quanti ne conta la zona secondo le fonti. Un segnale di avviso indica una zona con l&apos;elenco incompleto; i comuni mancanti sono tra quelli senza zona.</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Search by name, ISTAT code or cadastral code</source>
        <translation>Cerca per nome, codice ISTAT o codice catastale</translation>
    </message>
    <message>
        <source>Search municipalities</source>
        <translation>Cerca comuni</translation>
    </message>
    <message>
        <source>Assign zone…</source>
        <translation>Assegna zona…</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Zone {number} — {name}</source>
        <translation>Zona {number} — {name}</translation>
    </message>
    <message>
        <source>Municipalities without a zone</source>
        <translation>Comuni senza zona</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Tutti i comuni</translation>
    </message>
    <message>
        <source>Only {recorded} of the {expected} municipalities of this zone are recorded. The sources consulted list the other {missing} without saying their zone: they are among the municipalities without a zone. Assign them when the secretariat knows.</source>
        <translation>Dei {expected} comuni di questa zona ne sono registrati solo {recorded}. Le fonti consultate elencano gli altri {missing} senza indicarne la zona: si trovano tra i comuni senza zona. Assegnali quando la segreteria conosce la loro zona.</translation>
    </message>
    <message>
        <source>These {count} municipalities lie in zone {first} or {last}, but no source consulted says which.</source>
        <translation>Questi {count} comuni si trovano nella zona {first} o {last}, ma nessuna delle fonti consultate indica quale.</translation>
    </message>
    <message>
        <source>These {count} municipalities lie in zone {number}, but no source consulted says so.</source>
        <translation>Questi {count} comuni si trovano nella zona {number}, ma nessuna delle fonti consultate lo indica.</translation>
    </message>
    <message>
        <source>These {count} municipalities lie in one of the zones, but no source consulted says which.</source>
        <translation>Questi {count} comuni si trovano in una delle zone, ma nessuna delle fonti consultate indica quale.</translation>
    </message>
    <message>
        <source>rtdesk does not guess: select one and choose “Assign zone…” when the secretariat knows its zone (for example from the Città metropolitana&apos;s list of municipalities by zone).</source>
        <translation>rtdesk non tira a indovinare: seleziona un comune e scegli “Assegna zona…” quando la segreteria ne conosce la zona (ad esempio dall&apos;elenco dei comuni per zona della Città metropolitana).</translation>
    </message>
    <message>
        <source>1 municipality</source>
        <translation>1 comune</translation>
    </message>
    <message>
        <source>{count} municipalities</source>
        <translation>{count} comuni</translation>
    </message>
    <message>
        <source>No municipality matches “{text}”.</source>
        <translation>Nessun comune corrisponde a “{text}”.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} municipalities</source>
        <translation>Comuni mostrati: {shown} su {total}</translation>
    </message>
    <message>
        <source>Change zone…</source>
        <translation>Cambia zona…</translation>
    </message>
    <message>
        <source>{name} is now in zone {number} ({zone}).</source>
        <translation>{name} ora è nella zona {number} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ZonesTableModel</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Without a zone</source>
        <translation>Senza zona</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Tutti i comuni</translation>
    </message>
    <message>
        <source>{recorded} / {expected}</source>
        <translation>{recorded} / {expected}</translation>
    </message>
    <message>
        <source>This zone has no spokesperson today.</source>
        <translation>Questa zona oggi non ha un portavoce.</translation>
    </message>
    <message>
        <source>Only {recorded} of the {expected} municipalities of this zone are recorded: the sources consulted do not say which zone the others are in.</source>
        <translation>Dei {expected} comuni di questa zona ne sono registrati solo {recorded}: le fonti consultate non indicano in quale zona si trovino gli altri.</translation>
    </message>
    <message>
        <source>Their zone is not sourced yet: select them to assign it.</source>
        <translation>La loro zona non è ancora attestata da una fonte: selezionali per assegnarla.</translation>
    </message>
    <message>
        <source>Resident population (ISTAT)</source>
        <translation>Popolazione residente (ISTAT)</translation>
    </message>
</context>
<context>
    <name>adoption</name>
    <message>
        <source>Nothing recorded</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non avviata</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Adopting</source>
        <translation>In adozione</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adottata</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.a.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Information</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The start-up backup could not be written: {error}</source>
        <translation>Non è stato possibile scrivere la copia di sicurezza all&apos;avvio: {error}</translation>
    </message>
    <message>
        <source>Created a new database with {zones} zones and {municipalities} municipalities.</source>
        <translation>Creato un nuovo database con {zones} zone e {municipalities} comuni.</translation>
    </message>
    <message>
        <source>Updated the database from schema revision {revision}.</source>
        <translation>Database aggiornato dalla revisione dello schema {revision}.</translation>
    </message>
    <message>
        <source>A copy of the previous file is at {path}.</source>
        <translation>Una copia del file precedente si trova in {path}.</translation>
    </message>
    <message>
        <source>rtdesk cannot open the database</source>
        <translation>rtdesk non riesce ad aprire il database</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Apri un altro database…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nuovo database…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>rtdesk databases ({patterns});;All files (*)</source>
        <translation>Database di rtdesk ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>Impossibile aprire {path}: {reason}</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Verifica che il file esista e di avere il permesso di leggerlo.</translation>
    </message>
    <message>
        <source>A file named {name} already exists.</source>
        <translation>Esiste già un file di nome {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or open that file instead.</source>
        <translation>Scegli un altro nome, oppure apri quel file.</translation>
    </message>
    <message>
        <source>rtdesk</source>
        <translation>rtdesk</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Errore interno</translation>
    </message>
    <message>
        <source>rtdesk met an internal error (a bug). Your saved work is safe.</source>
        <translation>rtdesk ha riscontrato un errore interno (un difetto del programma). Il lavoro già salvato è al sicuro.</translation>
    </message>
    <message>
        <source>Please report it to IT staff with the details below, then restart rtdesk.</source>
        <translation>Segnalalo al personale informatico insieme ai dettagli qui sotto, poi riavvia rtdesk.</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>Spokesperson</source>
        <translation>Portavoce</translation>
    </message>
    <message>
        <source>Vicar</source>
        <translation>Vicario</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vice portavoce</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Giustificato</translation>
    </message>
    <message>
        <source>Session still to come. Zones expected: {present} of {total} (needed: {required}).</source>
        <translation>Seduta ancora da svolgere. Zone attese: {present} su {total} (necessarie: {required}).</translation>
    </message>
    <message>
        <source>Quorum reached. Zones present: {present} of {total} (needed: {required}).</source>
        <translation>Numero legale raggiunto. Zone presenti: {present} su {total} (necessarie: {required}).</translation>
    </message>
    <message>
        <source>Quorum not reached. Zones present: {present} of {total} (needed: {required}, missing: {missing}).</source>
        <translation>Numero legale non raggiunto. Zone presenti: {present} su {total} (necessarie: {required}, mancanti: {missing}).</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>Automatic, at start-up</source>
        <translation>Automatica, all&apos;avvio</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Creata su richiesta</translation>
    </message>
    <message>
        <source>Data replaced by a restore</source>
        <translation>Dati sostituiti da un ripristino</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Prima di un aggiornamento del database</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Altra copia</translation>
    </message>
    <message>
        <source>The folder was not opened</source>
        <translation>La cartella non è stata aperta</translation>
    </message>
    <message>
        <source>No program could show the folder {folder}.</source>
        <translation>Nessun programma ha potuto mostrare la cartella {folder}.</translation>
    </message>
    <message>
        <source>Open it with your file manager.</source>
        <translation>Aprila con il gestore di file del computer.</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}</source>
        <translation>Impossibile usare {path}: {reason}</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist, that you may use them and that the disk is not full.</source>
        <translation>Verifica che il file e la sua cartella esistano, di avere il permesso di usarli e che il disco non sia pieno.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>file</source>
        <translation>il file</translation>
    </message>
    <message>
        <source>The {what} was not imported: 1 problem found.</source>
        <translation>Non è stato importato {what}: è stato rilevato 1 problema.</translation>
    </message>
    <message>
        <source>The {what} was not imported: {count} problems found.</source>
        <translation>Non è stato importato {what}: sono stati rilevati {count} problemi.</translation>
    </message>
    <message>
        <source>Correct the rows listed and import the file again. Nothing was changed.</source>
        <translation>Correggi le righe elencate e importa di nuovo il file. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>“{text}” is not a session reference.</source>
        <translation>“{text}” non è un riferimento di seduta valido.</translation>
    </message>
    <message>
        <source>Write the session number and year, for example 7/2026.</source>
        <translation>Scrivi il numero e l&apos;anno della seduta, ad esempio 7/2026.</translation>
    </message>
    <message>
        <source>“{text}”: session numbers start at 1.</source>
        <translation>“{text}”: i numeri delle sedute partono da 1.</translation>
    </message>
    <message>
        <source>“{text}” is not a proposal code.</source>
        <translation>“{text}” non è un codice di proposta valido.</translation>
    </message>
    <message>
        <source>Write it as P-2026-014.</source>
        <translation>Scrivilo nella forma P-2026-014.</translation>
    </message>
    <message>
        <source>A proposal that is {current} cannot become {target}.</source>
        <translation>Una proposta nello stato “{current}” non può passare allo stato “{target}”.</translation>
    </message>
    <message>
        <source>Possible next steps: {allowed}.</source>
        <translation>Passaggi possibili: {allowed}.</translation>
    </message>
    <message>
        <source>Its status is final.</source>
        <translation>Il suo stato è definitivo.</translation>
    </message>
    <message>
        <source>A session that is {current} cannot become {target}.</source>
        <translation>Una seduta nello stato “{current}” non può passare allo stato “{target}”.</translation>
    </message>
    <message>
        <source>Next possible step: {allowed}.</source>
        <translation>Passaggio possibile: {allowed}.</translation>
    </message>
    <message>
        <source>Its minutes are final.</source>
        <translation>Il suo verbale è definitivo.</translation>
    </message>
    <message>
        <source>The quorum share must be more than 0 and at most 1.</source>
        <translation>La quota di zone richiesta per il numero legale deve essere maggiore di 0 e al massimo 1.</translation>
    </message>
    <message>
        <source>The quorum needs at least one zone.</source>
        <translation>Per il numero legale serve almeno una zona.</translation>
    </message>
    <message>
        <source>{present} zones present is impossible with {zones}.</source>
        <translation>Zone presenti: {present}, un numero impossibile su un totale di {zones} zone.</translation>
    </message>
    <message>
        <source>There is no zone {number}.</source>
        <translation>La zona {number} non esiste.</translation>
    </message>
    <message>
        <source>The homogeneous zones are numbered from 1 to {count}.</source>
        <translation>Le zone omogenee sono numerate da 1 a {count}.</translation>
    </message>
</context>
<context>
    <name>errors.actions</name>
    <message>
        <source>This action no longer exists.</source>
        <translation>Questa azione non esiste più.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Ricarica l&apos;elenco.</translation>
    </message>
    <message>
        <source>This action is already done.</source>
        <translation>Questa azione è già completata.</translation>
    </message>
    <message>
        <source>This action is still open.</source>
        <translation>Questa azione è ancora aperta.</translation>
    </message>
    <message>
        <source>The description is empty.</source>
        <translation>La descrizione è vuota.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Scrivi che cosa occorre fare.</translation>
    </message>
    <message>
        <source>This action was changed by someone else meanwhile.</source>
        <translation>Nel frattempo un&apos;altra persona ha modificato questa azione.</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload and make it again.</source>
        <translation>La tua modifica non è stata salvata. Ricarica i dati e ripetila.</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>l&apos;azione</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Descrivi l&apos;azione.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>This action is not part of any minutes.</source>
        <translation>Questa azione non fa parte di alcun verbale.</translation>
    </message>
    <message>
        <source>Change it in the Actions page.</source>
        <translation>Modificala nella pagina Azioni.</translation>
    </message>
</context>
<context>
    <name>errors.backup</name>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Occorre conservare almeno una copia di sicurezza.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Il database {path} non esiste: non è possibile farne una copia di sicurezza.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} esiste già.</translation>
    </message>
    <message>
        <source>Choose a new file name for the backup.</source>
        <translation>Scegli un nuovo nome di file per la copia di sicurezza.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Il file di copia di sicurezza {path} non esiste.</translation>
    </message>
</context>
<context>
    <name>errors.database</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il database {path} non esiste.</translation>
    </message>
    <message>
        <source>Check the path, or create a new database.</source>
        <translation>Verifica il percorso, oppure crea un nuovo database.</translation>
    </message>
    <message>
        <source>The database is in use by another program.</source>
        <translation>Il database è in uso da parte di un altro programma.</translation>
    </message>
    <message>
        <source>Close other copies of rtdesk (or the program holding the file) and try again.</source>
        <translation>Chiudi le altre finestre di rtdesk aperte (o il programma che tiene aperto il file) e riprova.</translation>
    </message>
    <message>
        <source>The database file cannot be written.</source>
        <translation>Non è possibile scrivere nel file del database.</translation>
    </message>
    <message>
        <source>Check that the file and its folder are not read-only and that you may write there.</source>
        <translation>Verifica che il file e la sua cartella non siano di sola lettura e di avere il permesso di scrivervi.</translation>
    </message>
    <message>
        <source>The disk holding the database is full.</source>
        <translation>Il disco che contiene il database è pieno.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again. Nothing was saved.</source>
        <translation>Libera un po&apos; di spazio sul disco, poi riprova. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Il file del database è danneggiato.</translation>
    </message>
    <message>
        <source>Do not delete it. Restore the latest backup, or ask IT staff to inspect the file.</source>
        <translation>Non eliminarlo. Ripristina la copia di sicurezza più recente, oppure chiedi al personale informatico di esaminare il file.</translation>
    </message>
    <message>
        <source>The file is not an rtdesk database.</source>
        <translation>Il file non è un database di rtdesk.</translation>
    </message>
    <message>
        <source>Choose another file, or create a new database.</source>
        <translation>Scegli un altro file, oppure crea un nuovo database.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of rtdesk.</source>
        <translation>Il database è stato scritto da una versione più recente di rtdesk.</translation>
    </message>
    <message>
        <source>Install the newer version of rtdesk to open it. The file was left untouched.</source>
        <translation>Per aprirlo installa la versione più recente di rtdesk. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Impossibile aprire il file del database.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may read and write there.</source>
        <translation>Verifica che la cartella esista e di avere il permesso di leggere e scrivere al suo interno.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database.</source>
        <translation>Il disco ha segnalato un errore durante la lettura o la scrittura del database.</translation>
    </message>
    <message>
        <source>Check the disk or network drive, then try again.</source>
        <translation>Controlla il disco o l&apos;unità di rete, poi riprova.</translation>
    </message>
    <message>
        <source>{message} ({location})</source>
        <translation>{message} ({location})</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it.</source>
        <translation>Mentre apportavi le tue modifiche, un&apos;altra persona ha modificato questi dati.</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload and make it again.</source>
        <translation>La tua modifica non è stata salvata. Ricarica i dati e ripetila.</translation>
    </message>
</context>
<context>
    <name>errors.demo</name>
    <message>
        <source>The demo covers from 1 to {limit} years, not {years}.</source>
        <translation>I dati dimostrativi coprono da 1 a {limit} anni, non {years}.</translation>
    </message>
    <message>
        <source>Choose a number of years in that range.</source>
        <translation>Scegli un numero di anni compreso in questo intervallo.</translation>
    </message>
    <message>
        <source>The database already holds {count} people: demo data is only for a new database.</source>
        <translation>Il database contiene già delle persone ({count}): i dati dimostrativi sono solo per un database nuovo.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use a new database file for the demo.</source>
        <translation>Non è stato modificato nulla. Usa un nuovo file di database per i dati dimostrativi.</translation>
    </message>
    <message>
        <source>Zone {number} ({name}) has no municipality: demo people must come from one of the zone&apos;s municipalities.</source>
        <translation>La zona {number} ({name}) non ha alcun comune: le persone dei dati dimostrativi devono provenire da uno dei comuni della zona.</translation>
    </message>
    <message>
        <source>Use a new database file for the demo.</source>
        <translation>Usa un nuovo file di database per i dati dimostrativi.</translation>
    </message>
    <message>
        <source>The demo scale goes from 1 to {limit}, not {scale}.</source>
        <translation>La scala dei dati dimostrativi va da 1 a {limit}, non {scale}.</translation>
    </message>
    <message>
        <source>Choose a scale in that range: 100 gives 100,000 proposals.</source>
        <translation>Scegli una scala compresa in questo intervallo: con 100 si ottengono 100.000 proposte.</translation>
    </message>
    <message>
        <source>The database already holds {people} people, {sessions} sessions and {proposals} proposals: demo data is only for a new database.</source>
        <translation>Il database contiene già dei dati (persone: {people}, sedute: {sessions}, proposte: {proposals}): i dati dimostrativi sono solo per un database nuovo.</translation>
    </message>
</context>
<context>
    <name>errors.files</name>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>La cartella “{folder}” non esiste.</translation>
    </message>
    <message>
        <source>Choose another folder for the file.</source>
        <translation>Scegli un&apos;altra cartella per il file.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice Calc and use “Save as” with the type “Excel Workbook (.xlsx)”, then choose the new file.</source>
        <translation>Apri il file in Excel o in LibreOffice Calc e usa “Salva con nome” con il tipo “Cartella di lavoro di Excel (.xlsx)”, poi scegli il nuovo file.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice Calc; if it opens, save it again as .xlsx.</source>
        <translation>Apri il file in Excel o in LibreOffice Calc; se si apre, salvalo di nuovo in formato .xlsx.</translation>
    </message>
    <message>
        <source>The file “{path}” does not exist.</source>
        <translation>Il file “{path}” non esiste.</translation>
    </message>
    <message>
        <source>Check the name and the folder, or choose the file again.</source>
        <translation>Verifica il nome e la cartella, oppure scegli di nuovo il file.</translation>
    </message>
    <message>
        <source>“{path}” is a folder or a device, not a file.</source>
        <translation>“{path}” è una cartella o un dispositivo, non un file.</translation>
    </message>
    <message>
        <source>Choose the Excel workbook itself.</source>
        <translation>Scegli il file Excel vero e proprio.</translation>
    </message>
    <message>
        <source>The file “{name}” is {size:.1f} MB, more than the {limit:.0f} MB accepted for an import.</source>
        <translation>Il file “{name}” occupa {size:.1f} MB, più dei {limit:.0f} MB accettati per un&apos;importazione.</translation>
    </message>
    <message>
        <source>Check that it is the right file; a roster sheet is usually much smaller.</source>
        <translation>Verifica che sia il file giusto; un elenco dei rappresentanti di solito è molto più piccolo.</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be read: {reason}.</source>
        <translation>Impossibile leggere il file “{name}”: {reason}.</translation>
    </message>
    <message>
        <source>Check that you may read it and that it is not open in another program that locks it, then try again.</source>
        <translation>Verifica di avere il permesso di leggerlo e che non sia aperto in un altro programma che lo blocca, poi riprova.</translation>
    </message>
    <message>
        <source>The file “{name}” is larger than the {limit:.0f} MB accepted.</source>
        <translation>Il file “{name}” supera i {limit:.0f} MB accettati.</translation>
    </message>
    <message>
        <source>Check that it is the right file.</source>
        <translation>Verifica che sia il file giusto.</translation>
    </message>
    <message>
        <source>The file “{name}” is empty.</source>
        <translation>Il file “{name}” è vuoto.</translation>
    </message>
    <message>
        <source>Choose the workbook again; it may not have been saved completely.</source>
        <translation>Scegli di nuovo il file; potrebbe non essere stato salvato completamente.</translation>
    </message>
    <message>
        <source>The workbook “{name}” is protected by a password, so it cannot be read.</source>
        <translation>La cartella di lavoro “{name}” è protetta da password, quindi non può essere letta.</translation>
    </message>
    <message>
        <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave it empty), save it and import it again.</source>
        <translation>Aprila in Excel, togli la password (File &gt; Informazioni &gt; Proteggi cartella di lavoro &gt; Crittografa con password, lascia il campo vuoto), salvala e importala di nuovo.</translation>
    </message>
    <message>
        <source>“{name}” is an old Excel 97-2003 (.xls) workbook, not an Excel .xlsx workbook.</source>
        <translation>“{name}” è una vecchia cartella di lavoro Excel 97-2003 (.xls), non una cartella di lavoro Excel .xlsx.</translation>
    </message>
    <message>
        <source>“{name}” is not an Excel .xlsx workbook (it may be a CSV or text file, a web page or an old .xls renamed).</source>
        <translation>“{name}” non è una cartella di lavoro Excel .xlsx (potrebbe essere un file CSV o di testo, una pagina web o un vecchio file .xls rinominato).</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not an Excel .xlsx workbook.</source>
        <translation>Il file “{name}” è danneggiato oppure non è una cartella di lavoro Excel .xlsx.</translation>
    </message>
    <message>
        <source>“{name}” was not opened: it would expand to far more data than any real workbook (a “zip bomb”).</source>
        <translation>Il file “{name}” non è stato aperto: una volta decompresso occuperebbe molto più spazio di qualsiasi vera cartella di lavoro (una “bomba zip”).</translation>
    </message>
    <message>
        <source>Do not open this file elsewhere either; ask the sender for the original workbook.</source>
        <translation>Non aprire questo file nemmeno con altri programmi; chiedi a chi te lo ha inviato la cartella di lavoro originale.</translation>
    </message>
    <message>
        <source>“{name}” is an OpenDocument (LibreOffice .ods) file, not an Excel .xlsx workbook.</source>
        <translation>“{name}” è un file OpenDocument (LibreOffice .ods), non una cartella di lavoro Excel .xlsx.</translation>
    </message>
    <message>
        <source>In LibreOffice Calc use File &gt; Save As, type “Excel 2007-365 (.xlsx)”.</source>
        <translation>In LibreOffice Calc usa File &gt; Salva con nome, con il tipo “Excel 2007-365 (.xlsx)”.</translation>
    </message>
    <message>
        <source>“{name}” is an Excel binary workbook (.xlsb), which cannot be read.</source>
        <translation>“{name}” è una cartella di lavoro binaria di Excel (.xlsb), che non può essere letta.</translation>
    </message>
    <message>
        <source>“{name}” is a compressed archive but not an Excel .xlsx workbook (it may be a Word document or a zip file renamed).</source>
        <translation>“{name}” è un archivio compresso ma non una cartella di lavoro Excel .xlsx (potrebbe essere un documento Word o un file zip rinominato).</translation>
    </message>
    <message>
        <source>“{name}” was not read: it contains XML entity declarations, which Excel never writes and which are used to make a file expand without limit (an “XML bomb”).</source>
        <translation>Il file “{name}” non è stato letto: contiene dichiarazioni di entità XML, che Excel non scrive mai e che servono a far crescere un file senza limiti (una “bomba XML”).</translation>
    </message>
    <message>
        <source>Ask the sender for a workbook saved by Excel or LibreOffice Calc.</source>
        <translation>Chiedi a chi te lo ha inviato una cartella di lavoro salvata con Excel o LibreOffice Calc.</translation>
    </message>
    <message>
        <source>“{name}” is too large to read.</source>
        <translation>Il file “{name}” è troppo grande per essere letto.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its content is not a valid Excel workbook.</source>
        <translation>Il file “{name}” è danneggiato: il suo contenuto non è una cartella di lavoro Excel valida.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as an Excel workbook ({error}).</source>
        <translation>Non è stato possibile leggere “{name}” come cartella di lavoro Excel ({error}).</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice Calc and save it again as .xlsx.</source>
        <translation>Apri il file in Excel o in LibreOffice Calc e salvalo di nuovo in formato .xlsx.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has more than {limit:,} rows (it declares {claimed:,}), which is more than an import accepts.</source>
        <translation>Il foglio “{sheet}” ha più di {limit:,} righe (ne dichiara {claimed:,}): sono più di quante un&apos;importazione ne accetti.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has more than {limit:,} rows, which is more than an import accepts.</source>
        <translation>Il foglio “{sheet}” ha più di {limit:,} righe: sono più di quante un&apos;importazione ne accetti.</translation>
    </message>
    <message>
        <source>Check that it is the right file. If the data is small, delete the empty rows after it (they may hold formatting) and save again.</source>
        <translation>Verifica che sia il file giusto. Se i dati sono pochi, elimina le righe vuote che li seguono (possono contenere formattazione) e salva di nuovo.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has more than {limit:,} columns (it declares {claimed:,}), which is more than an import accepts.</source>
        <translation>Il foglio “{sheet}” ha più di {limit:,} colonne (ne dichiara {claimed:,}): sono più di quante un&apos;importazione ne accetti.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has more than {limit:,} columns, which is more than an import accepts.</source>
        <translation>Il foglio “{sheet}” ha più di {limit:,} colonne: sono più di quante un&apos;importazione ne accetti.</translation>
    </message>
    <message>
        <source>Check that it is the right file. If the data is small, delete the empty columns after it (they may hold formatting) and save again.</source>
        <translation>Verifica che sia il file giusto. Se i dati sono pochi, elimina le colonne vuote che li seguono (possono contenere formattazione) e salva di nuovo.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: permission denied.</source>
        <translation>Impossibile scrivere il file “{name}”: permesso negato.</translation>
    </message>
    <message>
        <source>If the file is open in Excel or another program, close it; otherwise choose a folder where you may write.</source>
        <translation>Se il file è aperto in Excel o in un altro programma, chiudilo; altrimenti scegli una cartella in cui hai il permesso di scrivere.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: {reason}.</source>
        <translation>Impossibile scrivere il file “{name}”: {reason}.</translation>
    </message>
    <message>
        <source>Check the free space and that the folder is writable, then try again.</source>
        <translation>Verifica che ci sia spazio libero e di poter scrivere nella cartella, poi riprova.</translation>
    </message>
</context>
<context>
    <name>errors.import</name>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sintesi</translation>
    </message>
    <message>
        <source>proposing zones</source>
        <translation>zone proponenti</translation>
    </message>
    <message>
        <source>proposer</source>
        <translation>proponente</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temi</translation>
    </message>
    <message>
        <source>strategic plan axis</source>
        <translation>asse del Piano strategico</translation>
    </message>
    <message>
        <source>submission date</source>
        <translation>data di presentazione</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>decisione</translation>
    </message>
    <message>
        <source>resolution date</source>
        <translation>data della decisione</translation>
    </message>
    <message>
        <source>proposal register</source>
        <translation>il registro delle proposte</translation>
    </message>
    <message>
        <source>The code {code} is already in row {row}.</source>
        <translation>Il codice {code} è già presente alla riga {row}.</translation>
    </message>
    <message>
        <source>The code {code} is of {code_year} but the submission date is in {year}.</source>
        <translation>Il codice {code} è del {code_year}, ma la data di presentazione è del {year}.</translation>
    </message>
    <message>
        <source>The resolution date is before the submission date.</source>
        <translation>La data della decisione è precedente alla data di presentazione.</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters; move the rest into the summary.</source>
        <translation>Il titolo supera i 500 caratteri; sposta il resto nella sintesi.</translation>
    </message>
    <message>
        <source>“{text}” is not a status. Write one of: {words}.</source>
        <translation>“{text}” non è uno stato valido. Scrivi uno di questi: {words}.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>person</source>
        <translation>nominativo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>office</source>
        <translation>carica</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>comune</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>codice ISTAT</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data di inizio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data di fine</translation>
    </message>
    <message>
        <source>election date</source>
        <translation>data di elezione</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>since</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>l&apos;elenco dei rappresentanti</translation>
    </message>
    <message>
        <source>zone assignment sheet</source>
        <translation>l&apos;elenco dei comuni per zona</translation>
    </message>
    <message>
        <source>The same mandate is already in row {row}.</source>
        <translation>Lo stesso mandato è già presente alla riga {row}.</translation>
    </message>
    <message>
        <source>There is no column with the people&apos;s names. Write the family name and the given name in two columns ({family}; {given}) or both in one column ({person}) as “Rossi, Mario”.</source>
        <translation>Manca una colonna con i nomi delle persone. Scrivi il cognome e il nome in due colonne ({family}; {given}) oppure entrambi in una sola colonna ({person}) nella forma “Rossi, Mario”.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start {start}.</source>
        <translation>La data di fine {end} è precedente alla data di inizio {start}.</translation>
    </message>
    <message>
        <source>“{text}” is not a role. Write “portavoce”, “vice portavoce” or “vice portavoce vicario” (in English: spokesperson, deputy, vicar).</source>
        <translation>“{text}” non è un ruolo valido. Scrivi “portavoce”, “vice portavoce” o “vice portavoce vicario” (in inglese: spokesperson, deputy, vicar).</translation>
    </message>
    <message>
        <source>“{text}” is not a full name. Write family name, comma, given name: “Rossi, Mario”.</source>
        <translation>“{text}” non è un nominativo completo. Scrivi cognome, virgola, nome: “Rossi, Mario”.</translation>
    </message>
    <message>
        <source>“{municipality}” is already in row {row}.</source>
        <translation>“{municipality}” è già presente alla riga {row}.</translation>
    </message>
    <message>
        <source>This cell is empty; it must be filled in.</source>
        <translation>Questa cella è vuota, ma deve essere compilata.</translation>
    </message>
    <message>
        <source>{value} is neither an ISTAT code nor a municipality name.</source>
        <translation>{value} non è né un codice ISTAT né il nome di un comune.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” does not look like a {what}: none of its first {count} rows holds the column names.</source>
        <translation>Il foglio “{sheet}” non sembra contenere {what}: nessuna delle sue prime {count} righe contiene i nomi delle colonne.</translation>
    </message>
    <message>
        <source>Put the column names (for example {example}) in the first row; {documentation} lists every accepted name.</source>
        <translation>Scrivi i nomi delle colonne (ad esempio {example}) nella prima riga; tutti i nomi accettati sono elencati in {documentation}.</translation>
    </message>
    <message>
        <source>Columns {letters} ({names}) all mean the {column}: keep only one of them.</source>
        <translation>Le colonne {letters} ({names}) indicano tutte “{column}”: tienine solo una.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>No sheet of this workbook looks like a {what} (sheets: {sheets}).</source>
        <translation>Nessun foglio di questa cartella di lavoro sembra contenere {what} (fogli: {sheets}).</translation>
    </message>
    <message>
        <source>Check the column names in the first row against {documentation}, or name the sheet to import {names}.</source>
        <translation>Confronta i nomi delle colonne nella prima riga con quelli elencati in {documentation}, oppure dai al foglio da importare il nome {names}.</translation>
    </message>
    <message>
        <source>Several sheets look like a {what}: {sheets}.</source>
        <translation>Più fogli sembrano contenere {what}: {sheets}.</translation>
    </message>
    <message>
        <source>Name the sheet to import {names}, or keep only that sheet.</source>
        <translation>Dai al foglio da importare il nome {names}, oppure lascia solo quel foglio.</translation>
    </message>
    <message>
        <source>The {column} column is missing. Accepted names: {names}.</source>
        <translation>Manca la colonna “{column}”. Nomi accettati: {names}.</translation>
    </message>
    <message>
        <source>The cell holds a formula ({formula}) whose result was never calculated. Open the file in Excel or LibreOffice Calc, save it, and import it again, or type the value instead of the formula.</source>
        <translation>La cella contiene una formula ({formula}) il cui risultato non è mai stato calcolato. Apri il file in Excel o in LibreOffice Calc, salvalo e importalo di nuovo, oppure scrivi il valore al posto della formula.</translation>
    </message>
    <message>
        <source>The cell shows the error {code}; write the value instead.</source>
        <translation>La cella mostra l&apos;errore {code}; scrivi il valore al suo posto.</translation>
    </message>
    <message>
        <source>The cell holds the logical value {value}; write the text instead.</source>
        <translation>La cella contiene il valore logico {value} (VERO o FALSO); scrivi invece il testo.</translation>
    </message>
    <message>
        <source>{value} holds a time of day; write only the date (dd/mm/yyyy).</source>
        <translation>{value} contiene anche un orario; scrivi solo la data (gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>The cell holds a time, not a date. Write the date as dd/mm/yyyy.</source>
        <translation>La cella contiene un orario, non una data. Scrivi la data nella forma gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>{value:g} is a number, not a date. Format the cell as a date or write it as dd/mm/yyyy.</source>
        <translation>{value:g} è un numero, non una data. Formatta la cella come data oppure scrivi la data nella forma gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as day/month/year, e.g. 25/11/2026 (also 25/11/26 or 2026-11-25).</source>
        <translation>“{text}” non è una data. Scrivila come giorno/mese/anno, ad esempio 25/11/2026 (vanno bene anche 25/11/26 o 2026-11-25).</translation>
    </message>
    <message>
        <source>“{text}” is not a real date (day/month/year: check the day and the month).</source>
        <translation>“{text}” non è una data esistente (giorno/mese/anno: verifica il giorno e il mese).</translation>
    </message>
    <message>
        <source>“{text}” is not a plausible date: check the year.</source>
        <translation>“{text}” non è una data plausibile: verifica l&apos;anno.</translation>
    </message>
    <message>
        <source>There is no zone {number}: zones are numbered {first} to {last}.</source>
        <translation>La zona {number} non esiste: le zone sono numerate da {first} a {last}.</translation>
    </message>
    <message>
        <source>{value} is not a zone number.</source>
        <translation>{value} non è un numero di zona.</translation>
    </message>
    <message>
        <source>“{text}”: zone {number} is “{name}”. Check the number and the name.</source>
        <translation>“{text}”: la zona {number} è “{name}”. Verifica il numero e il nome.</translation>
    </message>
    <message>
        <source>“{text}” is not a zone number. Write the number, e.g. 5.</source>
        <translation>“{text}” non è un numero di zona. Scrivi il numero, ad esempio 5.</translation>
    </message>
    <message>
        <source>“{text}” is not a zone. Write its number or its name, e.g. “5” or “{name}”.</source>
        <translation>“{text}” non è una zona. Scrivi il suo numero o il suo nome, ad esempio “5” o “{name}”.</translation>
    </message>
    <message>
        <source>zone list</source>
        <translation>l&apos;elenco dei comuni per zona</translation>
    </message>
</context>
<context>
    <name>errors.minutes</name>
    <message>
        <source>The votes on item {number} were changed elsewhere by {user} ({moment}) while you were recording yours.</source>
        <translation>I voti sul punto {number} all&apos;ordine del giorno sono stati modificati altrove da {user} ({moment}) mentre registravi i tuoi.</translation>
    </message>
    <message>
        <source>Your vote was not recorded. Look at the votes now shown and record it again if it is still needed.</source>
        <translation>Il tuo voto non è stato registrato. Guarda i voti ora mostrati e registralo di nuovo se serve ancora.</translation>
    </message>
    <message>
        <source>The minutes of item {number} were changed elsewhere by {user} ({moment}) while you were editing them.</source>
        <translation>Il verbale del punto {number} all&apos;ordine del giorno è stato modificato altrove da {user} ({moment}) mentre lo stavi modificando.</translation>
    </message>
    <message>
        <source>Your text was not saved. Choose whether to keep your text or the other one.</source>
        <translation>Il tuo testo non è stato salvato. Scegli se tenere il tuo testo o l&apos;altro.</translation>
    </message>
    <message>
        <source>Zone {zone} is not recorded as present at this session: it cannot vote.</source>
        <translation>La zona {zone} non risulta presente a questa seduta: non può votare.</translation>
    </message>
    <message>
        <source>If the zone was there, mark it present in the Attendance tab first.</source>
        <translation>Se la zona era presente, registrala prima come presente nella scheda Presenze.</translation>
    </message>
</context>
<context>
    <name>errors.proposals</name>
    <message>
        <source>The submission date must stay in {year}, the year of the code {code}.</source>
        <translation>La data di presentazione deve restare nel {year}, l&apos;anno del codice {code}.</translation>
    </message>
    <message>
        <source>Delete and submit the proposal again if it belongs to another year.</source>
        <translation>Se la proposta appartiene a un altro anno, eliminala e presentala di nuovo.</translation>
    </message>
    <message>
        <source>Proposal {code} is {status}: zones adopt only approved proposals.</source>
        <translation>La proposta {code} è nello stato “{status}”: le zone adottano solo proposte approvate.</translation>
    </message>
    <message>
        <source>Record the approval first, then the adoption by each zone.</source>
        <translation>Registra prima l&apos;approvazione, poi l&apos;adozione da parte di ciascuna zona.</translation>
    </message>
    <message>
        <source>There is no zone {number}.</source>
        <translation>La zona {number} non esiste.</translation>
    </message>
    <message>
        <source>Proposal {code} is {status}: only a proposal still just submitted can be deleted.</source>
        <translation>La proposta {code} è nello stato “{status}”: si può eliminare solo una proposta ancora nello stato “Presentata”.</translation>
    </message>
    <message>
        <source>Mark it as withdrawn instead; its history is kept.</source>
        <translation>Indicala invece come ritirata: la sua cronologia viene conservata.</translation>
    </message>
    <message>
        <source>“{outcome}” is not a decision a session can take on a proposal.</source>
        <translation>“{outcome}” non è una decisione che una seduta può prendere su una proposta.</translation>
    </message>
    <message>
        <source>A session approves, rejects, defers or withdraws a proposal.</source>
        <translation>Una seduta approva, respinge, rinvia o ritira una proposta.</translation>
    </message>
    <message>
        <source>The date {date} is before the proposal was submitted ({submitted}).</source>
        <translation>La data {date} è precedente alla presentazione della proposta ({submitted}).</translation>
    </message>
    <message>
        <source>This proposal no longer exists.</source>
        <translation>Questa proposta non esiste più.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Ricarica l&apos;elenco.</translation>
    </message>
    <message>
        <source>There is no session {session}.</source>
        <translation>La seduta {session} non esiste.</translation>
    </message>
    <message>
        <source>Proposal {code} was changed by someone else while you were editing.</source>
        <translation>Mentre apportavi le tue modifiche, un&apos;altra persona ha modificato la proposta {code}.</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload and make it again.</source>
        <translation>La tua modifica non è stata salvata. Ricarica i dati e ripetila.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Il titolo è vuoto.</translation>
    </message>
    <message>
        <source>Write what the proposal is about.</source>
        <translation>Scrivi l&apos;oggetto della proposta.</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>Il titolo supera i {limit} caratteri.</translation>
    </message>
    <message>
        <source>The resolution date is before the submission date.</source>
        <translation>La data della decisione è precedente alla data di presentazione.</translation>
    </message>
    <message>
        <source>There is no zone {numbers}.</source>
        <translation>Non esiste alcuna zona con questo numero: {numbers}.</translation>
    </message>
    <message>
        <source>The code {code} is of {code_year} but the proposal was submitted in {year}.</source>
        <translation>Il codice {code} è del {code_year}, ma la proposta è stata presentata nel {year}.</translation>
    </message>
    <message>
        <source>The code {code} is already in row {row}.</source>
        <translation>Il codice {code} è già presente alla riga {row}.</translation>
    </message>
    <message>
        <source>A proposal of {year} with the same title is already in row {row}; give each a code to tell them apart.</source>
        <translation>Alla riga {row} c&apos;è già una proposta del {year} con lo stesso titolo; assegna un codice a ciascuna per distinguerle.</translation>
    </message>
</context>
<context>
    <name>errors.roster</name>
    <message>
        <source>since {start}</source>
        <translation>dal {start}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>spokesperson</source>
        <translation>portavoce</translation>
    </message>
    <message>
        <source>deputy (vicar)</source>
        <translation>vice portavoce vicario</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>vice portavoce</translation>
    </message>
    <message>
        <source>There is no zone {number}: zones are numbered {first} to {last}.</source>
        <translation>La zona {number} non esiste: le zone sono numerate da {first} a {last}.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>La data di fine {end} è precedente alla data di inizio {start}.</translation>
    </message>
    <message>
        <source>The election date {elected} is after the start date {start}: a mandate starts once the assembly of mayors has elected the person.</source>
        <translation>La data di elezione {elected} è successiva alla data di inizio {start}: un mandato inizia dopo che l&apos;assemblea dei sindaci ha eletto la persona.</translation>
    </message>
    <message>
        <source>Only a deputy (vice portavoce) can be the vicar, not the spokesperson.</source>
        <translation>Solo un vice portavoce può essere vicario, non il portavoce.</translation>
    </message>
    <message>
        <source>{person} already holds a mandate in zone {zone} at the same time ({role} {period}): one person cannot hold two roles in one zone at once.</source>
        <translation>{person} ha già un mandato nella zona {zone} nello stesso periodo ({role} {period}): una persona non può avere due ruoli contemporaneamente nella stessa zona.</translation>
    </message>
    <message>
        <source>Zone {zone} already has a spokesperson in that period: {person}, {period}. A zone has one spokesperson at a time.</source>
        <translation>La zona {zone} ha già un portavoce in quel periodo: {person}, {period}. Una zona ha un solo portavoce alla volta.</translation>
    </message>
    <message>
        <source>Zone {zone} already has a vicar in that period: {person}, {period}. A zone has one vicar at a time.</source>
        <translation>La zona {zone} ha già un vice portavoce vicario in quel periodo: {person}, {period}. Una zona ha un solo vicario alla volta.</translation>
    </message>
    <message>
        <source>{person} has no municipality recorded, so it cannot be checked that they come from zone {zone}.</source>
        <translation>Per {person} non è registrato alcun comune, quindi non è possibile verificare che provenga dalla zona {zone}.</translation>
    </message>
    <message>
        <source>{person}&apos;s municipality, {municipality}, has no zone yet, so it cannot be checked that it lies in zone {zone}.</source>
        <translation>Il comune di {person}, {municipality}, non ha ancora una zona, quindi non è possibile verificare che si trovi nella zona {zone}.</translation>
    </message>
    <message>
        <source>{person}&apos;s municipality, {municipality}, lies in zone {municipality_zone}, not zone {zone}.</source>
        <translation>Il comune di {person}, {municipality}, si trova nella zona {municipality_zone}, non nella zona {zone}.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>This mandate</source>
        <translation>questo mandato</translation>
    </message>
    <message>
        <source>The import cannot be undone or redone as a whole. Nothing was changed.</source>
        <translation>L&apos;importazione non può essere annullata o ripetuta nel suo insieme. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>{person} cannot be removed: they have 1 mandate in the roster.</source>
        <translation>Non è possibile eliminare {person}: ha 1 mandato nell&apos;elenco dei rappresentanti.</translation>
    </message>
    <message>
        <source>{person} cannot be removed: they have {count} mandates in the roster.</source>
        <translation>Non è possibile eliminare {person}: ha {count} mandati nell&apos;elenco dei rappresentanti.</translation>
    </message>
    <message>
        <source>Mandates are the zones&apos; history. Delete the mandates first only if they were entered by mistake.</source>
        <translation>I mandati sono la storia delle zone. Elimina prima i mandati solo se sono stati inseriti per errore.</translation>
    </message>
    <message>
        <source>{given} {family} is already there.</source>
        <translation>{given} {family} è già presente.</translation>
    </message>
    <message>
        <source>This mandate is already there.</source>
        <translation>Questo mandato è già presente.</translation>
    </message>
    <message>
        <source>A trial import changed nothing, so there is nothing to undo.</source>
        <translation>Un&apos;importazione di prova non ha modificato nulla: non c&apos;è niente da annullare.</translation>
    </message>
    <message>
        <source>A trial import changed nothing, so there is nothing to redo.</source>
        <translation>Un&apos;importazione di prova non ha modificato nulla: non c&apos;è niente da ripetere.</translation>
    </message>
    <message>
        <source>{person}, added by the import, has been given other mandates since.</source>
        <translation>Dopo l&apos;importazione che ha aggiunto {person} sono stati registrati altri mandati per questa persona.</translation>
    </message>
    <message>
        <source>The import cannot be undone as a whole.</source>
        <translation>L&apos;importazione non può essere annullata nel suo insieme.</translation>
    </message>
    <message>
        <source>The family name is missing.</source>
        <translation>Manca il cognome.</translation>
    </message>
    <message>
        <source>The given name is missing.</source>
        <translation>Manca il nome.</translation>
    </message>
    <message>
        <source>“{role}” is not a role.</source>
        <translation>“{role}” non è un ruolo valido.</translation>
    </message>
    <message>
        <source>Zone {number} is missing from the database.</source>
        <translation>La zona {number} manca nel database.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number.</source>
        <translation>“{phone}” non è un numero di telefono.</translation>
    </message>
    <message>
        <source>no municipality</source>
        <translation>nessun comune</translation>
    </message>
    <message>
        <source>{count} more in this sheet</source>
        <translation>altre in questo foglio: {count}</translation>
    </message>
    <message>
        <source>There are several people called {given} {family} ({places}): write the municipality or the e-mail address to say which.</source>
        <translation>Ci sono più persone di nome {given} {family} ({places}): scrivi il comune o l&apos;indirizzo e-mail per indicare quale.</translation>
    </message>
    <message>
        <source>{given} {family}&apos;s mandate as {role} of zone {zone} from {start} is already in row {row}.</source>
        <translation>Il mandato di {given} {family} come {role} della zona {zone} dal {start} è già presente alla riga {row}.</translation>
    </message>
    <message>
        <source>{given} {family}&apos;s mandate as {role} of zone {zone} from {start} is already in the sheet.</source>
        <translation>Il mandato di {given} {family} come {role} della zona {zone} dal {start} è già presente nel foglio.</translation>
    </message>
    <message>
        <source>{message} (See row {row}.)</source>
        <translation>{message} (Vedi la riga {row}.)</translation>
    </message>
    <message>
        <source>{given} {family}&apos;s mandate ended on {end}; an empty end date in the sheet does not reopen it (do that in the roster if it is meant).</source>
        <translation>Il mandato di {given} {family} è terminato il {end}; una data di fine vuota nel foglio non lo riapre (se è questo che vuoi, fallo nell&apos;elenco dei rappresentanti).</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Riga {row}: {message}</translation>
    </message>
    <message>
        <source>{given} {family} was changed after the import.</source>
        <translation>I dati di {given} {family} sono stati modificati dopo l&apos;importazione.</translation>
    </message>
    <message>
        <source>A person was changed after the import.</source>
        <translation>I dati di una persona sono stati modificati dopo l&apos;importazione.</translation>
    </message>
    <message>
        <source>A mandate touched by the import was changed after it.</source>
        <translation>Un mandato interessato dall&apos;importazione è stato modificato in seguito.</translation>
    </message>
    <message>
        <source>This person is no longer in the list.</source>
        <translation>Questa persona non è più nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Someone may have removed them. Reload the list.</source>
        <translation>Forse qualcuno l&apos;ha eliminata. Ricarica l&apos;elenco.</translation>
    </message>
    <message>
        <source>This mandate is no longer in the roster.</source>
        <translation>Questo mandato non è più nell&apos;elenco dei rappresentanti.</translation>
    </message>
    <message>
        <source>Someone may have removed it. Reload the roster.</source>
        <translation>Forse qualcuno l&apos;ha eliminato. Ricarica l&apos;elenco dei rappresentanti.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing.</source>
        <translation>Mentre apportavi le tue modifiche, un&apos;altra persona ha modificato i dati di {what}.</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload and make it again.</source>
        <translation>La tua modifica non è stata salvata. Ricarica i dati e ripetila.</translation>
    </message>
    <message>
        <source>The {what} is missing.</source>
        <translation>Il campo “{what}” è obbligatorio.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>Il campo “{what}” è troppo lungo ({length} caratteri; al massimo {limit}).</translation>
    </message>
    <message>
        <source>Write it as name@example.it, or leave it empty.</source>
        <translation>Scrivilo nella forma nome@esempio.it, oppure lascia il campo vuoto.</translation>
    </message>
    <message>
        <source>Write its digits, such as +39 011 861 2345, or leave it empty.</source>
        <translation>Scrivine le cifre, ad esempio +39 011 861 2345, oppure lascialo vuoto.</translation>
    </message>
    <message>
        <source>{given} {family} of {municipality} is already in the list.</source>
        <translation>{given} {family} di {municipality} è già nell&apos;elenco.</translation>
    </message>
    <message>
        <source>{given} {family} is already in the list.</source>
        <translation>{given} {family} è già nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Open that person instead, or give both an e-mail address to tell them apart.</source>
        <translation>Apri invece la scheda di quella persona, oppure indica per entrambe un indirizzo e-mail per distinguerle.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Change the dates, or first end the other mandate. Nothing was saved.</source>
        <translation>Cambia le date, oppure termina prima l&apos;altro mandato. Non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>errors.sessions</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Questa seduta non esiste più.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Ricarica l&apos;elenco.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Questo punto dell&apos;ordine del giorno non esiste più.</translation>
    </message>
    <message>
        <source>Reload the session.</source>
        <translation>Ricarica la seduta.</translation>
    </message>
    <message>
        <source>The minutes of session {session} were approved on {date} and cannot be changed. Record an erratum instead.</source>
        <translation>Il verbale della seduta {session} è stato approvato il {date} e non può essere modificato. Registra invece un&apos;errata corrige.</translation>
    </message>
    <message>
        <source>The minutes of session {session} were approved and cannot be changed. Record an erratum instead.</source>
        <translation>Il verbale della seduta {session} è stato approvato e non può essere modificato. Registra invece un&apos;errata corrige.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing.</source>
        <translation>Mentre apportavi le tue modifiche, un&apos;altra persona ha modificato {what}.</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload and make it again.</source>
        <translation>La tua modifica non è stata salvata. Ricarica i dati e ripetila.</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>Il campo “{what}” è obbligatorio.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>Il campo “{what}” è troppo lungo ({length} caratteri; al massimo {limit}).</translation>
    </message>
    <message>
        <source>There is no session {session}.</source>
        <translation>La seduta {session} non esiste.</translation>
    </message>
    <message>
        <source>Check the number and year in the register of sessions.</source>
        <translation>Verifica il numero e l&apos;anno nel registro delle sedute.</translation>
    </message>
    <message>
        <source>The {what} cannot be before the start.</source>
        <translation>Il campo “{what}” non può indicare un orario precedente all&apos;inizio.</translation>
    </message>
    <message>
        <source>Documents can be written in Italian (it) or English (en), not “{language}”.</source>
        <translation>I documenti possono essere redatti in italiano (it) o in inglese (en), non in “{language}”.</translation>
    </message>
    <message>
        <source>Zone {zone} voted on item {items} of this session: it cannot be marked as not present.</source>
        <translation>La zona {zone} ha votato sul punto {items} di questa seduta: non può risultare non presente.</translation>
    </message>
    <message>
        <source>Zone {zone} voted on items {items} of this session: it cannot be marked as not present.</source>
        <translation>La zona {zone} ha votato sui punti {items} di questa seduta: non può risultare non presente.</translation>
    </message>
    <message>
        <source>If its representative left before the end, record the time they left. If the vote was recorded by mistake, remove it in the Minutes tab first.</source>
        <translation>Se il suo rappresentante è uscito prima della fine, registra l&apos;ora di uscita. Se il voto è stato registrato per errore, toglilo prima nella scheda Verbale.</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Ora di fine</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>Segretario</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <translation>la seduta {session}</translation>
    </message>
    <message>
        <source>Session {session} cannot move to {year}: its number belongs to its year.</source>
        <translation>La seduta {session} non può essere spostata al {year}: il suo numero vale solo per il suo anno.</translation>
    </message>
    <message>
        <source>Plan a new session in that year instead.</source>
        <translation>Programma invece una nuova seduta in quell&apos;anno.</translation>
    </message>
    <message>
        <source>Session {session} is {status}: only a planned session can be deleted.</source>
        <translation>La seduta {session} è nello stato “{status}”: si può eliminare solo una seduta programmata.</translation>
    </message>
    <message>
        <source>A convened session can first be set back to planned.</source>
        <translation>Una seduta convocata può prima essere riportata allo stato “Programmata”.</translation>
    </message>
    <message>
        <source>Session {session} cannot be deleted: the minutes of session {listed} are recorded as approved there.</source>
        <translation>Non è possibile eliminare la seduta {session}: vi risulta approvato il verbale della seduta {listed}.</translation>
    </message>
    <message>
        <source>Minutes are approved at a later session.</source>
        <translation>Il verbale viene approvato in una seduta successiva.</translation>
    </message>
    <message>
        <source>Use “approve minutes” and name the session that approved them.</source>
        <translation>Usa “Approva verbale” e indica la seduta che lo ha approvato.</translation>
    </message>
    <message>
        <source>Session {session} is on {date}: it cannot be marked held before then.</source>
        <translation>La seduta {session} è fissata per il {date}: non può essere segnata come svolta prima di quel giorno.</translation>
    </message>
    <message>
        <source>If it was held on another day, correct its date first (Edit session).</source>
        <translation>Se si è svolta in un altro giorno, correggi prima la data (Modifica seduta).</translation>
    </message>
    <message>
        <source>There is no proposal {code}.</source>
        <translation>La proposta {code} non esiste.</translation>
    </message>
    <message>
        <source>title of the agenda item</source>
        <translation>Titolo del punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>Relatore</translation>
    </message>
    <message>
        <source>Agenda item {position}</source>
        <translation>il punto {position} dell&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>The agenda has {count} items: choose a place from 1 to {count}.</source>
        <translation>Punti all&apos;ordine del giorno: {count}; scegli una posizione da 1 a {count}.</translation>
    </message>
    <message>
        <source>attachment label</source>
        <translation>Descrizione dell&apos;allegato</translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation>Questo allegato non esiste più.</translation>
    </message>
    <message>
        <source>departure time</source>
        <translation>Ora di uscita</translation>
    </message>
    <message>
        <source>attendee&apos;s name</source>
        <translation>Nome del partecipante</translation>
    </message>
    <message>
        <source>This person is no longer on the roster.</source>
        <translation>Questa persona non è più nell&apos;elenco delle persone.</translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>Per un delegato occorre indicare il nome.</translation>
    </message>
    <message>
        <source>Write the delegate&apos;s name as on the delegation.</source>
        <translation>Scrivi il nome del delegato come riportato nella delega.</translation>
    </message>
    <message>
        <source>Zone {zone} cannot be present without someone sitting for it.</source>
        <translation>La zona {zone} non può risultare presente senza qualcuno che la rappresenti.</translation>
    </message>
    <message>
        <source>Choose who sat for the zone, or write a delegate&apos;s name.</source>
        <translation>Scegli chi ha rappresentato la zona, oppure scrivi il nome di un delegato.</translation>
    </message>
    <message>
        <source>guest&apos;s name</source>
        <translation>Nome dell&apos;ospite</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>Ente di appartenenza</translation>
    </message>
    <message>
        <source>This guest is no longer listed.</source>
        <translation>Questo ospite non è più nell&apos;elenco.</translation>
    </message>
    <message>
        <source>The minutes of session {session} cannot be approved: the session is {status}.</source>
        <translation>Il verbale della seduta {session} non può essere approvato: la seduta è nello stato “{status}”.</translation>
    </message>
    <message>
        <source>Mark the minutes as drafted first.</source>
        <translation>Prima segna il verbale come redatto.</translation>
    </message>
    <message>
        <source>Session {approving} ({approving_date}) is not later than session {session} ({date}).</source>
        <translation>La seduta {approving} ({approving_date}) non è successiva alla seduta {session} ({date}).</translation>
    </message>
    <message>
        <source>Session {approving} is on {approving_date}: it has not taken place yet, so it cannot have approved the minutes.</source>
        <translation>La seduta {approving} è fissata per il {approving_date}: non si è ancora svolta, quindi non può aver approvato il verbale.</translation>
    </message>
    <message>
        <source>Record the approval on the day of that session, or after it.</source>
        <translation>Registra l&apos;approvazione il giorno di quella seduta o dopo.</translation>
    </message>
    <message>
        <source>Session {approving} takes place on {approving_date}: it cannot have approved the minutes on {date}.</source>
        <translation>La seduta {approving} si tiene il {approving_date}: non può aver approvato il verbale il {date}.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Scrivi la correzione.</translation>
    </message>
    <message>
        <source>The minutes of session {session} are not approved yet.</source>
        <translation>Il verbale della seduta {session} non è ancora stato approvato.</translation>
    </message>
    <message>
        <source>Correct the draft itself; errata are for approved minutes.</source>
        <translation>Correggi direttamente la bozza; l&apos;errata corrige serve solo per i verbali approvati.</translation>
    </message>
</context>
<context>
    <name>errors.settings</name>
    <message>
        <source>“{share}” is not a share of the zones.</source>
        <translation>“{share}” non è una quota valida delle zone.</translation>
    </message>
    <message>
        <source>Write it as a fraction such as 1/2 or 2/3.</source>
        <translation>Scrivila come frazione, ad esempio 1/2 o 2/3.</translation>
    </message>
    <message>
        <source>Documents can be written in Italian (it) or English (en), not “{language}”.</source>
        <translation>I documenti possono essere redatti in italiano (it) o in inglese (en), non in “{language}”.</translation>
    </message>
    <message>
        <source>Unknown setting: {names}.</source>
        <translation>Impostazione sconosciuta: {names}.</translation>
    </message>
</context>
<context>
    <name>errors.zones</name>
    <message>
        <source>Zone {number} is missing from the database.</source>
        <translation>La zona {number} manca nel database.</translation>
    </message>
    <message>
        <source>{municipality} already belongs to zone {number} ({zone}).</source>
        <translation>{municipality} appartiene già alla zona {number} ({zone}).</translation>
    </message>
    <message>
        <source>There is no zone {number}: zones are numbered {first} to {last}.</source>
        <translation>La zona {number} non esiste: le zone sono numerate da {first} a {last}.</translation>
    </message>
    <message>
        <source>{municipality} is already listed in row {row}.</source>
        <translation>{municipality} è già presente alla riga {row}.</translation>
    </message>
    <message>
        <source>{municipality} is already listed.</source>
        <translation>{municipality} è già presente nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Write it in the “since” column (Dal) of this row.</source>
        <translation>Scrivila nella colonna “Dal” di questa riga.</translation>
    </message>
    <message>
        <source>A trial import changed nothing, so there is nothing to undo.</source>
        <translation>Un&apos;importazione di prova non ha modificato nulla: non c&apos;è niente da annullare.</translation>
    </message>
    <message>
        <source>The zone of {municipality} was changed again after the import.</source>
        <translation>La zona di {municipality} è stata modificata di nuovo dopo l&apos;importazione.</translation>
    </message>
    <message>
        <source>The import cannot be undone; correct the zones one by one.</source>
        <translation>L&apos;importazione non può essere annullata; correggi le zone una per una.</translation>
    </message>
    <message>
        <source>The municipality is missing.</source>
        <translation>Manca il comune.</translation>
    </message>
    <message>
        <source>There is no municipality with ISTAT code “{code}” in the Metropolitan City of Turin.</source>
        <translation>Nella Città metropolitana di Torino non esiste alcun comune con codice ISTAT “{code}”.</translation>
    </message>
    <message>
        <source>Check the six-digit code, or write the municipality&apos;s name.</source>
        <translation>Verifica il codice di sei cifre, oppure scrivi il nome del comune.</translation>
    </message>
    <message>
        <source>Several municipalities are called “{name}” ({codes}): write the ISTAT code.</source>
        <translation>Più comuni si chiamano “{name}” ({codes}): scrivi il codice ISTAT.</translation>
    </message>
    <message>
        <source>There is no municipality called “{name}” in the Metropolitan City of Turin.</source>
        <translation>Nella Città metropolitana di Torino non esiste alcun comune di nome “{name}”.</translation>
    </message>
    <message>
        <source>Check the spelling, or write the six-digit ISTAT code.</source>
        <translation>Verifica come è scritto il nome, oppure scrivi il codice ISTAT di sei cifre.</translation>
    </message>
    <message>
        <source>{municipality} moves from zone {zone}: say from which date it belongs to the new zone.</source>
        <translation>{municipality} lascia la zona {zone}: indica da quale data appartiene alla nuova zona.</translation>
    </message>
    <message>
        <source>{municipality} belongs to zone {zone} since {date}: the move must come after that date.</source>
        <translation>{municipality} appartiene alla zona {zone} dal {date}: il passaggio deve avvenire dopo quella data.</translation>
    </message>
    <message>
        <source>There is no municipality with ISTAT code “{code}”.</source>
        <translation>Non esiste alcun comune con codice ISTAT “{code}”.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>In person</source>
        <translation>In presenza</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>A distanza</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Mista</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programmata</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Convocata</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Verbale redatto</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Verbale approvato</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentata</translation>
    </message>
    <message>
        <source>Admitted to the agenda</source>
        <translation>Ammessa all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Under discussion</source>
        <translation>In discussione</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Rinviata</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>In attuazione</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Attuata</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>minutes</name>
    <message>
        <source>Not voting</source>
        <translation>Non vota</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>Favorevole</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contrario</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Astenuto</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Spokesperson</source>
        <translation>Portavoce</translation>
    </message>
    <message>
        <source>Deputy (vicar)</source>
        <translation>Vice portavoce vicario</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vice portavoce</translation>
    </message>
</context>
<context>
    <name>transitions</name>
    <message>
        <source>Submit…</source>
        <translation>Presenta…</translation>
    </message>
    <message>
        <source>Admit to the agenda…</source>
        <translation>Ammetti all&apos;ordine del giorno…</translation>
    </message>
    <message>
        <source>Start discussion…</source>
        <translation>Avvia la discussione…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approva…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Respingi…</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Rinvia…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Ritira…</translation>
    </message>
    <message>
        <source>Start implementation…</source>
        <translation>Avvia l&apos;attuazione…</translation>
    </message>
    <message>
        <source>Mark implemented…</source>
        <translation>Segna come attuata…</translation>
    </message>
    <message>
        <source>Submit proposal {code}</source>
        <translation>Presenta la proposta {code}</translation>
    </message>
    <message>
        <source>Admit proposal {code} to the agenda</source>
        <translation>Ammetti la proposta {code} all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Start the discussion of proposal {code}</source>
        <translation>Avvia la discussione della proposta {code}</translation>
    </message>
    <message>
        <source>Approve proposal {code}</source>
        <translation>Approva la proposta {code}</translation>
    </message>
    <message>
        <source>Reject proposal {code}</source>
        <translation>Respingi la proposta {code}</translation>
    </message>
    <message>
        <source>Defer proposal {code}</source>
        <translation>Rinvia la proposta {code}</translation>
    </message>
    <message>
        <source>Withdraw proposal {code}</source>
        <translation>Ritira la proposta {code}</translation>
    </message>
    <message>
        <source>Start implementing proposal {code}</source>
        <translation>Avvia l&apos;attuazione della proposta {code}</translation>
    </message>
    <message>
        <source>Mark proposal {code} as implemented</source>
        <translation>Segna la proposta {code} come attuata</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add {name}</source>
        <translation>Aggiungi {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <source>Add mandate of {name}</source>
        <translation>Aggiungi mandato di {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Elimina {name}</translation>
    </message>
    <message>
        <source>Delete mandate of {name}</source>
        <translation>Elimina mandato di {name}</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importa elenco rappresentanti</translation>
    </message>
    <message>
        <source>Import zone list</source>
        <translation>Importa elenco comuni per zona</translation>
    </message>
</context>
</TS>
