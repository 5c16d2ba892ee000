<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="32" />
        <source>Restore Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="44" />
        <source>Koers keeps the last 10 snapshots of this project. The one you choose is restored into a new file; the current project is not changed.</source>
        <translation>Koers bewaart de laatste 10 momentopnamen van dit project. De momentopname die u kiest, wordt in een nieuw bestand teruggezet; het huidige project blijft ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="53" />
        <source>Restore as…</source>
        <translation>Terugzetten als…</translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <location filename="../../app/views/charter_form.py" line="118" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="119" />
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="120" />
        <source>Purpose and scope</source>
        <translation>Doel en scope</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="123" />
        <source>Set a target finish</source>
        <translation>Beoogde einddatum instellen</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="124" />
        <source>Set a status date</source>
        <translation>Statusdatum instellen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/commands/charter.py" line="20" />
        <source>Change {0}</source>
        <translation>{0} wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="27" />
        <source>Add requirement</source>
        <translation>Eis toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="49" />
        <source>Delete requirement</source>
        <translation>Eis verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="67" />
        <source>Move requirement</source>
        <translation>Eis verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="90" />
        <source>Edit requirement</source>
        <translation>Eis bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="26" />
        <source>Insert task</source>
        <translation>Taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="28" />
        <source>Insert tasks</source>
        <translation>Taken invoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="47" />
        <source>Delete tasks</source>
        <translation>Taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="66" />
        <source>Indent</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="68" />
        <source>Outdent</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="88" />
        <source>Move up</source>
        <translation>Omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="90" />
        <source>Move down</source>
        <translation>Omlaag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="115" />
        <source>Edit task</source>
        <translation>Taak bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="143" />
        <source>Edit tasks</source>
        <translation>Taken bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="175" />
        <source>Link tasks</source>
        <translation>Taken koppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="192" />
        <source>Unlink tasks</source>
        <translation>Taken ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="208" />
        <source>Update project</source>
        <translation>Project bijwerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/baselines.py" line="20" />
        <source>Save baseline {0}</source>
        <translation>Basisplan {0} opslaan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/views/labels.py" line="15" />
        <source>Must have</source>
        <translation>Moet</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="16" />
        <source>Should have</source>
        <translation>Zou moeten</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="17" />
        <source>Could have</source>
        <translation>Kan</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="18" />
        <source>Won't have</source>
        <translation>Wordt niet</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="24" />
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="25" />
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="26" />
        <source>Implemented</source>
        <translation>Geïmplementeerd</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="27" />
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="28" />
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="29" />
        <source>Deferred</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="35" />
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="36" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="37" />
        <source>Sponsor</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="38" />
        <source>Project manager</source>
        <translation>Projectmanager</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="39" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="40" />
        <source>Target finish</source>
        <translation>Beoogde einddatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="41" />
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="42" />
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="43" />
        <source>Goal and business case</source>
        <translation>Doel en businesscase</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="44" />
        <source>In scope</source>
        <translation>Binnen scope</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="45" />
        <source>Out of scope</source>
        <translation>Buiten scope</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="46" />
        <source>Assumptions</source>
        <translation>Aannames</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="47" />
        <source>Constraints</source>
        <translation>Randvoorwaarden</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="48" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="49" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="50" />
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="51" />
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="52" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="53" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="54" />
        <source>Acceptance criteria</source>
        <translation>Acceptatiecriteria</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="63" />
        <source>{0} cannot be empty.</source>
        <translation>{0} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="64" />
        <source>{0} is too long.</source>
        <translation>{0} is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="65" />
        <source>{0} must lie between 1984 and 2149.</source>
        <translation>{0} moet tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="66" />
        <source>{0} cannot lie before the start date.</source>
        <translation>{0} mag niet vóór de startdatum liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="67" />
        <source>{0} must be a three-letter code such as EUR.</source>
        <translation>{0} moet een code van drie letters zijn, zoals EUR.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="72" />
        <source>{0} has a value that cannot be stored.</source>
        <translation>{0} heeft een waarde die niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="75" />
        <source>The item no longer exists.</source>
        <translation>Het item bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="130" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="131" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="134" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="136" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137" />
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="138" />
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="139" />
        <source>Restore &amp;Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="140" />
        <source>&amp;Close Project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="141" />
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="143" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="145" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="146" />
        <source>&amp;Plan</source>
        <translation>&amp;Projectplan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="147" />
        <source>&amp;About Koers</source>
        <translation>&amp;Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="161" />
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="178" />
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="183" />
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="187" />
        <source>Read-only: changes cannot be made</source>
        <translation>Alleen-lezen: wijzigingen zijn niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="189" />
        <source>Every change is saved at once</source>
        <translation>Elke wijziging wordt direct opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195" />
        <source>Koers projects (*.koers)</source>
        <translation>Koers-projecten (*.koers)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="204" />
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="204" />
        <source>Koers projects (*.koers);;All files (*)</source>
        <translation>Koers-projecten (*.koers);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="212" />
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="213" />
        <source>{0} is open by {1} on {2} (since {3}).

