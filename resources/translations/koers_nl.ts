<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApproveChangeDialog</name>
    <message>
        <location filename="../../app/views/budget_approve_dialog.py" line="50"/>
        <source>Who approved it, e.g. the steering committee</source>
        <translation>Wie het heeft goedgekeurd, bijv. de stuurgroep</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_approve_dialog.py" line="54"/>
        <source>Re-baseline the tasks the change affects</source>
        <translation>Het basisplan opnieuw vastleggen voor de taken waarop de wijziging van invloed is</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_approve_dialog.py" line="68"/>
        <source>The baseline of the ticked tasks is saved again as they are planned now; their summaries follow. Earned value is then measured against it.</source>
        <translation>Het basisplan van de aangevinkte taken wordt opnieuw opgeslagen zoals ze nu gepland zijn; hun samenvattende taken volgen. Earned value wordt daarna daartegen gemeten.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_approve_dialog.py" line="79"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_approve_dialog.py" line="84"/>
        <source>Decided by:</source>
        <translation>Besloten door:</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_approve_dialog.py" line="85"/>
        <source>Decision date:</source>
        <translation>Besluitdatum:</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../app/views/assignments_panel.py" line="131"/>
        <source>Task &amp;type:</source>
        <translation>&amp;Taaktype:</translation>
    </message>
    <message>
        <location filename="../../app/views/assignments_panel.py" line="134"/>
        <source>&amp;Effort driven</source>
        <translation>&amp;Inspanningsgestuurd</translation>
    </message>
    <message>
        <location filename="../../app/views/assignments_panel.py" line="137"/>
        <source>Adding a resource keeps the total work and shortens the task; removing one lengthens it.</source>
        <translation>Een resource toevoegen houdt het totale werk gelijk en verkort de taak; een resource weghalen verlengt haar.</translation>
    </message>
    <message>
        <location filename="../../app/views/assignments_panel.py" line="141"/>
        <source>&amp;Assign</source>
        <translation>&amp;Toewijzen</translation>
    </message>
    <message>
        <location filename="../../app/views/assignments_panel.py" line="142"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/assignments_panel.py" line="145"/>
        <source>Units: 50% for a person, a quantity for material; work as 16h or 2d; a cost resource&apos;s amount in the Cost column. Changes apply at once; Cancel takes them back.</source>
        <translation>Eenheden: 50% voor een persoon, een hoeveelheid voor materiaal; werk als 16u of 2d; het bedrag van een kostenresource in de kolom Kosten. Wijzigingen gelden meteen; Annuleren draait ze terug.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../app/views/background_job.py" line="168"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/views/background_job.py" line="215"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="32"/>
        <source>Restore Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="44"/>
        <source>Koers keeps the last 10 snapshots of this project. The one you choose is restored into a new file; the current project is not changed.</source>
        <translation>Koers bewaart de laatste 10 momentopnamen van dit project. De momentopname die u kiest, wordt in een nieuw bestand teruggezet; het huidige project blijft ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="53"/>
        <source>Restore as…</source>
        <translation>Terugzetten als…</translation>
    </message>
