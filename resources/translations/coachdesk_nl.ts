<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About CoachDesk</source>
      <translation>Over CoachDesk</translation>
    </message>
    <message>
      <source>CoachDesk {version}</source>
      <translation>CoachDesk {version}</translation>
    </message>
    <message>
      <source>CoachDesk logo</source>
      <translation>Logo van CoachDesk</translation>
    </message>
    <message>
      <source>The desktop workplace for professional coaches.</source>
      <translation>De werkplek op je computer voor professionele coaches.</translation>
    </message>
    <message>
      <source>Your data folder:</source>
      <translation>Je gegevensmap:</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Gegevensmap</translation>
    </message>
    <message>
      <source>&amp;Open data folder</source>
      <translation>Gegevensmap &amp;openen</translation>
    </message>
    <message>
      <source>Built with Qt {qt} and PySide6 {pyside} (GNU LGPL version 3), Python {python}, and the Noto fonts ({fonts}; SIL Open Font License 1.1).</source>
      <translation>Gemaakt met Qt {qt} en PySide6 {pyside} (GNU LGPL versie 3), Python {python} en de Noto-lettertypen ({fonts}; SIL Open Font License 1.1).</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Pakket</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licentie</translation>
    </message>
    <message>
      <source>Python packages and their licences</source>
      <translation>Python-pakketten en hun licenties</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <source>&amp;Python packages CoachDesk runs on:</source>
      <translation>&amp;Python-pakketten waarop CoachDesk draait:</translation>
    </message>
    <message>
      <source>The licence text is missing from this installation.</source>
      <translation>De licentietekst ontbreekt in deze installatie.</translation>
    </message>
    <message>
      <source>&amp;Licence of the Noto fonts:</source>
      <translation>&amp;Licentie van de Noto-lettertypen:</translation>
    </message>
  </context>
  <context>
    <name>AccessExportDialog</name>
    <message>
      <source>Export personal data</source>
      <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
      <source>A ZIP file with everything held about %1: the data as JSON, the summary of each trajectory as PDF, and a short readme.</source>
      <translation>Een ZIP-bestand met alles wat over %1 is vastgelegd: de gegevens als JSON, de samenvatting van elk traject als PDF en een korte leesmij.</translation>
    </message>
    <message>
      <source>Language of the readme and PDFs</source>
      <translation>Taal van de leesmij en de PDF's</translation>
    </message>
    <message>
      <source>Include my private notes on the sessions</source>
      <translation>Mijn privé-aantekeningen bij de sessies meenemen</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Bestand kiezen…</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>New coachee…</source>
      <translation>Nieuwe coachee…</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Bewerken</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archiveren</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <source>New trajectory…</source>
      <translation>Nieuw traject…</translation>
    </message>
    <message>
      <source>Edit trajectory…</source>
      <translation>Traject bewerken…</translation>
    </message>
    <message>
      <source>Delete trajectory…</source>
      <translation>Traject verwijderen…</translation>
    </message>
    <message>
      <source>New sponsor…</source>
      <translation>Nieuwe opdrachtgever…</translation>
    </message>
    <message>
      <source>Edit sponsor of this trajectory…</source>
      <translation>Opdrachtgever van dit traject bewerken…</translation>
    </message>
    <message>
      <source>Delete sponsor of this trajectory…</source>
      <translation>Opdrachtgever van dit traject verwijderen…</translation>
    </message>
    <message>
      <source>Find coachee</source>
      <translation>Coachee zoeken</translation>
    </message>
    <message>
      <source>Go to…</source>
      <translation>Ga naar…</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>Load demo data…</source>
      <translation>Demogegevens laden…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Instellingen…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <source>Archive: hide from the active list, keep everything (the usual way)</source>
      <translation>Archiveren: uit de lijst met actieve coachees, alles blijft bewaard (de gewone weg)</translation>
    </message>
    <message>
      <source>Delete the coachee and everything about them (Ctrl+Z undoes it)</source>
      <translation>De coachee en alles over hem of haar verwijderen (Ctrl+Z maakt het ongedaan)</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>Edit agreement</source>
      <translation>Afspraak bewerken</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
  </context>
  <context>
    <name>AgreementRows</name>
    <message>
      <source>No open agreements.</source>
      <translation>Geen openstaande afspraken.</translation>
    </message>
    <message numerus="yes">
      <source>Closed agreements (%n)</source>
      <translation>
        <numerusform>Afgesloten afspraak (%n)</numerusform>
        <numerusform>Afgesloten afspraken (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Open again: {text}</source>
      <translation>Weer openzetten: {text}</translation>
    </message>
    <message>
      <source>Done: {text}</source>
      <translation>Afgerond: {text}</translation>
    </message>
    <message>
      <source>not done, closed {date}</source>
      <translation>niet afgerond, gesloten {date}</translation>
    </message>
    <message>
      <source>done {date}</source>
      <translation>afgerond {date}</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>uiterlijk {date}</translation>
    </message>
    <message>
      <source>no due date</source>
      <translation>geen datum</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>te laat</translation>
    </message>
    <message>
      <source>Edit agreement</source>
      <translation>Afspraak bewerken</translation>
    </message>
    <message>
      <source>Edit agreement: {text}</source>
      <translation>Afspraak bewerken: {text}</translation>
    </message>
  </context>
  <context>
    <name>AgreementsBox</name>
    <message>
      <source>Agreements made in this session</source>
      <translation>Afspraken in deze sessie</translation>
    </message>
    <message>
      <source>New agreement, e.g. “Talk to the team leader about priorities”</source>
      <translation>Nieuwe afspraak, bijv. “Met de teamleider prioriteiten bespreken”</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>Nieuwe afspraak</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>due</source>
      <translation>uiterlijk</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Uiterlijk op</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>uiterlijk %1</translation>
    </message>
    <message>
      <source>Remove this agreement</source>
      <translation>Deze afspraak verwijderen</translation>
    </message>
    <message>
      <source>Remove agreement: {text}</source>
      <translation>Afspraak verwijderen: {text}</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>PDF for the coachee</source>
      <translation>PDF voor de coachee</translation>
    </message>
    <message>
      <source>Progress report for the sponsor</source>
      <translation>Voortgangsrapportage voor de opdrachtgever</translation>
    </message>
    <message>
      <source>Hours statement</source>
      <translation>Urenspecificatie</translation>
    </message>
    <message>
      <source>Access export (ZIP)</source>
      <translation>Inzage-export (ZIP)</translation>
    </message>
    <message>
      <source>Whole practice exported</source>
      <translation>Hele praktijk geëxporteerd</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Erased</source>
      <translation>Gewist</translation>
    </message>
    <message>
      <source>Anonymised</source>
      <translation>Geanonimiseerd</translation>
    </message>
    <message>
      <source>Delete undone</source>
      <translation>Verwijderen ongedaan gemaakt</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Back-up teruggezet</translation>
    </message>
    <message>
      <source>Erasures applied again</source>
      <translation>Wissingen opnieuw toegepast</translation>
    </message>
    <message>
      <source>Consent changed</source>
      <translation>Toestemming gewijzigd</translation>
    </message>
    <message>
      <source>Encryption changed</source>
      <translation>Versleuteling gewijzigd</translation>
    </message>
    <message>
      <source>Retention periods changed</source>
      <translation>Bewaartermijnen gewijzigd</translation>
    </message>
    <message>
      <source>pages</source>
      <translation>pagina's</translation>
    </message>
    <message>
      <source>sessions</source>
      <translation>sessies</translation>
    </message>
    <message>
      <source>coachees</source>
      <translation>coachees</translation>
    </message>
    <message>
      <source>by name</source>
      <translation>op naam</translation>
    </message>
    <message>
      <source>records</source>
      <translation>gegevens</translation>
    </message>
    <message>
      <source>recorded</source>
      <translation>vastgelegd</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>gewijzigd</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>ingetrokken</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>verwijderd</translation>
    </message>
    <message>
      <source>trajectories</source>
      <translation>trajecten</translation>
    </message>
    <message>
      <source>agreements</source>
      <translation>afspraken</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>doelen</translation>
    </message>
    <message>
      <source>profiles</source>
      <translation>profielen</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <source>Audit trail</source>
      <translation>Logboek</translation>
    </message>
    <message>
      <source>Exports, erasures, anonymisations, restores, imports and changes of consent and encryption. Only what was done, when, and to which records (by their code): never names or note text.</source>
      <translation>Exports, wissingen, anonimiseringen, teruggezette back-ups, imports en wijzigingen van toestemming en versleuteling. Alleen wat er gebeurde, wanneer, en met welke gegevens (met hun code): nooit namen of notities.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Gegevens</translation>
    </message>
    <message>
      <source>Counts</source>
      <translation>Aantallen</translation>
    </message>
    <message>
      <source>Columns of the audit trail</source>
      <translation>Kolommen van het logboek</translation>
    </message>
    <message>
      <source>read with each row</source>
      <translation>voorgelezen bij elke rij</translation>
    </message>
    <message>
      <source>Export as CSV…</source>
      <translation>Exporteren als CSV…</translation>
    </message>
    <message>
      <source>Export the audit trail</source>
      <translation>Logboek exporteren</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <source>When (UTC)</source>
      <translation>Wanneer (UTC)</translation>
    </message>
    <message>
      <source>Records (uids)</source>
      <translation>Gegevens (uids)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Opgeslagen</translation>
    </message>
  </context>
  <context>
    <name>BackupFolder</name>
    <message>
      <source>Choose…</source>
      <translation>Kiezen…</translation>
    </message>
    <message>
      <source>Set by your organisation.</source>
      <translation>Ingesteld door je organisatie.</translation>
    </message>
    <message>
      <source>Empty: the backups folder in the data folder. A second disk or a USB stick keeps a copy when this computer is lost.</source>
      <translation>Leeg: de map backups in de gegevensmap. Een tweede schijf of USB-stick houdt een kopie als deze computer zoekraakt.</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Back-upmap</translation>
    </message>
    <message>
      <source>Choose the backup folder</source>
      <translation>Kies de back-upmap</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>No backup yet</source>
      <translation>Nog geen back-up</translation>
    </message>
    <message>
      <source>Last backup: {when}</source>
      <translation>Laatste back-up: {when}</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>Laatste back-up</translation>
    </message>
    <message>
      <source>Restore backup…</source>
      <translation>Back-up terugzetten…</translation>
    </message>
    <message>
      <source>No backup made: {problem}</source>
      <translation>Geen back-up gemaakt: {problem}</translation>
    </message>
  </context>
  <context>
    <name>CloseTrajectoryDialog</name>
    <message>
      <source>Close trajectory — {title}</source>
      <translation>Traject afsluiten — {title}</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Ended early</source>
      <translation>Eerder gestopt</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Geannuleerd</translation>
    </message>
    <message>
      <source>Why it ended early (needed for “Ended early”)</source>
      <translation>Waarom het eerder stopte (nodig bij “Eerder gestopt”)</translation>
    </message>
    <message>
      <source>What changed, what worked</source>
      <translation>Wat er veranderde, wat werkte</translation>
    </message>
    <message>
      <source>The coachee's own words (optional)</source>
      <translation>De woorden van de coachee zelf (mag leeg)</translation>
    </message>
    <message>
      <source>The sponsor's view (optional)</source>
      <translation>De blik van de opdrachtgever (mag leeg)</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Afloop</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Einddatum</translation>
    </message>
    <message>
      <source>Your evaluation</source>
      <translation>Jouw evaluatie</translation>
    </message>
    <message>
      <source>Coachee</source>
      <translation>Coachee</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Opdrachtgever</translation>
    </message>
    <message>
      <source>Agreements still open</source>
      <translation>Afspraken die nog open staan</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Niet afgerond</translation>
    </message>
    <message>
      <source>Carry over (stays open)</source>
      <translation>Meenemen (blijft open)</translation>
    </message>
    <message>
      <source>What happens to: {text}</source>
      <translation>Wat gebeurt er met: {text}</translation>
    </message>
    <message>
      <source>A last rating per goal (optional)</source>
      <translation>Een laatste score per doel (mag leeg)</translation>
    </message>
    <message>
      <source>Last rating of {goal}</source>
      <translation>Laatste score van {goal}</translation>
    </message>
    <message>
      <source>Close trajectory</source>
      <translation>Traject afsluiten</translation>
    </message>
  </context>
  <context>
    <name>CoachNameBox</name>
    <message>
      <source>Your name on the PDF</source>
      <translation>Je naam op de PDF</translation>
    </message>
    <message>
      <source>Your name (coach)</source>
      <translation>Je naam (coach)</translation>
    </message>
    <message>
      <source>Practice name</source>
      <translation>Naam van de praktijk</translation>
    </message>
    <message>
      <source>On the cover, in the footer and by the signature. Stored in Settings, so this is asked once.</source>
      <translation>Op het voorblad, in de voettekst en bij de handtekening. Wordt bewaard in Instellingen, dus dit wordt één keer gevraagd.</translation>
    </message>
  </context>
  <context>
    <name>CoacheeDialog</name>
    <message>
      <source>Edit coachee</source>
      <translation>Coachee bewerken</translation>
    </message>
    <message>
      <source>New coachee</source>
      <translation>Nieuwe coachee</translation>
    </message>
    <message>
      <source>First and last name</source>
      <translation>Voor- en achternaam</translation>
    </message>
    <message>
      <source>e.g. Gemeente Utrecht</source>
      <translation>bijv. Gemeente Utrecht</translation>
    </message>
    <message>
      <source>comma separated, e.g. leadership, workload</source>
      <translation>gescheiden door komma's, bijv. leiderschap, werkdruk</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Functie</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
  </context>
  <context>
    <name>CoacheeListPanel</name>
    <message>
      <source>Find by name, organisation or tag (Ctrl+F)</source>
      <translation>Zoek op naam, organisatie of label (Ctrl+F)</translation>
    </message>
    <message>
      <source>Find coachee</source>
      <translation>Coachee zoeken</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Gearchiveerd</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>Show coachees with this status</source>
      <translation>Toon coachees met deze status</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Statusfilter</translation>
    </message>
    <message>
      <source>Coachees</source>
      <translation>Coachees</translation>
    </message>
    <message>
      <source>Columns of the coachee list</source>
      <translation>Kolommen van de coacheelijst</translation>
    </message>
    <message>
      <source>Coachee &gt; Sort list</source>
      <translation>Coachee &gt; Lijst sorteren</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n coachee(s)</source>
      <translation>
        <numerusform>{shown} van %n coachee</numerusform>
        <numerusform>{shown} van %n coachees</numerusform>
      </translation>
    </message>
    <message>
      <source>By &amp;name</source>
      <translation>Op &amp;naam</translation>
    </message>
    <message>
      <source>By &amp;organisation</source>
      <translation>Op &amp;organisatie</translation>
    </message>
    <message>
      <source>By &amp;last session</source>
      <translation>Op &amp;laatste sessie</translation>
    </message>
    <message>
      <source>&amp;Reverse order</source>
      <translation>&amp;Omgekeerde volgorde</translation>
    </message>
  </context>
  <context>
    <name>CoacheePage</name>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Functie</translation>
    </message>
    <message>
      <source>Sponsors</source>
      <translation>Opdrachtgevers</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Trajectories</source>
      <translation>Trajecten</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Bewerken</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>This coachee has no trajectory yet.</source>
      <translation>Deze coachee heeft nog geen traject.</translation>
    </message>
  </context>
  <context>
    <name>CoacheeTableModel</name>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Last session</source>
      <translation>Laatste sessie</translation>
    </message>
  </context>
  <context>
    <name>Consent</name>
    <message>
      <source>Consent of the coachee (needed for health data)</source>
      <translation>Toestemming van de coachee (nodig bij gezondheidsgegevens)</translation>
    </message>
    <message>
      <source>Contract with the coachee</source>
      <translation>Overeenkomst met de coachee</translation>
    </message>
    <message>
      <source>Legitimate interest</source>
      <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
      <source>Legal obligation</source>
      <translation>Wettelijke plicht</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>Niets</translation>
    </message>
    <message>
      <source>Attendance and hours</source>
      <translation>Aanwezigheid en uren</translation>
    </message>
    <message>
      <source>Attendance, hours and progress on goals</source>
      <translation>Aanwezigheid, uren en voortgang op doelen</translation>
    </message>
    <message>
      <source>All that, and a summary the coachee has read</source>
      <translation>Dat alles, en een samenvatting die de coachee heeft gelezen</translation>
    </message>
  </context>
  <context>
    <name>ConsentCard</name>
    <message>
      <source>Consent and sharing</source>
      <translation>Toestemming en delen</translation>
    </message>
    <message>
      <source>Record consent…</source>
      <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Wijzigen…</translation>
    </message>
    <message>
      <source>No consent is on record yet. Record what the coachee agreed to, and what their sponsor may see; until then, reports for the sponsor share nothing.</source>
      <translation>Er is nog geen toestemming vastgelegd. Leg vast waarmee de coachee heeft ingestemd en wat de opdrachtgever mag zien; tot dan delen rapportages voor de opdrachtgever niets.</translation>
    </message>
    <message>
      <source>Agreed on {date} (privacy statement {version}).</source>
      <translation>Ingestemd op {date} (privacyverklaring {version}).</translation>
    </message>
    <message>
      <source>Withdrawn on {date}: the sponsor sees nothing.</source>
      <translation>Ingetrokken op {date}: de opdrachtgever ziet niets.</translation>
    </message>
    <message>
      <source>The sponsor may see: {what}.</source>
      <translation>De opdrachtgever mag zien: {what}.</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>Consent and sharing</source>
      <translation>Toestemming en delen</translation>
    </message>
    <message>
      <source>Change consent</source>
      <translation>Toestemming wijzigen</translation>
    </message>
    <message>
      <source>What the coachee agreed to, on what basis, and what their sponsor may see. Every report for the sponsor follows this and says what it holds back. Session notes are never shared.</source>
      <translation>Waarmee de coachee heeft ingestemd, op welke grondslag, en wat de opdrachtgever mag zien. Elke rapportage voor de opdrachtgever volgt dit en zegt wat ze achterhoudt. Sessieverslagen worden nooit gedeeld.</translation>
    </message>
    <message>
      <source>e.g. 2026-1</source>
      <translation>bijv. 2026-1</translation>
    </message>
    <message>
      <source>Date of consent</source>
      <translation>Datum van toestemming</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Grondslag</translation>
    </message>
    <message>
      <source>Privacy statement version</source>
      <translation>Versie privacyverklaring</translation>
    </message>
    <message>
      <source>The sponsor may see</source>
      <translation>De opdrachtgever mag zien</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <translation>Ingetrokken op</translation>
    </message>
  </context>
  <context>
    <name>DeleteCommand</name>
    <message>
      <source>Delete {name}</source>
      <translation>Verwijderen van {name}</translation>
    </message>
  </context>
  <context>
    <name>DetailsCard</name>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>Op locatie</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>Telefonisch</translation>
    </message>
    <message>
      <source>e.g. town hall, room 2.14</source>
      <translation>bijv. stadhuis, kamer 2.14</translation>
    </message>
    <message>
      <source>Paid (untick for pro bono)</source>
      <translation>Betaald (uitvinken voor pro bono)</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum en tijd</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Duur</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Vorm</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
  </context>
  <context>
    <name>DueDialog</name>
    <message>
      <source>Due for deletion</source>
      <translation>Te verwijderen</translation>
    </message>
    <message>
      <source>Coachees whose work ended longer ago than the retention period. After the period for notes and profiles, anonymise (the hours stay); after the period for the administration, erase.</source>
      <translation>Coachees van wie het traject langer geleden eindigde dan de bewaartermijn. Na de termijn voor notities en profielen: anonimiseren (de uren blijven); na de termijn voor de administratie: wissen.</translation>
    </message>
    <message>
      <source> years after the work ended</source>
      <translation> jaar na het einde van het traject</translation>
    </message>
    <message>
      <source>Notes and profiles</source>
      <translation>Notities en profielen</translation>
    </message>
    <message>
      <source>Administration (dates, hours)</source>
      <translation>Administratie (datums, uren)</translation>
    </message>
    <message>
      <source>Save periods</source>
      <translation>Termijnen opslaan</translation>
    </message>
    <message>
      <source>Coachee</source>
      <translation>Coachee</translation>
    </message>
    <message>
      <source>Work ended</source>
      <translation>Traject geëindigd</translation>
    </message>
    <message>
      <source>Period over since</source>
      <translation>Termijn verstreken sinds</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Voorstel</translation>
    </message>
    <message>
      <source>Columns of the list</source>
      <translation>Kolommen van de lijst</translation>
    </message>
    <message>
      <source>read with each row</source>
      <translation>voorgelezen bij elke rij</translation>
    </message>
    <message>
      <source>Nothing is due for deletion.</source>
      <translation>Er hoeft niets verwijderd te worden.</translation>
    </message>
    <message>
      <source>Anonymise selected…</source>
      <translation>Selectie anonimiseren…</translation>
    </message>
    <message>
      <source>Erase selected…</source>
      <translation>Selectie wissen…</translation>
    </message>
    <message>
      <source>Do what is suggested for all…</source>
      <translation>Voorstel uitvoeren voor iedereen…</translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonimiseren</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Wissen</translation>
    </message>
    <message>
      <source>Erasing and anonymising…</source>
      <translation>Bezig met wissen en anonimiseren…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stoppen</translation>
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <source>Added {name}</source>
      <translation>{name} toegevoegd</translation>
    </message>
    <message>
      <source>{name} is active again</source>
      <translation>{name} is weer actief</translation>
    </message>
    <message>
      <source>{name} is archived (find them under the status filter “Archived”)</source>
      <translation>{name} is gearchiveerd (terug te vinden onder het statusfilter “Gearchiveerd”)</translation>
    </message>
    <message>
      <source>Delete {name} and everything about them (trajectories, sessions, notes, goals, profiles)?

Archiving keeps everything and hides the coachee instead. You can undo a delete with Ctrl+Z until you close CoachDesk.</source>
      <translation>{name} en alles over deze coachee verwijderen (trajecten, sessies, notities, doelen, profielen)?

Archiveren bewaart alles en verbergt de coachee alleen. Verwijderen kun je met Ctrl+Z ongedaan maken tot je CoachDesk sluit.</translation>
    </message>
    <message>
      <source>Delete coachee</source>
      <translation>Coachee verwijderen</translation>
    </message>
    <message>
      <source>Delete the trajectory “{title}” with its sessions, agreements and goals?

You can undo this with Ctrl+Z until you close CoachDesk.</source>
      <translation>Het traject “{title}” met zijn sessies, afspraken en doelen verwijderen?

Je kunt dit met Ctrl+Z ongedaan maken tot je CoachDesk sluit.</translation>
    </message>
    <message>
      <source>Delete trajectory</source>
      <translation>Traject verwijderen</translation>
    </message>
    <message>
      <source>Added sponsor {name}</source>
      <translation>Opdrachtgever {name} toegevoegd</translation>
    </message>
    <message>
      <source>This trajectory has no sponsor.</source>
      <translation>Dit traject heeft geen opdrachtgever.</translation>
    </message>
    <message>
      <source>Delete the sponsor “{name}”? Its trajectories stay, without a sponsor.

You can undo this with Ctrl+Z until you close CoachDesk.</source>
      <translation>De opdrachtgever “{name}” verwijderen? De trajecten blijven, zonder opdrachtgever.

Je kunt dit met Ctrl+Z ongedaan maken tot je CoachDesk sluit.</translation>
    </message>
    <message>
      <source>Delete sponsor</source>
      <translation>Opdrachtgever verwijderen</translation>
    </message>
    <message>
      <source>Restored {name}</source>
      <translation>{name} is teruggezet</translation>
    </message>
    <message>
      <source>Deleted {name} — Ctrl+Z undoes it</source>
      <translation>{name} verwijderd — Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
      <source>Making demo coachees…</source>
      <translation>Democoachees maken…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>Demogegevens</translation>
    </message>
    <message>
      <source>CoachDesk</source>
      <translation>CoachDesk</translation>
    </message>
    <message>
      <source>This practice already has {count} coachees. Add {demo} made-up demo coachees to them? They can only be removed one by one.</source>
      <translation>Deze praktijk heeft al {count} coachees. Er {demo} verzonnen democoachees bij zetten? Die kun je alleen één voor één weer verwijderen.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
  </context>
  <context>
    <name>ElidedLabel</name>
    <message>
      <source>Copy</source>
      <translation>Kopiëren</translation>
    </message>
  </context>
  <context>
    <name>Encryption</name>
    <message>
      <source>Recovery key</source>
      <translation>Herstelsleutel</translation>
    </message>
    <message>
      <source>Protect your notes</source>
      <translation>Bescherm je verslagen</translation>
    </message>
    <message>
      <source>Your notes are about real people. With a passphrase, CoachDesk stores them (and every backup) encrypted, so a lost or stolen laptop reveals nothing. You can also do this later in Settings.</source>
      <translation>Je verslagen gaan over echte mensen. Met een wachtwoord bewaart CoachDesk ze (en elke back-up) versleuteld, zodat een verloren of gestolen laptop niets prijsgeeft. Je kunt dit ook later doen bij Instellingen.</translation>
    </message>
    <message>
      <source>Your organisation requires the notes to be stored encrypted. Choose a passphrase now; until then CoachDesk asks at every start.</source>
      <translation>Je organisatie vraagt dat de verslagen versleuteld worden bewaard. Kies nu een wachtwoord; tot die tijd vraagt CoachDesk het bij elke start.</translation>
    </message>
    <message>
      <source>Encrypt now…</source>
      <translation>Nu versleutelen…</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Niet nu</translation>
    </message>
    <message>
      <source>Locking needs a passphrase: turn on encryption in Settings.</source>
      <translation>Vergrendelen kan alleen met een wachtwoord: zet versleuteling aan bij Instellingen.</translation>
    </message>
    <message>
      <source>Rewriting the notes and backups…</source>
      <translation>Verslagen en back-ups worden herschreven…</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Versleuteling</translation>
    </message>
    <message>
      <source>A backup is being made right now. Nothing was changed; try again in a moment.</source>
      <translation>Er wordt nu een back-up gemaakt. Er is niets veranderd; probeer het zo nog eens.</translation>
    </message>
    <message>
      <source>A session note could not be saved yet, so nothing was changed. Try again once it is saved (its window says why).</source>
      <translation>Een sessieverslag kon nog niet worden opgeslagen, dus er is niets veranderd. Probeer het opnieuw zodra het is opgeslagen (het venster ervan zegt waarom).</translation>
    </message>
    <message>
      <source>Store the notes and every backup unencrypted again? Anyone with this computer's disk can then read them.</source>
      <translation>Verslagen en alle back-ups weer onversleuteld bewaren? Iedereen met de schijf van deze computer kan ze dan lezen.</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
      <source>The passphrase was changed. The recovery key stays valid.</source>
      <translation>Het wachtwoord is gewijzigd. De herstelsleutel blijft geldig.</translation>
    </message>
    <message>
      <source>Encrypt the notes…</source>
      <translation>Verslagen versleutelen…</translation>
    </message>
    <message>
      <source>Stop encrypting…</source>
      <translation>Versleuteling uitzetten…</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
      <source>Lock the window after</source>
      <translation>Venster vergrendelen na</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nooit</translation>
    </message>
    <message>
      <source>Lock the window after (minutes without use)</source>
      <translation>Venster vergrendelen na (minuten zonder gebruik)</translation>
    </message>
    <message>
      <source>without use (Ctrl+L locks at once)</source>
      <translation>zonder gebruik (Ctrl+L vergrendelt meteen)</translation>
    </message>
    <message>
      <source>The notes and every backup are encrypted with your passphrase.</source>
      <translation>De verslagen en alle back-ups zijn versleuteld met je wachtwoord.</translation>
    </message>
    <message>
      <source>The notes are not encrypted: anyone with this computer's disk can read them.</source>
      <translation>De verslagen zijn niet versleuteld: iedereen met de schijf van deze computer kan ze lezen.</translation>
    </message>
  </context>
  <context>
    <name>ExportPdfDialog</name>
    <message>
      <source>Export PDF summary</source>
      <translation>PDF-samenvatting exporteren</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>The coachee: full summary</source>
      <translation>De coachee: volledig verslag</translation>
    </message>
    <message>
      <source>The sponsor: progress report</source>
      <translation>De opdrachtgever: voortgangsrapportage</translation>
    </message>
    <message>
      <source>Only what the coachee agreed to share: attendance and hours, goals and their progress. Never session notes.</source>
      <translation>Alleen wat de coachee wil delen: aanwezigheid en uren, doelen en hun voortgang. Nooit verslagen van sessies.</translation>
    </message>
    <message>
      <source>PDF for</source>
      <translation>PDF voor</translation>
    </message>
    <message>
      <source>Language of the PDF</source>
      <translation>Taal van de PDF</translation>
    </message>
    <message>
      <source>Update preview</source>
      <translation>Voorbeeld bijwerken</translation>
    </message>
    <message>
      <source>Save as...</source>
      <translation>Opslaan als...</translation>
    </message>
    <message>
      <source>Cover page</source>
      <translation>Voorblad</translation>
    </message>
    <message>
      <source>Intake question and sponsor agreements</source>
      <translation>Hulpvraag en afspraken met de opdrachtgever</translation>
    </message>
    <message>
      <source>Development goals with progress</source>
      <translation>Ontwikkeldoelen met voortgang</translation>
    </message>
    <message>
      <source>Scaling questions and rating comments</source>
      <translation>Schaalvragen en toelichting bij scores</translation>
    </message>
    <message>
      <source>Style-preference profiles</source>
      <translation>Voorkeursprofielen</translation>
    </message>
    <message>
      <source>Session overview with shared notes</source>
      <translation>Sessieoverzicht met gedeelde verslagen</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Afspraken</translation>
    </message>
    <message>
      <source>Closing evaluation</source>
      <translation>Eindevaluatie</translation>
    </message>
    <message>
      <source>Space for signatures</source>
      <translation>Ruimte voor handtekeningen</translation>
    </message>
    <message>
      <source>The choices changed: show the preview again.</source>
      <translation>De keuzes zijn veranderd: toon het voorbeeld opnieuw.</translation>
    </message>
    <message>
      <source>Making the PDF...</source>
      <translation>De PDF wordt gemaakt...</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>The PDF could not be made: %1</source>
      <translation>De PDF kon niet worden gemaakt: %1</translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n pagina</numerusform>
        <numerusform>%n pagina's</numerusform>
      </translation>
    </message>
    <message>
      <source>Not in the font, so printed by their name: %1</source>
      <translation>Niet in het lettertype, daarom bij naam gedrukt: %1</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>PDF opslaan</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Opgeslagen: %1</translation>
    </message>
    <message>
      <source>Not noted in the audit trail: %1</source>
      <translation>Niet vastgelegd in het logboek: %1</translation>
    </message>
  </context>
  <context>
    <name>Features</name>
    <message>
      <source>New session…</source>
      <translation>Nieuwe sessie…</translation>
    </message>
    <message>
      <source>Goals and ratings…</source>
      <translation>Doelen en scores…</translation>
    </message>
    <message>
      <source>Style profiles…</source>
      <translation>Voorkeursprofielen…</translation>
    </message>
    <message>
      <source>Export PDF summary…</source>
      <translation>PDF-samenvatting exporteren…</translation>
    </message>
    <message>
      <source>Search everything…</source>
      <translation>Alles doorzoeken…</translation>
    </message>
    <message>
      <source>{name} — session of {when}</source>
      <translation>{name} — sessie van {when}</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
      <source>This session could not be saved yet ({problem}). The window stays open so nothing is lost; CoachDesk tries again in a few seconds.</source>
      <translation>Deze sessie kon nog niet worden opgeslagen ({problem}). Het venster blijft open, zodat er niets verloren gaat; CoachDesk probeert het over een paar seconden opnieuw.</translation>
    </message>
    <message>
      <source>Goals — {title}</source>
      <translation>Doelen — {title}</translation>
    </message>
    <message>
      <source>Style profiles — {name}</source>
      <translation>Voorkeursprofielen — {name}</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Opgeslagen: {path}</translation>
    </message>
  </context>
  <context>
    <name>GoalsView</name>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>New goal…</source>
      <translation>Nieuw doel…</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Nieuw doel</translation>
    </message>
    <message>
      <source>Add goal</source>
      <translation>Doel toevoegen</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <source>Goal title</source>
      <translation>Titel van het doel</translation>
    </message>
    <message>
      <source>How will you notice it?</source>
      <translation>Waaraan merk je het?</translation>
    </message>
    <message>
      <source>Save goal</source>
      <translation>Doel opslaan</translation>
    </message>
    <message>
      <source>Delete goal…</source>
      <translation>Doel verwijderen…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Bereikt</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Losgelaten</translation>
    </message>
    <message>
      <source>What made the difference? (optional)</source>
      <translation>Wat maakte het verschil? (optioneel)</translation>
    </message>
    <message>
      <source>Add rating</source>
      <translation>Score toevoegen</translation>
    </message>
    <message>
      <source>New rating (0–10)</source>
      <translation>Nieuwe score (0–10)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Sessie</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>Ratings of this goal</source>
      <translation>Scores van dit doel</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <source>Delete rating</source>
      <translation>Score verwijderen</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>— not from a session —</source>
      <translation>— niet uit een sessie —</translation>
    </message>
    <message>
      <source>No goals yet: add the first one on the left.</source>
      <translation>Nog geen doelen: voeg links het eerste toe.</translation>
    </message>
    <message>
      <source>Delete goal</source>
      <translation>Doel verwijderen</translation>
    </message>
    <message>
      <source>Delete the goal “%1” and all its ratings?</source>
      <translation>Het doel “%1” en al zijn scores verwijderen?</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
      <source>Open &amp;data folder</source>
      <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
      <source>&amp;About CoachDesk</source>
      <translation>&amp;Over CoachDesk</translation>
    </message>
    <message>
      <source>The data folder could not be opened: {path}</source>
      <translation>De gegevensmap kon niet worden geopend: {path}</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Nothing needs you right now.</source>
      <translation>Er wacht nu niets op je.</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>Later this week</source>
      <translation>Later deze week</translation>
    </message>
    <message>
      <source>Sessions to confirm</source>
      <translation>Sessies om te bevestigen</translation>
    </message>
    <message>
      <source>Overdue agreements</source>
      <translation>Afspraken over tijd</translation>
    </message>
    <message>
      <source>Nearly through the contract (80% or more)</source>
      <translation>Bijna door het contract heen (80% of meer)</translation>
    </message>
    <message>
      <source>Active, but no next session planned</source>
      <translation>Actief, maar geen volgende sessie gepland</translation>
    </message>
    <message>
      <source>Past the planned end</source>
      <translation>Voorbij de geplande einddatum</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>Minder tonen</translation>
    </message>
    <message>
      <source>Show all ({count})</source>
      <translation>Alles tonen ({count})</translation>
    </message>
    <message>
      <source>Hours in the last 12 months</source>
      <translation>Uren in de laatste 12 maanden</translation>
    </message>
    <message>
      <source>What needs you — {day}</source>
      <translation>Wat er op je wacht — {day}</translation>
    </message>
    <message>
      <source>ICF client coaching log: {hours} hours coached in all. An ACC credential asks for 100 hours, PCC for 500.</source>
      <translation>ICF-coachinglog: {hours} uur gecoacht in totaal. Een ACC-credential vraagt 100 uur, PCC 500.</translation>
    </message>
    <message>
      <source>held, cancelled or a no-show?</source>
      <translation>gehouden, afgezegd of niet verschenen?</translation>
    </message>
    <message>
      <source>{name}: {text} (due {date})</source>
      <translation>{name}: {text} (uiterlijk {date})</translation>
    </message>
    <message>
      <source>{used} of {total} sessions</source>
      <translation>{used} van {total} sessies</translation>
    </message>
    <message>
      <source>{used} of {total} hours</source>
      <translation>{used} van {total} uur</translation>
    </message>
    <message>
      <source>{name} · {title} (planned end {date})</source>
      <translation>{name} · {title} (gepland einde {date})</translation>
    </message>
  </context>
  <context>
    <name>ImportPlanDialog</name>
    <message>
      <source>Import a practice</source>
      <translation>Praktijk inlezen</translation>
    </message>
    <message>
      <source>This practice is still empty: everything in the file is added.</source>
      <translation>Deze praktijk is nog leeg: alles uit het bestand wordt toegevoegd.</translation>
    </message>
    <message>
      <source>The file is merged with this practice, row by row. Nothing has changed yet.</source>
      <translation>Het bestand wordt rij voor rij samengevoegd met deze praktijk. Er is nog niets veranderd.</translation>
    </message>
    <message>
      <source>There is nothing new in this file; importing changes nothing.</source>
      <translation>Er staat niets nieuws in dit bestand; inlezen verandert niets.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>To add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <source>To change</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <source>To skip</source>
      <translation>Overslaan</translation>
    </message>
    <message>
      <source>What the import would do</source>
      <translation>Wat het inlezen zou doen</translation>
    </message>
    <message>
      <source>Add: not in this practice yet. Change: here, but the file's copy differs and is not older. Skip: already the same here, or changed here later.</source>
      <translation>Toevoegen: staat nog niet in deze praktijk. Wijzigen: staat er al, maar de versie in het bestand is anders en niet ouder. Overslaan: staat hier al precies zo, of is hier later gewijzigd.</translation>
    </message>
    <message>
      <source>Changed here after the file was made, so they stay as they are here: %1.</source>
      <translation>Hier gewijzigd nadat het bestand is gemaakt, dus die blijven zoals ze hier zijn: %1.</translation>
    </message>
    <message>
      <source>About people erased or anonymised here, so not brought back: %1.</source>
      <translation>Over mensen die hier zijn gewist of geanonimiseerd, dus niet teruggezet: %1.</translation>
    </message>
    <message>
      <source>Import now</source>
      <translation>Nu inlezen</translation>
    </message>
    <message>
      <source>Importing never removes anything that is already here.</source>
      <translation>Inlezen verwijdert nooit iets dat hier al staat.</translation>
    </message>
  </context>
  <context>
    <name>ImportProblemsDialog</name>
    <message>
      <source>Import a practice</source>
      <translation>Praktijk inlezen</translation>
    </message>
    <message>
      <source>Problems in the file</source>
      <translation>Problemen in het bestand</translation>
    </message>
    <message>
      <source>The place is a JSON pointer: /tables/coachee/3/name is the name of the fourth coachee in the file.</source>
      <translation>De plaats is een JSON-pointer: /tables/coachee/3/name is de naam van de vierde coachee in het bestand.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Gepauzeerd</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Geannuleerd</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Gearchiveerd</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>op locatie</translation>
    </message>
    <message>
      <source>online</source>
      <translation>online</translation>
    </message>
    <message>
      <source>by phone</source>
      <translation>telefonisch</translation>
    </message>
  </context>
  <context>
    <name>Lifecycle</name>
    <message>
      <source>Plan a session…</source>
      <translation>Sessie plannen…</translation>
    </message>
    <message>
      <source>Close trajectory…</source>
      <translation>Traject afsluiten…</translation>
    </message>
    <message>
      <source>Reopen trajectory</source>
      <translation>Traject heropenen</translation>
    </message>
    <message>
      <source>Remove demo data…</source>
      <translation>Demogegevens verwijderen…</translation>
    </message>
    <message>
      <source>Remove the session of {when}? Its notes go with it; its agreements and ratings stay, without the session.

You can undo this with Ctrl+Z until you close CoachDesk.</source>
      <translation>De sessie van {when} verwijderen? Het verslag gaat mee; de afspraken en scores blijven, zonder de sessie.

Je kunt dit met Ctrl+Z ongedaan maken tot je CoachDesk sluit.</translation>
    </message>
    <message>
      <source>Remove session</source>
      <translation>Sessie verwijderen</translation>
    </message>
    <message>
      <source>There is no demo data to remove.</source>
      <translation>Er zijn geen demogegevens om te verwijderen.</translation>
    </message>
    <message>
      <source>Remove the {count} demo coachees with everything about them? Coachees you entered yourself stay.</source>
      <translation>De {count} demo-coachees met alles over hen verwijderen? Coachees die je zelf invoerde blijven.</translation>
    </message>
    <message>
      <source>Remove demo data</source>
      <translation>Demogegevens verwijderen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Removed {count} demo coachees</source>
      <translation>{count} demo-coachees verwijderd</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>&amp;Coachee</source>
      <translation>&amp;Coachee</translation>
    </message>
    <message>
      <source>&amp;Sort list</source>
      <translation>Lijst &amp;sorteren</translation>
    </message>
    <message>
      <source>&amp;Trajectory</source>
      <translation>&amp;Traject</translation>
    </message>
    <message>
      <source>&amp;Sponsor</source>
      <translation>&amp;Opdrachtgever</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Hoofdbalk</translation>
    </message>
    <message>
      <source>More tools</source>
      <translation>Meer knoppen</translation>
    </message>
    <message>
      <source>every tool is in a menu too</source>
      <translation>elke knop staat ook in een menu</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Terugzetten</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archiveren</translation>
    </message>
  </context>
  <context>
    <name>MarkdownEdit</name>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Web address:</source>
      <translation>Webadres:</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <source>Encrypt the notes</source>
      <translation>Verslagen versleutelen</translation>
    </message>
    <message>
      <source>Choose a passphrase of at least {n} characters. Without it (or the recovery key) nobody can read the notes, also not CoachDesk's makers.</source>
      <translation>Kies een wachtwoord van minstens {n} tekens. Zonder dat wachtwoord (of de herstelsleutel) kan niemand de verslagen lezen, ook de makers van CoachDesk niet.</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Huidig wachtwoord</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
      <source>Once more</source>
      <translation>Nogmaals</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
  </context>
  <context>
    <name>NoteConflict</name>
    <message>
      <source>Note changed elsewhere</source>
      <translation>Verslag elders gewijzigd</translation>
    </message>
    <message>
      <source>This session note was changed in another window or on another computer since you opened it. Which version do you want to keep?</source>
      <translation>Dit sessieverslag is in een ander venster of op een andere computer gewijzigd sinds je het opende. Welke versie wil je houden?</translation>
    </message>
    <message>
      <source>Nothing is lost: the version you do not keep is added, with the date and time, at the end of the private part.</source>
      <translation>Er gaat niets verloren: de versie die je niet houdt, komt met datum en tijd onderaan het privédeel te staan.</translation>
    </message>
    <message>
      <source>Keep the other version</source>
      <translation>De andere versie houden</translation>
    </message>
    <message>
      <source>Keep my version</source>
      <translation>Mijn versie houden</translation>
    </message>
  </context>
  <context>
    <name>NotePart</name>
    <message>
      <source>Bold</source>
      <translation>Vet</translation>
    </message>
    <message>
      <source>Italic</source>
      <translation>Cursief</translation>
    </message>
    <message>
      <source>Insert a link…</source>
      <translation>Link invoegen…</translation>
    </message>
    <message>
      <source>Private — for the coach only</source>
      <translation>Privé — alleen voor de coach</translation>
    </message>
    <message>
      <source>Your own reflections. Never exported, never shared with the coachee or sponsor.</source>
      <translation>Je eigen reflecties. Worden nooit geëxporteerd en nooit gedeeld met coachee of opdrachtgever.</translation>
    </message>
    <message>
      <source>Shared report</source>
      <translation>Gedeeld verslag</translation>
    </message>
    <message>
      <source>May be shared with the coachee (summary, PDF).</source>
      <translation>Mag met de coachee gedeeld worden (samenvatting, pdf).</translation>
    </message>
    <message>
      <source>Bulleted list</source>
      <translation>Opsomming</translation>
    </message>
    <message>
      <source>Numbered list</source>
      <translation>Genummerde lijst</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>What do you notice in yourself, your hypotheses, what to explore next time…</source>
      <translation>Wat merk je bij jezelf, je hypotheses, wat je volgende keer wilt verkennen…</translation>
    </message>
  </context>
  <context>
    <name>OptionalDateEdit</name>
    <message>
      <source>{label}: set a date</source>
      <translation>{label}: datum invullen</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>CoachDesk is locked</source>
      <translation>CoachDesk is vergrendeld</translation>
    </message>
    <message>
      <source>CoachDesk</source>
      <translation>CoachDesk</translation>
    </message>
    <message>
      <source>Enter the passphrase to continue.</source>
      <translation>Typ het wachtwoord om verder te gaan.</translation>
    </message>
    <message>
      <source>The notes in this practice are encrypted. Enter the passphrase to open it.</source>
      <translation>De verslagen van deze praktijk zijn versleuteld. Typ het wachtwoord om de praktijk te openen.</translation>
    </message>
    <message>
      <source>This backup is encrypted. Enter the passphrase or the recovery key of the practice it belongs to.</source>
      <translation>Deze back-up is versleuteld. Vul het wachtwoord of de herstelsleutel in van de praktijk waar hij bij hoort.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>Onthouden op deze computer</translation>
    </message>
    <message>
      <source>Keeps the key in this computer's keychain, so CoachDesk opens without asking. Only when the disk itself is encrypted.</source>
      <translation>Bewaart de sleutel in de sleutelhanger van deze computer, zodat CoachDesk opent zonder te vragen. Alleen als de schijf zelf al versleuteld is.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Ontgrendelen</translation>
    </message>
    <message>
      <source>Forgot passphrase…</source>
      <translation>Wachtwoord vergeten…</translation>
    </message>
    <message>
      <source>That passphrase is not right. Nothing was changed.</source>
      <translation>Dat wachtwoord klopt niet. Er is niets gewijzigd.</translation>
    </message>
  </context>
  <context>
    <name>Portability</name>
    <message>
      <source>Export whole practice…</source>
      <translation>Hele praktijk exporteren…</translation>
    </message>
    <message>
      <source>Import practice…</source>
      <translation>Praktijk inlezen…</translation>
    </message>
    <message>
      <source>Export personal data (right of access)…</source>
      <translation>Persoonsgegevens exporteren (inzagerecht)…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Export whole practice</source>
      <translation>Hele praktijk exporteren</translation>
    </message>
    <message>
      <source>coachdesk-practice.json</source>
      <translation>coachdesk-praktijk.json</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
      <source>Exporting the practice…</source>
      <translation>Praktijk exporteren…</translation>
    </message>
    <message>
      <source>Practice exported: {path}</source>
      <translation>Praktijk geëxporteerd: {path}</translation>
    </message>
    <message>
      <source>Import practice</source>
      <translation>Praktijk inlezen</translation>
    </message>
    <message>
      <source>Checking the file…</source>
      <translation>Bestand controleren…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Inlezen…</translation>
    </message>
    <message>
      <source>Imported: {add} added, {change} changed, {skip} skipped.</source>
      <translation>Ingelezen: {add} toegevoegd, {change} gewijzigd, {skip} overgeslagen.</translation>
    </message>
    <message>
      <source>Export personal data</source>
      <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
      <source>{name} - data.zip</source>
      <translation>{name} - gegevens.zip</translation>
    </message>
    <message>
      <source>ZIP files (*.zip)</source>
      <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
      <source>Making the access export…</source>
      <translation>Inzage-export maken…</translation>
    </message>
    <message>
      <source>Personal data exported: {path}</source>
      <translation>Persoonsgegevens geëxporteerd: {path}</translation>
    </message>
  </context>
  <context>
    <name>Practices</name>
    <message>
      <source>CoachDesk is already open for this practice: it is in front now.</source>
      <translation>CoachDesk is al geopend voor deze praktijk: dat venster staat nu vooraan.</translation>
    </message>
    <message>
      <source>Open another practice folder…</source>
      <translation>Andere praktijkmap openen…</translation>
    </message>
    <message>
      <source>Save and close this practice and open the practice in another folder</source>
      <translation>Deze praktijk opslaan en sluiten en de praktijk in een andere map openen</translation>
    </message>
    <message>
      <source>Recent practice folders</source>
      <translation>Recente praktijkmappen</translation>
    </message>
    <message>
      <source>No other practice folders yet</source>
      <translation>Nog geen andere praktijkmappen</translation>
    </message>
    <message>
      <source>Open another practice folder</source>
      <translation>Andere praktijkmap openen</translation>
    </message>
    <message>
      <source>There is no practice in {folder} yet.

Start a new, empty practice there?</source>
      <translation>In {folder} staat nog geen praktijk.

Daar een nieuwe, lege praktijk beginnen?</translation>
    </message>
    <message>
      <source>The current practice is saved and closed first.</source>
      <translation>De huidige praktijk wordt eerst opgeslagen en gesloten.</translation>
    </message>
    <message>
      <source>Start a new practice</source>
      <translation>Nieuwe praktijk beginnen</translation>
    </message>
    <message>
      <source>This practice is already open.</source>
      <translation>Deze praktijk is al geopend.</translation>
    </message>
    <message>
      <source>That practice is open in another CoachDesk window: it is in front now.</source>
      <translation>Die praktijk is geopend in een ander CoachDesk-venster: dat staat nu vooraan.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be used for a practice (no permission to write there).</source>
      <translation>De map {folder} kan niet voor een praktijk worden gebruikt (geen toestemming om daar te schrijven).</translation>
    </message>
  </context>
  <context>
    <name>PresetsNote</name>
    <message>
      <source>language: {value}</source>
      <translation>taal: {value}</translation>
    </message>
    <message>
      <source>backup folder: {path}</source>
      <translation>back-upmap: {path}</translation>
    </message>
    <message>
      <source>encryption required</source>
      <translation>versleuteling verplicht</translation>
    </message>
    <message>
      <source>encryption optional</source>
      <translation>versleuteling niet verplicht</translation>
    </message>
    <message>
      <source>locks after {minutes} min without use</source>
      <translation>vergrendelt na {minutes} min zonder gebruik</translation>
    </message>
    <message>
      <source>demo data offered</source>
      <translation>demogegevens aangeboden</translation>
    </message>
    <message>
      <source>no demo data offered</source>
      <translation>geen demogegevens aangeboden</translation>
    </message>
    <message>
      <source>Set by your organisation: {list}.</source>
      <translation>Ingesteld door je organisatie: {list}.</translation>
    </message>
    <message>
      <source>Set by your organisation</source>
      <translation>Ingesteld door je organisatie</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>Erase for good</source>
      <translation>Definitief wissen</translation>
    </message>
    <message>
      <source>Erase {count} coachee(s) for good: {names}?

Every trajectory, session, note, goal and profile goes, also from the search index. This cannot be undone, and restoring an older backup will not bring them back.</source>
      <translation>{count} coachee(s) definitief wissen: {names}?

Elk traject, elke sessie, notitie, elk doel en profiel verdwijnt, ook uit de zoekindex. Dit kan niet ongedaan worden gemaakt, en een oudere back-up terugzetten brengt ze niet terug.</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Wissen</translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonimiseren</translation>
    </message>
    <message>
      <source>Anonymise {count} coachee(s): {names}?

Dates, durations and paid or pro bono hours stay, for your hours log and the sponsor's invoice. Names, contact details, notes, agreements, goals and profiles go; a code takes the place of the name. This cannot be undone.</source>
      <translation>{count} coachee(s) anonimiseren: {names}?

Datums, duur en betaalde of pro-bono-uren blijven, voor je urenlog en de factuur aan de opdrachtgever. Namen, contactgegevens, notities, afspraken, doelen en profielen verdwijnen; een code komt in de plaats van de naam. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
      <source>Nothing was erased or anonymised: an open session note could not be saved yet (its window says why). Try again once it is saved.</source>
      <translation>Er is niets gewist of geanonimiseerd: een open sessieverslag kon nog niet worden opgeslagen (het venster ervan zegt waarom). Probeer het opnieuw zodra het is opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>PrivacyUi</name>
    <message>
      <source>Privacy</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <source>&amp;Privacy</source>
      <translation>&amp;Privacy</translation>
    </message>
    <message>
      <source>Due for deletion…</source>
      <translation>Te verwijderen…</translation>
    </message>
    <message>
      <source>Audit trail…</source>
      <translation>Logboek…</translation>
    </message>
    <message>
      <source>Anonymise this coachee…</source>
      <translation>Deze coachee anonimiseren…</translation>
    </message>
    <message>
      <source>Open the coachee to anonymise first.</source>
      <translation>Open eerst de coachee die je wilt anonimiseren.</translation>
    </message>
    <message>
      <source>Anonymised: {code}</source>
      <translation>Geanonimiseerd: {code}</translation>
    </message>
    <message numerus="yes">
      <source>%n active coachee(s) without a consent record</source>
      <translation>
        <numerusform>%n actieve coachee zonder vastgelegde toestemming</numerusform>
        <numerusform>%n actieve coachees zonder vastgelegde toestemming</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n coachee(s) due for deletion</source>
      <translation>
        <numerusform>%n coachee te verwijderen (bewaartermijn verstreken)</numerusform>
        <numerusform>%n coachees te verwijderen (bewaartermijn verstreken)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Record profile</source>
      <translation>Profiel vastleggen</translation>
    </message>
    <message>
      <source> (own)</source>
      <translation> (eigen)</translation>
    </message>
    <message>
      <source>Enter as percentages (converted to the scale)</source>
      <translation>Invoeren als percentages (omgerekend naar de schaal)</translation>
    </message>
    <message>
      <source>Short note (no report text)</source>
      <translation>Korte notitie (geen rapporttekst)</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Instrument</translation>
    </message>
    <message>
      <source>Taken on</source>
      <translation>Afgenomen op</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Suggest</source>
      <translation>Voorstellen</translation>
    </message>
    <message>
      <source>Propose a label from the scores; you decide.</source>
      <translation>Stel een uitkomst voor op basis van de scores; jij beslist.</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Verplicht</translation>
    </message>
    <message>
      <source>Not a number</source>
      <translation>Geen getal</translation>
    </message>
    <message>
      <source>Between %1 and %2</source>
      <translation>Tussen %1 en %2</translation>
    </message>
  </context>
  <context>
    <name>ProfilesView</name>
    <message>
      <source>Record profile…</source>
      <translation>Profiel vastleggen…</translation>
    </message>
    <message>
      <source>Import instrument…</source>
      <translation>Instrument importeren…</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Instrument</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <source>Compare with</source>
      <translation>Vergelijken met</translation>
    </message>
    <message>
      <source>Date to compare with</source>
      <translation>Datum om mee te vergelijken</translation>
    </message>
    <message>
      <source>Delete this date…</source>
      <translation>Deze datum verwijderen…</translation>
    </message>
    <message>
      <source>Changes between the two dates</source>
      <translation>Verschillen tussen de twee datums</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>Dimensie</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Verschil</translation>
    </message>
    <message>
      <source>Delete profile</source>
      <translation>Profiel verwijderen</translation>
    </message>
    <message>
      <source>Delete %1 of %2?</source>
      <translation>%1 van %2 verwijderen?</translation>
    </message>
    <message>
      <source>Import instrument</source>
      <translation>Instrument importeren</translation>
    </message>
    <message>
      <source>Instrument files (*.json)</source>
      <translation>Instrumentbestanden (*.json)</translation>
    </message>
    <message>
      <source>Instrument added: %1</source>
      <translation>Instrument toegevoegd: %1</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Bestanden van &amp;type:</translation>
    </message>
  </context>
  <context>
    <name>QuickSwitcher</name>
    <message>
      <source>Go to</source>
      <translation>Ga naar</translation>
    </message>
    <message>
      <source>Type a few letters of a coachee or trajectory</source>
      <translation>Typ een paar letters van een coachee of traject</translation>
    </message>
    <message>
      <source>Go to a coachee or trajectory</source>
      <translation>Naar een coachee of traject</translation>
    </message>
    <message>
      <source>↑↓ to choose, Enter to open, Esc to close</source>
      <translation>↑↓ om te kiezen, Enter om te openen, Esc om te sluiten</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>Gevonden</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your recovery key</source>
      <translation>Je herstelsleutel</translation>
    </message>
    <message>
      <source>The notes are encrypted now. If you ever forget the passphrase, this recovery key opens them. It is shown only this once: print it or write it down, and keep it away from this computer.</source>
      <translation>De verslagen zijn nu versleuteld. Als je het wachtwoord ooit vergeet, opent deze herstelsleutel ze. Hij wordt alleen nu getoond: print hem of schrijf hem op, en bewaar hem niet bij deze computer.</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopiëren</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Afdrukken…</translation>
    </message>
    <message>
      <source>I have kept it</source>
      <translation>Ik heb hem bewaard</translation>
    </message>
    <message>
      <source>CoachDesk recovery key</source>
      <translation>Herstelsleutel van CoachDesk</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>&amp;Reports</source>
      <translation>&amp;Rapportages</translation>
    </message>
    <message>
      <source>ICF client coaching log…</source>
      <translation>ICF-coachinglog…</translation>
    </message>
    <message>
      <source>Hours per month…</source>
      <translation>Uren per maand…</translation>
    </message>
    <message>
      <source>Hours per sponsor…</source>
      <translation>Uren per opdrachtgever…</translation>
    </message>
    <message>
      <source>Calendar of planned sessions…</source>
      <translation>Agenda met geplande sessies…</translation>
    </message>
    <message>
      <source>Hours statement for a sponsor…</source>
      <translation>Urenspecificatie voor een opdrachtgever…</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
      <source>ICF client coaching log</source>
      <translation>ICF-logboek coachingsklanten</translation>
    </message>
    <message>
      <source>hours per month</source>
      <translation>uren per maand</translation>
    </message>
    <message>
      <source>hours per sponsor</source>
      <translation>uren per opdrachtgever</translation>
    </message>
    <message>
      <source>CoachDesk calendar</source>
      <translation>CoachDesk-agenda</translation>
    </message>
    <message>
      <source>Hours statement</source>
      <translation>Urenspecificatie</translation>
    </message>
    <message>
      <source>There is no sponsor yet. Give a trajectory its sponsor first.</source>
      <translation>Er is nog geen opdrachtgever. Geef eerst een traject zijn opdrachtgever.</translation>
    </message>
    <message>
      <source>Hours statement {sponsor}</source>
      <translation>Urenspecificatie {sponsor}</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore backup</source>
      <translation>Back-up terugzetten</translation>
    </message>
    <message>
      <source>Choose a backup. Before it replaces the current data, CoachDesk keeps a safety copy of the data as it is now.</source>
      <translation>Kies een back-up. Voordat die de huidige gegevens vervangt, bewaart CoachDesk een veiligheidskopie van de gegevens zoals ze nu zijn.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Back-ups</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Inhoud</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Terugzetten…</translation>
    </message>
    <message>
      <source>Other file…</source>
      <translation>Ander bestand…</translation>
    </message>
    <message>
      <source>There are no backups in {folder} yet.</source>
      <translation>Er staan nog geen back-ups in {folder}.</translation>
    </message>
    <message>
      <source>Choose a backup file</source>
      <translation>Kies een back-upbestand</translation>
    </message>
    <message>
      <source>CoachDesk backups (*.db)</source>
      <translation>CoachDesk-back-ups (*.db)</translation>
    </message>
    <message>
      <source>Restore this backup?

{what}

The current data is kept as a safety copy first.</source>
      <translation>Deze back-up terugzetten?

{what}

De huidige gegevens worden eerst als veiligheidskopie bewaard.</translation>
    </message>
    <message>
      <source>Backup restored. The data as it was is kept in {path}.</source>
      <translation>Back-up teruggezet. De gegevens zoals ze waren staan in {path}.</translation>
    </message>
  </context>
  <context>
    <name>ReviewList</name>
    <message>
      <source>Agreements from earlier sessions — what is better?</source>
      <translation>Afspraken van eerdere sessies — wat is er beter?</translation>
    </message>
    <message>
      <source>overdue since %1</source>
      <translation>te laat sinds %1</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>uiterlijk %1</translation>
    </message>
    <message>
      <source>No open agreements from earlier sessions.</source>
      <translation>Geen openstaande afspraken van eerdere sessies.</translation>
    </message>
  </context>
  <context>
    <name>ScoresCard</name>
    <message>
      <source>Scaling questions (0–10)</source>
      <translation>Schaalvragen (0–10)</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>Motivation</source>
      <translation>Motivatie</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Vertrouwen</translation>
    </message>
    <message>
      <source>— means: not asked in this session</source>
      <translation>— betekent: niet gevraagd in deze sessie</translation>
    </message>
    <message>
      <source>Goals: where is the coachee now? (0–10)</source>
      <translation>Doelen: waar staat de coachee nu? (0–10)</translation>
    </message>
    <message>
      <source>This trajectory has no open goals yet.</source>
      <translation>Dit traject heeft nog geen open doelen.</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <source>Search everything</source>
      <translation>Alles doorzoeken</translation>
    </message>
    <message>
      <source>Search notes, agreements, goals, intake questions and names…</source>
      <translation>Zoek in verslagen, afspraken, doelen, hulpvragen en namen…</translation>
    </message>
    <message>
      <source>Shared text only (leave private notes out)</source>
      <translation>Alleen gedeelde tekst (privé-aantekeningen weglaten)</translation>
    </message>
    <message>
      <source>For when the screen is shared: results from private notes are not shown.</source>
      <translation>Voor als het scherm wordt gedeeld: treffers in privé-aantekeningen worden niet getoond.</translation>
    </message>
    <message>
      <source>Type a word, or the start of one. Accents do not matter.</source>
      <translation>Typ een woord of het begin ervan. Accenten maken niet uit.</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultaten</translation>
    </message>
    <message>
      <source>Up and Down in the search field choose a result, Enter opens it.</source>
      <translation>Met pijl omhoog en omlaag in het zoekveld kies je een resultaat, Enter opent het.</translation>
    </message>
    <message>
      <source>Coachee</source>
      <translation>Coachee</translation>
    </message>
    <message>
      <source>Session note</source>
      <translation>Sessieverslag</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Trajectory</source>
      <translation>Traject</translation>
    </message>
    <message>
      <source>private</source>
      <translation>privé</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>Niets gevonden.</translation>
    </message>
    <message>
      <source>1 result — Enter opens it.</source>
      <translation>1 resultaat — Enter opent het.</translation>
    </message>
    <message>
      <source>%1 results — Enter opens the selected one.</source>
      <translation>%1 resultaten — Enter opent het gekozen resultaat.</translation>
    </message>
    <message>
      <source>Showing the newest %1 per kind; type more to narrow down.</source>
      <translation>De nieuwste %1 per soort; typ verder om te verfijnen.</translation>
    </message>
    <message>
      <source>Search failed: %1</source>
      <translation>Zoeken mislukt: %1</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <source>All changes saved</source>
      <translation>Alles is opgeslagen</translation>
    </message>
    <message>
      <source>Note template:</source>
      <translation>Verslagsjabloon:</translation>
    </message>
    <message>
      <source>Add your own template…</source>
      <translation>Eigen sjabloon toevoegen…</translation>
    </message>
    <message>
      <source>Session %1 of %2 — %3</source>
      <translation>Sessie %1 van %2 — %3</translation>
    </message>
    <message>
      <source>Session %1 — %3</source>
      <translation>Sessie %1 — %3</translation>
    </message>
    <message>
      <source>%1 hours used</source>
      <translation>%1 uur gebruikt</translation>
    </message>
    <message>
      <source>%1 of %2 hours used</source>
      <translation>%1 van %2 uur gebruikt</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Opslaan…</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Opgeslagen om %1</translation>
    </message>
    <message>
      <source>Not saved yet: %1</source>
      <translation>Nog niet opgeslagen: %1</translation>
    </message>
    <message>
      <source>Add your own note template</source>
      <translation>Eigen verslagsjabloon toevoegen</translation>
    </message>
    <message>
      <source>Note templates (*.json)</source>
      <translation>Verslagsjablonen (*.json)</translation>
    </message>
  </context>
  <context>
    <name>SessionList</name>
    <message>
      <source>planned</source>
      <translation>gepland</translation>
    </message>
    <message>
      <source>to confirm: held?</source>
      <translation>te bevestigen: gehouden?</translation>
    </message>
    <message>
      <source>cancelled by the coachee</source>
      <translation>afgezegd door de coachee</translation>
    </message>
    <message>
      <source>cancelled by the coach</source>
      <translation>afgezegd door de coach</translation>
    </message>
    <message>
      <source>no-show</source>
      <translation>niet verschenen</translation>
    </message>
    <message>
      <source>no-show, not charged</source>
      <translation>niet verschenen, niet in rekening</translation>
    </message>
    <message>
      <source>no notes yet</source>
      <translation>nog geen verslag</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sessies</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nieuwe sessie</translation>
    </message>
    <message>
      <source>Open notes</source>
      <translation>Verslag openen</translation>
    </message>
    <message>
      <source>Plan…</source>
      <translation>Plannen…</translation>
    </message>
    <message>
      <source>Plan a session ahead</source>
      <translation>Een sessie vooruit plannen</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Gehouden</translation>
    </message>
    <message>
      <source>Mark the selected session as held</source>
      <translation>De gekozen sessie markeren als gehouden</translation>
    </message>
    <message>
      <source>More…</source>
      <translation>Meer…</translation>
    </message>
    <message>
      <source>Cancel, no-show, move or remove the selected session</source>
      <translation>De gekozen sessie afzeggen, als niet verschenen markeren, verplaatsen of verwijderen</translation>
    </message>
    <message>
      <source>Session {n} of {total}</source>
      <translation>Sessie {n} van {total}</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>Mark as held</source>
      <translation>Markeren als gehouden</translation>
    </message>
    <message>
      <source>Cancelled by the coachee</source>
      <translation>Afgezegd door de coachee</translation>
    </message>
    <message>
      <source>Cancelled by the coach</source>
      <translation>Afgezegd door de coach</translation>
    </message>
    <message>
      <source>No-show (charged)</source>
      <translation>Niet verschenen (in rekening)</translation>
    </message>
    <message>
      <source>No-show, not charged</source>
      <translation>Niet verschenen, niet in rekening</translation>
    </message>
    <message>
      <source>Back to planned</source>
      <translation>Terug naar gepland</translation>
    </message>
    <message>
      <source>Move…</source>
      <translation>Verplaatsen…</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Verwijderen…</translation>
    </message>
  </context>
  <context>
    <name>SessionPlanDialog</name>
    <message>
      <source>Plan a session</source>
      <translation>Sessie plannen</translation>
    </message>
    <message>
      <source>Move session</source>
      <translation>Sessie verplaatsen</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>e.g. town hall, room 2.14</source>
      <translation>bijv. stadhuis, kamer 2.14</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum en tijd</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Duur</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Vorm</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Zoals het systeem</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>A new language takes effect when CoachDesk starts again.</source>
      <translation>Een andere taal gaat in wanneer CoachDesk opnieuw start.</translation>
    </message>
    <message>
      <source>Your name (coach)</source>
      <translation>Je naam (coach)</translation>
    </message>
    <message>
      <source>Practice name</source>
      <translation>Naam van de praktijk</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Back-upmap</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>In the main window</source>
      <translation>In het hoofdvenster</translation>
    </message>
    <message>
      <source>Writing session notes</source>
      <translation>Bij het schrijven van een sessieverslag</translation>
    </message>
    <message>
      <source>Session notes, goals, profiles, search, PDF</source>
      <translation>Sessieverslag, doelen, profielen, zoeken, PDF</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>Overal</translation>
    </message>
    <message>
      <source>Next field or button</source>
      <translation>Volgende veld of knop</translation>
    </message>
    <message>
      <source>Previous field or button</source>
      <translation>Vorige veld of knop</translation>
    </message>
    <message>
      <source>Open the menu bar</source>
      <translation>Naar de menubalk</translation>
    </message>
    <message>
      <source>Context menu of a list</source>
      <translation>Snelmenu van een lijst</translation>
    </message>
    <message>
      <source>Press the focused button or tick a box</source>
      <translation>De gekozen knop indrukken of een vakje aanvinken</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Sneltoetsen</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Handeling</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Toetsen</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
  </context>
  <context>
    <name>SponsorDialog</name>
    <message>
      <source>Edit sponsor</source>
      <translation>Opdrachtgever bewerken</translation>
    </message>
    <message>
      <source>New sponsor</source>
      <translation>Nieuwe opdrachtgever</translation>
    </message>
    <message>
      <source>e.g. Provincie Utrecht, afdeling HR</source>
      <translation>bijv. Provincie Utrecht, afdeling HR</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>Contactpersoon</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
  </context>
  <context>
    <name>StatementDialog</name>
    <message>
      <source>Hours statement</source>
      <translation>Urenspecificatie</translation>
    </message>
    <message>
      <source>no amounts</source>
      <translation>geen bedragen</translation>
    </message>
    <message>
      <source>e.g. PO-2026-17</source>
      <translation>bijv. PO-2026-17</translation>
    </message>
    <message>
      <source>Codes instead of names</source>
      <translation>Codes in plaats van namen</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Opdrachtgever</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Tot en met</translation>
    </message>
    <message>
      <source>Hourly rate</source>
      <translation>Uurtarief</translation>
    </message>
    <message>
      <source>Reference/PO</source>
      <translation>Referentie/PO</translation>
    </message>
  </context>
  <context>
    <name>TrajectoryDashboard</name>
    <message>
      <source>Intake question</source>
      <translation>Hulpvraag</translation>
    </message>
    <message>
      <source>Sessions and hours</source>
      <translation>Sessies en uren</translation>
    </message>
    <message>
      <source>Appointments</source>
      <translation>Sessies in de agenda</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Afspraken</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Afsluiting</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Latest profiles</source>
      <translation>Laatste profielen</translation>
    </message>
    <message>
      <source>{status} (closed {date})</source>
      <translation>{status} (afgesloten {date})</translation>
    </message>
    <message>
      <source>sponsor: {name}</source>
      <translation>opdrachtgever: {name}</translation>
    </message>
    <message>
      <source>No intake question recorded.</source>
      <translation>Geen hulpvraag vastgelegd.</translation>
    </message>
    <message>
      <source>{used} of {total} sessions</source>
      <translation>{used} van {total} sessies</translation>
    </message>
    <message>
      <source>{count} more than contracted</source>
      <translation>{count} meer dan afgesproken</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s) (none contracted)</source>
      <translation>
        <numerusform>%n sessie (geen aantal afgesproken)</numerusform>
        <numerusform>%n sessies (geen aantal afgesproken)</numerusform>
      </translation>
    </message>
    <message>
      <source>{used} of {total} hours</source>
      <translation>{used} van {total} uur</translation>
    </message>
    <message>
      <source>more than contracted</source>
      <translation>meer dan afgesproken</translation>
    </message>
    <message>
      <source>{used} hours (none contracted)</source>
      <translation>{used} uur (geen aantal afgesproken)</translation>
    </message>
    <message>
      <source>{count} more planned</source>
      <translation>nog {count} gepland</translation>
    </message>
    <message>
      <source>Next: {when}</source>
      <translation>Volgende sessie: {when}</translation>
    </message>
    <message>
      <source>Next: none planned</source>
      <translation>Volgende sessie: nog niet gepland</translation>
    </message>
    <message>
      <source>Last: {when}</source>
      <translation>Laatste sessie: {when}</translation>
    </message>
    <message>
      <source>Last: none yet</source>
      <translation>Laatste sessie: nog geen</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s) to confirm: held, cancelled or a no-show?</source>
      <translation>
        <numerusform>%n sessie te bevestigen: gehouden, afgezegd of niet verschenen?</numerusform>
        <numerusform>%n sessies te bevestigen: gehouden, afgezegd of niet verschenen?</numerusform>
      </translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Ended early</source>
      <translation>Eerder gestopt</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Geannuleerd</translation>
    </message>
    <message>
      <source>{outcome} on {date}</source>
      <translation>{outcome} op {date}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>Reden: {reason}</translation>
    </message>
    <message>
      <source>Coach</source>
      <translation>Coach</translation>
    </message>
    <message>
      <source>Coachee</source>
      <translation>Coachee</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Opdrachtgever</translation>
    </message>
    <message>
      <source>No goals yet.</source>
      <translation>Nog geen doelen.</translation>
    </message>
    <message>
      <source>{value} / 10</source>
      <translation>{value} / 10</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>nog geen score</translation>
    </message>
    <message>
      <source>{change} since the previous rating</source>
      <translation>{change} sinds de vorige score</translation>
    </message>
    <message>
      <source>No profiles recorded.</source>
      <translation>Geen profielen vastgelegd.</translation>
    </message>
  </context>
  <context>
    <name>TrajectoryDialog</name>
    <message>
      <source>Edit trajectory</source>
      <translation>Traject bewerken</translation>
    </message>
    <message>
      <source>New trajectory</source>
      <translation>Nieuw traject</translation>
    </message>
    <message>
      <source>e.g. Leadership in change</source>
      <translation>bijv. Leiderschap in verandering</translation>
    </message>
    <message>
      <source>New sponsor…</source>
      <translation>Nieuwe opdrachtgever…</translation>
    </message>
    <message>
      <source>e.g. 8</source>
      <translation>bijv. 8</translation>
    </message>
    <message>
      <source>e.g. 12</source>
      <translation>bijv. 12</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Opdrachtgever</translation>
    </message>
    <message>
      <source>Intake question</source>
      <translation>Hulpvraag</translation>
    </message>
    <message>
      <source>Contracted sessions</source>
      <translation>Afgesproken sessies</translation>
    </message>
    <message>
      <source>Contracted hours</source>
      <translation>Afgesproken uren</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Startdatum</translation>
    </message>
    <message>
      <source>Planned end</source>
      <translation>Geplande einddatum</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>(no sponsor)</source>
      <translation>(geen opdrachtgever)</translation>
    </message>
  </context>
  <context>
    <name>UndoActions</name>
    <message>
      <source>Undo {action}</source>
      <translation>{action} ongedaan maken</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Redo {action}</source>
      <translation>{action} opnieuw doen</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to CoachDesk</source>
      <translation>Welkom bij CoachDesk</translation>
    </message>
    <message>
      <source>Your practice is still empty. Add your first coachee, or look around first with a practice full of made-up demo coachees.</source>
      <translation>Je praktijk is nog leeg. Voeg je eerste coachee toe, of kijk eerst rond in een praktijk vol verzonnen democoachees.</translation>
    </message>
    <message>
      <source>New coachee</source>
      <translation>Nieuwe coachee</translation>
    </message>
    <message>
      <source>Load demo data</source>
      <translation>Demogegevens laden</translation>
    </message>
    <message>
      <source>Demo data can be removed again by deleting the coachees.</source>
      <translation>Demogegevens haal je weer weg door de coachees te verwijderen.</translation>
    </message>
    <message>
      <source>Your practice is still empty. Add your first coachee.</source>
      <translation>Je praktijk is nog leeg. Voeg je eerste coachee toe.</translation>
    </message>
  </context>
  <context>
    <name>Windows</name>
    <message>
      <source>Close window</source>
      <translation>Venster sluiten</translation>
    </message>
  </context>
</TS>