Open it read-only?</source>
        <translation>{0} is geopend door {1} op {2} (sinds {3}).

Wilt u het project alleen-lezen openen?</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="229" />
        <source>{0} does not exist or cannot be read.</source>
        <translation>{0} bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="230" />
        <source>{0} is not a Koers project.</source>
        <translation>{0} is geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="232" />
        <source>{0} is a database of another program, not a Koers project.</source>
        <translation>{0} is een database van een ander programma, geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="235" />
        <source>{0} was saved by a newer version of Koers. Update Koers to open it.</source>
        <translation>{0} is opgeslagen met een nieuwere versie van Koers. Werk Koers bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="237" />
        <source>{0} is damaged and cannot be opened. Restore one of its backups.</source>
        <translation>{0} is beschadigd en kan niet worden geopend. Zet een van de back-ups terug.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="238" />
        <source>{0} is open in another Koers window.</source>
        <translation>{0} is geopend in een ander Koers-venster.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="240" />
        <source>{0} must be upgraded before it can be read; open it for editing.</source>
        <translation>{0} moet eerst worden bijgewerkt voordat het kan worden gelezen; open het om te bewerken.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="243" />
        <source>{0} cannot be opened.</source>
        <translation>{0} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="281" />
        <source>Cannot open project</source>
        <translation>Project kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="290" />
        <source>Upgraded from file version {0}; the old file was kept beside it.</source>
        <translation>Bijgewerkt vanaf bestandsversie {0}; het oude bestand is ernaast bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="304" />
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="304" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="317" />
        <source>Cannot create project</source>
        <translation>Project kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="324" />
        <source>Save As</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="330" />
        <source>Cannot save the project</source>
        <translation>Het project kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="339" />
        <source>{0} copy</source>
        <translation>{0} kopie</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="341" />
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="347" />
        <source>Cannot save the copy</source>
        <translation>De kopie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="349" />
        <source>Copy saved as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="359" />
        <source>{0} (restored)</source>
        <translation>{0} (teruggezet)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="360" />
        <source>Restore Backup As</source>
        <translation>Back-up terugzetten als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="365" />
        <source>Cannot restore</source>
        <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="366" />
        <source>Choose a new file: the open project is never overwritten.</source>
        <translation>Kies een nieuw bestand: het geopende project wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="372" />
        <source>Cannot restore the backup</source>
        <translation>De back-up kan niet worden teruggezet</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="385" />
        <source>Change not made</source>
        <translation>Wijziging niet doorgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="399" />
        <source>About Koers</source>
        <translation>Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="401" />
        <source>&lt;h3&gt;Koers {0}&lt;/h3&gt;&lt;p&gt;Plan, lead and report an IT project in one window, offline, with each project in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Koers {0}&lt;/h3&gt;&lt;p&gt;Plan, leid en rapporteer een IT-project in één venster, offline, met elk project in één bestand.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="13" />
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="24" />
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../app/views/project_view.py" line="25" />
        <source>Plan</source>
        <translation>Projectplan</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="130" />
        <source>Requirements</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="131" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="132" />
        <source>Add a requirement below the selected one</source>
        <translation>Een eis toevoegen onder de geselecteerde eis</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="133" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="134" />
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="135" />
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="136" />
        <source>Filter requirements…</source>
        <translation>Eisen filteren…</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="184" />
        <source>New requirement</source>
        <translation>Nieuwe eis</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/views/start_page.py" line="69" />
        <source>Plan, lead and report your IT project in one window. Each project is one file.</source>
        <translation>Plan, leid en rapporteer uw IT-project in één venster. Elk project is één bestand.</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="72" />
        <source>New project…</source>
        <translation>Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="73" />
        <source>Open project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="74" />
        <source>Open the demo project</source>
        <translation>Het demoproject openen</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="75" />
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
</context>
</TS>