</context>
<context>
    <name>BudgetBreakdownPage</name>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="121"/>
        <source>By WBS</source>
        <translation>Per WBS</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="121"/>
        <source>Cost of every task, summaries rolled up</source>
        <translation>Kosten van elke taak, opgeteld in de samenvattende taken</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="122"/>
        <source>By category</source>
        <translation>Per kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="122"/>
        <source>The plan&apos;s cost per cost category</source>
        <translation>Kosten van het plan per kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="123"/>
        <source>By month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="123"/>
        <source>The plan&apos;s cost per month and category</source>
        <translation>Kosten van het plan per maand en kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="130"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="131"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="132"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="133"/>
        <source>Remaining</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="134"/>
        <source>Baseline cost</source>
        <translation>Kosten basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="135"/>
        <source>Variance</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="138"/>
        <source>Baseline cost − cost: negative is an over-run</source>
        <translation>Kosten basisplan − kosten: negatief is een overschrijding</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="144"/>
        <location filename="../../app/views/budget_breakdown.py" line="385"/>
        <source>New category</source>
        <translation>Nieuwe kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="144"/>
        <source>Add a cost category</source>
        <translation>Een kostensoort toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="147"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="148"/>
        <source>Delete the selected category (what uses it can move to another)</source>
        <translation>De geselecteerde kostensoort verwijderen (wat ervan gebruikmaakt, kan naar een andere)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="150"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="150"/>
        <source>Move up the list</source>
        <translation>Hoger in de lijst plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="151"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="151"/>
        <source>Move down the list</source>
        <translation>Lager in de lijst plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="157"/>
        <source>Category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="158"/>
        <source>Cost of the plan</source>
        <translation>Kosten van het plan</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="158"/>
        <source>What the schedule&apos;s tasks cost</source>
        <translation>Wat de taken in de planning kosten</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="159"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="159"/>
        <source>Share of the plan&apos;s whole cost</source>
        <translation>Aandeel in de totale kosten van het plan</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="161"/>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="162"/>
        <source>Invoices and expenses booked, plus the actual work of internal staff</source>
        <translation>Geboekte facturen en uitgaven, plus de werkelijk gewerkte uren van interne medewerkers</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="164"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="165"/>
        <source>Budget − plan</source>
        <translation>Budget − plan</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="165"/>
        <source>Negative: the plan costs more than budgeted</source>
        <translation>Negatief: het plan kost meer dan begroot</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="190"/>
        <source>Cost of the plan {0} · actual cost of the progress {1} · remaining {2}</source>
        <translation>Kosten van het plan {0} · werkelijke kosten van de voortgang {1} · resterend {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="227"/>
        <location filename="../../app/views/budget_breakdown.py" line="290"/>
        <location filename="../../app/views/budget_breakdown.py" line="324"/>
        <location filename="../../app/views/budget_breakdown.py" line="337"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="321"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="324"/>
        <source>The plan&apos;s cost in the month</source>
        <translation>Kosten van het plan in de maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="325"/>
        <source>Cumulative</source>
        <translation>Cumulatief</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="325"/>
        <source>The plan&apos;s cost up to the end of the month</source>
        <translation>Kosten van het plan tot het einde van de maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="409"/>
        <source>“{0}” is used by {1} budget lines, {2} expenses, {3} purchase orders, {4} change requests, {5} resources and {6} fixed costs. Move them to:</source>
        <translation>‘{0}’ wordt gebruikt door {1} budgetregels, {2} uitgaven, {3} inkooporders, {4} wijzigingsverzoeken, {5} resources en {6} posten vaste kosten. Verplaatsen naar:</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_breakdown.py" line="425"/>
        <source>Delete cost category</source>
        <translation>Kostensoort verwijderen</translation>
    </message>
</context>
<context>
    <name>BudgetChangesPage</name>
    <message>
        <location filename="../../app/views/budget_changes.py" line="232"/>
        <location filename="../../app/views/budget_changes.py" line="426"/>
        <source>New change request</source>
        <translation>Nieuw wijzigingsverzoek</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="232"/>
        <source>Log a change request</source>
        <translation>Een wijzigingsverzoek registreren</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="233"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="233"/>
        <source>Delete the selected change</source>
        <translation>Het geselecteerde wijzigingsverzoek verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="235"/>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="236"/>
        <source>Approve: revise the budget by its cost impact, re-baseline if asked</source>
        <translation>Goedkeuren: het budget herzien met de kostenimpact en desgewenst het basisplan opnieuw vastleggen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="238"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="238"/>
        <source>Reject the change request</source>
        <translation>Het wijzigingsverzoek afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="239"/>
        <source>Defer…</source>
        <translation>Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="239"/>
        <source>Decide on it later</source>
        <translation>Er later over beslissen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="245"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="249"/>
        <source>What the change adds to the budget (negative: saves)</source>
        <translation>Wat de wijziging aan het budget toevoegt (negatief: wat ze bespaart)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="251"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="251"/>
        <source>Time impact in working days</source>
        <translation>Tijdsimpact in werkdagen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="257"/>
        <source>Time impact (days):</source>
        <translation>Tijdsimpact (dagen):</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="258"/>
        <source>Budget revised by:</source>
        <translation>Budget herzien met:</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="262"/>
        <source>negative for a saving</source>
        <translation>negatief voor een besparing</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="263"/>
        <source>Working days the change adds (negative: saves)</source>
        <translation>Werkdagen die de wijziging toevoegt (negatief: bespaart)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="264"/>
        <source>Change request</source>
        <translation>Wijzigingsverzoek</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="265"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="277"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="289"/>
        <source>{0} change requests, {1} approved · budget revised by {2}</source>
        <translation>{0} wijzigingsverzoeken, {1} goedgekeurd · budget herzien met {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="351"/>
        <source>Fixed by the approval</source>
        <translation>Vastgelegd door de goedkeuring</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="381"/>
        <source>{0}: not decided yet</source>
        <translation>{0}: nog geen besluit</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="449"/>
        <source>{0} {1}: cost impact {2}, time impact {3} working days.</source>
        <translation>{0} {1}: kostenimpact {2}, tijdsimpact {3} werkdagen.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="456"/>
        <source>The budget is revised by the cost impact.</source>
        <translation>Het budget wordt herzien met de kostenimpact.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="458"/>
        <source>Approve {0}</source>
        <translation>{0} goedkeuren</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="458"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="459"/>
        <source>Reject {0}</source>
        <translation>{0} afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="459"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="460"/>
        <source>Defer {0}</source>
        <translation>{0} uitstellen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_changes.py" line="460"/>
        <source>Defer</source>
        <translation>Uitstellen</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../../app/views/budget_chart.py" line="71"/>
        <source>Export as PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="72"/>
        <source>Save this chart as a PNG image</source>
        <translation>Deze grafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="73"/>
        <source>Export as SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="74"/>
        <source>Save this chart as an SVG drawing</source>
        <translation>Deze grafiek opslaan als SVG-tekening</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="127"/>
        <source>Export chart as SVG</source>
        <translation>Grafiek exporteren als SVG</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="127"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="129"/>
        <source>Export chart as PNG</source>
        <translation>Grafiek exporteren als PNG</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="129"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_chart.py" line="151"/>
        <source>The chart could not be saved as {0}: {1}</source>
        <translation>De grafiek kon niet worden opgeslagen als {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BudgetCommitmentsPage</name>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="63"/>
        <location filename="../../app/views/budget_commitments.py" line="181"/>
        <source>New purchase order</source>
        <translation>Nieuwe inkooporder</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="64"/>
        <source>Record a purchase order or contract (Ctrl+Shift+N)</source>
        <translation>Een inkooporder of contract vastleggen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="65"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="66"/>
        <source>Delete the selected purchase order (Del)</source>
        <translation>De geselecteerde inkooporder verwijderen (Del)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="67"/>
        <source>Find purchase orders…</source>
        <translation>Inkooporders zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="69"/>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="69"/>
        <source>Invoices booked against the order</source>
        <translation>Facturen die op de order zijn geboekt</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="71"/>
        <source>Still committed</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="72"/>
        <source>An open order&apos;s amount less its invoices</source>
        <translation>Het bedrag van een open order minus de facturen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="105"/>
        <source>Invoiced beyond the order&apos;s amount</source>
        <translation>Meer gefactureerd dan het orderbedrag</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="120"/>
        <source>{0} purchase orders, {1} open · ordered {2} · still committed {3}</source>
        <translation>{0} inkooporders, {1} open · besteld {2} · openstaand {3}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="132"/>
        <location filename="../../app/views/budget_commitments.py" line="159"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="195"/>
        <source>Invoices of {0} are booked against {1}. They stay, without the link to the order. Delete the purchase order?</source>
        <translation>Er zijn facturen voor {0} geboekt op {1}. Die blijven bestaan, zonder koppeling met de order. De inkooporder verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="199"/>
        <source>this order</source>
        <translation>deze order</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commitments.py" line="201"/>
        <source>Delete purchase order</source>
        <translation>Inkooporder verwijderen</translation>
    </message>
</context>
<context>
    <name>BudgetEarnedValuePage</name>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="104"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="105"/>
        <source>BAC</source>
        <translation>BAC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="105"/>
        <source>Budget at completion: the task&apos;s baseline cost</source>
        <translation>Budget bij voltooiing: de kosten van de taak volgens het basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="106"/>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="106"/>
        <source>Planned value at the status date</source>
        <translation>Geplande waarde op de statusdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="107"/>
        <source>EV</source>
        <translation>EV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="107"/>
        <source>Earned value: the baseline cost of the work done</source>
        <translation>Verdiende waarde: de kosten volgens het basisplan van het uitgevoerde werk</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="108"/>
        <source>AC</source>
        <translation>AC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="108"/>
        <source>Actual cost of the work done</source>
        <translation>Werkelijke kosten van het uitgevoerde werk</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="109"/>
        <source>SV</source>
        <translation>SV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="109"/>
        <source>Schedule variance EV − PV: negative is behind schedule</source>
        <translation>Planningsafwijking EV − PV: negatief is achter op schema</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="110"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="110"/>
        <source>Cost variance EV − AC: negative is over budget</source>
        <translation>Kostenafwijking EV − AC: negatief is boven budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="111"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="111"/>
        <source>EV / PV: below 1 is behind schedule</source>
        <translation>EV / PV: onder 1 is achter op schema</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="112"/>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="112"/>
        <source>EV / AC: below 1 is over budget</source>
        <translation>EV / AC: onder 1 is boven budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="113"/>
        <source>EAC</source>
        <translation>EAC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="113"/>
        <source>Estimate at completion</source>
        <translation>Prognose bij voltooiing</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="114"/>
        <source>VAC</source>
        <translation>VAC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="114"/>
        <source>BAC − EAC: negative is a forecast over-run</source>
        <translation>BAC − EAC: negatief is een verwachte overschrijding</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="140"/>
        <source>No snapshots yet: one is stored each time the status date moves.</source>
        <translation>Nog geen momentopnamen: er wordt er een opgeslagen telkens als de statusdatum verschuift.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="142"/>
        <source>No budget, commitments or spending yet.</source>
        <translation>Nog geen budget, verplichtingen of uitgaven.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="150"/>
        <source>Earned value</source>
        <translation>Earned value</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="158"/>
        <source>Earned value at the status date {0}, against baseline {1}</source>
        <translation>Earned value op de statusdatum {0}, ten opzichte van basisplan {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_earned_value.py" line="177"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>BudgetExpensesPage</name>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="62"/>
        <source>New expense</source>
        <translation>Nieuwe uitgave</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="63"/>
        <source>Book an expense or invoice (Ctrl+Shift+N)</source>
        <translation>Een uitgave of factuur boeken (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="64"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="65"/>
        <source>Delete the selected expense (Del)</source>
        <translation>De geselecteerde uitgave verwijderen (Del)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="66"/>
        <source>Find expenses…</source>
        <translation>Uitgaven zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="68"/>
        <source>Negative for a credit note</source>
        <translation>Negatief voor een creditnota</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="69"/>
        <source>The purchase order the invoice is paid against</source>
        <translation>De inkooporder waarop de factuur wordt betaald</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="114"/>
        <source>{0} invoices and {1} expenses · total {2}</source>
        <translation>{0} facturen en {1} uitgaven · totaal {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="125"/>
        <location filename="../../app/views/budget_expenses.py" line="152"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="160"/>
        <source>e.g. 1.250,00 or -300 for a credit note</source>
        <translation>bijv. 1.250,00 of -300 voor een creditnota</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_expenses.py" line="183"/>
        <source>New expense or invoice</source>
        <translation>Nieuwe uitgave of factuur</translation>
    </message>
</context>
<context>
    <name>BudgetLabels</name>
    <message>
        <location filename="../../app/views/budget_labels.py" line="110"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="111"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="112"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="113"/>
        <source>Deferred</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="119"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="120"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="121"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="127"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="128"/>
        <source>Expense</source>
        <translation>Uitgave</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="135"/>
        <source>Contingency</source>
        <translation>Risicoreserve</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="136"/>
        <source>Management reserve</source>
        <translation>Managementreserve</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="141"/>
        <source>(no category)</source>
        <translation>(geen kostensoort)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="147"/>
        <source>There is no earned value without a baseline: save a baseline first (Project &gt; Save Baseline). Earned value measures progress and spending against it.</source>
        <translation>Zonder basisplan is er geen earned value: sla eerst een basisplan op (Project &gt; Basisplan opslaan). Earned value zet voortgang en uitgaven daartegen af.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="153"/>
        <source>There is no earned value without a status date: set one in the Plan tab (Status date). Earned value is measured up to that date.</source>
        <translation>Zonder statusdatum is er geen earned value: stel er een in op het tabblad Projectplan (Statusdatum). Earned value wordt tot die datum gemeten.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="164"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="165"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="166"/>
        <location filename="../../app/views/budget_labels.py" line="189"/>
        <location filename="../../app/views/budget_labels.py" line="190"/>
        <source>Category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="167"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="168"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="169"/>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="170"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="171"/>
        <source>Purchase order</source>
        <translation>Inkooporder</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="172"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="173"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="174"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="175"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="176"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="177"/>
        <location filename="../../app/views/budget_labels.py" line="178"/>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="179"/>
        <source>Date raised</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="180"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="181"/>
        <source>Cost impact</source>
        <translation>Kostenimpact</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="182"/>
        <source>Time impact</source>
        <translation>Tijdsimpact</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="183"/>
        <source>Scope impact</source>
        <translation>Scope-impact</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="184"/>
        <source>Quality impact</source>
        <translation>Kwaliteitsimpact</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="185"/>
        <source>Risk impact</source>
        <translation>Risico-impact</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="186"/>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="187"/>
        <source>Decision date</source>
        <translation>Besluitdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="188"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="191"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="198"/>
        <source>{0} is not an amount of money.</source>
        <translation>{0} is geen geldbedrag.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="204"/>
        <source>{0} revised the budget, and the budget&apos;s history is kept: it cannot be deleted.</source>
        <translation>{0} heeft het budget herzien, en de budgethistorie blijft bewaard: het kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="209"/>
        <source>{0} cannot be empty.</source>
        <translation>{0} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="210"/>
        <source>{0} is too long.</source>
        <translation>{0} is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="211"/>
        <source>{0} must be a number.</source>
        <translation>{0} moet een getal zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="212"/>
        <source>{0} is out of range.</source>
        <translation>{0} valt buiten het toegestane bereik.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="213"/>
        <source>{0} cannot be zero.</source>
        <translation>{0} mag niet nul zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="214"/>
        <source>{0} must be a date.</source>
        <translation>{0} moet een datum zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="215"/>
        <source>{0} must lie between 1984 and 2149.</source>
        <translation>{0} moet tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="216"/>
        <source>That cost category no longer exists.</source>
        <translation>Die kostensoort bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="217"/>
        <source>That task no longer exists.</source>
        <translation>Die taak bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="218"/>
        <source>That purchase order no longer exists.</source>
        <translation>Die inkooporder bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="221"/>
        <source>{0}: that name is taken already.</source>
        <translation>{0}: die naam is al in gebruik.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="222"/>
        <source>Budget revisions name “{1}”, and the budget&apos;s history is kept: the category can be renamed, not deleted.</source>
        <translation>Budgetherzieningen verwijzen naar ‘{1}’, en de budgethistorie blijft bewaard: de kostensoort kan worden hernoemd, niet verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="227"/>
        <source>“{1}” is in use: choose a category to move what uses it to.</source>
        <translation>‘{1}’ is in gebruik: kies een kostensoort waarnaar alles wat ervan gebruikmaakt wordt verplaatst.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="230"/>
        <source>Choose another category to move to than the one deleted.</source>
        <translation>Kies een andere kostensoort om naar te verplaatsen dan de kostensoort die u verwijdert.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="233"/>
        <source>{0} of an approved change request cannot change.</source>
        <translation>{0} van een goedgekeurd wijzigingsverzoek kan niet meer veranderen.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="236"/>
        <source>Approve a change request with Approve…, saying who decided.</source>
        <translation>Keur een wijzigingsverzoek goed met Goedkeuren… en geef aan wie heeft besloten.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_labels.py" line="239"/>
        <source>The change request is approved already.</source>
        <translation>Het wijzigingsverzoek is al goedgekeurd.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesPage</name>
    <message>
        <location filename="../../app/views/budget_lines.py" line="115"/>
        <source>Add earlier month</source>
        <translation>Eerdere maand toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="116"/>
        <source>Show a month before the first one</source>
        <translation>Een maand vóór de eerste tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="117"/>
        <source>Add later month</source>
        <translation>Latere maand toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="118"/>
        <source>Show a month after the last one</source>
        <translation>Een maand na de laatste tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="119"/>
        <source>Budget lines per category and month</source>
        <translation>Budgetregels per kostensoort en maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="120"/>
        <source>Budget history</source>
        <translation>Budgethistorie</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="124"/>
        <source>Category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="125"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="125"/>
        <source>What the revision added (negative: took away)</source>
        <translation>Wat de herziening toevoegde (negatief: wat ze afnam)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="126"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="127"/>
        <source>Change request</source>
        <translation>Wijzigingsverzoek</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="128"/>
        <source>Budget after</source>
        <translation>Budget daarna</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="128"/>
        <source>The whole budget after this revision</source>
        <translation>Het totale budget na deze herziening</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="160"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="162"/>
        <location filename="../../app/views/budget_lines.py" line="183"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="162"/>
        <source>The budget lines of the month</source>
        <translation>De budgetregels van de maand</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="170"/>
        <source>The plan&apos;s cost in {0}: {1}</source>
        <translation>Kosten van het plan in {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="203"/>
        <source>Budget lines (the original budget)</source>
        <translation>Budgetregels (het oorspronkelijke budget)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_lines.py" line="227"/>
        <source>Budget lines {0} · revisions {1} · current budget {2}</source>
        <translation>Budgetregels {0} · herzieningen {1} · huidig budget {2}</translation>
    </message>
</context>
<context>
    <name>BudgetOverviewPage</name>
    <message>
        <location filename="../../app/views/budget_overview.py" line="200"/>
        <source>Budget vs committed vs actual vs forecast per category</source>
        <translation>Budget, verplichtingen, werkelijke kosten en prognose per kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="203"/>
        <source>Category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="204"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="204"/>
        <source>Budget lines plus approved budget revisions</source>
        <translation>Budgetregels plus goedgekeurde budgetherzieningen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="206"/>
        <source>Committed</source>
        <translation>Verplichtingen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="207"/>
        <source>Open purchase orders, less what has been invoiced against them</source>
        <translation>Openstaande inkooporders, minus wat erop is gefactureerd</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="210"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="211"/>
        <source>Expenses and invoices, plus the actual work of internal staff</source>
        <translation>Uitgaven en facturen, plus de werkelijk gewerkte uren van interne medewerkers</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="214"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="215"/>
        <source>What the category is expected to cost in the end</source>
        <translation>Wat de kostensoort naar verwachting uiteindelijk kost</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="217"/>
        <source>Variance</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="217"/>
        <source>Budget − forecast: negative is an over-run</source>
        <translation>Budget − prognose: negatief is een overschrijding</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="218"/>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="218"/>
        <source>Actual as a share of the budget</source>
        <translation>Werkelijke kosten als aandeel van het budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="223"/>
        <source>Rows in red are forecast to over-run their budget; hover over a row for the amount.</source>
        <translation>Voor rode rijen wordt een budgetoverschrijding verwacht; houd de muis boven een rij voor het bedrag.</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="227"/>
        <source>Budget and reserves</source>
        <translation>Budget en reserves</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="228"/>
        <source>Reserves and drawdowns…</source>
        <translation>Reserves en onttrekkingen…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="230"/>
        <source>Set the contingency and management reserve; record drawdowns</source>
        <translation>Risicoreserve en managementreserve instellen; onttrekkingen vastleggen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="239"/>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="241"/>
        <source>Planned value: the baseline cost of the work scheduled up to the status date</source>
        <translation>Geplande waarde: de kosten volgens het basisplan van het werk dat tot de statusdatum is gepland</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="244"/>
        <source>EV</source>
        <translation>EV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="244"/>
        <source>Earned value: the baseline cost of the work done</source>
        <translation>Verdiende waarde: de kosten volgens het basisplan van het uitgevoerde werk</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="245"/>
        <source>AC</source>
        <translation>AC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="245"/>
        <source>Actual cost of the work done</source>
        <translation>Werkelijke kosten van het uitgevoerde werk</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="247"/>
        <source>SV</source>
        <translation>SV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="248"/>
        <source>Schedule variance EV − PV: negative is behind schedule</source>
        <translation>Planningsafwijking EV − PV: negatief is achter op schema</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="250"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="250"/>
        <source>Cost variance EV − AC: negative is over budget</source>
        <translation>Kostenafwijking EV − AC: negatief is boven budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="252"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="253"/>
        <source>Schedule performance EV / PV: below 1 is behind schedule</source>
        <translation>Planningsprestatie EV / PV: onder 1 is achter op schema</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="255"/>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="255"/>
        <source>Cost performance EV / AC: below 1 is over budget</source>
        <translation>Kostenprestatie EV / AC: onder 1 is boven budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="257"/>
        <source>BAC</source>
        <translation>BAC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="258"/>
        <source>Budget at completion: the baseline cost of all the work</source>
        <translation>Budget bij voltooiing: de kosten van al het werk volgens het basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="261"/>
        <source>EAC (CPI)</source>
        <translation>EAC (CPI)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="262"/>
        <source>Estimate at completion BAC / CPI: spending goes on as it went</source>
        <translation>Prognose bij voltooiing BAC / CPI: de uitgaven gaan door zoals tot nu toe</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="265"/>
        <source>EAC (one-off)</source>
        <translation>EAC (eenmalig)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="266"/>
        <source>AC + (BAC − EV): the over-run so far was a one-off</source>
        <translation>AC + (BAC − EV): de overschrijding tot nu toe was eenmalig</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="269"/>
        <source>EAC (CPI × SPI)</source>
        <translation>EAC (CPI × SPI)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="270"/>
        <source>AC + (BAC − EV) / (CPI × SPI): cost and schedule both weigh</source>
        <translation>AC + (BAC − EV) / (CPI × SPI): kosten en planning wegen allebei mee</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="273"/>
        <source>EAC (bottom-up)</source>
        <translation>EAC (bottom-up)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="274"/>
        <source>AC + the remaining cost of the current plan</source>
        <translation>AC + de resterende kosten van het huidige plan</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="277"/>
        <source>ETC</source>
        <translation>ETC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="278"/>
        <source>Estimate to complete: EAC − AC, what is still to be spent</source>
        <translation>Prognose tot voltooiing: EAC − AC, wat nog moet worden uitgegeven</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="281"/>
        <source>VAC</source>
        <translation>VAC</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="282"/>
        <source>Variance at completion BAC − EAC: negative is a forecast over-run</source>
        <translation>Afwijking bij voltooiing BAC − EAC: negatief is een verwachte overschrijding</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="285"/>
        <source>TCPI (BAC)</source>
        <translation>TCPI (BAC)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="286"/>
        <source>Cost performance the remaining work needs to finish on budget</source>
        <translation>Kostenprestatie die het resterende werk nodig heeft om binnen het budget te eindigen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="289"/>
        <source>TCPI (EAC)</source>
        <translation>TCPI (EAC)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="290"/>
        <source>Cost performance the remaining work needs to finish at the EAC</source>
        <translation>Kostenprestatie die het resterende werk nodig heeft om op de EAC uit te komen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="320"/>
        <source>Forecast {0} exceeds the budget {1} by {2}</source>
        <translation>Prognose {0} overschrijdt het budget {1} met {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="343"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="377"/>
        <source>Budget (lines and revisions)</source>
        <translation>Budget (regels en herzieningen)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="382"/>
        <source>Contingency reserve</source>
        <translation>Risicoreserve</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="383"/>
        <source>For known risks: the residual EMV of the open threats</source>
        <translation>Voor bekende risico&apos;s: de rest-EMV van de open dreigingen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="385"/>
        <source>For known risks: a set amount</source>
        <translation>Voor bekende risico&apos;s: een vast bedrag</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="389"/>
        <source>Management reserve</source>
        <translation>Managementreserve</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="390"/>
        <source>For what nobody foresaw; released by management</source>
        <translation>Voor wat niemand voorzag; vrijgegeven door het management</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="400"/>
        <source>Budget with reserves</source>
        <translation>Budget met reserves</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="401"/>
        <source>The budget plus both reserves, drawn or not</source>
        <translation>Het budget plus beide reserves, onttrokken of niet</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="408"/>
        <source>BAC (baseline cost)</source>
        <translation>BAC (kosten basisplan)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="409"/>
        <source>What earned value measures against</source>
        <translation>Waartegen earned value meet</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="424"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="424"/>
        <source>Drawn</source>
        <translation>Onttrokken</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="424"/>
        <source>Remaining</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="460"/>
        <source>Earned value</source>
        <translation>Earned value</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="468"/>
        <source>Earned value at the status date, {0}</source>
        <translation>Earned value op de statusdatum, {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_overview.py" line="510"/>
        <source>The EAC that ETC and VAC are worked out from</source>
        <translation>De EAC waaruit ETC en VAC worden berekend</translation>
    </message>
</context>
<context>
    <name>BudgetPlots</name>
    <message>
        <location filename="../../app/views/budget_plots.py" line="74"/>
        <source>S-curve: cumulative planned value, earned value and cost</source>
        <translation>S-curve: cumulatieve geplande waarde, verdiende waarde en kosten</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="82"/>
        <source>PV (planned value)</source>
        <translation>PV (geplande waarde)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="99"/>
        <source>EV (earned value)</source>
        <translation>EV (verdiende waarde)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="109"/>
        <source>AC (actual cost)</source>
        <translation>AC (werkelijke kosten)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="120"/>
        <source>EAC forecast</source>
        <translation>EAC-prognose</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="123"/>
        <source>EAC {0}</source>
        <translation>EAC {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="134"/>
        <source>BAC {0}</source>
        <translation>BAC {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="143"/>
        <source>Status date {0}</source>
        <translation>Statusdatum {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="170"/>
        <source>CPI and SPI per snapshot</source>
        <translation>CPI en SPI per momentopname</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="181"/>
        <source>CPI (cost performance)</source>
        <translation>CPI (kostenprestatie)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="182"/>
        <source>SPI (schedule performance)</source>
        <translation>SPI (planningsprestatie)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="222"/>
        <source>Budget, committed and actual by category</source>
        <translation>Budget, verplichtingen en werkelijk per kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="228"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="230"/>
        <source>Committed</source>
        <translation>Verplichtingen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="234"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_plots.py" line="253"/>
        <source>Categories named in red are forecast to over-run</source>
        <translation>Voor kostensoorten in rood wordt een overschrijding verwacht</translation>
    </message>
</context>
<context>
    <name>BudgetReservesDialog</name>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="161"/>
        <location filename="../../app/views/budget_reserves.py" line="162"/>
        <source>Reserves</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="163"/>
        <source>Contingency reserve:</source>
        <translation>Risicoreserve:</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="164"/>
        <source>Management reserve:</source>
        <translation>Managementreserve:</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="165"/>
        <source>The residual EMV of the open threats in the register</source>
        <translation>De rest-EMV van de open dreigingen in het register</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="166"/>
        <source>A set amount:</source>
        <translation>Een vast bedrag:</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="167"/>
        <source>Drawdowns</source>
        <translation>Onttrekkingen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="168"/>
        <source>Add drawdown…</source>
        <translation>Onttrekking toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="169"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="173"/>
        <location filename="../../app/views/budget_reserves.py" line="283"/>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="176"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="176"/>
        <source>The risk or change request the money served</source>
        <translation>Het risico of wijzigingsverzoek waarvoor het geld is gebruikt</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="199"/>
        <source>{0}: {1}, drawn {2}, remaining {3}</source>
        <translation>{0}: {1}, onttrokken {2}, resterend {3}</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="273"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="291"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="293"/>
        <source>Change request</source>
        <translation>Wijzigingsverzoek</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_reserves.py" line="296"/>
        <source>Draw from a reserve</source>
        <translation>Onttrekken aan een reserve</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../app/views/budget_tab.py" line="81"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_tab.py" line="82"/>
        <source>Breakdown</source>
        <translation>Uitsplitsing</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_tab.py" line="83"/>
        <source>Budget lines</source>
        <translation>Budgetregels</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_tab.py" line="84"/>
        <source>Expenses and invoices</source>
        <translation>Uitgaven en facturen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_tab.py" line="85"/>
        <source>Commitments</source>
        <translation>Verplichtingen</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_tab.py" line="86"/>
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_tab.py" line="87"/>
        <source>Earned value</source>
        <translation>Earned value</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="244"/>
        <source>Project Calendar</source>
        <translation>Projectkalender</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="245"/>
        <source>Calendar &amp;name:</source>
        <translation>Kalender&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="246"/>
        <source>Working time per weekday</source>
        <translation>Werktijden per weekdag</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="248"/>
        <source>Working day</source>
        <translation>Werkdag</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="249"/>
        <location filename="../../app/views/calendar_dialog.py" line="251"/>
        <location filename="../../app/views/calendar_dialog.py" line="276"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="250"/>
        <location filename="../../app/views/calendar_dialog.py" line="252"/>
        <location filename="../../app/views/calendar_dialog.py" line="277"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="259"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="260"/>
        <source>A second working period, after a break</source>
        <translation>Een tweede werkperiode, na een pauze</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="261"/>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="262"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="263"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="264"/>
        <source>&amp;Holidays that are days off:</source>
        <translation>&amp;Feestdagen die vrije dagen zijn:</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="266"/>
        <source>Uncheck a holiday to make it a working day, as many employers do.</source>
        <translation>Vink een feestdag uit om er een werkdag van te maken, zoals veel werkgevers doen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="269"/>
        <location filename="../../app/views/calendar_dialog.py" line="331"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="271"/>
        <location filename="../../app/views/calendar_dialog.py" line="356"/>
        <source>Whole country</source>
        <translation>Het hele land</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="272"/>
        <source>Exceptions</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="275"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="278"/>
        <source>Working times</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="279"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="284"/>
        <source>Type working times as 09:00–13:00, 14:00–16:00; leave them empty for days off.</source>
        <translation>Typ werktijden als 09:00–13:00, 14:00–16:00; laat ze leeg voor vrije dagen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="287"/>
        <source>&amp;Add Exception</source>
        <translation>Uitzondering &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="288"/>
        <source>Re&amp;move Exception</source>
        <translation>Uitzondering &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="304"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="304"/>
        <source>Every {0} days</source>
        <translation>Elke {0} dagen</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="306"/>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="306"/>
        <source>Every {0} weeks</source>
        <translation>Elke {0} weken</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="313"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="315"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="315"/>
        <source>Every {0} months</source>
        <translation>Elke {0} maanden</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="317"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="317"/>
        <source>Every {0} years</source>
        <translation>Elke {0} jaar</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="319"/>
        <source>{0}, {1} times</source>
        <translation>{0}, {1} keer</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="455"/>
        <location filename="../../app/views/calendar_dialog.py" line="501"/>
        <location filename="../../app/views/calendar_dialog.py" line="520"/>
        <source>Non-working</source>
        <translation>Niet-werktijd</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="462"/>
        <source>New exception</source>
        <translation>Nieuwe uitzondering</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="578"/>
        <source>The project is open read-only.</source>
        <translation>Het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="590"/>
        <source>Exception “{0}”</source>
        <translation>Uitzondering ‘{0}’</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="592"/>
        <source>Exception {0}</source>
        <translation>Uitzondering {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="595"/>
        <source>{0}: the working periods overlap.</source>
        <translation>{0}: de werkperioden overlappen elkaar.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="596"/>
        <source>{0}: a working period must end after it starts.</source>
        <translation>{0}: een werkperiode moet eindigen na het begin.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="597"/>
        <source>{0}: working times must lie between 00:00 and 24:00.</source>
        <translation>{0}: werktijden moeten tussen 00:00 en 24:00 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="599"/>
        <source>{0}: type working times such as 09:00–13:00, 14:00–16:00, or leave them empty.</source>
        <translation>{0}: typ werktijden zoals 09:00–13:00, 14:00–16:00, of laat ze leeg.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="601"/>
        <source>{0}: the end date lies before the start date.</source>
        <translation>{0}: de einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="602"/>
        <source>{0}: dates must lie between 1984 and 2149.</source>
        <translation>{0}: datums moeten tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="603"/>
        <source>{0}: the name is too long.</source>
        <translation>{0}: de naam is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="609"/>
        <source>The week needs at least one working day; otherwise no task could be scheduled.</source>
        <translation>De week moet minstens één werkdag hebben; anders kan geen enkele taak worden gepland.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="611"/>
        <source>The calendar needs a name.</source>
        <translation>De kalender moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="612"/>
        <source>The calendar name is too long.</source>
        <translation>De kalendernaam is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="614"/>
        <source>There are no public holidays known for {0}.</source>
        <translation>Er zijn geen feestdagen bekend voor {0}.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="617"/>
        <source>There are no public holidays known for the region {0}.</source>
        <translation>Er zijn geen feestdagen bekend voor de regio {0}.</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_dialog.py" line="627"/>
        <source>Calendar not changed</source>
        <translation>Kalender niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <location filename="../../app/views/charter_form.py" line="118"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="119"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="120"/>
        <source>Purpose and scope</source>
        <translation>Doel en scope</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="123"/>
        <source>Set a target finish</source>
        <translation>Beoogde einddatum instellen</translation>
    </message>
    <message>
        <location filename="../../app/views/charter_form.py" line="124"/>
        <source>Set a status date</source>
        <translation>Statusdatum instellen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/commands/charter.py" line="21"/>
        <source>Change {0}</source>
        <translation>{0} wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="27"/>
        <source>Add requirement</source>
        <translation>Eis toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="49"/>
        <source>Delete requirement</source>
        <translation>Eis verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="67"/>
        <source>Move requirement</source>
        <translation>Eis verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/requirements.py" line="90"/>
        <source>Edit requirement</source>
        <translation>Eis bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="26"/>
        <source>Insert task</source>
        <translation>Taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="28"/>
        <source>Insert tasks</source>
        <translation>Taken invoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="47"/>
        <source>Delete tasks</source>
        <translation>Taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="66"/>
        <source>Indent</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="68"/>
        <source>Outdent</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="88"/>
        <source>Move up</source>
        <translation>Omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="90"/>
        <source>Move down</source>
        <translation>Omlaag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="115"/>
        <source>Edit task</source>
        <translation>Taak bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="143"/>
        <source>Edit tasks</source>
        <translation>Taken bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="175"/>
        <source>Link tasks</source>
        <translation>Taken koppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="192"/>
        <source>Unlink tasks</source>
        <translation>Taken ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/tasks.py" line="208"/>
        <source>Update project</source>
        <translation>Project bijwerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/baselines.py" line="20"/>
        <source>Save baseline {0}</source>
        <translation>Basisplan {0} opslaan</translation>
    </message>
    <message>
        <location filename="../../app/commands/calendars.py" line="20"/>
        <source>Change project calendar</source>
        <translation>Projectkalender wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/view_settings.py" line="41"/>
        <source>Page setup</source>
        <translation>Pagina-instelling</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="125"/>
        <source>Chart options</source>
        <translation>Grafiekopties</translation>
    </message>
    <message>
        <location filename="../../app/commands/issues.py" line="22"/>
        <source>Add issue</source>
        <translation>Issue toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/issues.py" line="44"/>
        <source>Delete issue</source>
        <translation>Issue verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/issues.py" line="67"/>
        <source>Edit issue</source>
        <translation>Issue bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/issues.py" line="87"/>
        <source>Link issue to task</source>
        <translation>Issue aan taak koppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/issues.py" line="107"/>
        <source>Unlink issue from task</source>
        <translation>Issue van taak ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="26"/>
        <source>Add risk</source>
        <translation>Risico toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="48"/>
        <source>Delete risk</source>
        <translation>Risico verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="71"/>
        <source>Edit risk</source>
        <translation>Risico bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="89"/>
        <source>Link risk to task</source>
        <translation>Risico aan taak koppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="109"/>
        <source>Unlink risk from task</source>
        <translation>Risico van taak ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="135"/>
        <source>Add risk review</source>
        <translation>Risicoreview toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="157"/>
        <source>Delete risk review</source>
        <translation>Risicoreview verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="183"/>
        <source>Response to task</source>
        <translation>Respons als taak</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="215"/>
        <source>Risk occurred</source>
        <translation>Risico opgetreden</translation>
    </message>
    <message>
        <location filename="../../app/commands/risks.py" line="244"/>
        <source>Risk settings</source>
        <translation>Risico-instellingen</translation>
    </message>
    <message>
        <location filename="../../app/commands/stakeholders.py" line="30"/>
        <source>Add stakeholder</source>
        <translation>Stakeholder toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/stakeholders.py" line="52"/>
        <source>Delete stakeholder</source>
        <translation>Stakeholder verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/stakeholders.py" line="69"/>
        <source>Move stakeholder</source>
        <translation>Stakeholder verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/stakeholders.py" line="92"/>
        <source>Edit stakeholder</source>
        <translation>Stakeholder bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/stakeholders.py" line="117"/>
        <source>Anonymise stakeholder</source>
        <translation>Stakeholder anonimiseren</translation>
    </message>
    <message>
        <location filename="../../app/commands/stakeholders.py" line="120"/>
        <source>Anonymised stakeholder {0}</source>
        <translation>Geanonimiseerde stakeholder {0}</translation>
    </message>
    <message>
        <location filename="../../app/commands/import_workbook.py" line="23"/>
        <source>Import workbook</source>
        <translation>Werkmap importeren</translation>
    </message>
    <message>
        <location filename="../../app/commands/assignments.py" line="61"/>
        <source>Assign resource</source>
        <translation>Resource toewijzen</translation>
    </message>
    <message>
        <location filename="../../app/commands/assignments.py" line="77"/>
        <source>Remove assignment</source>
        <translation>Toewijzing verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/assignments.py" line="101"/>
        <source>Edit assignment</source>
        <translation>Toewijzing wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/assignments.py" line="120"/>
        <source>Edit resource names</source>
        <translation>Resourcenamen wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/assignments.py" line="133"/>
        <source>Edit task type</source>
        <translation>Taaktype wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/resources.py" line="30"/>
        <source>Add resource</source>
        <translation>Resource toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/resources.py" line="53"/>
        <source>Delete resource</source>
        <translation>Resource verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/resources.py" line="70"/>
        <source>Move resource</source>
        <translation>Resource verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/resources.py" line="98"/>
        <source>Edit resource</source>
        <translation>Resource wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="58"/>
        <source>Add cost category</source>
        <translation>Kostensoort toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="79"/>
        <source>Rename cost category</source>
        <translation>Kostensoort hernoemen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="99"/>
        <source>Move cost category</source>
        <translation>Kostensoort verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="125"/>
        <source>Delete cost category</source>
        <translation>Kostensoort verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="148"/>
        <source>Set budget</source>
        <translation>Budget instellen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="171"/>
        <source>Add expense</source>
        <translation>Uitgave toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="199"/>
        <source>Edit expense</source>
        <translation>Uitgave bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="207"/>
        <source>Delete expense</source>
        <translation>Uitgave verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="225"/>
        <source>Add purchase order</source>
        <translation>Inkooporder toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="253"/>
        <location filename="../../app/commands/budget.py" line="280"/>
        <source>Edit purchase order</source>
        <translation>Inkooporder bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="265"/>
        <source>Reopen purchase order</source>
        <translation>Inkooporder heropenen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="268"/>
        <source>Close purchase order</source>
        <translation>Inkooporder sluiten</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="271"/>
        <source>Cancel purchase order</source>
        <translation>Inkooporder annuleren</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="288"/>
        <source>Delete purchase order</source>
        <translation>Inkooporder verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="311"/>
        <source>Add change request</source>
        <translation>Wijzigingsverzoek toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="346"/>
        <source>Edit change request</source>
        <translation>Wijzigingsverzoek bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="354"/>
        <source>Delete change request</source>
        <translation>Wijzigingsverzoek verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="384"/>
        <source>Approve change request</source>
        <translation>Wijzigingsverzoek goedkeuren</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="450"/>
        <source>Reject change request</source>
        <translation>Wijzigingsverzoek afwijzen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="467"/>
        <source>Defer change request</source>
        <translation>Wijzigingsverzoek uitstellen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="477"/>
        <source>Save baseline {0} for selected tasks</source>
        <translation>Basisplan {0} opslaan voor geselecteerde taken</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="503"/>
        <source>Reserves</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="520"/>
        <source>Add drawdown</source>
        <translation>Onttrekking toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="548"/>
        <source>Edit drawdown</source>
        <translation>Onttrekking bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/budget.py" line="556"/>
        <source>Delete drawdown</source>
        <translation>Onttrekking verwijderen</translation>
    </message>
</context>
<context>
    <name>EngagementMatrixModel</name>
    <message>
        <location filename="../../app/views/engagement_matrix.py" line="101"/>
        <source>{0}: current {1}, desired {2} (gap {3})</source>
        <translation>{0}: huidig {1}, gewenst {2} (verschil {3})</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="65"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="67"/>
        <source>Save the project as an Excel workbook, CSV, MS Project XML or iCalendar</source>
        <translation>Het project opslaan als Excel-werkmap, CSV, MS Project XML of iCalendar</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="69"/>
        <source>Import Changes from &amp;Workbook…</source>
        <translation>Wijzigingen importeren uit &amp;werkmap…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="72"/>
        <source>Read back a workbook Koers exported and you edited in Excel: see the changes, then apply them as one step you can undo</source>
        <translation>Lees een werkmap terug die Koers exporteerde en die u in Excel bewerkte: bekijk de wijzigingen en voer ze door als één stap die u ongedaan kunt maken</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="80"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="81"/>
        <source>CSV, the tasks (*.csv)</source>
        <translation>CSV, de taken (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="82"/>
        <source>Microsoft Project XML (*.xml)</source>
        <translation>Microsoft Project XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="83"/>
        <source>iCalendar: milestones, deadlines, risk reviews (*.ics)</source>
        <translation>iCalendar: mijlpalen, deadlines, risicoreviews (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="86"/>
        <source>Export Project</source>
        <translation>Project exporteren</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="104"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="105"/>
        <source>Choose another file: the open project is never overwritten.</source>
        <translation>Kies een ander bestand: het open project wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="112"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="113"/>
        <source>Exporting to {0}…</source>
        <translation>Exporteren naar {0}…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="117"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="122"/>
        <source>Cannot export {0}</source>
        <translation>Kan {0} niet exporteren</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="125"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="146"/>
        <source>Unexpected error ({0}: {1}). Please report it.</source>
        <translation>Onverwachte fout ({0}: {1}). Meld dit alstublieft.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="166"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="167"/>
        <source>Importing {0}…</source>
        <translation>{0} importeren…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="171"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="176"/>
        <source>Cannot import {0}</source>
        <translation>{0} kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="177"/>
        <source>{0} could not be imported.</source>
        <translation>{0} kon niet worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="187"/>
        <location filename="../../app/views/exchange_actions.py" line="205"/>
        <source>Import Changes from Workbook</source>
        <translation>Wijzigingen importeren uit werkmap</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="189"/>
        <source>Excel workbooks exported by Koers (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmappen geëxporteerd door Koers (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="206"/>
        <source>Reading {0}…</source>
        <translation>{0} lezen…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="220"/>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="222"/>
        <source>Cannot import changes from {0}</source>
        <translation>Wijzigingen uit {0} kunnen niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="256"/>
        <source>Changes not made</source>
        <translation>Wijzigingen niet doorgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="259"/>
        <source>Changes from {0} applied; Edit &gt; Undo takes them back.</source>
        <translation>Wijzigingen uit {0} doorgevoerd; Bewerken &gt; Ongedaan maken draait ze terug.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_actions.py" line="266"/>
        <source>The project changed while the preview was open. Import the workbook again to see its changes against the project as it is now.</source>
        <translation>Het project is gewijzigd terwijl het voorbeeld open stond. Importeer de werkmap opnieuw om de wijzigingen te zien ten opzichte van het project zoals het nu is.</translation>
    </message>
</context>
<context>
    <name>GanttControls</name>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="159"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="159"/>
        <source>Show a shorter time span</source>
        <translation>Een kortere periode tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="160"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="160"/>
        <source>Show a longer time span</source>
        <translation>Een langere periode tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="161"/>
        <source>Whole project</source>
        <translation>Hele project</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="161"/>
        <source>Zoom to fit the project</source>
        <translation>Het hele project in beeld</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="162"/>
        <source>Scroll to task</source>
        <translation>Naar taak schuiven</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="162"/>
        <source>Show the task&apos;s bar</source>
        <translation>De balk van de taak tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="169"/>
        <source>Critical path</source>
        <translation>Kritiek pad</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="170"/>
        <source>Baseline bars</source>
        <translation>Basisplanbalken</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="171"/>
        <source>Slack bars</source>
        <translation>Spelingbalken</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="172"/>
        <source>ISO week numbers</source>
        <translation>ISO-weeknummers</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="176"/>
        <source>Bar labels</source>
        <translation>Balklabels</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="178"/>
        <source>Task name</source>
        <translation>Taaknaam</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="179"/>
        <source>Resource names</source>
        <translation>Resourcenamen</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="180"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="181"/>
        <source>No labels</source>
        <translation>Geen labels</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_controls.py" line="185"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
</context>
<context>
    <name>GanttPainter</name>
    <message>
        <location filename="../../app/views/gantt_painter.py" line="671"/>
        <source>Week {0}</source>
        <translation>Week {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_painter.py" line="690"/>
        <source>Q{0}</source>
        <translation>K{0}</translation>
    </message>
</context>
<context>
    <name>GanttPrint</name>
    <message>
        <location filename="../../app/views/gantt_print.py" line="156"/>
        <source>Status date: {0}</source>
        <translation>Statusdatum: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="357"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="407"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="408"/>
        <source>Critical task</source>
        <translation>Kritieke taak</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="409"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="410"/>
        <source>Summary</source>
        <translation>Samenvattende taak</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="411"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="412"/>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="413"/>
        <source>Slack</source>
        <translation>Speling</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="414"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_print.py" line="415"/>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../../app/views/gantt_view.py" line="424"/>
        <source>Link to {0}</source>
        <translation>Koppelen aan {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="613"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="613"/>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="614"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="614"/>
        <source>Total float</source>
        <translation>Totale speling</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt_view.py" line="623"/>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <location filename="../../app/views/issue_log.py" line="167"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="168"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="169"/>
        <source>Linked tasks and milestones</source>
        <translation>Gekoppelde taken en mijlpalen</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="180"/>
        <location filename="../../app/views/issue_log.py" line="214"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="181"/>
        <source>Select an issue to see and edit its details.</source>
        <translation>Selecteer een issue om de gegevens te bekijken en te bewerken.</translation>
    </message>
</context>
<context>
    <name>IssueLogPanel</name>
    <message>
        <location filename="../../app/views/issue_log.py" line="392"/>
        <location filename="../../app/views/issue_log.py" line="537"/>
        <source>New issue</source>
        <translation>Nieuw issue</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="393"/>
        <source>Add an issue to the log (Ctrl+Shift+I)</source>
        <translation>Een issue aan de issuelog toevoegen (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="394"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="395"/>
        <source>Delete the selected issue</source>
        <translation>Het geselecteerde issue verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="396"/>
        <source>Link to task…</source>
        <translation>Aan taak koppelen…</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="397"/>
        <source>Link the issue to a task it affects</source>
        <translation>Het issue koppelen aan een taak waarop het van invloed is</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="398"/>
        <source>Unlink task</source>
        <translation>Taak ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="399"/>
        <source>Go to risk</source>
        <translation>Naar risico</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="400"/>
        <source>Show the risk this issue came from</source>
        <translation>Het risico tonen waaruit dit issue is voortgekomen</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="403"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="403"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="403"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="407"/>
        <source>Find issues…</source>
        <translation>Issues zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="410"/>
        <location filename="../../app/views/issue_log.py" line="415"/>
        <location filename="../../app/views/issue_log.py" line="441"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="410"/>
        <source>Open (not resolved or closed)</source>
        <translation>Open (niet opgelost of gesloten)</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="441"/>
        <source>(no owner)</source>
        <translation>(geen eigenaar)</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="554"/>
        <source>Delete issue</source>
        <translation>Issue verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="555"/>
        <source>Delete {0} “{1}”? It is linked to {2} tasks and to risk {3}.</source>
        <translation>{0} ‘{1}’ verwijderen? Het is gekoppeld aan {2} taken en aan risico {3}.</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="556"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_log.py" line="574"/>
        <source>Link issue to task</source>
        <translation>Issue aan taak koppelen</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../app/views/issue_table_model.py" line="188"/>
        <source>Target date passed: before the status date</source>
        <translation>Streefdatum verstreken: vóór de statusdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/issue_table_model.py" line="203"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/views/labels.py" line="15"/>
        <source>Must have</source>
        <translation>Moet</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="16"/>
        <source>Should have</source>
        <translation>Zou moeten</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="17"/>
        <source>Could have</source>
        <translation>Kan</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="18"/>
        <source>Won&apos;t have</source>
        <translation>Wordt niet</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="24"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="25"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="26"/>
        <source>Implemented</source>
        <translation>Geïmplementeerd</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="27"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="28"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="29"/>
        <source>Deferred</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="35"/>
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="37"/>
        <source>Sponsor</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="38"/>
        <source>Project manager</source>
        <translation>Projectmanager</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="39"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="40"/>
        <source>Target finish</source>
        <translation>Beoogde einddatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="41"/>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="42"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="43"/>
        <source>Goal and business case</source>
        <translation>Doel en businesscase</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="44"/>
        <source>In scope</source>
        <translation>Binnen scope</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="45"/>
        <source>Out of scope</source>
        <translation>Buiten scope</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="46"/>
        <source>Assumptions</source>
        <translation>Aannames</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="47"/>
        <source>Constraints</source>
        <translation>Randvoorwaarden</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="48"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="49"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="50"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="51"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="52"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="54"/>
        <source>Acceptance criteria</source>
        <translation>Acceptatiecriteria</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="55"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="56"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="57"/>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="58"/>
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="59"/>
        <source>% Complete</source>
        <translation>% voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="60"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="61"/>
        <source>Constraint date</source>
        <translation>Beperkingsdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="62"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="63"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="64"/>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="65"/>
        <source>Fixed cost</source>
        <translation>Vaste kosten</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="66"/>
        <source>Physical % complete</source>
        <translation>Fysiek % voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="75"/>
        <location filename="../../app/views/labels.py" line="90"/>
        <source>{0} cannot be empty.</source>
        <translation>{0} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="76"/>
        <source>{0} is too long.</source>
        <translation>{0} is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="77"/>
        <source>{0} must lie between 1984 and 2149.</source>
        <translation>{0} moet tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="78"/>
        <source>{0} cannot lie before the start date.</source>
        <translation>{0} mag niet vóór de startdatum liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="79"/>
        <source>{0} must be a three-letter code such as EUR.</source>
        <translation>{0} moet een code van drie letters zijn, zoals EUR.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="82"/>
        <source>{0}: type a number with a unit, such as 5d, 3h or 2w.</source>
        <translation>{0}: typ een getal met een eenheid, zoals 5d, 3u of 2w.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="85"/>
        <source>{0}: use a unit such as m, h, d, w or mo (e.g. 5d).</source>
        <translation>{0}: gebruik een eenheid zoals min, u, d, w of mnd (bijv. 5d).</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="88"/>
        <source>{0} cannot be negative.</source>
        <translation>{0} mag niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="89"/>
        <source>{0} is longer than 100 years.</source>
        <translation>{0} is langer dan 100 jaar.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="91"/>
        <source>{0}: use task IDs with an optional type and lag, such as 3FS+2d;5SS.</source>
        <translation>{0}: gebruik taak-ID&apos;s, eventueel met type en vertraging, zoals 3EB+2d;5BB.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="94"/>
        <source>{0}: the link type must be FS, SS, FF or SF.</source>
        <translation>{0}: het koppelingstype moet EB, BB, EE of BE zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="97"/>
        <source>{0}: a lag looks like +2d, -1d or +50%.</source>
        <translation>{0}: een vertraging noteert u als +2d, -1d of +50%.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="98"/>
        <source>{0}: the lag is too large.</source>
        <translation>{0}: de vertraging is te groot.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="99"/>
        <source>{0}: a task is listed twice.</source>
        <translation>{0}: een taak staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="100"/>
        <source>{0}: there is no task with that ID.</source>
        <translation>{0}: er is geen taak met dat ID.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="101"/>
        <source>{0}: a task cannot depend on itself.</source>
        <translation>{0}: een taak kan niet van zichzelf afhankelijk zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="102"/>
        <source>{0}: this link would make the tasks wait for each other.</source>
        <translation>{0}: door deze koppeling zouden de taken op elkaar wachten.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="105"/>
        <source>{0} of a summary task comes from its subtasks.</source>
        <translation>{0} van een samenvattingstaak volgt uit de subtaken.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="106"/>
        <source>{0} must be a number.</source>
        <translation>{0} moet een getal zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="107"/>
        <source>{0} is out of range.</source>
        <translation>{0} valt buiten het toegestane bereik.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="108"/>
        <source>{0}: type an amount such as 1250.00.</source>
        <translation>{0}: typ een bedrag zoals 1250,00.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="109"/>
        <source>{0} is too large.</source>
        <translation>{0} is te groot.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="112"/>
        <source>{0} has a value that cannot be stored.</source>
        <translation>{0} heeft een waarde die niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="115"/>
        <source>The item no longer exists.</source>
        <translation>Het item bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="167"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="171"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="172"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="173"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="174"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="175"/>
        <source>Save a Cop&amp;y…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="176"/>
        <source>Restore &amp;Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="178"/>
        <source>&amp;Close Project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="181"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="182"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="183"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="184"/>
        <source>Project &amp;Calendar…</source>
        <translation>Project&amp;kalender…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="185"/>
        <source>Save &amp;Baseline…</source>
        <translation>&amp;Basisplan opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="186"/>
        <source>&amp;Update Project…</source>
        <translation>Project bij&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="187"/>
        <source>&amp;Plan</source>
        <translation>&amp;Projectplan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="188"/>
        <source>&amp;Schedule</source>
        <translation>P&amp;lanning</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="189"/>
        <source>&amp;Team</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="190"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="191"/>
        <source>&amp;Risks</source>
        <translation>&amp;Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192"/>
        <source>S&amp;takeholders</source>
        <translation>S&amp;takeholders</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="193"/>
        <source>&amp;About Koers</source>
        <translation>&amp;Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="209"/>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="236"/>
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="241"/>
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="245"/>
        <source>Read-only: changes cannot be made</source>
        <translation>Alleen-lezen: wijzigingen zijn niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="247"/>
        <source>Every change is saved at once</source>
        <translation>Elke wijziging wordt direct opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="253"/>
        <source>Koers projects (*.koers)</source>
        <translation>Koers-projecten (*.koers)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="262"/>
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="262"/>
        <source>Koers projects (*.koers);;All files (*)</source>
        <translation>Koers-projecten (*.koers);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="270"/>
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="271"/>
        <source>{0} is open by {1} on {2} (since {3}).

Open it read-only?</source>
        <translation>{0} is geopend door {1} op {2} (sinds {3}).

Wilt u het project alleen-lezen openen?</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="177"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="280"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="283"/>
        <source>Project files (*.xml *.gan *.xlsx *.csv);;Microsoft Project XML (*.xml);;GanttProject (*.gan);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Projectbestanden (*.xml *.gan *.xlsx *.csv);;Microsoft Project XML (*.xml);;GanttProject (*.gan);;Excel-werkmappen (*.xlsx);;CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="293"/>
        <source>Save Baseline</source>
        <translation>Basisplan opslaan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="294"/>
        <source>Save the current schedule as baseline (0–10):</source>
        <translation>De huidige planning opslaan als basisplan (0–10):</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="304"/>
        <source>Update Project</source>
        <translation>Project bijwerken</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="306"/>
        <source>Move all work that should have been done by the status date past it?

Tasks not started get a start-no-earlier-than constraint; tasks in progress continue after the status date. You can undo this.</source>
        <translation>Al het werk dat op de statusdatum klaar had moeten zijn, naar na de statusdatum verplaatsen?

Taken die nog niet zijn begonnen, krijgen de beperking &apos;Niet eerder beginnen dan&apos;; taken in uitvoering gaan na de statusdatum verder. U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>{0} does not exist or cannot be read.</source>
        <translation>{0} bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="324"/>
        <source>{0} is not a Koers project.</source>
        <translation>{0} is geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="326"/>
        <source>{0} is a database of another program, not a Koers project.</source>
        <translation>{0} is een database van een ander programma, geen Koers-project.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="329"/>
        <source>{0} was saved by a newer version of Koers. Update Koers to open it.</source>
        <translation>{0} is opgeslagen met een nieuwere versie van Koers. Werk Koers bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="331"/>
        <source>{0} is damaged and cannot be opened. Restore one of its backups.</source>
        <translation>{0} is beschadigd en kan niet worden geopend. Zet een van de back-ups terug.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="332"/>
        <source>{0} is open in another Koers window.</source>
        <translation>{0} is geopend in een ander Koers-venster.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="334"/>
        <source>{0} must be upgraded before it can be read; open it for editing.</source>
        <translation>{0} moet eerst worden bijgewerkt voordat het kan worden gelezen; open het om te bewerken.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="337"/>
        <source>{0} cannot be opened.</source>
        <translation>{0} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="378"/>
        <source>Cannot open project</source>
        <translation>Project kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="387"/>
        <source>Upgraded from file version {0}; the old file was kept beside it.</source>
        <translation>Bijgewerkt vanaf bestandsversie {0}; het oude bestand is ernaast bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="401"/>
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="401"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="414"/>
        <source>Cannot create project</source>
        <translation>Project kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="421"/>
        <source>Save As</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="427"/>
        <source>Cannot save the project</source>
        <translation>Het project kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="436"/>
        <source>{0} copy</source>
        <translation>{0} kopie</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="438"/>
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="444"/>
        <source>Cannot save the copy</source>
        <translation>De kopie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="446"/>
        <source>Copy saved as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="456"/>
        <source>{0} (restored)</source>
        <translation>{0} (teruggezet)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="457"/>
        <source>Restore Backup As</source>
        <translation>Back-up terugzetten als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="462"/>
        <source>Cannot restore</source>
        <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="463"/>
        <location filename="../../app/views/main_window.py" line="494"/>
        <source>Choose a new file: the open project is never overwritten.</source>
        <translation>Kies een nieuw bestand: het geopende project wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="469"/>
        <source>Cannot restore the backup</source>
        <translation>De back-up kan niet worden teruggezet</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="488"/>
        <source>Save Imported Project As</source>
        <translation>Geïmporteerd project opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="493"/>
        <source>Cannot import</source>
        <translation>Importeren niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="484"/>
        <source>Cannot import {0}</source>
        <translation>{0} kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="533"/>
        <source>Baseline saved</source>
        <translation>Basisplan opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="535"/>
        <source>Baseline {0} saved</source>
        <translation>Basisplan {0} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="547"/>
        <source>Project not updated</source>
        <translation>Project niet bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="551"/>
        <source>Nothing to update: no unfinished work lies before the status date.</source>
        <translation>Niets bij te werken: er ligt geen onvoltooid werk vóór de statusdatum.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="558"/>
        <source>Set a status date in the project charter first: Update Project moves unfinished work past it.</source>
        <translation>Stel eerst een statusdatum in het projecthandvest in: Project bijwerken verplaatst onvoltooid werk naar na die datum.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="562"/>
        <source>The tasks wait for each other in a loop; remove a link first.</source>
        <translation>De taken wachten in een kring op elkaar; verwijder eerst een koppeling.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="582"/>
        <source>Change not made</source>
        <translation>Wijziging niet doorgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="598"/>
        <source>About Koers</source>
        <translation>Over Koers</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="600"/>
        <source>&lt;h3&gt;Koers {0}&lt;/h3&gt;&lt;p&gt;Plan, lead and report an IT project in one window, offline, with each project in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Koers {0}&lt;/h3&gt;&lt;p&gt;Plan, leid en rapporteer een IT-project in één venster, offline, met elk project in één bestand.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="84"/>
        <source>The chosen columns leave no room for the chart on this paper. Print fewer columns, or choose larger paper, landscape or a smaller size.</source>
        <translation>De gekozen kolommen laten op dit papier geen ruimte voor de grafiek. Druk minder kolommen af, of kies groter papier, liggend of een kleiner formaat.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="90"/>
        <source>The chart would need more than {0} pages. Choose a coarser time scale, a date range or fit it to fewer pages.</source>
        <translation>De grafiek zou meer dan {0} pagina&apos;s nodig hebben. Kies een grovere tijdschaal, een datumbereik of pas hem op minder pagina&apos;s.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="96"/>
        <source>The last date to print lies before the first.</source>
        <translation>De laatste datum ligt vóór de eerste.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="98"/>
        <source>Dates to print must lie between 1984 and 2149.</source>
        <translation>Af te drukken datums moeten tussen 1984 en 2149 liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="100"/>
        <source>Tick pages wide, pages tall or both to fit the chart to pages.</source>
        <translation>Vink pagina&apos;s breed, pagina&apos;s hoog of beide aan om de grafiek passend te maken.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="104"/>
        <source>Margins must lie between {0} and {1} mm.</source>
        <translation>Marges moeten tussen {0} en {1} mm liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="108"/>
        <source>Fit the chart to between {0} and {1} pages.</source>
        <translation>Pas de grafiek op {0} tot {1} pagina&apos;s.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="112"/>
        <source>The size must lie between {0} and {1} %.</source>
        <translation>Het formaat moet tussen {0} en {1} % liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="116"/>
        <source>A header or footer text is longer than {0} characters.</source>
        <translation>Een kop- of voettekst is langer dan {0} tekens.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="120"/>
        <source>The list of columns cannot be printed.</source>
        <translation>De lijst met kolommen kan niet worden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="122"/>
        <source>Choose one of the paper sizes offered.</source>
        <translation>Kies een van de aangeboden papierformaten.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="145"/>
        <source>Page Setup</source>
        <translation>Pagina-instelling</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="161"/>
        <source>Header and Footer</source>
        <translation>Kop- en voettekst</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="192"/>
        <source>{0} ({1} × {2} mm)</source>
        <translation>{0} ({1} × {2} mm)</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="194"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="196"/>
        <source>P&amp;ortrait</source>
        <translation>Staan&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="197"/>
        <source>&amp;Landscape</source>
        <translation>&amp;Liggend</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="204"/>
        <source>Orientation:</source>
        <translation>Afdrukstand:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208"/>
        <location filename="../../app/views/page_setup_dialog.py" line="337"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208"/>
        <source>Top</source>
        <translation>Boven</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208"/>
        <location filename="../../app/views/page_setup_dialog.py" line="337"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="208"/>
        <source>Bottom</source>
        <translation>Onder</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="222"/>
        <source>Margins:</source>
        <translation>Marges:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="224"/>
        <source>&amp;Adjust to</source>
        <translation>&amp;Aanpassen aan</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="225"/>
        <source>&amp;Fit to</source>
        <translation>Passend &amp;maken op</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="233"/>
        <source>Pages &amp;wide:</source>
        <translation>Pagina&apos;s &amp;breed:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="234"/>
        <source>Pages &amp;tall:</source>
        <translation>Pagina&apos;s &amp;hoog:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="242"/>
        <source>of normal size</source>
        <translation>van de normale grootte</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="252"/>
        <source>Size:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="262"/>
        <source>&amp;Whole project</source>
        <translation>He&amp;le project</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="263"/>
        <source>F&amp;rom</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="276"/>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="281"/>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="286"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="287"/>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="288"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="289"/>
        <source>Quarters</source>
        <translation>Kwartalen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="293"/>
        <source>Time &amp;scale:</source>
        <translation>Tijd&amp;schaal:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="295"/>
        <source>Print the le&amp;gend</source>
        <translation>Le&amp;genda afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="297"/>
        <source>Print only the tasks the filter s&amp;hows</source>
        <translation>Alleen de taken afdrukken die het &amp;filter toont</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="299"/>
        <source>The Schedule tab&apos;s filter, with collapsed summaries left closed</source>
        <translation>Het filter van het tabblad Planning; ingeklapte samenvattende taken blijven dicht</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="309"/>
        <source>Tick the columns to print beside the chart; drag them into the order you want.</source>
        <translation>Vink de kolommen aan die naast de grafiek komen; sleep ze in de gewenste volgorde.</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="321"/>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="322"/>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="337"/>
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="344"/>
        <source>Header:</source>
        <translation>Koptekst:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="344"/>
        <source>Footer:</source>
        <translation>Voettekst:</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="359"/>
        <source>&amp;Insert Field</source>
        <translation>Veld &amp;invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="364"/>
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="365"/>
        <source>Project manager</source>
        <translation>Projectmanager</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="366"/>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="367"/>
        <source>Print date</source>
        <translation>Afdrukdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="368"/>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="369"/>
        <source>Number of pages</source>
        <translation>Aantal pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/views/page_setup_dialog.py" line="378"/>
        <source>Fields are filled in on every page, e.g. {page} with the page number.</source>
        <translation>Velden worden op elke pagina ingevuld, bijvoorbeeld {page} met het paginanummer.</translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <location filename="../../app/views/power_interest_grid.py" line="130"/>
        <source>Power / influence</source>
        <translation>Macht / invloed</translation>
    </message>
    <message>
        <location filename="../../app/views/power_interest_grid.py" line="131"/>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <location filename="../../app/views/power_interest_grid.py" line="132"/>
        <source>+{0} more</source>
        <translation>+{0} meer</translation>
    </message>
    <message>
        <location filename="../../app/views/power_interest_grid.py" line="135"/>
        <source>Power/interest grid</source>
        <translation>Macht-belangmatrix</translation>
    </message>
    <message>
        <location filename="../../app/views/power_interest_grid.py" line="342"/>
        <source>Power {0}, interest {1}: {2}</source>
        <translation>Macht {0}, belang {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/power_interest_grid.py" line="346"/>
        <source>Attitude: {0}</source>
        <translation>Houding: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/power_interest_grid.py" line="353"/>
        <source>{0}: click to show only these stakeholders</source>
        <translation>{0}: klik om alleen deze stakeholders te tonen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="13"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="24"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../app/views/print_actions.py" line="121"/>
        <source>Pa&amp;ge Setup…</source>
        <translation>Pa&amp;gina-instelling…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="122"/>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="124"/>
        <source>Export Chart as P&amp;DF…</source>
        <translation>Grafiek exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="125"/>
        <source>Export Chart as I&amp;mage…</source>
        <translation>Grafiek exporteren als af&amp;beelding…</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="165"/>
        <location filename="../../app/views/print_actions.py" line="299"/>
        <location filename="../../app/views/print_actions.py" line="332"/>
        <source>Cannot print the chart</source>
        <translation>Kan de grafiek niet afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="208"/>
        <source>The project is read-only: this page setup is used until you close it.</source>
        <translation>Het project is alleen-lezen: deze pagina-instelling geldt tot u het sluit.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="215"/>
        <source>Page setup not saved</source>
        <translation>Pagina-instelling niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="249"/>
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="274"/>
        <source>{0} pages sent to the printer</source>
        <translation>{0} pagina&apos;s naar de printer gestuurd</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="282"/>
        <source>Print Chart</source>
        <translation>Grafiek afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="299"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="365"/>
        <source>Chart saved as {0} ({1} pages)</source>
        <translation>Grafiek opgeslagen als {0} ({1} pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="400"/>
        <location filename="../../app/views/print_actions.py" line="454"/>
        <location filename="../../app/views/print_actions.py" line="465"/>
        <source>Cannot export the chart</source>
        <translation>Kan de grafiek niet exporteren</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="402"/>
        <source>The chart is too large for one PNG image ({0} pixels). Zoom out, save it as SVG or export a PDF.</source>
        <translation>De grafiek is te groot voor één PNG-afbeelding ({0} pixels). Zoom uit, sla hem op als SVG of exporteer een PDF.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="410"/>
        <source>Chart saved as {0}</source>
        <translation>Grafiek opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="414"/>
        <source>Export Chart as PDF</source>
        <translation>Grafiek exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="414"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="419"/>
        <source>Export Chart as Image</source>
        <translation>Grafiek exporteren als afbeelding</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="421"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="421"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="455"/>
        <source>Choose another file: the open project is never overwritten.</source>
        <translation>Kies een ander bestand: het open project wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="462"/>
        <source>{0} already exists; choose another name.</source>
        <translation>{0} bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../app/views/print_actions.py" line="464"/>
        <source>{0} could not be written.</source>
        <translation>{0} kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../app/views/project_view.py" line="133"/>
        <source>Plan</source>
        <translation>Projectplan</translation>
    </message>
    <message>
        <location filename="../../app/views/project_view.py" line="134"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../app/views/project_view.py" line="135"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../app/views/project_view.py" line="136"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/views/project_view.py" line="137"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/views/project_view.py" line="138"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="164"/>
        <source>Requirements</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="165"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="166"/>
        <source>Add a requirement below the selected one</source>
        <translation>Een eis toevoegen onder de geselecteerde eis</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="167"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="168"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="169"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="170"/>
        <source>Filter requirements…</source>
        <translation>Eisen filteren…</translation>
    </message>
    <message>
        <location filename="../../app/views/requirements_panel.py" line="218"/>
        <source>New requirement</source>
        <translation>Nieuwe eis</translation>
    </message>
</context>
<context>
    <name>ResourceDelegate</name>
    <message>
        <location filename="../../app/views/team_tab.py" line="107"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>ResourceLabels</name>
    <message>
        <location filename="../../app/views/resource_labels.py" line="19"/>
        <location filename="../../app/views/resource_labels.py" line="79"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="20"/>
        <source>Material</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="21"/>
        <location filename="../../app/views/resource_labels.py" line="80"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="27"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="28"/>
        <source>Prorated</source>
        <translation>Naar rato</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="29"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="35"/>
        <source>Per hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="36"/>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="42"/>
        <source>/h</source>
        <translation>/u</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="42"/>
        <source>/d</source>
        <translation>/d</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="47"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="49"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="55"/>
        <source>Fixed units</source>
        <translation>Vaste eenheden</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="56"/>
        <source>Fixed duration</source>
        <translation>Vaste duur</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="57"/>
        <source>Fixed work</source>
        <translation>Vast werk</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="64"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="65"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="66"/>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="67"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="68"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="69"/>
        <source>Internal/external</source>
        <translation>Intern/extern</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="70"/>
        <source>Max. units</source>
        <translation>Max. eenheden</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="71"/>
        <source>Std. rate</source>
        <translation>Std. tarief</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="72"/>
        <source>Ovt. rate</source>
        <translation>Overw. tarief</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="73"/>
        <source>Rates</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="74"/>
        <source>Cost/use</source>
        <translation>Kosten/gebruik</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="75"/>
        <source>Accrue at</source>
        <translation>Toerekenen</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="76"/>
        <source>Cost category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="77"/>
        <source>Material label</source>
        <translation>Materiaaleenheid</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="81"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="82"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="83"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="84"/>
        <source>Resource names</source>
        <translation>Resourcenamen</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="85"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="86"/>
        <source>Task type</source>
        <translation>Taaktype</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="87"/>
        <source>Effort driven</source>
        <translation>Inspanningsgestuurd</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="94"/>
        <location filename="../../app/views/resource_labels.py" line="195"/>
        <source>{0} cannot be empty.</source>
        <translation>{0} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="95"/>
        <source>{0} is too long.</source>
        <translation>{0} is te lang.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="96"/>
        <source>A resource name cannot contain {1}: the Resource Names column reads [ ] and ; as units and separators.</source>
        <translation>Een resourcenaam mag geen {1} bevatten: de kolom Resourcenamen leest [ ] en ; als eenheden en scheidingstekens.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="101"/>
        <source>The type must be Work, Material or Cost, not {1}.</source>
        <translation>Het type moet Werk, Materiaal of Kosten zijn, niet {1}.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="104"/>
        <source>Max. units must lie between 0% and 10,000% (you typed {1}).</source>
        <translation>Max. eenheden moet tussen 0% en 10.000% liggen (u typte {1}).</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="107"/>
        <source>{0} must be a number, not {1}.</source>
        <translation>{0} moet een getal zijn, niet {1}.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="108"/>
        <location filename="../../app/views/resource_labels.py" line="193"/>
        <source>{0} cannot be negative.</source>
        <translation>{0} mag niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="109"/>
        <location filename="../../app/views/resource_labels.py" line="117"/>
        <source>{0} is too large.</source>
        <translation>{0} is te groot.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="110"/>
        <source>{0}: type an amount such as 95.00.</source>
        <translation>{0}: typ een bedrag zoals 95,00.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="111"/>
        <source>{0}: {1} is not an amount; type digits, such as 95.00.</source>
        <translation>{0}: {1} is geen bedrag; typ cijfers, zoals 95,00.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="114"/>
        <source>{0}: an amount has at most two decimals.</source>
        <translation>{0}: een bedrag heeft hooguit twee decimalen.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="118"/>
        <source>{0}: thousands are grouped by three digits.</source>
        <translation>{0}: duizendtallen worden per drie cijfers gegroepeerd.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="121"/>
        <source>Rates are per hour or per day.</source>
        <translation>Tarieven gelden per uur of per dag.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="122"/>
        <source>Costs accrue at the start, prorated or at the end.</source>
        <translation>Kosten worden toegerekend bij het begin, naar rato of aan het einde.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="125"/>
        <source>That cost category no longer exists.</source>
        <translation>Die kostensoort bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="126"/>
        <source>That calendar no longer exists.</source>
        <translation>Die kalender bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="127"/>
        <source>The resource is assigned to {1} task(s): remove those assignments before changing its type.</source>
        <translation>De resource is aan {1} taak/taken toegewezen: verwijder die toewijzingen voordat u het type wijzigt.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="132"/>
        <source>{1} cannot work on a summary task: its duration comes from its subtasks. Assign the resource to a subtask.</source>
        <translation>{1} kan niet aan een samenvattingstaak werken: de duur komt van de subtaken. Wijs de resource toe aan een subtaak.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="137"/>
        <source>{1} cannot work on a milestone: it has no duration. Give the task a duration first, or assign a cost resource.</source>
        <translation>{1} kan niet aan een mijlpaal werken: die heeft geen duur. Geef de taak eerst een duur, of wijs een kostenresource toe.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="142"/>
        <source>{1} is already assigned to this task.</source>
        <translation>{1} is al aan deze taak toegewezen.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="143"/>
        <source>There is no resource called {1}. Add it in the Team tab first.</source>
        <translation>Er is geen resource met de naam {1}. Voeg die eerst toe op het tabblad Team.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="146"/>
        <source>{1} is a cost resource: set its amount in the task details, not in brackets.</source>
        <translation>{1} is een kostenresource: stel het bedrag in bij de taakgegevens, niet tussen haken.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="150"/>
        <source>{1} is a material: give a quantity such as [20], not a percentage.</source>
        <translation>{1} is materiaal: geef een hoeveelheid zoals [20], geen percentage.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="153"/>
        <source>Resource names: check the brackets in {1}; write units as Jan[50%].</source>
        <translation>Resourcenamen: controleer de haken in {1}; schrijf eenheden als Jan[50%].</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="157"/>
        <source>Resource names: {1} has units but no resource name.</source>
        <translation>Resourcenamen: {1} heeft eenheden maar geen resourcenaam.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="160"/>
        <source>Resource names: {1} needs a number in the brackets, such as Jan[50%] or Cement[20].</source>
        <translation>Resourcenamen: {1} heeft een getal tussen de haken nodig, zoals Jan[50%] of Cement[20].</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="164"/>
        <source>Resource names: {1} is listed twice.</source>
        <translation>Resourcenamen: {1} staat er twee keer.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="165"/>
        <source>Units cannot be negative.</source>
        <translation>Eenheden mogen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="166"/>
        <source>Units cannot exceed 10,000%.</source>
        <translation>Eenheden mogen niet boven 10.000% liggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="167"/>
        <source>A cost resource has no units: set its amount instead.</source>
        <translation>Een kostenresource heeft geen eenheden: stel in plaats daarvan het bedrag in.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="170"/>
        <source>Only work resources have work.</source>
        <translation>Alleen werkresources hebben werk.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="171"/>
        <source>Only cost resources have an amount.</source>
        <translation>Alleen kostenresources hebben een bedrag.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="172"/>
        <source>Work cannot be negative.</source>
        <translation>Werk mag niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="173"/>
        <source>Work is in working time: use h, d or w, not elapsed units.</source>
        <translation>Werk is in werktijd: gebruik u, d of w, geen verstreken eenheden.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="176"/>
        <source>A fixed-work task cannot have a zero duration: its work would need endless units. Change the task type or the work first.</source>
        <translation>Een taak met vast werk kan geen duur nul hebben: het werk zou oneindig veel eenheden vragen. Wijzig eerst het taaktype of het werk.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="181"/>
        <source>A fixed-work task is always effort driven.</source>
        <translation>Een taak met vast werk is altijd inspanningsgestuurd.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="184"/>
        <source>The task type must be fixed units, fixed duration or fixed work.</source>
        <translation>Het taaktype moet vaste eenheden, vaste duur of vast werk zijn.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="187"/>
        <source>{0}: type a number with a unit, such as 16h or 2d.</source>
        <translation>{0}: typ een getal met een eenheid, zoals 16u of 2d.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="190"/>
        <source>{0}: use a unit such as h, d or w (e.g. 16h).</source>
        <translation>{0}: gebruik een eenheid zoals u, d of w (bijv. 16u).</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="194"/>
        <source>{0} is longer than 100 years.</source>
        <translation>{0} is langer dan 100 jaar.</translation>
    </message>
    <message>
        <location filename="../../app/views/resource_labels.py" line="238"/>
        <source>{0} has a value that cannot be stored.</source>
        <translation>{0} heeft een waarde die niet kan worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <location filename="../../app/views/resource_table_model.py" line="182"/>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/resource_table_model.py" line="242"/>
        <source>Assigned to %n task(s)</source>
        <translation>
            <numerusform>Toegewezen aan %n taak</numerusform>
            <numerusform>Toegewezen aan %n taken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/resource_table_model.py" line="313"/>
        <source>Edit resource</source>
        <translation>Resource wijzigen</translation>
    </message>
</context>
<context>
    <name>ResponseTaskDialog</name>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="305"/>
        <source>Response to task</source>
        <translation>Respons als taak</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="309"/>
        <source>At the end of the schedule</source>
        <translation>Aan het einde van de planning</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="311"/>
        <source>Under {0} {1}</source>
        <translation>Onder {0} {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="313"/>
        <source>Task name:</source>
        <translation>Taaknaam:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="314"/>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="82"/>
        <source>Review {0}</source>
        <translation>Review {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="105"/>
        <source>Review date:</source>
        <translation>Reviewdatum:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="106"/>
        <source>Residual probability:</source>
        <translation>Restkans:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="107"/>
        <source>Residual impact:</source>
        <translation>Restimpact:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="108"/>
        <source>Cost impact:</source>
        <translation>Kostenimpact:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="109"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="110"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="111"/>
        <source>Next review:</source>
        <translation>Volgende review:</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <location filename="../../app/views/risk_form.py" line="333"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="334"/>
        <source>Cause → event → effect</source>
        <translation>Oorzaak → gebeurtenis → gevolg</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="335"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="336"/>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="337"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="340"/>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="341"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="342"/>
        <source>Inherent</source>
        <translation>Inherent</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="343"/>
        <source>Residual</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="352"/>
        <source>Add review…</source>
        <translation>Review toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="354"/>
        <source>Record a dated review: residual probability and impact, status, note</source>
        <translation>Een gedateerde review vastleggen: restkans en -impact, status, notitie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="356"/>
        <source>Delete review</source>
        <translation>Review verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="357"/>
        <source>Linked tasks and milestones</source>
        <translation>Gekoppelde taken en mijlpalen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="358"/>
        <source>Link to task…</source>
        <translation>Aan taak koppelen…</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="359"/>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="362"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="363"/>
        <source>P × I</source>
        <translation>K × I</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="364"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="365"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="368"/>
        <source>Select a risk to see and edit its details.</source>
        <translation>Selecteer een risico om de gegevens te bekijken en te bewerken.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="464"/>
        <source>(response)</source>
        <translation>(respons)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="473"/>
        <source>score {0} &lt;span style=&apos;background:{1}&apos;&gt;&amp;nbsp;{2}&amp;nbsp;&lt;/span&gt; · EMV {3}</source>
        <translation>score {0} &lt;span style=&apos;background:{1}&apos;&gt;&amp;nbsp;{2}&amp;nbsp;&lt;/span&gt; · EMV {3}</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_form.py" line="487"/>
        <source>Cost impact {0}, EMV {1}</source>
        <translation>Kostenimpact {0}, EMV {1}</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <location filename="../../app/views/risk_heat_map.py" line="54"/>
        <source>Inherent</source>
        <translation>Inherent</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_heat_map.py" line="54"/>
        <source>Residual</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_heat_map.py" line="55"/>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_heat_map.py" line="55"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_heat_map.py" line="246"/>
        <source>{0}: probability {1} ({2}), impact {3} ({4})</source>
        <translation>{0}: kans {1} ({2}), impact {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_heat_map.py" line="250"/>
        <source>No open risks</source>
        <translation>Geen open risico&apos;s</translation>
    </message>
</context>
<context>
    <name>RiskLabels</name>
    <message>
        <location filename="../../app/views/risk_labels.py" line="45"/>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="46"/>
        <source>Opportunity</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="52"/>
        <source>Identified</source>
        <translation>Geïdentificeerd</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="53"/>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="54"/>
        <source>Response planned</source>
        <translation>Respons gepland</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="55"/>
        <source>Monitoring</source>
        <translation>Bewaking</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="56"/>
        <location filename="../../app/views/risk_labels.py" line="142"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="57"/>
        <source>Occurred</source>
        <translation>Opgetreden</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="65"/>
        <source>Avoid</source>
        <translation>Vermijden</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="66"/>
        <source>Reduce</source>
        <translation>Beperken</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="67"/>
        <source>Transfer</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="68"/>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="69"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="70"/>
        <source>Escalate</source>
        <translation>Escaleren</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="71"/>
        <source>Fallback</source>
        <translation>Uitwijkplan</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="72"/>
        <source>Exploit</source>
        <translation>Benutten</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="73"/>
        <source>Enhance</source>
        <translation>Vergroten</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="81"/>
        <source>Imminent</source>
        <translation>Op handen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="82"/>
        <source>Within the stage</source>
        <translation>Binnen de fase</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="83"/>
        <source>Within the project</source>
        <translation>Binnen het project</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="84"/>
        <source>Beyond the project</source>
        <translation>Na het project</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="90"/>
        <location filename="../../app/views/risk_labels.py" line="148"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="91"/>
        <location filename="../../app/views/risk_labels.py" line="149"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="92"/>
        <location filename="../../app/views/risk_labels.py" line="150"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="93"/>
        <location filename="../../app/views/risk_labels.py" line="151"/>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="102"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="103"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="104"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="105"/>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="106"/>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="107"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="108"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="109"/>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="110"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="119"/>
        <source>very low</source>
        <translation>zeer laag</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="120"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="121"/>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="122"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="123"/>
        <source>very high</source>
        <translation>zeer hoog</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="129"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="130"/>
        <source>Request for change</source>
        <translation>Wijzigingsverzoek</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="131"/>
        <source>Off-specification</source>
        <translation>Buiten specificatie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="132"/>
        <source>Concern</source>
        <translation>Zorgpunt</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="138"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="139"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="140"/>
        <source>On hold</source>
        <translation>Aangehouden</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="141"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="156"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="157"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="158"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="159"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="160"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="161"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="162"/>
        <source>Effect</source>
        <translation>Gevolg</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="163"/>
        <source>Raised by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="164"/>
        <source>Date raised</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="165"/>
        <location filename="../../app/views/risk_labels.py" line="166"/>
        <location filename="../../app/views/risk_labels.py" line="167"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="168"/>
        <location filename="../../app/views/risk_labels.py" line="169"/>
        <location filename="../../app/views/risk_labels.py" line="170"/>
        <source>Actionee</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="171"/>
        <source>Proximity</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="172"/>
        <location filename="../../app/views/risk_labels.py" line="199"/>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="173"/>
        <location filename="../../app/views/risk_labels.py" line="191"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="174"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="175"/>
        <source>Residual probability</source>
        <translation>Restkans</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="176"/>
        <source>Residual impact</source>
        <translation>Restimpact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="177"/>
        <source>Residual score</source>
        <translation>Restscore</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="178"/>
        <source>Band</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="179"/>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="180"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="181"/>
        <source>Response actions</source>
        <translation>Responsacties</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="182"/>
        <source>Trigger / warning signs</source>
        <translation>Trigger / waarschuwingssignalen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="183"/>
        <source>Contingency plan</source>
        <translation>Noodplan</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="184"/>
        <source>Cost of response</source>
        <translation>Kosten van respons</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="185"/>
        <source>Cost impact</source>
        <translation>Kostenimpact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="186"/>
        <source>Schedule impact (days)</source>
        <translation>Planningsimpact (dagen)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="187"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="188"/>
        <source>Next review</source>
        <translation>Volg. review</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="189"/>
        <source>Linked tasks</source>
        <translation>Gekoppelde taken</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="190"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="192"/>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="193"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="194"/>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="195"/>
        <source>Resolution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="196"/>
        <location filename="../../app/views/risk_labels.py" line="197"/>
        <source>From risk</source>
        <translation>Uit risico</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="198"/>
        <source>Review date</source>
        <translation>Reviewdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="200"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="215"/>
        <source>{0}: this response does not suit the risk&apos;s type.</source>
        <translation>{0}: deze respons past niet bij het type risico.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="218"/>
        <source>{0}: choose one of the listed values.</source>
        <translation>{0}: kies een van de vermelde waarden.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="219"/>
        <source>{0}: that stakeholder is no longer in the register.</source>
        <translation>{0}: die stakeholder staat niet meer in het register.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="222"/>
        <source>{0}: that risk is no longer in the register.</source>
        <translation>{0}: dat risico staat niet meer in het register.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="223"/>
        <source>The response task can only go under a summary task.</source>
        <translation>De responstaak kan alleen onder een samenvattende taak komen.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="226"/>
        <source>{0}: each value must be higher than the one before.</source>
        <translation>{0}: elke waarde moet hoger zijn dan de vorige.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="229"/>
        <source>{0}: a category is listed twice.</source>
        <translation>{0}: een categorie staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_labels.py" line="230"/>
        <source>{0} is out of range.</source>
        <translation>{0} valt buiten het toegestane bereik.</translation>
    </message>
</context>
<context>
    <name>RiskRegisterPanel</name>
    <message>
        <location filename="../../app/views/risk_register.py" line="265"/>
        <location filename="../../app/views/risk_register.py" line="532"/>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="265"/>
        <source>Add a risk to the register</source>
        <translation>Een risico aan het register toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="266"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="266"/>
        <source>Delete the selected risk</source>
        <translation>Het geselecteerde risico verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="268"/>
        <source>Response → task</source>
        <translation>Respons → taak</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="269"/>
        <source>Add the risk&apos;s response to the schedule as a task</source>
        <translation>De respons op het risico als taak aan de planning toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="272"/>
        <source>Risk occurred → issue</source>
        <translation>Risico opgetreden → issue</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="273"/>
        <source>Mark the risk occurred and raise an issue from it</source>
        <translation>Het risico als opgetreden markeren en er een issue van maken</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="276"/>
        <source>Link to task…</source>
        <translation>Aan taak koppelen…</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="277"/>
        <source>Link the risk to a task or milestone it affects</source>
        <translation>Het risico koppelen aan een taak of mijlpaal waarop het van invloed is</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="280"/>
        <source>Add review…</source>
        <translation>Review toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="281"/>
        <source>Record a dated review of the selected risk</source>
        <translation>Een gedateerde review van het geselecteerde risico vastleggen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="284"/>
        <source>Risk settings…</source>
        <translation>Risico-instellingen…</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="285"/>
        <source>Scale labels, band thresholds, EMV percentages and categories</source>
        <translation>Schaallabels, klassegrenzen, EMV-percentages en categorieën</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="294"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="294"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="294"/>
        <source>Band:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="294"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="298"/>
        <source>Review overdue</source>
        <translation>Review verlopen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="300"/>
        <source>Open risks whose next review is before the status date</source>
        <translation>Open risico&apos;s waarvan de volgende review vóór de statusdatum ligt</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="302"/>
        <source>Find risks…</source>
        <translation>Risico&apos;s zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="303"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="304"/>
        <source>Clear every filter and the heat-map cell</source>
        <translation>Alle filters en de gekozen heatmapcel wissen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="305"/>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="306"/>
        <source>Exposure trend</source>
        <translation>Blootstellingstrend</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="309"/>
        <source>Open risks per cell. Click a cell to show only its risks; click it again or Show all to see every risk.</source>
        <translation>Open risico&apos;s per cel. Klik op een cel om alleen de risico&apos;s daarin te tonen; klik er nogmaals op of op Alles tonen om alle risico&apos;s te zien.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="315"/>
        <location filename="../../app/views/risk_register.py" line="319"/>
        <location filename="../../app/views/risk_register.py" line="364"/>
        <location filename="../../app/views/risk_register.py" line="370"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="315"/>
        <source>Open (not closed or occurred)</source>
        <translation>Open (niet gesloten of opgetreden)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="364"/>
        <source>(no owner)</source>
        <translation>(geen eigenaar)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="543"/>
        <source>{0} linked tasks, {1} reviews, issues: {2}</source>
        <translation>{0} gekoppelde taken, {1} reviews, issues: {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="544"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="548"/>
        <source>Delete risk</source>
        <translation>Risico verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="549"/>
        <source>Delete {0} “{1}” with its history?
{2}</source>
        <translation>{0} ‘{1}’ met de volledige historie verwijderen?
{2}</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_register.py" line="595"/>
        <source>Link risk to task</source>
        <translation>Risico aan taak koppelen</translation>
    </message>
</context>
<context>
    <name>RiskSettingsDialog</name>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="141"/>
        <source>Risk settings</source>
        <translation>Risico-instellingen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="145"/>
        <source>Scales</source>
        <translation>Schalen</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="147"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="148"/>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="149"/>
        <source>EMV %</source>
        <translation>EMV %</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="150"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="165"/>
        <source>Bands by score (probability × impact)</source>
        <translation>Klassen op score (kans × impact)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="177"/>
        <source>{0} from score:</source>
        <translation>{0} vanaf score:</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="178"/>
        <source>Categories (one a line)</source>
        <translation>Categorieën (één per regel)</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="340"/>
        <source>Review overdue: due before the status date</source>
        <translation>Review verlopen: gepland vóór de statusdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="364"/>
        <source>P</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="365"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="366"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="367"/>
        <source>Res. P</source>
        <translation>Rest K</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="368"/>
        <source>Res. I</source>
        <translation>Rest I</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="369"/>
        <source>Res. score</source>
        <translation>Restscore</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="370"/>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="371"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="376"/>
        <source>Inherent probability (1–5)</source>
        <translation>Inherente kans (1–5)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="377"/>
        <source>Inherent impact (1–5)</source>
        <translation>Inherente impact (1–5)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="378"/>
        <source>Inherent score: probability × impact</source>
        <translation>Inherente score: kans × impact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="379"/>
        <source>Residual probability, after the response</source>
        <translation>Restkans, na de respons</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="380"/>
        <source>Residual impact, after the response</source>
        <translation>Restimpact, na de respons</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="381"/>
        <source>Residual score (the inherent one until assessed)</source>
        <translation>Restscore (tot de beoordeling gelijk aan de inherente score)</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="382"/>
        <source>Band of the residual score, by the project&apos;s thresholds</source>
        <translation>Klasse van de restscore, volgens de grenzen van het project</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="383"/>
        <source>Expected monetary value: residual probability&apos;s % × cost impact</source>
        <translation>Verwachte monetaire waarde: percentage van de restkans × kostenimpact</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_table_model.py" line="384"/>
        <source>IDs of the linked tasks and milestones</source>
        <translation>ID&apos;s van de gekoppelde taken en mijlpalen</translation>
    </message>
</context>
<context>
    <name>RiskTrendChart</name>
    <message>
        <location filename="../../app/views/risk_trend_chart.py" line="38"/>
        <source>No reviews yet: the trend appears after the first review.</source>
        <translation>Nog geen reviews: de trend verschijnt na de eerste review.</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_trend_chart.py" line="93"/>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_trend_chart.py" line="101"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_trend_chart.py" line="117"/>
        <source>Exposure of open threats per review</source>
        <translation>Blootstelling aan open dreigingen per review</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../app/views/risks_tab.py" line="81"/>
        <source>Risk register</source>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <location filename="../../app/views/risks_tab.py" line="82"/>
        <source>Issue log</source>
        <translation>Issuelog</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="414"/>
        <source>Insert task</source>
        <translation>Taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="414"/>
        <source>Insert a task above this one</source>
        <translation>Een taak boven deze taak invoegen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="415"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="415"/>
        <source>Delete the selected tasks</source>
        <translation>De geselecteerde taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="416"/>
        <source>Outdent</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="416"/>
        <source>Move the tasks one level out</source>
        <translation>De taken één niveau hoger plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="417"/>
        <source>Indent</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="417"/>
        <source>Make the tasks subtasks</source>
        <translation>Van de taken subtaken maken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="418"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="418"/>
        <source>Move above the previous task</source>
        <translation>Boven de vorige taak plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="419"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="419"/>
        <source>Move below the next task</source>
        <translation>Onder de volgende taak plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="420"/>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="420"/>
        <source>Link the selected tasks in order</source>
        <translation>De geselecteerde taken op volgorde koppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="421"/>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="421"/>
        <source>Remove the links between them</source>
        <translation>De koppelingen tussen de taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="422"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="422"/>
        <source>Mark or unmark milestones</source>
        <translation>Taken als mijlpaal markeren of de markering opheffen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="423"/>
        <source>Task details…</source>
        <translation>Taakgegevens…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="423"/>
        <source>Notes, constraint, dates</source>
        <translation>Notities, beperking, datums</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="424"/>
        <source>Copy rows</source>
        <translation>Rijen kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="424"/>
        <source>Copy as tab-separated text</source>
        <translation>Kopiëren als door tabs gescheiden tekst</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="425"/>
        <source>Paste rows</source>
        <translation>Rijen plakken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="425"/>
        <source>Paste rows as new tasks</source>
        <translation>Rijen als nieuwe taken plakken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="426"/>
        <source>Fill down</source>
        <translation>Omlaag doorvoeren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="426"/>
        <source>Copy the first value down</source>
        <translation>De eerste waarde naar beneden kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="427"/>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="427"/>
        <source>Search the task names</source>
        <translation>In de taaknamen zoeken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="435"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="437"/>
        <source>All tasks</source>
        <translation>Alle taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="438"/>
        <source>Critical tasks</source>
        <translation>Kritieke taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="439"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="440"/>
        <source>Summary tasks</source>
        <translation>Samenvattingstaken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="441"/>
        <source>Incomplete tasks</source>
        <translation>Onvoltooide taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="442"/>
        <source>Late against baseline</source>
        <translation>Te laat t.o.v. basisplan</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="443"/>
        <source>Near-critical tasks</source>
        <translation>Bijna-kritieke taken</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="444"/>
        <source>Tasks in a date range</source>
        <translation>Taken in een periode</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="448"/>
        <source>Find tasks…</source>
        <translation>Taken zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="603"/>
        <source>The links form a loop: {0}. Remove one of these links to schedule the plan.</source>
        <translation>De koppelingen vormen een lus: {0}. Verwijder een van deze koppelingen om de planning te kunnen berekenen.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="626"/>
        <location filename="../../app/views/schedule_tab.py" line="854"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="635"/>
        <source>Delete {0} task(s)?</source>
        <translation>{0} taak/taken verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="637"/>
        <source>{0} link(s) to other tasks will be removed.</source>
        <translation>{0} koppeling(en) met andere taken worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="639"/>
        <source>{0} subtask(s) will be deleted too.</source>
        <translation>{0} subtaak/subtaken worden ook verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="642"/>
        <source>Delete tasks</source>
        <translation>Taken verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/schedule_tab.py" line="832"/>
        <source>Paste tasks</source>
        <translation>Taken plakken</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="77"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="89"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="90"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="91"/>
        <source>Requirements</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="92"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="98"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="99"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="100"/>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="101"/>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="102"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="106"/>
        <source>Day first (31-12-2025)</source>
        <translation>Dag eerst (31-12-2025)</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="107"/>
        <source>Month first (12/31/2025)</source>
        <translation>Maand eerst (12/31/2025)</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="110"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="111"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopregel:</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="112"/>
        <source>&amp;Import as:</source>
        <translation>Importeren &amp;als:</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="113"/>
        <source>Durations without a &amp;unit in:</source>
        <translation>Duren zonder &amp;eenheid in:</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="114"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="118"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="118"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="118"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="149"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="269"/>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sheet_import_dialog.py" line="335"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="337"/>
        <source>%1 to import, %2 errors, %3 warnings.</source>
        <translation>%1 te importeren, %2 fouten, %3 waarschuwingen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sheet_import_dialog.py" line="347"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n taak</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sheet_import_dialog.py" line="348"/>
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risico</numerusform>
            <numerusform>%n risico&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sheet_import_dialog.py" line="349"/>
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n eis</numerusform>
            <numerusform>%n eisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sheet_import_dialog.py" line="350"/>
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sheet_import_dialog.py" line="368"/>
        <source>Nothing can be imported from this file.</source>
        <translation>Uit dit bestand kan niets worden geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="188"/>
        <source>Select a stakeholder to see and edit the details.</source>
        <translation>Selecteer een stakeholder om de gegevens te bekijken en te bewerken.</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="191"/>
        <source>This stakeholder has been anonymised: the name, contact details and personal notes were removed.</source>
        <translation>Deze stakeholder is geanonimiseerd: de naam, contactgegevens en persoonlijke notities zijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="195"/>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="196"/>
        <source>Contact details (personal data)</source>
        <translation>Contactgegevens (persoonsgegevens)</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="198"/>
        <source>Left out of exports unless asked for; removed by Anonymise.</source>
        <translation>Alleen op verzoek opgenomen in exports; Anonimiseren verwijdert ze.</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="200"/>
        <source>Power, interest and engagement</source>
        <translation>Macht, belang en betrokkenheid</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="201"/>
        <source>Requirements and concerns</source>
        <translation>Eisen en zorgpunten</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="202"/>
        <source>Engagement and communication</source>
        <translation>Betrokkenheid en communicatie</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="215"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="216"/>
        <source>Steering committee</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="217"/>
        <source>Weekly stand-up</source>
        <translation>Wekelijkse stand-up</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="218"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="219"/>
        <source>Sprint demo</source>
        <translation>Sprintdemo</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="220"/>
        <source>One-to-one meeting</source>
        <translation>Bilateraal overleg</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="221"/>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="224"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="225"/>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="226"/>
        <source>Fortnightly</source>
        <translation>Tweewekelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="227"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="228"/>
        <source>Quarterly</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="229"/>
        <source>At milestones</source>
        <translation>Bij mijlpalen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="230"/>
        <source>As needed</source>
        <translation>Indien nodig</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_form.py" line="316"/>
        <source>{0} (from {1} to {2})</source>
        <translation>{0} (van {1} naar {2})</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="17"/>
        <source>Supporter</source>
        <translation>Voorstander</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="18"/>
        <location filename="../../app/views/stakeholder_labels.py" line="27"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="19"/>
        <source>Resistor</source>
        <translation>Tegenstander</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="25"/>
        <source>Unaware</source>
        <translation>Onbewust</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="26"/>
        <source>Resistant</source>
        <translation>Weerstand</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="28"/>
        <source>Supportive</source>
        <translation>Steunend</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="29"/>
        <source>Leading</source>
        <translation>Leidend</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="35"/>
        <source>Manage closely</source>
        <translation>Nauw betrekken</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="36"/>
        <source>Keep satisfied</source>
        <translation>Tevreden houden</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="37"/>
        <source>Keep informed</source>
        <translation>Geïnformeerd houden</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="38"/>
        <source>Monitor</source>
        <translation>Monitoren</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="44"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="45"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="59"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="60"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="61"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="62"/>
        <source>Internal/external</source>
        <translation>Intern/extern</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="63"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="64"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="65"/>
        <source>Contact notes</source>
        <translation>Contactnotities</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="66"/>
        <source>Requirements</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="67"/>
        <source>Expectations</source>
        <translation>Verwachtingen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="68"/>
        <source>Concerns</source>
        <translation>Zorgpunten</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="69"/>
        <source>Power</source>
        <translation>Macht</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="70"/>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="71"/>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="72"/>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="73"/>
        <source>Current engagement</source>
        <translation>Huidige betrokkenheid</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="74"/>
        <source>Desired engagement</source>
        <translation>Gewenste betrokkenheid</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="75"/>
        <source>Gap</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="76"/>
        <source>Engagement strategy</source>
        <translation>Betrokkenheidsstrategie</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="77"/>
        <source>Relationship owner</source>
        <translation>Relatiebeheerder</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="78"/>
        <source>Information needs</source>
        <translation>Informatiebehoefte</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="79"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="80"/>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="81"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholder_labels.py" line="82"/>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="315"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="315"/>
        <source>Add a stakeholder below the selected one</source>
        <translation>Een stakeholder toevoegen onder de geselecteerde</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="316"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="316"/>
        <source>Delete the selected stakeholder</source>
        <translation>De geselecteerde stakeholder verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="317"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="317"/>
        <source>Move up the register</source>
        <translation>Hoger in het register plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="318"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="318"/>
        <source>Move down the register</source>
        <translation>Lager in het register plaatsen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="320"/>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="321"/>
        <source>Remove the name, contact details and personal notes</source>
        <translation>De naam, contactgegevens en persoonlijke notities verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="328"/>
        <source>All quadrants</source>
        <translation>Alle kwadranten</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="331"/>
        <source>All attitudes</source>
        <translation>Alle houdingen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="334"/>
        <source>Internal and external</source>
        <translation>Intern en extern</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="335"/>
        <source>Internal only</source>
        <translation>Alleen intern</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="336"/>
        <source>External only</source>
        <translation>Alleen extern</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="337"/>
        <source>Engagement gaps only</source>
        <translation>Alleen afwijkende betrokkenheid</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="338"/>
        <source>Find stakeholders…</source>
        <translation>Stakeholders zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="339"/>
        <source>Power/interest grid</source>
        <translation>Macht-belangmatrix</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="342"/>
        <source>Engagement assessment matrix (C = current, D = desired)</source>
        <translation>Betrokkenheidsmatrix (C = huidig, D = gewenst)</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="591"/>
        <source>New stakeholder</source>
        <translation>Nieuwe stakeholder</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="609"/>
        <source>{0} is named as owner or actionee by {1}. Deleting the stakeholder removes these links (Undo brings them back).</source>
        <translation>{0} is eigenaar of actiehouder van {1}. Als u de stakeholder verwijdert, vervallen deze koppelingen (met Ongedaan maken herstelt u ze).</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="615"/>
        <source>Delete stakeholder</source>
        <translation>Stakeholder verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="630"/>
        <source>1 risk</source>
        <translation>1 risico</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="630"/>
        <source>{0} risks</source>
        <translation>{0} risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="634"/>
        <source>1 issue</source>
        <translation>1 issue</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="636"/>
        <source>{0} issues</source>
        <translation>{0} issues</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="639"/>
        <source>{0} and {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="660"/>
        <source>Anonymise {0}? The name is replaced, and the contact details, requirements, expectations, concerns, strategy and information needs are removed. Power, interest, attitude and engagement stay. Undo brings the data back while the project is open.</source>
        <translation>{0} anonimiseren? De naam wordt vervangen en de contactgegevens, eisen, verwachtingen, zorgpunten, strategie en informatiebehoefte worden verwijderd. Macht, belang, houding en betrokkenheid blijven behouden. Zolang het project open is, haalt u de gegevens terug met Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../app/views/stakeholders_tab.py" line="665"/>
        <source>Anonymise stakeholder</source>
        <translation>Stakeholder anonimiseren</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/views/start_page.py" line="69"/>
        <source>Plan, lead and report your IT project in one window. Each project is one file.</source>
        <translation>Plan, leid en rapporteer uw IT-project in één venster. Elk project is één bestand.</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="72"/>
        <source>New project…</source>
        <translation>Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="73"/>
        <source>Open project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="74"/>
        <source>Open the demo project</source>
        <translation>Het demoproject openen</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="75"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
</context>
<context>
    <name>TaskCostPage</name>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="91"/>
        <source>&amp;Fixed cost:</source>
        <translation>&amp;Vaste kosten:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="92"/>
        <source>Fixed cost &amp;accrues:</source>
        <translation>Vaste kosten &amp;toerekenen:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="93"/>
        <source>Fixed cost cate&amp;gory:</source>
        <translation>&amp;Kostensoort vaste kosten:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="94"/>
        <source>&amp;Earned value method:</source>
        <translation>&amp;Earned value-methode:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="95"/>
        <source>&amp;Physical % complete:</source>
        <translation>&amp;Fysiek % voltooid:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="96"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="97"/>
        <source>Actual cost:</source>
        <translation>Werkelijke kosten:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="98"/>
        <source>Baseline cost:</source>
        <translation>Kosten basisplan:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="103"/>
        <source>At the start</source>
        <translation>Bij het begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="104"/>
        <source>Prorated</source>
        <translation>Naar rato</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="105"/>
        <source>At the end</source>
        <translation>Aan het einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="109"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="111"/>
        <source>% complete</source>
        <translation>% voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="112"/>
        <source>Physical % complete</source>
        <translation>Fysiek % voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="113"/>
        <source>0/100: earned when finished</source>
        <translation>0/100: verdiend bij voltooiing</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="114"/>
        <source>50/50: half at the start, half at the finish</source>
        <translation>50/50: de helft bij het begin, de helft bij het einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_cost_page.py" line="119"/>
        <source>A cost of the task apart from its resources, such as a fee or a purchase</source>
        <translation>Kosten van de taak los van de resources, zoals een vergoeding of een aankoop</translation>
    </message>
</context>
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="231"/>
        <source>Task details: {0}</source>
        <translation>Taakgegevens: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="233"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="234"/>
        <source>&amp;Constraint:</source>
        <translation>&amp;Beperking:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="235"/>
        <source>Constraint &amp;date:</source>
        <translation>Beperkings&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="236"/>
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="237"/>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="238"/>
        <source>Resources:</source>
        <translation>Resources:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="239"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="243"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="244"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="245"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="246"/>
        <source>Computed schedule</source>
        <translation>Berekende planning</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="248"/>
        <source>Start:</source>
        <translation>Begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="249"/>
        <source>Finish:</source>
        <translation>Einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="250"/>
        <source>Early start:</source>
        <translation>Vroegste begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="251"/>
        <source>Early finish:</source>
        <translation>Vroegste einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="252"/>
        <source>Late start:</source>
        <translation>Laatste begin:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="253"/>
        <source>Late finish:</source>
        <translation>Laatste einde:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="254"/>
        <source>Total float:</source>
        <translation>Totale speling:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="255"/>
        <source>Free float:</source>
        <translation>Vrije speling:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="256"/>
        <source>Critical:</source>
        <translation>Kritiek:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="257"/>
        <source>Problems:</source>
        <translation>Problemen:</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="262"/>
        <location filename="../../app/views/task_details_dialog.py" line="296"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="262"/>
        <location filename="../../app/views/task_details_dialog.py" line="296"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../app/views/task_details_dialog.py" line="348"/>
        <source>Edit task details</source>
        <translation>Taakgegevens bewerken</translation>
    </message>
</context>
<context>
    <name>TaskPickerDialog</name>
    <message>
        <location filename="../../app/views/risk_dialogs.py" line="249"/>
        <source>Find tasks…</source>
        <translation>Taken zoeken…</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../app/views/task_table_model.py" line="134"/>
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="135"/>
        <source>As late as possible</source>
        <translation>Zo laat mogelijk</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="136"/>
        <source>Must start on</source>
        <translation>Moet beginnen op</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="137"/>
        <source>Must finish on</source>
        <translation>Moet eindigen op</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="138"/>
        <source>Start no earlier than</source>
        <translation>Niet eerder beginnen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="139"/>
        <source>Start no later than</source>
        <translation>Niet later beginnen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="140"/>
        <source>Finish no earlier than</source>
        <translation>Niet eerder eindigen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="141"/>
        <source>Finish no later than</source>
        <translation>Niet later eindigen dan</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="148"/>
        <source>A constraint conflicts with the links.</source>
        <translation>Een beperking is in strijd met de koppelingen.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="149"/>
        <source>The task finishes after its deadline.</source>
        <translation>De taak eindigt na de deadline.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="150"/>
        <source>The task has negative float.</source>
        <translation>De taak heeft negatieve speling.</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="475"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="476"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="477"/>
        <source>Task name</source>
        <translation>Taaknaam</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="478"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="479"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="480"/>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="481"/>
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="482"/>
        <source>% Complete</source>
        <translation>% voltooid</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="483"/>
        <source>Total float</source>
        <translation>Totale speling</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="484"/>
        <source>Constraint</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="485"/>
        <source>Resource names</source>
        <translation>Resourcenamen</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="486"/>
        <source>Free float</source>
        <translation>Vrije speling</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="487"/>
        <source>Early start</source>
        <translation>Vroegste begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="488"/>
        <source>Early finish</source>
        <translation>Vroegste einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="489"/>
        <source>Late start</source>
        <translation>Laatste begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="490"/>
        <source>Late finish</source>
        <translation>Laatste einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="491"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="492"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="493"/>
        <source>Baseline start</source>
        <translation>Basisplan begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="494"/>
        <source>Baseline finish</source>
        <translation>Basisplan einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="495"/>
        <source>Start variance</source>
        <translation>Afwijking begin</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="496"/>
        <source>Finish variance</source>
        <translation>Afwijking einde</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="550"/>
        <source>Critical task</source>
        <translation>Kritieke taak</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="779"/>
        <source>Assign new resources</source>
        <translation>Nieuwe resources toewijzen</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="790"/>
        <source>New resources</source>
        <translation>Nieuwe resources</translation>
    </message>
    <message>
        <location filename="../../app/views/task_table_model.py" line="792"/>
        <source>These names are not in the resource sheet yet:
{0}

Add them to the Team tab and assign them? A name with a quantity in brackets, such as Cement[20], becomes a material; the others become work resources.</source>
        <translation>Deze namen staan nog niet in het resourceoverzicht:
{0}

Toevoegen op het tabblad Team en toewijzen? Een naam met een hoeveelheid tussen haken, zoals Cement[20], wordt materiaal; de andere worden werkresources.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../app/views/team_tab.py" line="245"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="245"/>
        <source>Add a resource below the selected one</source>
        <translation>Een resource toevoegen onder de geselecteerde</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="246"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="246"/>
        <source>Delete the selected resource</source>
        <translation>De geselecteerde resource verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="247"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="247"/>
        <source>Move up the sheet</source>
        <translation>Omhoog in het overzicht</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="248"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="248"/>
        <source>Move down the sheet</source>
        <translation>Omlaag in het overzicht</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="254"/>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="257"/>
        <source>Find resources…</source>
        <translation>Resources zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="352"/>
        <source>More than one resource is called {0}. The Resource Names column of the schedule assigns the first of them; give each a name of its own.</source>
        <translation>Meer dan één resource heet {0}. De kolom Resourcenamen van de planning wijst de eerste toe; geef elke resource een eigen naam.</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="361"/>
        <source>{0} resources · {1} of work assigned · planned cost {2}</source>
        <translation>{0} resources · {1} werk toegewezen · geplande kosten {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="403"/>
        <source>New resource</source>
        <translation>Nieuwe resource</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team_tab.py" line="420"/>
        <source>%n task(s) use {0}. Deleting the resource removes these assignments; effort-driven tasks give its work to the others. Undo brings it back.</source>
        <translation>
            <numerusform>%n taak gebruikt {0}. Verwijderen van de resource verwijdert deze toewijzing; inspanningsgestuurde taken geven het werk aan de anderen. Ongedaan maken brengt haar terug.</numerusform>
            <numerusform>%n taken gebruiken {0}. Verwijderen van de resource verwijdert deze toewijzingen; inspanningsgestuurde taken geven het werk aan de anderen. Ongedaan maken brengt haar terug.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team_tab.py" line="426"/>
        <source>Delete resource</source>
        <translation>Resource verwijderen</translation>
    </message>
</context>
<context>
    <name>WorkbookChangesDialog</name>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="57"/>
        <source>Import Changes from %1</source>
        <translation>Wijzigingen importeren uit %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="72"/>
        <source>The workbook makes no change to the project.</source>
        <translation>De werkmap brengt geen wijziging in het project.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="75"/>
        <source>Reading %1 back makes the changes below. Apply makes them one step, which Edit &gt; Undo takes back.</source>
        <translation>Het teruglezen van %1 brengt de wijzigingen hieronder. Doorvoeren maakt er één stap van, die Bewerken &gt; Ongedaan maken terugdraait.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="87"/>
        <source>Delete this row from the project</source>
        <translation>Deze rij uit het project verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="89"/>
        <source>Delete these {0} rows from the project</source>
        <translation>Deze {0} rijen uit het project verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="95"/>
        <source>Changes ({0})</source>
        <translation>Wijzigingen ({0})</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="98"/>
        <source>Deleted rows ({0})</source>
        <translation>Verwijderde rijen ({0})</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="100"/>
        <source>These rows are in the project but no longer in the workbook:</source>
        <translation>Deze rijen staan in het project, maar niet meer in de werkmap:</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="104"/>
        <source>Warnings ({0})</source>
        <translation>Waarschuwingen ({0})</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="107"/>
        <source>Ignored ({0})</source>
        <translation>Genegeerd ({0})</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="110"/>
        <source>Edits in computed columns (dates Koers works out, float, baselines) are not read back:</source>
        <translation>Bewerkingen in berekende kolommen (datums die Koers berekent, speling, basislijnen) worden niet teruggelezen:</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="134"/>
        <source>Apply</source>
        <translation>Doorvoeren</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="162"/>
        <source>The project changed since this workbook was exported.</source>
        <translation>Het project is gewijzigd sinds deze werkmap werd geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="165"/>
        <source>The workbook&apos;s edits are applied to the project as it is now: check the changes below before you apply them.</source>
        <translation>De bewerkingen in de werkmap worden doorgevoerd in het project zoals het nu is: controleer de wijzigingen hieronder voordat u ze doorvoert.</translation>
    </message>
    <message>
        <location filename="../../app/views/workbook_changes_dialog.py" line="215"/>
        <source>Confirm the deleted rows first</source>
        <translation>Bevestig eerst de verwijderde rijen</translation>
    </message>
</context>
</TS>
