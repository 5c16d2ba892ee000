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
        <location filename="../../app/views/labels.py" line="55" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="56" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="57" />
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="58" />
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="59" />
        <source>% Complete</source>
        <translation>% voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="60" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="61" />
        <source>Constraint date</source>
        <translation>Beperkingsdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="62" />
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="63" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="64" />
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="73" />
        <location filename="../../app/views/labels.py" line="88" />
        <source>{0} cannot be empty.</source>
        <translation>{0} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="74" />
        <source>{0} is too long.</source>
        <translation>{0} is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="75" />
        <source>{0} must lie between 1984 and 2149.</source>
        <translation>{0} moet tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="76" />
        <source>{0} cannot lie before the start date.</source>
        <translation>{0} mag niet vóór de startdatum liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="77" />
        <source>{0} must be a three-letter code such as EUR.</source>
        <translation>{0} moet een code van drie letters zijn, zoals EUR.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="80" />
        <source>{0}: type a number with a unit, such as 5d, 3h or 2w.</source>
        <translation>{0}: typ een getal met een eenheid, zoals 5d, 3u of 2w.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="83" />
        <source>{0}: use a unit such as m, h, d, w or mo (e.g. 5d).</source>
        <translation>{0}: gebruik een eenheid zoals min, u, d, w of mnd (bijv. 5d).</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="86" />
        <source>{0} cannot be negative.</source>
        <translation>{0} mag niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="87" />
        <source>{0} is longer than 100 years.</source>
        <translation>{0} is langer dan 100 jaar.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="89" />
        <source>{0}: use task IDs with an optional type and lag, such as 3FS+2d;5SS.</source>
        <translation>{0}: gebruik taak-ID's, eventueel met type en vertraging, zoals 3EB+2d;5BB.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="92" />
        <source>{0}: the link type must be FS, SS, FF or SF.</source>
        <translation>{0}: het koppelingstype moet EB, BB, EE of BE zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="95" />
        <source>{0}: a lag looks like +2d, -1d or +50%.</source>
        <translation>{0}: een vertraging noteert u als +2d, -1d of +50%.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="96" />
        <source>{0}: the lag is too large.</source>
        <translation>{0}: de vertraging is te groot.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="97" />
        <source>{0}: a task is listed twice.</source>
        <translation>{0}: een taak staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="98" />
        <source>{0}: there is no task with that ID.</source>
        <translation>{0}: er is geen taak met dat ID.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="99" />
        <source>{0}: a task cannot depend on itself.</source>
        <translation>{0}: een taak kan niet van zichzelf afhankelijk zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="100" />
        <source>{0}: this link would make the tasks wait for each other.</source>
        <translation>{0}: door deze koppeling zouden de taken op elkaar wachten.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="103" />
        <source>{0} of a summary task comes from its subtasks.</source>
        <translation>{0} van een samenvattingstaak volgt uit de subtaken.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="104" />
        <source>{0} must be a number.</source>
        <translation>{0} moet een getal zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="105" />
        <source>{0} is out of range.</source>
        <translation>{0} valt buiten het toegestane bereik.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="108" />
        <source>{0} has a value that cannot be stored.</source>
        <translation>{0} heeft een waarde die niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="111" />
        <source>The item no longer exists.</source>
        <translation>Het item bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="133" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="134" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135" />
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="138" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="139" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="140" />
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="141" />
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="142" />
        <source>Restore &amp;Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="143" />
        <source>&amp;Close Project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144" />
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="146" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="147" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="148" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="149" />
        <source>&amp;Plan</source>
        <translation>&amp;Projectplan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="150" />
        <source>&amp;Schedule</source>
        <translation>P&amp;lanning</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="151" />
        <source>&amp;About Koers</source>
        <translation>&amp;Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="165" />
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="183" />
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="188" />
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192" />
        <source>Read-only: changes cannot be made</source>
        <translation>Alleen-lezen: wijzigingen zijn niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="194" />
        <source>Every change is saved at once</source>
        <translation>Elke wijziging wordt direct opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="200" />
        <source>Koers projects (*.koers)</source>
        <translation>Koers-projecten (*.koers)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="209" />
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="209" />
        <source>Koers projects (*.koers);;All files (*)</source>
        <translation>Koers-projecten (*.koers);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="217" />
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="218" />
        <source>{0} is open by {1} on {2} (since {3}).

Open it read-only?</source>
        <translation>{0} is geopend door {1} op {2} (sinds {3}).

