<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
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
      <source>{shown} of {total} coachees</source>
      <translation>{shown} van {total} coachees</translation>
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
    <name>DeleteCommand</name>
    <message>
      <source>Delete {name}</source>
      <translation>{name} verwijderen</translation>
    </message>
  </context>
  <context>
    <name>EditingMixin</name>
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

Archiveren bewaart alles en verbergt de coachee alleen. Verwijderen kunt u met Ctrl+Z ongedaan maken tot u CoachDesk sluit.</translation>
    </message>
    <message>
      <source>Delete coachee</source>
      <translation>Coachee verwijderen</translation>
    </message>
    <message>
      <source>Delete the trajectory “{title}” with its sessions, agreements and goals?

You can undo this with Ctrl+Z until you close CoachDesk.</source>
      <translation>Het traject “{title}” met zijn sessies, afspraken en doelen verwijderen?

U kunt dit met Ctrl+Z ongedaan maken tot u CoachDesk sluit.</translation>
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

U kunt dit met Ctrl+Z ongedaan maken tot u CoachDesk sluit.</translation>
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
      <source>Delete</source>
      <translation>Verwijderen</translation>
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
      <source>coachee</source>
      <translation>coachee</translation>
    </message>
    <message>
      <source>coach</source>
      <translation>coach</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>opdrachtgever</translation>
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
    <name>MainWindow</name>
    <message>
      <source>Choose a coachee on the left.</source>
      <translation>Kies links een coachee.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
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
      <source>Restore</source>
      <translation>Terugzetten</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archiveren</translation>
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
      <source>↑↓ to choose, Enter to open, Esc to close</source>
      <translation>↑↓ om te kiezen, Enter om te openen, Esc om te sluiten</translation>
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
      <translation>Uw naam (coach)</translation>
    </message>
    <message>
      <source>Practice name</source>
      <translation>Naam van de praktijk</translation>
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
      <translation>Afspraken in de agenda</translation>
    </message>
    <message>
      <source>Open agreements</source>
      <translation>Openstaande afspraken</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Latest profile scores</source>
      <translation>Laatste profielscores</translation>
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
      <source>{used} sessions (none contracted)</source>
      <translation>{used} sessies (geen aantal afgesproken)</translation>
    </message>
    <message>
      <source>{used} of {total} hours</source>
      <translation>{used} van {total} uur</translation>
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
      <translation>Volgende: {when}</translation>
    </message>
    <message>
      <source>Next: none planned</source>
      <translation>Volgende: niets gepland</translation>
    </message>
    <message>
      <source>Last: {when}</source>
      <translation>Laatste: {when}</translation>
    </message>
    <message>
      <source>Last: none yet</source>
      <translation>Laatste: nog geen</translation>
    </message>
    <message>
      <source>No open agreements.</source>
      <translation>Geen openstaande afspraken.</translation>
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
    <name>WelcomePage</name>
    <message>
      <source>Welcome to CoachDesk</source>
      <translation>Welkom bij CoachDesk</translation>
    </message>
    <message>
      <source>Your practice is still empty. Add your first coachee, or look around first with a practice full of made-up demo coachees.</source>
      <translation>Uw praktijk is nog leeg. Voeg uw eerste coachee toe, of kijk eerst rond in een praktijk vol verzonnen democoachees.</translation>
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
      <translation>Demogegevens haalt u weer weg door de coachees te verwijderen.</translation>
    </message>
  </context>
</TS>