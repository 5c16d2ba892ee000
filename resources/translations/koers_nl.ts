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
    <name>CalendarDialog</name>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="244" />
        <source>Project Calendar</source>
        <translation>Projectkalender</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="245" />
        <source>Calendar &amp;name:</source>
        <translation>Kalender&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="246" />
        <source>Working time per weekday</source>
        <translation>Werktijden per weekdag</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="248" />
        <source>Working day</source>
        <translation>Werkdag</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="249" />
        <location filename="../../app/views/calendar_dialog.py" line="251" />
        <location filename="../../app/views/calendar_dialog.py" line="276" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="250" />
        <location filename="../../app/views/calendar_dialog.py" line="252" />
        <location filename="../../app/views/calendar_dialog.py" line="277" />
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="259" />
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="260" />
        <source>A second working period, after a break</source>
        <translation>Een tweede werkperiode, na een pauze</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="261" />
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="262" />
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="263" />
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="264" />
        <source>&amp;Holidays that are days off:</source>
        <translation>&amp;Feestdagen die vrije dagen zijn:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="266" />
        <source>Uncheck a holiday to make it a working day, as many employers do.</source>
        <translation>Vink een feestdag uit om er een werkdag van te maken, zoals veel werkgevers doen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="269" />
        <location filename="../../app/views/calendar_dialog.py" line="331" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="271" />
        <location filename="../../app/views/calendar_dialog.py" line="356" />
        <source>Whole country</source>
        <translation>Het hele land</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="272" />
        <source>Exceptions</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="275" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="278" />
        <source>Working times</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="279" />
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="284" />
        <source>Type working times as 09:00–13:00, 14:00–16:00; leave them empty for days off.</source>
        <translation>Typ werktijden als 09:00–13:00, 14:00–16:00; laat ze leeg voor vrije dagen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="287" />
        <source>&amp;Add Exception</source>
        <translation>Uitzondering &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="288" />
        <source>Re&amp;move Exception</source>
        <translation>Uitzondering &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="304" />
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="304" />
        <source>Every {0} days</source>
        <translation>Elke {0} dagen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="306" />
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="306" />
        <source>Every {0} weeks</source>
        <translation>Elke {0} weken</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="313" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="315" />
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="315" />
        <source>Every {0} months</source>
        <translation>Elke {0} maanden</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="317" />
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="317" />
        <source>Every {0} years</source>
        <translation>Elke {0} jaar</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="319" />
        <source>{0}, {1} times</source>
        <translation>{0}, {1} keer</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="455" />
        <location filename="../../app/views/calendar_dialog.py" line="501" />
        <location filename="../../app/views/calendar_dialog.py" line="520" />
        <source>Non-working</source>
        <translation>Niet-werktijd</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="462" />
        <source>New exception</source>
        <translation>Nieuwe uitzondering</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="578" />
        <source>The project is open read-only.</source>
        <translation>Het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="590" />
        <source>Exception “{0}”</source>
        <translation>Uitzondering ‘{0}’</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="592" />
        <source>Exception {0}</source>
        <translation>Uitzondering {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="595" />
        <source>{0}: the working periods overlap.</source>
        <translation>{0}: de werkperioden overlappen elkaar.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="596" />
        <source>{0}: a working period must end after it starts.</source>
        <translation>{0}: een werkperiode moet eindigen na het begin.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="597" />
        <source>{0}: working times must lie between 00:00 and 24:00.</source>
        <translation>{0}: werktijden moeten tussen 00:00 en 24:00 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="599" />
        <source>{0}: type working times such as 09:00–13:00, 14:00–16:00, or leave them empty.</source>
        <translation>{0}: typ werktijden zoals 09:00–13:00, 14:00–16:00, of laat ze leeg.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="601" />
        <source>{0}: the end date lies before the start date.</source>
        <translation>{0}: de einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="602" />
        <source>{0}: dates must lie between 1984 and 2149.</source>
        <translation>{0}: datums moeten tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="603" />
        <source>{0}: the name is too long.</source>
        <translation>{0}: de naam is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="609" />
        <source>The week needs at least one working day; otherwise no task could be scheduled.</source>
        <translation>De week moet minstens één werkdag hebben; anders kan geen enkele taak worden gepland.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="611" />
        <source>The calendar needs a name.</source>
        <translation>De kalender moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="612" />
        <source>The calendar name is too long.</source>
        <translation>De kalendernaam is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="614" />
        <source>There are no public holidays known for {0}.</source>
        <translation>Er zijn geen feestdagen bekend voor {0}.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="617" />
        <source>There are no public holidays known for the region {0}.</source>
        <translation>Er zijn geen feestdagen bekend voor de regio {0}.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="627" />
        <source>Calendar not changed</source>
        <translation>Kalender niet gewijzigd</translation>
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
    <message>
        <location filename="../../app/commands/calendars.py" line="20" />
        <source>Change project calendar</source>
        <translation>Projectkalender wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/view_settings.py" line="41" />
        <source>Page setup</source>
        <translation>Pagina-instelling</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="125" />
        <source>Chart options</source>
        <translation>Grafiekopties</translation>
    </message>
</context>
<context>
    <name>GanttControls</name>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="159" />
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="159" />
        <source>Show a shorter time span</source>
        <translation>Een kortere periode tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="160" />
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="160" />
        <source>Show a longer time span</source>
        <translation>Een langere periode tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="161" />
        <source>Whole project</source>
        <translation>Hele project</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="161" />
        <source>Zoom to fit the project</source>
        <translation>Het hele project in beeld</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="162" />
        <source>Scroll to task</source>
        <translation>Naar taak schuiven</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="162" />
        <source>Show the task's bar</source>
        <translation>De balk van de taak tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="169" />
        <source>Critical path</source>
        <translation>Kritiek pad</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="170" />
        <source>Baseline bars</source>
        <translation>Basisplanbalken</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="171" />
        <source>Slack bars</source>
        <translation>Spelingbalken</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="172" />
        <source>ISO week numbers</source>
        <translation>ISO-weeknummers</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="176" />
        <source>Bar labels</source>
        <translation>Balklabels</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="178" />
        <source>Task name</source>
        <translation>Taaknaam</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="179" />
        <source>Resource names</source>
        <translation>Resourcenamen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="180" />
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="181" />
        <source>No labels</source>
        <translation>Geen labels</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="185" />
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
</context>
<context>
    <name>GanttPainter</name>
    <message>
        <location filename="../../app/views/gantt_painter.py" line="654" />
        <source>Week {0}</source>
        <translation>Week {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_painter.py" line="673" />
        <source>Q{0}</source>
        <translation>K{0}</translation>
    </message>
</context>
<context>
    <name>GanttPrint</name>
    <message>
        <location filename="../../app/views/gantt_print.py" line="156" />
        <source>Status date: {0}</source>
        <translation>Statusdatum: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="357" />
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="407" />
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="408" />
        <source>Critical task</source>
        <translation>Kritieke taak</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="409" />
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="410" />
        <source>Summary</source>
        <translation>Samenvattende taak</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="411" />
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="412" />
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="413" />
        <source>Slack</source>
        <translation>Speling</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="414" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="415" />
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../../app/views/gantt_view.py" line="420" />
        <source>Link to {0}</source>
        <translation>Koppelen aan {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="609" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="609" />
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="610" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="610" />
        <source>Total float</source>
        <translation>Totale speling</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="619" />
        <source>Baseline</source>
        <translation>Basisplan</translation>
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
        <location filename="../../app/views/main_window.py" line="160" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="161" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="162" />
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163" />
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="164" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="165" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="166" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="167" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168" />
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="169" />
        <source>Save a Cop&amp;y…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="170" />
        <source>Restore &amp;Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="171" />
        <source>&amp;Import Microsoft Project XML…</source>
        <translation>Microsoft Project XML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="172" />
        <source>&amp;Close Project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="173" />
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="175" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="176" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="177" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="178" />
        <source>Project &amp;Calendar…</source>
        <translation>Project&amp;kalender…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="179" />
        <source>Save &amp;Baseline…</source>
        <translation>&amp;Basisplan opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="180" />
        <source>&amp;Update Project…</source>
        <translation>Project bij&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="181" />
        <source>&amp;Plan</source>
        <translation>&amp;Projectplan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="182" />
        <source>&amp;Schedule</source>
        <translation>P&amp;lanning</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="183" />
        <source>&amp;About Koers</source>
        <translation>&amp;Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="198" />
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="220" />
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="225" />
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="229" />
        <source>Read-only: changes cannot be made</source>
        <translation>Alleen-lezen: wijzigingen zijn niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="231" />
        <source>Every change is saved at once</source>
        <translation>Elke wijziging wordt direct opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="237" />
        <source>Koers projects (*.koers)</source>
        <translation>Koers-projecten (*.koers)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="246" />
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="246" />
        <source>Koers projects (*.koers);;All files (*)</source>
        <translation>Koers-projecten (*.koers);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="254" />
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="255" />
        <source>{0} is open by {1} on {2} (since {3}).

Open it read-only?</source>
        <translation>{0} is geopend door {1} op {2} (sinds {3}).

Wilt u het project alleen-lezen openen?</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="264" />
        <source>Import Microsoft Project XML</source>
        <translation>Microsoft Project XML importeren</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="266" />
        <source>Microsoft Project XML (*.xml);;All files (*)</source>
        <translation>Microsoft Project XML (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="273" />
        <source>Save Baseline</source>
        <translation>Basisplan opslaan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="274" />
        <source>Save the current schedule as baseline (0–10):</source>
        <translation>De huidige planning opslaan als basisplan (0–10):</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="284" />
        <source>Update Project</source>
        <translation>Project bijwerken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="286" />
        <source>Move all work that should have been done by the status date past it?

Tasks not started get a start-no-earlier-than constraint; tasks in progress continue after the status date. You can undo this.</source>
        <translation>Al het werk dat op de statusdatum klaar had moeten zijn, naar na de statusdatum verplaatsen?

Taken die nog niet zijn begonnen, krijgen de beperking 'Niet eerder beginnen dan'; taken in uitvoering gaan na de statusdatum verder. U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="303" />
        <source>{0} does not exist or cannot be read.</source>
        <translation>{0} bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="304" />
        <source>{0} is not a Koers project.</source>
        <translation>{0} is geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="306" />
        <source>{0} is a database of another program, not a Koers project.</source>
        <translation>{0} is een database van een ander programma, geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="309" />
        <source>{0} was saved by a newer version of Koers. Update Koers to open it.</source>
        <translation>{0} is opgeslagen met een nieuwere versie van Koers. Werk Koers bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="311" />
        <source>{0} is damaged and cannot be opened. Restore one of its backups.</source>
        <translation>{0} is beschadigd en kan niet worden geopend. Zet een van de back-ups terug.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="312" />
        <source>{0} is open in another Koers window.</source>
        <translation>{0} is geopend in een ander Koers-venster.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="314" />
        <source>{0} must be upgraded before it can be read; open it for editing.</source>
        <translation>{0} moet eerst worden bijgewerkt voordat het kan worden gelezen; open het om te bewerken.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="317" />
        <source>{0} cannot be opened.</source>
        <translation>{0} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="358" />
        <source>Cannot open project</source>
        <translation>Project kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="367" />
        <source>Upgraded from file version {0}; the old file was kept beside it.</source>
        <translation>Bijgewerkt vanaf bestandsversie {0}; het oude bestand is ernaast bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="381" />
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="381" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="394" />
        <source>Cannot create project</source>
        <translation>Project kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="401" />
        <source>Save As</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="407" />
        <source>Cannot save the project</source>
        <translation>Het project kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="416" />
        <source>{0} copy</source>
        <translation>{0} kopie</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="418" />
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="424" />
        <source>Cannot save the copy</source>
        <translation>De kopie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="426" />
        <source>Copy saved as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="436" />
        <source>{0} (restored)</source>
        <translation>{0} (teruggezet)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="437" />
        <source>Restore Backup As</source>
        <translation>Back-up terugzetten als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="442" />
        <source>Cannot restore</source>
        <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="443" />
        <location filename="../../app/views/main_window.py" line="464" />
        <source>Choose a new file: the open project is never overwritten.</source>
        <translation>Kies een nieuw bestand: het geopende project wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="449" />
        <source>Cannot restore the backup</source>
        <translation>De back-up kan niet worden teruggezet</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="458" />
        <source>Save Imported Project As</source>
        <translation>Geïmporteerd project opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="463" />
        <source>Cannot import</source>
        <translation>Importeren niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="471" />
        <source>Cannot import {0}</source>
        <translation>{0} kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="472" />
        <source>{0} could not be imported as Microsoft Project XML.</source>
        <translation>{0} kon niet worden geïmporteerd als Microsoft Project XML.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="510" />
        <source>Baseline saved</source>
        <translation>Basisplan opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="512" />
        <source>Baseline {0} saved</source>
        <translation>Basisplan {0} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="524" />
        <source>Project not updated</source>
        <translation>Project niet bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="528" />
        <source>Nothing to update: no unfinished work lies before the status date.</source>
        <translation>Niets bij te werken: er ligt geen onvoltooid werk vóór de statusdatum.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="535" />
        <source>Set a status date in the project charter first: Update Project moves unfinished work past it.</source>
        <translation>Stel eerst een statusdatum in het projecthandvest in: Project bijwerken verplaatst onvoltooid werk naar na die datum.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="539" />
        <source>The tasks wait for each other in a loop; remove a link first.</source>
        <translation>De taken wachten in een kring op elkaar; verwijder eerst een koppeling.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="552" />
        <source>Change not made</source>
        <translation>Wijziging niet doorgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="568" />
        <source>About Koers</source>
        <translation>Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="570" />
        <source>&lt;h3&gt;Koers {0}&lt;/h3&gt;&lt;p&gt;Plan, lead and report an IT project in one window, offline, with each project in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Koers {0}&lt;/h3&gt;&lt;p&gt;Plan, leid en rapporteer een IT-project in één venster, offline, met elk project in één bestand.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="84" />
        <source>The chosen columns leave no room for the chart on this paper. Print fewer columns, or choose larger paper, landscape or a smaller size.</source>
        <translation>De gekozen kolommen laten op dit papier geen ruimte voor de grafiek. Druk minder kolommen af, of kies groter papier, liggend of een kleiner formaat.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="90" />
        <source>The chart would need more than {0} pages. Choose a coarser time scale, a date range or fit it to fewer pages.</source>
        <translation>De grafiek zou meer dan {0} pagina's nodig hebben. Kies een grovere tijdschaal, een datumbereik of pas hem op minder pagina's.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="96" />
        <source>The last date to print lies before the first.</source>
        <translation>De laatste datum ligt vóór de eerste.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="98" />
        <source>Dates to print must lie between 1984 and 2149.</source>
        <translation>Af te drukken datums moeten tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="100" />
        <source>Tick pages wide, pages tall or both to fit the chart to pages.</source>
        <translation>Vink pagina's breed, pagina's hoog of beide aan om de grafiek passend te maken.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="104" />
        <source>Margins must lie between {0} and {1} mm.</source>
        <translation>Marges moeten tussen {0} en {1} mm liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="108" />
        <source>Fit the chart to between {0} and {1} pages.</source>
        <translation>Pas de grafiek op {0} tot {1} pagina's.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="112" />
        <source>The size must lie between {0} and {1} %.</source>
        <translation>Het formaat moet tussen {0} en {1} % liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="116" />
        <source>A header or footer text is longer than {0} characters.</source>
        <translation>Een kop- of voettekst is langer dan {0} tekens.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="120" />
        <source>The list of columns cannot be printed.</source>
        <translation>De lijst met kolommen kan niet worden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="122" />
        <source>Choose one of the paper sizes offered.</source>
        <translation>Kies een van de aangeboden papierformaten.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="145" />
        <source>Page Setup</source>
        <translation>Pagina-instelling</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161" />
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161" />
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161" />
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161" />
        <source>Header and Footer</source>
        <translation>Kop- en voettekst</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="192" />
        <source>{0} ({1} × {2} mm)</source>
        <translation>{0} ({1} × {2} mm)</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="194" />
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="196" />
        <source>P&amp;ortrait</source>
        <translation>Staan&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="197" />
        <source>&amp;Landscape</source>
        <translation>&amp;Liggend</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="204" />
        <source>Orientation:</source>
        <translation>Afdrukstand:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208" />
        <location filename="../../app/views/page_setup_dialog.py" line="337" />
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208" />
        <source>Top</source>
        <translation>Boven</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208" />
        <location filename="../../app/views/page_setup_dialog.py" line="337" />
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208" />
        <source>Bottom</source>
        <translation>Onder</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="222" />
        <source>Margins:</source>
        <translation>Marges:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="224" />
        <source>&amp;Adjust to</source>
        <translation>&amp;Aanpassen aan</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="225" />
        <source>&amp;Fit to</source>
        <translation>Passend &amp;maken op</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="233" />
        <source>Pages &amp;wide:</source>
        <translation>Pagina's &amp;breed:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="234" />
        <source>Pages &amp;tall:</source>
        <translation>Pagina's &amp;hoog:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="242" />
        <source>of normal size</source>
        <translation>van de normale grootte</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="252" />
        <source>Size:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="262" />
        <source>&amp;Whole project</source>
        <translation>He&amp;le project</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="263" />
        <source>F&amp;rom</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="276" />
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="281" />
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="286" />
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="287" />
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="288" />
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="289" />
        <source>Quarters</source>
        <translation>Kwartalen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="293" />
        <source>Time &amp;scale:</source>
        <translation>Tijd&amp;schaal:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="295" />
        <source>Print the le&amp;gend</source>
        <translation>Le&amp;genda afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="297" />
        <source>Print only the tasks the filter s&amp;hows</source>
        <translation>Alleen de taken afdrukken die het &amp;filter toont</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="299" />
        <source>The Schedule tab's filter, with collapsed summaries left closed</source>
        <translation>Het filter van het tabblad Planning; ingeklapte samenvattende taken blijven dicht</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="309" />
        <source>Tick the columns to print beside the chart; drag them into the order you want.</source>
        <translation>Vink de kolommen aan die naast de grafiek komen; sleep ze in de gewenste volgorde.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="321" />
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="322" />
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="337" />
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="344" />
        <source>Header:</source>
        <translation>Koptekst:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="344" />
        <source>Footer:</source>
        <translation>Voettekst:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="359" />
        <source>&amp;Insert Field</source>
        <translation>Veld &amp;invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="364" />
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="365" />
        <source>Project manager</source>
        <translation>Projectmanager</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="366" />
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="367" />
        <source>Print date</source>
        <translation>Afdrukdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="368" />
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="369" />
        <source>Number of pages</source>
        <translation>Aantal pagina's</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="378" />
        <source>Fields are filled in on every page, e.g. {page} with the page number.</source>
        <translation>Velden worden op elke pagina ingevuld, bijvoorbeeld {page} met het paginanummer.</translation>
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
    <name>PrintActions</name>
    <message>
        <location filename="../../app/views/print_actions.py" line="121" />
        <source>Pa&amp;ge Setup…</source>
        <translation>Pa&amp;gina-instelling…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="122" />
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="123" />
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="124" />
        <source>Export Chart as P&amp;DF…</source>
        <translation>Grafiek exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="125" />
        <source>Export Chart as I&amp;mage…</source>
        <translation>Grafiek exporteren als af&amp;beelding…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="165" />
        <location filename="../../app/views/print_actions.py" line="299" />
        <location filename="../../app/views/print_actions.py" line="332" />
        <source>Cannot print the chart</source>
        <translation>Kan de grafiek niet afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="208" />
        <source>The project is read-only: this page setup is used until you close it.</source>
        <translation>Het project is alleen-lezen: deze pagina-instelling geldt tot u het sluit.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="215" />
        <source>Page setup not saved</source>
        <translation>Pagina-instelling niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="249" />
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="274" />
        <source>{0} pages sent to the printer</source>
        <translation>{0} pagina's naar de printer gestuurd</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="282" />
        <source>Print Chart</source>
        <translation>Grafiek afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="299" />
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="365" />
        <source>Chart saved as {0} ({1} pages)</source>
        <translation>Grafiek opgeslagen als {0} ({1} pagina's)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="400" />
        <location filename="../../app/views/print_actions.py" line="454" />
        <location filename="../../app/views/print_actions.py" line="465" />
        <source>Cannot export the chart</source>
        <translation>Kan de grafiek niet exporteren</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="402" />
        <source>The chart is too large for one PNG image ({0} pixels). Zoom out, save it as SVG or export a PDF.</source>
        <translation>De grafiek is te groot voor één PNG-afbeelding ({0} pixels). Zoom uit, sla hem op als SVG of exporteer een PDF.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="410" />
        <source>Chart saved as {0}</source>
        <translation>Grafiek opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="414" />
        <source>Export Chart as PDF</source>
        <translation>Grafiek exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="414" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="419" />
        <source>Export Chart as Image</source>
        <translation>Grafiek exporteren als afbeelding</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="421" />
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="421" />
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="455" />
        <source>Choose another file: the open project is never overwritten.</source>
        <translation>Kies een ander bestand: het open project wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="462" />
        <source>{0} already exists; choose another name.</source>
        <translation>{0} bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="464" />
        <source>{0} could not be written.</source>
        <translation>{0} kon niet worden geschreven.</translation>
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
        <location filename="../../app/views/schedule_tab.py" line="414" />
        <source>Insert task</source>
        <translation>Taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="414" />
        <source>Insert a task above this one</source>
        <translation>Een taak boven deze taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="415" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="415" />
        <source>Delete the selected tasks</source>
        <translation>De geselecteerde taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="416" />
        <source>Outdent</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="416" />
        <source>Move the tasks one level out</source>
        <translation>De taken één niveau hoger plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="417" />
        <source>Indent</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="417" />
        <source>Make the tasks subtasks</source>
        <translation>Van de taken subtaken maken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="418" />
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="418" />
        <source>Move above the previous task</source>
        <translation>Boven de vorige taak plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="419" />
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="419" />
        <source>Move below the next task</source>
        <translation>Onder de volgende taak plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="420" />
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="420" />
        <source>Link the selected tasks in order</source>
        <translation>De geselecteerde taken op volgorde koppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="421" />
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="421" />
        <source>Remove the links between them</source>
        <translation>De koppelingen tussen de taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="422" />
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="422" />
        <source>Mark or unmark milestones</source>
        <translation>Taken als mijlpaal markeren of de markering opheffen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="423" />
        <source>Task details…</source>
        <translation>Taakgegevens…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="423" />
        <source>Notes, constraint, dates</source>
        <translation>Notities, beperking, datums</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="424" />
        <source>Copy rows</source>
        <translation>Rijen kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="424" />
        <source>Copy as tab-separated text</source>
        <translation>Kopiëren als door tabs gescheiden tekst</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="425" />
        <source>Paste rows</source>
        <translation>Rijen plakken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="425" />
        <source>Paste rows as new tasks</source>
        <translation>Rijen als nieuwe taken plakken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="426" />
        <source>Fill down</source>
        <translation>Omlaag doorvoeren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="426" />
        <source>Copy the first value down</source>
        <translation>De eerste waarde naar beneden kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="427" />
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="427" />
        <source>Search the task names</source>
        <translation>In de taaknamen zoeken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="435" />
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="437" />
        <source>All tasks</source>
        <translation>Alle taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="438" />
        <source>Critical tasks</source>
        <translation>Kritieke taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="439" />
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="440" />
        <source>Summary tasks</source>
        <translation>Samenvattingstaken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="441" />
        <source>Incomplete tasks</source>
        <translation>Onvoltooide taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="442" />
        <source>Late against baseline</source>
        <translation>Te laat t.o.v. basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="443" />
        <source>Near-critical tasks</source>
        <translation>Bijna-kritieke taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="444" />
        <source>Tasks in a date range</source>
        <translation>Taken in een periode</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="448" />
        <source>Find tasks…</source>
        <translation>Taken zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="603" />
        <source>The links form a loop: {0}. Remove one of these links to schedule the plan.</source>
        <translation>De koppelingen vormen een lus: {0}. Verwijder een van deze koppelingen om de planning te kunnen berekenen.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="626" />
        <location filename="../../app/views/schedule_tab.py" line="854" />
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="635" />
        <source>Delete {0} task(s)?</source>
        <translation>{0} taak/taken verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="637" />
        <source>{0} link(s) to other tasks will be removed.</source>
        <translation>{0} koppeling(en) met andere taken worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="639" />
        <source>{0} subtask(s) will be deleted too.</source>
        <translation>{0} subtaak/subtaken worden ook verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="642" />
        <source>Delete tasks</source>
        <translation>Taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="832" />
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
        <location filename="../../app/views/task_details_dialog.py" line="220" />
        <source>Task details: {0}</source>
        <translation>Taakgegevens: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="222" />
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="223" />
        <source>&amp;Constraint:</source>
        <translation>&amp;Beperking:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="224" />
        <source>Constraint &amp;date:</source>
        <translation>Beperkings&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="225" />
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="226" />
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="227" />
        <source>Resources:</source>
        <translation>Resources:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="228" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="232" />
        <source>Computed schedule</source>
        <translation>Berekende planning</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="234" />
        <source>Start:</source>
        <translation>Begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="235" />
        <source>Finish:</source>
        <translation>Einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="236" />
        <source>Early start:</source>
        <translation>Vroegste begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="237" />
        <source>Early finish:</source>
        <translation>Vroegste einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="238" />
        <source>Late start:</source>
        <translation>Laatste begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="239" />
        <source>Late finish:</source>
        <translation>Laatste einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="240" />
        <source>Total float:</source>
        <translation>Totale speling:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="241" />
        <source>Free float:</source>
        <translation>Vrije speling:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="242" />
        <source>Critical:</source>
        <translation>Kritiek:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="243" />
        <source>Problems:</source>
        <translation>Problemen:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="248" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="248" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="289" />
        <source>Edit task details</source>
        <translation>Taakgegevens bewerken</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../app/views/task_table_model.py" line="123" />
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="124" />
        <source>As late as possible</source>
        <translation>Zo laat mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="125" />
        <source>Must start on</source>
        <translation>Moet beginnen op</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="126" />
        <source>Must finish on</source>
        <translation>Moet eindigen op</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="127" />
        <source>Start no earlier than</source>
        <translation>Niet eerder beginnen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="128" />
        <source>Start no later than</source>
        <translation>Niet later beginnen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="129" />
        <source>Finish no earlier than</source>
        <translation>Niet eerder eindigen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="130" />
        <source>Finish no later than</source>
        <translation>Niet later eindigen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="137" />
        <source>A constraint conflicts with the links.</source>
        <translation>Een beperking is in strijd met de koppelingen.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="138" />
        <source>The task finishes after its deadline.</source>
        <translation>De taak eindigt na de deadline.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="139" />
        <source>The task has negative float.</source>
        <translation>De taak heeft negatieve speling.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="450" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="451" />
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="452" />
        <source>Task name</source>
        <translation>Taaknaam</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="453" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="454" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="455" />
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="456" />
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="457" />
        <source>% Complete</source>
        <translation>% voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="458" />
        <source>Total float</source>
        <translation>Totale speling</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="459" />
        <source>Constraint</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="460" />
        <source>Resource names</source>
        <translation>Resourcenamen</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="461" />
        <source>Free float</source>
        <translation>Vrije speling</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="462" />
        <source>Early start</source>
        <translation>Vroegste begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="463" />
        <source>Early finish</source>
        <translation>Vroegste einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="464" />
        <source>Late start</source>
        <translation>Laatste begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="465" />
        <source>Late finish</source>
        <translation>Laatste einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="466" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="467" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="468" />
        <source>Baseline start</source>
        <translation>Basisplan begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="469" />
        <source>Baseline finish</source>
        <translation>Basisplan einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="470" />
        <source>Start variance</source>
        <translation>Afwijking begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="471" />
        <source>Finish variance</source>
        <translation>Afwijking einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="525" />
        <source>Critical task</source>
        <translation>Kritieke taak</translation>
    </message>
</context>
</TS>