Wilt u het project alleen-lezen openen?</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="234" />
        <source>{0} does not exist or cannot be read.</source>
        <translation>{0} bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="235" />
        <source>{0} is not a Koers project.</source>
        <translation>{0} is geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="237" />
        <source>{0} is a database of another program, not a Koers project.</source>
        <translation>{0} is een database van een ander programma, geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="240" />
        <source>{0} was saved by a newer version of Koers. Update Koers to open it.</source>
        <translation>{0} is opgeslagen met een nieuwere versie van Koers. Werk Koers bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="242" />
        <source>{0} is damaged and cannot be opened. Restore one of its backups.</source>
        <translation>{0} is beschadigd en kan niet worden geopend. Zet een van de back-ups terug.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="243" />
        <source>{0} is open in another Koers window.</source>
        <translation>{0} is geopend in een ander Koers-venster.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="245" />
        <source>{0} must be upgraded before it can be read; open it for editing.</source>
        <translation>{0} moet eerst worden bijgewerkt voordat het kan worden gelezen; open het om te bewerken.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248" />
        <source>{0} cannot be opened.</source>
        <translation>{0} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="286" />
        <source>Cannot open project</source>
        <translation>Project kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="295" />
        <source>Upgraded from file version {0}; the old file was kept beside it.</source>
        <translation>Bijgewerkt vanaf bestandsversie {0}; het oude bestand is ernaast bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="309" />
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="309" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="322" />
        <source>Cannot create project</source>
        <translation>Project kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="329" />
        <source>Save As</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="335" />
        <source>Cannot save the project</source>
        <translation>Het project kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="344" />
        <source>{0} copy</source>
        <translation>{0} kopie</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="346" />
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="352" />
        <source>Cannot save the copy</source>
        <translation>De kopie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="354" />
        <source>Copy saved as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="364" />
        <source>{0} (restored)</source>
        <translation>{0} (teruggezet)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="365" />
        <source>Restore Backup As</source>
        <translation>Back-up terugzetten als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="370" />
        <source>Cannot restore</source>
        <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="371" />
        <source>Choose a new file: the open project is never overwritten.</source>
        <translation>Kies een nieuw bestand: het geopende project wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="377" />
        <source>Cannot restore the backup</source>
        <translation>De back-up kan niet worden teruggezet</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="394" />
        <source>Change not made</source>
        <translation>Wijziging niet doorgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="410" />
        <source>About Koers</source>
        <translation>Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="412" />
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
        <location filename="../../app/views/project_view.py" line="35" />
        <source>Plan</source>
        <translation>Projectplan</translation>
    </message>
    <message>
        <location filename="../../app/views/project_view.py" line="36" />
        <source>Schedule</source>
        <translation>Planning</translation>
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
    <name>ScheduleTab</name>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="363" />
        <source>Insert task</source>
        <translation>Taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="363" />
        <source>Insert a task above this one</source>
        <translation>Een taak boven deze taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="364" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="364" />
        <source>Delete the selected tasks</source>
        <translation>De geselecteerde taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="365" />
        <source>Outdent</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="365" />
        <source>Move the tasks one level out</source>
        <translation>De taken één niveau hoger plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="366" />
        <source>Indent</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="366" />
        <source>Make the tasks subtasks</source>
        <translation>Van de taken subtaken maken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="367" />
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="367" />
        <source>Move above the previous task</source>
        <translation>Boven de vorige taak plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="368" />
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="368" />
        <source>Move below the next task</source>
        <translation>Onder de volgende taak plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="369" />
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="369" />
        <source>Link the selected tasks in order</source>
        <translation>De geselecteerde taken op volgorde koppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="370" />
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="370" />
        <source>Remove the links between them</source>
        <translation>De koppelingen tussen de taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="371" />
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="371" />
        <source>Mark or unmark milestones</source>
        <translation>Taken als mijlpaal markeren of de markering opheffen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="372" />
        <source>Task details…</source>
        <translation>Taakgegevens…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="372" />
        <source>Notes, constraint, dates</source>
        <translation>Notities, beperking, datums</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="373" />
        <source>Copy rows</source>
        <translation>Rijen kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="373" />
        <source>Copy as tab-separated text</source>
        <translation>Kopiëren als door tabs gescheiden tekst</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="374" />
        <source>Paste rows</source>
        <translation>Rijen plakken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="374" />
        <source>Paste rows as new tasks</source>
        <translation>Rijen als nieuwe taken plakken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="375" />
        <source>Fill down</source>
        <translation>Omlaag doorvoeren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="375" />
        <source>Copy the first value down</source>
        <translation>De eerste waarde naar beneden kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="376" />
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="376" />
        <source>Search the task names</source>
        <translation>In de taaknamen zoeken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="384" />
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="386" />
        <source>All tasks</source>
        <translation>Alle taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="387" />
        <source>Critical tasks</source>
        <translation>Kritieke taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="388" />
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="389" />
        <source>Summary tasks</source>
        <translation>Samenvattingstaken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="390" />
        <source>Incomplete tasks</source>
        <translation>Onvoltooide taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="394" />
        <source>Find tasks…</source>
        <translation>Taken zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="542" />
        <source>The links form a loop: {0}. Remove one of these links to schedule the plan.</source>
        <translation>De koppelingen vormen een lus: {0}. Verwijder een van deze koppelingen om de planning te kunnen berekenen.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="565" />
        <location filename="../../app/views/schedule_tab.py" line="788" />
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="574" />
        <source>Delete {0} task(s)?</source>
        <translation>{0} taak/taken verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="576" />
        <source>{0} link(s) to other tasks will be removed.</source>
        <translation>{0} koppeling(en) met andere taken worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="578" />
        <source>{0} subtask(s) will be deleted too.</source>
        <translation>{0} subtaak/subtaken worden ook verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="581" />
        <source>Delete tasks</source>
        <translation>Taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="766" />
        <source>Paste tasks</source>
        <translation>Taken plakken</translation>
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
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="214" />
        <source>Task details: {0}</source>
        <translation>Taakgegevens: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="216" />
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="217" />
        <source>&amp;Constraint:</source>
        <translation>&amp;Beperking:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="218" />
        <source>Constraint &amp;date:</source>
        <translation>Beperkings&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="219" />
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="220" />
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="221" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="225" />
        <source>Computed schedule</source>
        <translation>Berekende planning</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="227" />
        <source>Start:</source>
        <translation>Begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="228" />
        <source>Finish:</source>
        <translation>Einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="229" />
        <source>Early start:</source>
        <translation>Vroegste begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="230" />
        <source>Early finish:</source>
        <translation>Vroegste einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="231" />
        <source>Late start:</source>
        <translation>Laatste begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="232" />
        <source>Late finish:</source>
        <translation>Laatste einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="233" />
        <source>Total float:</source>
        <translation>Totale speling:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="234" />
        <source>Free float:</source>
        <translation>Vrije speling:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="235" />
        <source>Critical:</source>
        <translation>Kritiek:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="236" />
        <source>Problems:</source>
        <translation>Problemen:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="241" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="241" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="282" />
        <source>Edit task details</source>
        <translation>Taakgegevens bewerken</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../app/views/task_table_model.py" line="101" />
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="102" />
        <source>As late as possible</source>
        <translation>Zo laat mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="103" />
        <source>Must start on</source>
        <translation>Moet beginnen op</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="104" />
        <source>Must finish on</source>
        <translation>Moet eindigen op</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="105" />
        <source>Start no earlier than</source>
        <translation>Niet eerder beginnen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="106" />
        <source>Start no later than</source>
        <translation>Niet later beginnen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="107" />
        <source>Finish no earlier than</source>
        <translation>Niet eerder eindigen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="108" />
        <source>Finish no later than</source>
        <translation>Niet later eindigen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="115" />
        <source>A constraint conflicts with the links.</source>
        <translation>Een beperking is in strijd met de koppelingen.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="116" />
        <source>The task finishes after its deadline.</source>
        <translation>De taak eindigt na de deadline.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="117" />
        <source>The task has negative float.</source>
        <translation>De taak heeft negatieve speling.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="410" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="411" />
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="412" />
        <source>Task name</source>
        <translation>Taaknaam</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="413" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="414" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="415" />
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="416" />
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="417" />
        <source>% Complete</source>
        <translation>% voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="418" />
        <source>Total float</source>
        <translation>Totale speling</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="419" />
        <source>Constraint</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="420" />
        <source>Resource names</source>
        <translation>Resourcenamen</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="421" />
        <source>Free float</source>
        <translation>Vrije speling</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="422" />
        <source>Early start</source>
        <translation>Vroegste begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="423" />
        <source>Early finish</source>
        <translation>Vroegste einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="424" />
        <source>Late start</source>
        <translation>Laatste begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="425" />
        <source>Late finish</source>
        <translation>Laatste einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="426" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="427" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="481" />
        <source>Critical task</source>
        <translation>Kritieke taak</translation>
    </message>
</context>
</TS>
