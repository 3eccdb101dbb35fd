<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Changes</name>
    <message>
        <location filename="../ChangeList.cpp" line="17" />
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="18" />
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="19" />
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="20" />
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="21" />
        <source>attributes</source>
        <translation>kenmerken</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="22" />
        <source>roles</source>
        <translation>rollen</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="23" />
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="24" />
        <source>to</source>
        <translation>naar</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="25" />
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="26" />
        <source>domain</source>
        <translation>domein</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="27" />
        <source>strength</source>
        <translation>sterkte</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="28" />
        <source>trust</source>
        <translation>vertrouwen</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="29" />
        <source>formal basis</source>
        <translation>formele basis</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="30" />
        <source>steering</source>
        <translation>sturing</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="31" />
        <source>financing</source>
        <translation>financiering</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="32" />
        <source>valid from</source>
        <translation>geldig vanaf</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="33" />
        <source>valid until</source>
        <translation>geldig tot</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="34" />
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="59" />
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="60" />
        <source>removed</source>
        <translation>verdwenen</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="61" />
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="62" />
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="63" />
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="94" />
        <source>From “%1” to “%2”: %3 actors added, %4 removed, %5 changed; %6 relations added, %7 removed, %8 changed.</source>
        <translation>Van “%1” naar “%2”: %3 actoren toegevoegd, %4 verdwenen, %5 gewijzigd; %6 relaties toegevoegd, %7 verdwenen, %8 gewijzigd.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../FilterPanel.cpp" line="32" />
        <source>Tick what to keep; nothing ticked keeps all.</source>
        <translation>Vink aan wat blijft; niets aangevinkt houdt alles.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../FindingText.cpp" line="22" />
        <source>in the domain %1</source>
        <translation>in het domein %1</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="22" />
        <source>outside any named domain</source>
        <translation>buiten een benoemd domein</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="31" />
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="51" />
        <source>RC1 role conflict</source>
        <translation>RC1 rolconflict</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="53" />
        <source>RC2 multiple principals</source>
        <translation>RC2 meerdere opdrachtgevers</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="55" />
        <source>RC3 decision rights</source>
        <translation>RC3 beslisrechten</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="57" />
        <source>RC4 steering on how</source>
        <translation>RC4 sturen op het hoe</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="59" />
        <source>RC5 contract without relationship</source>
        <translation>RC5 contract zonder relatie</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="61" />
        <source>RC6 volume incentive</source>
        <translation>RC6 volumeprikkel</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="63" />
        <source>RC7 accountability gap</source>
        <translation>RC7 verantwoordingsgat</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="72" />
        <source>An actor holds two roles in one domain that the role-conflict table marks as incompatible, such as commissioning and carrying out the same work.</source>
        <translation>Een actor heeft in één domein twee rollen die volgens de rolconflicttabel niet samengaan, zoals hetzelfde werk opdragen én uitvoeren.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="76" />
        <source>More than one actor commissions or funds this actor in one domain, and not through one shared regional body: their steering may pull in different directions.</source>
        <translation>Meer dan één actor geeft deze actor in één domein opdracht of financiert hem, en niet via één gezamenlijk regionaal orgaan: hun sturing kan verschillende kanten op trekken.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="80" />
        <source>A decision has nobody Accountable (an orphan) or more than one (contested).</source>
        <translation>Bij een besluit is niemand eindverantwoordelijk (A) (een wees) of meer dan één actor (betwist).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="82" />
        <source>More than half of the commissioning of this actor steers on process or input (how the work is done) instead of on output or outcome (what it achieves).</source>
        <translation>Meer dan de helft van de opdrachten aan deze actor stuurt op proces of inzet (hoe het werk gebeurt) in plaats van op prestatie of effect (wat het oplevert).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="86" />
        <source>A commissioning relation with no collaboration or information tie between the two actors, or with trust of 2 or less: a contract without a relationship.</source>
        <translation>Een opdrachtrelatie zonder samenwerking of informatie-uitwisseling tussen de twee actoren, of met een vertrouwen van 2 of minder: een contract zonder relatie.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="90" />
        <source>A contractor paid per unit that also decides on access, receives referrals from its own network, or has no capped budget: more volume means more income.</source>
        <translation>Een opdrachtnemer die per eenheid wordt betaald en ook over de toegang beslist, verwijzingen uit het eigen netwerk krijgt of geen budgetplafond heeft: meer volume betekent meer inkomsten.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="93" />
        <source>An actor that is commissioned or funded but accounts to none of its principals.</source>
        <translation>Een actor die opdracht of financiering krijgt maar aan geen van zijn opdrachtgevers verantwoording aflegt.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="105" />
        <source>%1 is both %2 and %3 %4.</source>
        <translation>%1 is %4 zowel %2 als %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="108" />
        <source>%1 is commissioned or funded by %n different principals %2 (%3): their steering may conflict.</source>
        <translation><numerusform>%1 krijgt %2 opdracht of financiering van %n opdrachtgever (%3).</numerusform><numerusform>%1 krijgt %2 opdracht of financiering van %n verschillende opdrachtgevers (%3): hun sturing kan botsen.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="116" />
        <source>Nobody is Accountable for the decision “%1”.</source>
        <translation>Niemand is eindverantwoordelijk voor het besluit “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="118" />
        <source>%n actors are Accountable for the decision “%1” (%2): the decision right is contested.</source>
        <translation><numerusform>%n actor is eindverantwoordelijk voor het besluit “%1” (%2).</numerusform><numerusform>%n actoren zijn eindverantwoordelijk voor het besluit “%1” (%2): het beslisrecht is betwist.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="123" />
        <source>%1 of the commissioning of %2 steers on process or input (how) instead of output or outcome (what).</source>
        <translation>%1 van de opdrachten aan %2 stuurt op proces of inzet (het hoe) in plaats van op prestatie of effect (het wat).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="129" />
        <source>%1 commissions %2, but trust between them is low (%3 of 5).</source>
        <translation>%1 geeft %2 opdracht, maar het vertrouwen tussen hen is laag (%3 van 5).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="132" />
        <source>%1 commissions %2 without any collaboration or information tie between them: a contract without a relationship.</source>
        <translation>%1 geeft %2 opdracht zonder dat zij samenwerken of elkaar informeren: een contract zonder relatie.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="137" />
        <source>%1 is paid per unit by %2 and also decides on access (gatekeeper) %3: more access means more income.</source>
        <translation>%1 wordt door %2 per eenheid betaald en beslist %3 ook over de toegang: meer toegang betekent meer inkomsten.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="143" />
        <source>%1 is paid per unit by %2 and receives referrals from itself or its own network %3.</source>
        <translation>%1 wordt door %2 per eenheid betaald en krijgt %3 verwijzingen van zichzelf of uit het eigen netwerk.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="146" />
        <source>%1 is paid per unit by %2 with no capped budget %3: nothing limits the volume.</source>
        <translation>%1 wordt door %2 per eenheid betaald zonder budgetplafond %3: niets begrenst het volume.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="149" />
        <source>%1 is commissioned or funded by %2 but accounts to none of them.</source>
        <translation>%1 krijgt opdracht of financiering van %2 maar legt aan geen van hen verantwoording af.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="159" />
        <source>Shared governance</source>
        <translation>Gedeelde sturing</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="161" />
        <source>Lead organisation</source>
        <translation>Leidende organisatie</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="163" />
        <source>Network administrative organisation</source>
        <translation>Netwerkadministratieve organisatie</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="165" />
        <source>No clear mode</source>
        <translation>Geen duidelijke vorm</translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="175" />
        <source>Figures: %n actors, density %1 (ties in either direction), degree centralisation %2; the actor with the most ties, %3, is tied to %4 of the others.</source>
        <translation><numerusform>Cijfers: %n actor, dichtheid %1 (banden in een van beide richtingen), graadcentralisatie %2; de actor met de meeste banden, %3, heeft banden met %4 van de anderen.</numerusform><numerusform>Cijfers: %n actoren, dichtheid %1 (banden in een van beide richtingen), graadcentralisatie %2; de actor met de meeste banden, %3, heeft banden met %4 van de anderen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="184" />
        <source>%1 has %n members and does not deliver services itself.</source>
        <translation><numerusform>%1 heeft %n lid en levert zelf geen diensten.</numerusform><numerusform>%1 heeft %n leden en levert zelf geen diensten.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="189" />
        <source>%1 is tied to at least half of the others and the network is centralised around it.</source>
        <translation>%1 heeft banden met minstens de helft van de anderen en het netwerk is rond deze actor gecentraliseerd.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="193" />
        <source>The network is dense and no actor dominates it.</source>
        <translation>Het netwerk is dicht en geen enkele actor overheerst.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="197" />
        <source>No rule fits: there is no separate coordinating body, no dominant actor, and the network is not dense.</source>
        <translation>Geen regel past: er is geen apart coördinerend orgaan, geen overheersende actor, en het netwerk is niet dicht.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="202" />
        <source>This is a heuristic after Provan &amp; Kenis (2008), not a judgement.</source>
        <translation>Dit is een vuistregel naar Provan &amp; Kenis (2008), geen oordeel.</translation>
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="126" />
        <source>Governance mode: %1 (heuristic)</source>
        <translation>Sturingsvorm: %1 (heuristiek)</translation>
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="130" />
        <source>No role-clarity findings: every check passed.</source>
        <translation>Geen bevindingen over rolhelderheid: elke toets is doorstaan.</translation>
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="131" />
        <source>Role-clarity findings (%1)</source>
        <translation>Bevindingen rolhelderheid (%1)</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="173" />
        <source>Governance mode (heuristic)</source>
        <translation>Sturingsvorm (heuristiek)</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="182" />
        <source>Check</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="183" />
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="184" />
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="223" />
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../Labels.cpp" line="11" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="13" />
        <source>Municipal council</source>
        <translation>Gemeenteraad</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="15" />
        <source>Director / officer</source>
        <translation>Directeur / functionaris</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="17" />
        <source>Regional body</source>
        <translation>Regio / gemeenschappelijke regeling</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="19" />
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="21" />
        <source>Umbrella body</source>
        <translation>Koepel</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="23" />
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="25" />
        <source>Network organisation</source>
        <translation>Netwerkorganisatie</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="27" />
        <source>Access team</source>
        <translation>Toegang / wijkteam</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="29" />
        <source>Supervisor</source>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="31" />
        <source>Advisor / knowledge centre</source>
        <translation>Adviseur / kenniscentrum</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="33" />
        <source>Insurer / care office</source>
        <translation>Zorgverzekeraar / zorgkantoor</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="35" />
        <source>Resident initiative</source>
        <translation>Bewonersinitiatief</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="37" />
        <source>Client / advisory council</source>
        <translation>Cliënten- / adviesraad</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="46" />
        <source>commissions</source>
        <translation>geeft opdracht aan</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="48" />
        <source>funds</source>
        <translation>financiert</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="50" />
        <source>accountable to</source>
        <translation>legt verantwoording af aan</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="52" />
        <source>supervises</source>
        <translation>houdt toezicht op</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="54" />
        <source>refers to</source>
        <translation>verwijst naar</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="56" />
        <source>collaborates with</source>
        <translation>werkt samen met</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="58" />
        <source>member of</source>
        <translation>is lid van</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="60" />
        <source>advises</source>
        <translation>adviseert</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="62" />
        <source>informs</source>
        <translation>informeert</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="64" />
        <source>depends on</source>
        <translation>is afhankelijk van</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="73" />
        <source>commissioner</source>
        <translation>opdrachtgever</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="75" />
        <source>contractor</source>
        <translation>opdrachtnemer</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="77" />
        <source>director</source>
        <translation>regisseur</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="79" />
        <source>funder</source>
        <translation>financier</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="81" />
        <source>supervisor</source>
        <translation>toezichthouder</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="83" />
        <source>executor</source>
        <translation>uitvoerder</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="85" />
        <source>gatekeeper</source>
        <translation>toegang</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="87" />
        <source>framework setter</source>
        <translation>kadersteller</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="89" />
        <source>advisor</source>
        <translation>adviseur</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="91" />
        <source>network member</source>
        <translation>netwerkpartner</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="100" />
        <location filename="../Labels.cpp" line="121" />
        <location filename="../Labels.cpp" line="138" />
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="102" />
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="104" />
        <source>subsidy</source>
        <translation>subsidie</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="106" />
        <source>covenant</source>
        <translation>convenant</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="108" />
        <source>law</source>
        <translation>wet</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="110" />
        <source>informal</source>
        <translation>informeel</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="112" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="123" />
        <source>outcome (the what: effect)</source>
        <translation>outcome (het wat: effect)</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="125" />
        <source>output (the what: results)</source>
        <translation>output (het wat: prestaties)</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="127" />
        <source>process (the how)</source>
        <translation>proces (het hoe)</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="129" />
        <source>input (the how: effort)</source>
        <translation>input (het hoe: inzet)</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="140" />
        <source>lump sum</source>
        <translation>lumpsum</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="142" />
        <source>capped budget</source>
        <translation>begrensd budget</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="144" />
        <source>per unit (p × q)</source>
        <translation>per eenheid (p × q)</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="146" />
        <source>outcome-based</source>
        <translation>resultaatfinanciering</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="148" />
        <source>population-based</source>
        <translation>populatiebekostiging</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="157" />
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="159" />
        <source>Accountable</source>
        <translation>Eindverantwoordelijk</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="161" />
        <source>Consulted</source>
        <translation>Geraadpleegd</translation>
    </message>
    <message>
        <location filename="../Labels.cpp" line="163" />
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../Legend.cpp" line="28" />
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="29" />
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="30" />
        <source>Group (cluster)</source>
        <translation>Groep (cluster)</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="33" />
        <source>Size: %1</source>
        <translation>Grootte: %1</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="37" />
        <source>Colour: %1</source>
        <translation>Kleur: %1</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="41" />
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../MetricsText.cpp" line="32" />
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="33" />
        <source>The number of actors on the map.</source>
        <translation>Het aantal actoren op de kaart.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="34" />
        <source>Density</source>
        <translation>Dichtheid</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="35" />
        <source>Share of all possible ties between two actors that exist (0–1), counting each direction.</source>
        <translation>Aandeel van alle mogelijke banden tussen twee actoren dat bestaat (0–1), per richting geteld.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="36" />
        <source>Reciprocity</source>
        <translation>Wederkerigheid</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="37" />
        <source>Share of ties that are returned: A to B and also B to A (0–1).</source>
        <translation>Aandeel banden dat wederzijds is: A naar B en ook B naar A (0–1).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="38" />
        <source>Degree centralisation</source>
        <translation>Graadcentralisatie</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="39" />
        <source>How much the ties concentrate on one actor (Freeman, 0–1): 1 is a star around one actor.</source>
        <translation>Hoe sterk de banden zich op één actor richten (Freeman, 0–1): 1 is een ster rond één actor.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="40" />
        <source>Betweenness centralisation</source>
        <translation>Tussenpositiecentralisatie</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="41" />
        <source>How much the routes run through one actor (Freeman, 0–1): 1 when one actor brokers everything.</source>
        <translation>Hoe sterk de routes via één actor lopen (Freeman, 0–1): 1 als één actor alles bemiddelt.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="43" />
        <source>Components</source>
        <translation>Componenten</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="44" />
        <source>The number of parts not tied to each other at all.</source>
        <translation>Het aantal delen dat helemaal niet met elkaar verbonden is.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="45" />
        <source>Strong components</source>
        <translation>Sterke componenten</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="46" />
        <source>The number of parts in which everyone reaches everyone following the directions of the ties.</source>
        <translation>Het aantal delen waarin iedereen iedereen bereikt langs de richtingen van de banden.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="47" />
        <source>Communities</source>
        <translation>Gemeenschappen</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="48" />
        <source>Groups of actors more tied to each other than to the rest (Louvain).</source>
        <translation>Groepen actoren die meer met elkaar verbonden zijn dan met de rest (Louvain).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="49" />
        <source>Modularity</source>
        <translation>Modulariteit</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="50" />
        <source>How clearly the network falls apart into those communities (below 0.3: hardly).</source>
        <translation>Hoe duidelijk het netwerk in die gemeenschappen uiteenvalt (onder 0,3: nauwelijks).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="51" />
        <source>Role clarity index</source>
        <translation>Rolhelderheidsindex</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="52" />
        <source>The average, over the actors that any role-clarity check applies to, of the share of checks they pass (1 = clear).</source>
        <translation>Het gemiddelde, over de actoren waarop een rolhelderheidstoets van toepassing is, van het aandeel toetsen dat zij doorstaan (1 = helder).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="55" />
        <source>Decisions with exactly one Accountable</source>
        <translation>Besluiten met precies één eindverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="57" />
        <source>Share of the decisions where exactly one actor is Accountable (RACI).</source>
        <translation>Aandeel van de besluiten waarbij precies één actor eindverantwoordelijk (A) is (RACI).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="66" />
        <source>Betweenness, closeness and harmonic closeness are estimates from %1 sampled actors (Brandes &amp; Pich 2007); betweenness is within ±%2 of the exact value with 95% confidence.</source>
        <translation>Tussenpositie, nabijheid en harmonische nabijheid zijn schattingen uit %1 steekproefactoren (Brandes &amp; Pich 2007); de tussenpositie ligt met 95% zekerheid binnen ±%2 van de exacte waarde.</translation>
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="25" />
        <source>Main measures per actor</source>
        <translation>De belangrijkste maten per actor</translation>
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="100" />
        <location filename="../MetricsText.cpp" line="77" />
        <location filename="../MetricsXlsx.cpp" line="133" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="100" />
        <location filename="../MetricsText.cpp" line="78" />
        <location filename="../MetricsXlsx.cpp" line="134" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="122" />
        <source>A selection of the measures: %1. The metrics table (Metrics menu, or speelveld metrics) and the report hold them all; docs/METRICS.md explains each.</source>
        <translation>Een keuze uit de maten: %1. De tabel met maten (menu Maten, of speelveld metrics) en het rapport bevatten ze allemaal; docs/METRICS.md legt elke maat uit.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="115" />
        <source>Governance mode: %1</source>
        <translation>Governancevorm: %1</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="118" />
        <source>Role-clarity findings (%1):</source>
        <translation>Bevindingen rolhelderheid (%1):</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="28" />
        <source>In-degree</source>
        <translation>Ingraad</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="28" />
        <source>How many actors have a tie to this actor.</source>
        <translation>Hoeveel actoren een band met deze actor hebben.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="30" />
        <source>Out-degree</source>
        <translation>Uitgraad</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="30" />
        <source>To how many actors this actor has a tie.</source>
        <translation>Met hoeveel actoren deze actor een band heeft.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="32" />
        <source>In-strength</source>
        <translation>Inkomende sterkte</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="32" />
        <source>The strengths (1–5) of the incoming ties added up.</source>
        <translation>De sterktes (1–5) van de inkomende banden opgeteld.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="34" />
        <source>Out-strength</source>
        <translation>Uitgaande sterkte</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="35" />
        <source>The strengths (1–5) of the outgoing ties added up.</source>
        <translation>De sterktes (1–5) van de uitgaande banden opgeteld.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="36" />
        <source>Betweenness</source>
        <translation>Tussenpositie</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="37" />
        <source>Share of the shortest routes between two other actors that pass through this actor (0–1): a broker or a bottleneck.</source>
        <translation>Aandeel van de kortste routes tussen twee andere actoren dat via deze actor loopt (0–1): een makelaar of een knelpunt.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="41" />
        <source>Betweenness (count)</source>
        <translation>Tussenpositie (aantal)</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="42" />
        <source>The same, as the number of routes (split where there are several shortest ones).</source>
        <translation>Hetzelfde, als aantal routes (verdeeld waar er meerdere kortste zijn).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="44" />
        <source>Closeness</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="45" />
        <source>How quickly this actor reaches the others along its ties (0–1), counting only those it can reach.</source>
        <translation>Hoe snel deze actor de anderen via zijn banden bereikt (0–1), alleen gerekend over wie hij kan bereiken.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="48" />
        <source>Harmonic closeness</source>
        <translation>Harmonische nabijheid</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="49" />
        <source>Average of 1/distance to every other actor (0–1); unreachable actors count as 0.</source>
        <translation>Gemiddelde van 1/afstand tot elke andere actor (0–1); onbereikbare actoren tellen als 0.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="51" />
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="52" />
        <source>Importance from being tied to by important actors (all actors add up to 1).</source>
        <translation>Belang doordat belangrijke actoren een band met deze actor hebben (alle actoren samen 1).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="54" />
        <source>Eigenvector</source>
        <translation>Eigenvector</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="55" />
        <source>Importance from incoming ties of actors that are important themselves.</source>
        <translation>Belang uit inkomende banden van actoren die zelf belangrijk zijn.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="57" />
        <source>k-core</source>
        <translation>k-kern</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="58" />
        <source>The largest k such that this actor belongs to a group where everyone has at least k ties inside.</source>
        <translation>De grootste k waarvoor deze actor hoort bij een groep waarin iedereen minstens k banden binnen de groep heeft.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="61" />
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="62" />
        <source>Share of this actor's contacts that are tied to each other (0–1).</source>
        <translation>Aandeel van de contacten van deze actor dat onderling verbonden is (0–1).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="64" />
        <source>Constraint</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="65" />
        <source>Burt: how much this actor's contacts are tied to each other; high means few independent routes.</source>
        <translation>Burt: hoe sterk de contacten van deze actor onderling verbonden zijn; hoog betekent weinig onafhankelijke routes.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="68" />
        <source>Effective size</source>
        <translation>Effectieve omvang</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="69" />
        <source>Burt: the number of contacts, minus their overlap.</source>
        <translation>Burt: het aantal contacten, min hun overlap.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="70" />
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="71" />
        <source>Brokered routes where all three actors are of the same kind.</source>
        <translation>Bemiddelde routes waarbij alle drie actoren van dezelfde soort zijn.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="73" />
        <source>Itinerant broker</source>
        <translation>Rondreizende makelaar</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="74" />
        <source>Brokered routes between two actors of one kind by an actor of another kind.</source>
        <translation>Bemiddelde routes tussen twee actoren van één soort door een actor van een andere soort.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="76" />
        <source>Gatekeeper</source>
        <translation>Poortwachter</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="77" />
        <source>Brokered routes from another kind into this actor's own kind.</source>
        <translation>Bemiddelde routes van een andere soort naar de eigen soort van deze actor.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="79" />
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="80" />
        <source>Brokered routes from this actor's own kind out to another kind.</source>
        <translation>Bemiddelde routes van de eigen soort van deze actor naar een andere soort.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="82" />
        <source>Liaison</source>
        <translation>Verbindingspersoon</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="83" />
        <source>Brokered routes where all three actors are of different kinds.</source>
        <translation>Bemiddelde routes waarbij alle drie actoren van verschillende soort zijn.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="84" />
        <source>Cut point</source>
        <translation>Snijpunt</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="85" />
        <source>1 when removing this actor splits the network: a single point of failure.</source>
        <translation>1 als het weghalen van deze actor het netwerk splitst: een enkel faalpunt.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="87" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="88" />
        <source>Number of the connected part this actor is in (0 = the largest).</source>
        <translation>Nummer van het samenhangende deel waarin deze actor zit (0 = het grootste).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="90" />
        <source>Strong component</source>
        <translation>Sterke component</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="91" />
        <source>Number of the part in which every actor reaches every other along the directions (0 = largest).</source>
        <translation>Nummer van het deel waarin elke actor elke andere bereikt langs de richtingen (0 = het grootste).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="94" />
        <source>Community</source>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="95" />
        <source>Louvain community: actors more tied to each other than to the rest (0 = the largest).</source>
        <translation>Louvain-gemeenschap: actoren die meer met elkaar verbonden zijn dan met de rest (0 = de grootste).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="97" />
        <source>Role clarity</source>
        <translation>Rolhelderheid</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="98" />
        <source>Role-clarity checks passed out of those that apply to this actor (1 = clear).</source>
        <translation>Aandeel geslaagde rolhelderheidstoetsen van de toetsen die op deze actor van toepassing zijn (1 = helder).</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="158" />
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="159" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="160" />
        <source>What it means</source>
        <translation>Wat het betekent</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="219" />
        <source>Measures</source>
        <translation>Maten</translation>
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="221" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ReportWriter.cpp" line="153" />
        <source>Snapshot: %1</source>
        <translation>Momentopname: %1</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="154" />
        <source>Snapshot: %1 (%2)</source>
        <translation>Momentopname: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="176" />
        <source>Report made with Speelveld on %1</source>
        <translation>Rapport gemaakt met Speelveld op %1</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="178" />
        <source>Faded actors and relations were outside the filter, focus or “show me” that was on when the report was made. The tables hold every actor.</source>
        <translation>Vervaagde actoren en relaties vielen buiten het filter, de focus of “toon mij” die aan stond toen het rapport werd gemaakt. De tabellen bevatten elke actor.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="227" />
        <location filename="../ReportWriter.cpp" line="322" />
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="227" />
        <location filename="../ReportWriter.cpp" line="322" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="229" />
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="230" />
        <source>Density (ties in either direction)</source>
        <translation>Dichtheid (banden in beide richtingen)</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="231" />
        <source>Degree centralisation</source>
        <translation>Graadcentralisatie</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="232" />
        <source>The actor with the most ties</source>
        <translation>De actor met de meeste banden</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="233" />
        <source>Share of the others it is tied to</source>
        <translation>Aandeel van de anderen waarmee die verbonden is</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="235" />
        <source>Coordinating body</source>
        <translation>Coördinerend orgaan</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="236" />
        <source>Its members</source>
        <translation>De leden ervan</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="244" />
        <source>Governance mode</source>
        <translation>Sturingsvorm</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="245" />
        <source>%1 (heuristic)</source>
        <translation>%1 (heuristiek)</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="247" />
        <source>The figures behind it</source>
        <translation>De cijfers erachter</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="249" />
        <source>The three modes (Provan &amp; Kenis 2008)</source>
        <translation>De drie vormen (Provan &amp; Kenis 2008)</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="250" />
        <source>Shared governance: the members steer the network together and no one is in charge. It works best in a small, dense network with much trust.</source>
        <translation>Gedeelde sturing: de leden sturen het netwerk samen en niemand heeft de leiding. Dat werkt het best in een klein, dicht netwerk met veel vertrouwen.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="253" />
        <source>Lead organisation: one member, often the largest or the one that pays, takes the decisions and coordinates the others. Efficient, but the others may feel less ownership.</source>
        <translation>Leidende organisatie: één lid, vaak het grootste of het lid dat betaalt, neemt de besluiten en coördineert de anderen. Efficiënt, maar de anderen voelen zich soms minder eigenaar.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="257" />
        <source>Network administrative organisation: a separate body, set up to coordinate, that the members belong to and that does not deliver services itself. Suits larger networks that need steering.</source>
        <translation>Netwerkorganisatie als regisseur: een apart orgaan, opgericht om te coördineren, waar de leden bij horen en dat zelf geen diensten levert. Past bij grotere netwerken die sturing nodig hebben.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="261" />
        <source>How Speelveld decides: first it looks for a coordinating body that at least three actors are members of and that delivers nothing itself; then for one actor tied to at least half of the others in a centralised network (degree centralisation 0.4 or more); then for a dense network (density 0.25 or more) that no actor dominates. When none fits, it says so. docs/METRICS.md has the details.</source>
        <translation>Hoe Speelveld beslist: eerst zoekt het een coördinerend orgaan waarvan ten minste drie actoren lid zijn en dat zelf niets levert; dan één actor die met ten minste de helft van de anderen verbonden is in een gecentraliseerd netwerk (gradencentralisatie 0,4 of meer); dan een dicht netwerk (dichtheid 0,25 of meer) waarin geen actor overheerst. Past geen van drieën, dan zegt het dat. docs/METRICS.md geeft de details.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="273" />
        <source>Role-clarity findings</source>
        <translation>Bevindingen rolhelderheid</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="274" />
        <source>Role clarity index of the network: %1 (1 means every check that applies is passed). Number of findings: %2.</source>
        <translation>Rolhelderheidsindex van het netwerk: %1 (1 betekent dat elke toets die van toepassing is, is doorstaan). Aantal bevindingen: %2.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="301" />
        <source>No findings: every role-clarity check passed.</source>
        <translation>Geen bevindingen: elke toets op rolhelderheid is doorstaan.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="303" />
        <source>No findings for: %1.</source>
        <translation>Geen bevindingen voor: %1.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="313" />
        <source>Measures per actor</source>
        <translation>Maten per actor</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="314" />
        <source>Every actor with the main measures; “What these numbers mean” below explains each. The metrics table (Metrics menu, or speelveld metrics) holds more.</source>
        <translation>Elke actor met de belangrijkste maten; “Wat deze getallen betekenen” hieronder legt ze uit. De tabel met maten (menu Maten, of speelveld metrics) bevat er meer.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="320" />
        <source>The network as a whole</source>
        <translation>Het netwerk als geheel</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="322" />
        <source>What it means</source>
        <translation>Wat het betekent</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="334" />
        <source>What these numbers mean</source>
        <translation>Wat deze getallen betekenen</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="342" />
        <source>docs/METRICS.md gives the formula and the source of every measure.</source>
        <translation>docs/METRICS.md geeft de formule en de bron van elke maat.</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="354" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="434" />
        <source>Speelveld report</source>
        <translation>Speelveld-rapport</translation>
    </message>
</context>
<context>
    <name>RoleConflicts</name>
    <message>
        <location filename="../SetRoleConflictsCommand.cpp" line="9" />
        <source>Change the role-conflict table</source>
        <translation>Rolconflicttabel wijzigen</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::AttributeTable</name>
    <message>
        <location filename="../AttributeTable.cpp" line="17" />
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="17" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="28" />
        <source>Add attribute…</source>
        <translation>Kenmerk toevoegen…</translation>
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="29" />
        <source>Remove attribute</source>
        <translation>Kenmerk weghalen</translation>
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="35" />
        <source>New attribute</source>
        <translation>Nieuw kenmerk</translation>
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="35" />
        <source>Name of the attribute:</source>
        <translation>Naam van het kenmerk:</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::Autosave</name>
    <message>
        <location filename="../Autosave.cpp" line="84" />
        <source>The recovery folder %1 cannot be used: %2</source>
        <translation>De herstelmap %1 is niet te gebruiken: %2</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::ComparisonWindow</name>
    <message>
        <location filename="../ComparisonWindow.cpp" line="78" />
        <source>Compare snapshots</source>
        <translation>Momentopnamen vergelijken</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="83" />
        <source>One map, changes marked</source>
        <translation>Eén kaart, wijzigingen gemarkeerd</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="84" />
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="86" />
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="88" />
        <source>&amp;To:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="90" />
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <source>Which</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="124" />
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="125" />
        <source>Metric changes</source>
        <translation>Veranderde maten</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="290" />
        <source>Marked: added in blue, removed in red, changed in yellow; what stayed the same is faded.</source>
        <translation>Gemarkeerd: toegevoegd in blauw, verdwenen in rood, gewijzigd in geel; wat gelijk bleef is vervaagd.</translation>
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="370" />
        <source>(the whole network)</source>
        <translation>(het hele netwerk)</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::DecisionsPanel</name>
    <message>
        <location filename="../DecisionsPanel.cpp" line="53" />
        <source>The decision whose RACI the table shows.</source>
        <translation>Het besluit waarvan de tabel de RACI toont.</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="56" />
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="57" />
        <source>Add a decision.</source>
        <translation>Een besluit toevoegen.</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="58" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="59" />
        <source>Change the title, description and domain of this decision.</source>
        <translation>De titel, omschrijving en het domein van dit besluit wijzigen.</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="60" />
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="61" />
        <source>Delete this decision; Undo brings it back.</source>
        <translation>Dit besluit verwijderen; met Ongedaan maken komt het terug.</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="68" />
        <source>Find an actor by name…</source>
        <translation>Zoek een actor op naam…</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="73" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="73" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="73" />
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="75" />
        <source>Responsible, Accountable, Consulted or Informed; “—”: no part in this decision.</source>
        <translation>Verantwoordelijk (R), Eindverantwoordelijk (A), Geraadpleegd (C) of Geïnformeerd (I); “—”: geen rol in dit besluit.</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="180" />
        <location filename="../DecisionsPanel.cpp" line="299" />
        <location filename="../DecisionsPanel.cpp" line="300" />
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="182" />
        <source>Add decision “%1”</source>
        <translation>Besluit “%1” toevoegen</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="208" />
        <source>Change decision “%1”</source>
        <translation>Besluit “%1” wijzigen</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="219" />
        <source>Delete decision “%1”</source>
        <translation>Besluit “%1” verwijderen</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="250" />
        <source>Set RACI of %1 in “%2”</source>
        <translation>RACI van %1 in “%2” instellen</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="272" />
        <source>No part in this decision</source>
        <translation>Geen rol in dit besluit</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="299" />
        <source>Title of the decision:</source>
        <translation>Titel van het besluit:</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="313" />
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="318" />
        <source>(no domain)</source>
        <translation>(geen domein)</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="327" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="328" />
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="329" />
        <source>Domain:</source>
        <translation>Domein:</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="432" />
        <source>Domain: %1</source>
        <translation>Domein: %1</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="438" />
        <source>No decisions yet: add one to say who is responsible, accountable, consulted or informed.</source>
        <translation>Nog geen besluiten: voeg er een toe om vast te leggen wie verantwoordelijk, eindverantwoordelijk, geraadpleegd of geïnformeerd is.</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="471" />
        <source>No actor is accountable for this decision; a decision should have exactly one.</source>
        <translation>Geen enkele actor is eindverantwoordelijk voor dit besluit; een besluit hoort precies één eindverantwoordelijke te hebben.</translation>
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="472" />
        <source>This decision has %1 accountable actors (%2); a decision should have exactly one.</source>
        <translation>Dit besluit heeft %1 eindverantwoordelijken (%2); een besluit hoort er precies één te hebben.</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::ExportDialog</name>
    <message>
        <location filename="../ExportDialog.cpp" line="13" />
        <source>Export the map</source>
        <translation>De kaart exporteren</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="15" />
        <source>Printed above the map; leave it empty for none.</source>
        <translation>Staat boven de kaart; laat het leeg voor geen titel.</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="16" />
        <source>The legend of actor kinds and relation types</source>
        <translation>De legenda van soorten actoren en soorten relaties</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="18" />
        <source>The metric table (the main measures of every actor)</source>
        <translation>De tabel met maten (de belangrijkste maten van elke actor)</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="20" />
        <source>Printed below the map: in- and out-degree, betweenness, closeness, PageRank and role clarity, as the metrics panel shows them.</source>
        <translation>Staat onder de kaart: in- en uitgraad, tussenpositie, nabijheid, PageRank en rolhelderheid, zoals het paneel Maten ze toont.</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="22" />
        <source>The governance mode and the role-clarity findings</source>
        <translation>De sturingsvorm en de bevindingen over rolhelderheid</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="24" />
        <source>Printed below the map, in the words of the findings panel.</source>
        <translation>Staat onder de kaart, in de woorden van het paneel Bevindingen.</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="28" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="30" />
        <source>Dots per inch of the picture: 150 for a screen or a document, 300 for print.</source>
        <translation>Punten per inch van de afbeelding: 150 voor een scherm of document, 300 voor drukwerk.</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="36" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="37" />
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="40" />
        <source>&amp;Resolution (PNG):</source>
        <translation>&amp;Resolutie (PNG):</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::FilterPanel</name>
    <message>
        <location filename="../FilterPanel.cpp" line="63" />
        <source>name, description or tag</source>
        <translation>naam, omschrijving of label</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="65" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="68" />
        <source>Actor &amp;kinds</source>
        <translation>&amp;Soorten actoren</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="70" />
        <source>&amp;Relation types</source>
        <translation>&amp;Relatietypen</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="72" />
        <source>&amp;Domains</source>
        <translation>&amp;Domeinen</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="74" />
        <source>T&amp;ags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="80" />
        <source>(no measure)</source>
        <translation>(geen maat)</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="96" />
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="98" />
        <source>&amp;Measure</source>
        <translation>&amp;Maat</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="99" />
        <source>between</source>
        <translation>tussen</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="104" />
        <source>&amp;Focus on the selected actor</source>
        <translation>&amp;Focus op de geselecteerde actor</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="105" />
        <source>Keeps the actor and its neighbours up to the given number of steps; the rest fades.</source>
        <translation>Houdt de actor en zijn buren tot het gegeven aantal stappen; de rest vervaagt.</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="109" />
        <source> step(s)</source>
        <translation> stap(pen)</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="115" />
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;wissen</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="233" />
        <source>(select an actor on the map)</source>
        <translation>(selecteer een actor op de kaart)</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="251" />
        <source>No filter: everything is shown.</source>
        <translation>Geen filter: alles is zichtbaar.</translation>
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="254" />
        <source>Kept: %1 of %2 actors, %3 of %4 relations; the rest is faded.</source>
        <translation>Zichtbaar: %1 van %2 actoren, %3 van %4 relaties; de rest is vervaagd.</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::FindingsPanel</name>
    <message>
        <location filename="../FindingsPanel.cpp" line="28" />
        <source>Double-click or press Enter to show the actors and relations behind a finding.</source>
        <translation>Dubbelklik of druk op Enter om de actoren en relaties achter een bevinding te tonen.</translation>
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="29" />
        <source>&amp;Show me</source>
        <translation>&amp;Toon mij</translation>
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="30" />
        <source>Pick out the actors and relations behind this finding; everything else fades.</source>
        <translation>Licht de actoren en relaties achter deze bevinding uit; de rest vervaagt.</translation>
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="32" />
        <source>Show &amp;everything</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="33" />
        <source>End “show me”: the whole map again (Esc).</source>
        <translation>“Toon mij” beëindigen: weer de hele kaart (Esc).</translation>
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="64" />
        <source>&lt;b&gt;Governance mode: %1&lt;/b&gt; &lt;i&gt;(heuristic)&lt;/i&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Governancevorm: %1&lt;/b&gt; &lt;i&gt;(vuistregel)&lt;/i&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingsPanel.cpp" line="67" />
        <source>Role clarity index %1 · %n finding(s)</source>
        <translation><numerusform>Rolhelderheidsindex %1 · %n bevinding</numerusform><numerusform>Rolhelderheidsindex %1 · %n bevindingen</numerusform></translation>
    </message>
</context>
<context>
    <name>speelveld::gui::GroupsPanel</name>
    <message>
        <location filename="../GroupsPanel.cpp" line="41" />
        <source>Group / actor</source>
        <translation>Groep / actor</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="41" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="47" />
        <source>Click a group or an actor to select it on the map.</source>
        <translation>Klik op een groep of actor om die op de kaart te selecteren.</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="49" />
        <source>&amp;New group…</source>
        <translation>&amp;Nieuwe groep…</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="50" />
        <source>Make a group of the actors selected on the map.</source>
        <translation>Maak een groep van de actoren die op de kaart geselecteerd zijn.</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="51" />
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="52" />
        <source>Give this group another name.</source>
        <translation>Geef deze groep een andere naam.</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="53" />
        <source>&amp;Delete group</source>
        <translation>Groep &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="54" />
        <source>Delete this group; its actors stay on the map. Undo brings it back.</source>
        <translation>Deze groep verwijderen; de actoren blijven op de kaart. Met Ongedaan maken komt de groep terug.</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="55" />
        <source>&amp;Add selected</source>
        <translation>Selectie &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="56" />
        <source>Add the actors selected on the map to this group.</source>
        <translation>De op de kaart geselecteerde actoren aan deze groep toevoegen.</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="57" />
        <source>Re&amp;move member</source>
        <translation>Lid &amp;weghalen</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="58" />
        <source>Take this actor out of the group; the actor stays on the map.</source>
        <translation>Deze actor uit de groep halen; de actor blijft op de kaart.</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="243" />
        <location filename="../GroupsPanel.cpp" line="329" />
        <location filename="../GroupsPanel.cpp" line="330" />
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="252" />
        <source>New group “%1”</source>
        <translation>Nieuwe groep “%1”</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="272" />
        <source>Rename group “%1” to “%2”</source>
        <translation>Groep “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="283" />
        <source>Delete group “%1”</source>
        <translation>Groep “%1” verwijderen</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="306" />
        <source>Add %1 to group “%2”</source>
        <translation>%1 toevoegen aan groep “%2”</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="307" />
        <source>Add %1 actors to group “%2”</source>
        <translation>%1 actoren toevoegen aan groep “%2”</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="321" />
        <source>Remove %1 from group “%2”</source>
        <translation>%1 uit groep “%2” halen</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="329" />
        <location filename="../GroupsPanel.cpp" line="344" />
        <source>Name of the group:</source>
        <translation>Naam van de groep:</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="344" />
        <source>Rename group</source>
        <translation>Groep hernoemen</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="371" />
        <source>Nothing is selected on the map.</source>
        <translation>Er is niets geselecteerd op de kaart.</translation>
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="372" />
        <source>Selected on the map: %1</source>
        <translation>Geselecteerd op de kaart: %1</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="109" />
        <source>Move %n actor(s)</source>
        <translation><numerusform>%n actor verplaatsen</numerusform><numerusform>%n actoren verplaatsen</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="148" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="149" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="151" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="153" />
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="156" />
        <source>&amp;Export map…</source>
        <translation>Kaart &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="158" />
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="160" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="162" />
        <source>Make a map from a file of another program: GraphML (yEd, Gephi), GEXF, DOT or Kumu-style CSV</source>
        <translation>Maak een kaart van een bestand uit een ander programma: GraphML (yEd, Gephi), GEXF, DOT of CSV zoals Kumu die gebruikt</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="164" />
        <source>Export &amp;data…</source>
        <translation>&amp;Gegevens exporteren…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="166" />
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="169" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="170" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="172" />
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="179" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="180" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="182" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="184" />
        <source>&amp;Fit map to window</source>
        <translation>Kaart &amp;passend in venster</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="189" />
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentatiemodus</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="192" />
        <source>&amp;Layout</source>
        <translation>&amp;Indeling</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="194" />
        <source>Automatic (chosen by size)</source>
        <translation>Automatisch (naar grootte gekozen)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="200" />
        <source>Layered (dot): who commissions whom, top to bottom</source>
        <translation>In lagen (dot): wie geeft wie opdracht, van boven naar beneden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="201" />
        <source>Spring (neato): related actors close together</source>
        <translation>Veren (neato): verbonden actoren dicht bij elkaar</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="202" />
        <source>Spring with groups (fdp)</source>
        <translation>Veren met groepen (fdp)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="203" />
        <source>Large networks (sfdp)</source>
        <translation>Grote netwerken (sfdp)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="204" />
        <source>Circle (circo)</source>
        <translation>Cirkel (circo)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="205" />
        <source>Radial (twopi): rings around the centre</source>
        <translation>Radiaal (twopi): ringen rond het midden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="219" />
        <source>Lay out &amp;again</source>
        <translation>Opnieuw &amp;indelen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="222" />
        <source>&amp;Snapshots</source>
        <translation>&amp;Momentopnamen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="223" />
        <source>&amp;New snapshot…</source>
        <translation>&amp;Nieuwe momentopname…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="225" />
        <source>A copy of the shown snapshot under a new name and date, to record how the network stands now.</source>
        <translation>Een kopie van de getoonde momentopname onder een nieuwe naam en datum, om vast te leggen hoe het netwerk er nu voor staat.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="227" />
        <source>&amp;What-if scenario…</source>
        <translation>&amp;Wat-als-scenario…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="229" />
        <source>Try a change without touching the real map: a copy to edit freely and compare.</source>
        <translation>Probeer een verandering zonder de echte kaart aan te raken: een kopie om vrij te bewerken en te vergelijken.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="230" />
        <source>&amp;Rename snapshot…</source>
        <translation>Momentopname &amp;hernoemen…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="231" />
        <source>&amp;Delete snapshot</source>
        <translation>Momentopname &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="233" />
        <source>&amp;Previous snapshot</source>
        <translation>&amp;Vorige momentopname</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="239" />
        <source>Ne&amp;xt snapshot</source>
        <translation>Vol&amp;gende momentopname</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="246" />
        <source>&amp;Compare snapshots…</source>
        <translation>Momentopnamen &amp;vergelijken…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="249" />
        <source>&amp;Metrics</source>
        <translation>&amp;Maten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="250" />
        <source>&amp;Recompute</source>
        <translation>Opnieuw be&amp;rekenen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="252" />
        <source>Use tie &amp;strength as weight</source>
        <translation>Sterkte van banden als &amp;gewicht gebruiken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="254" />
        <source>Strong ties count as short distances and add more to strength and PageRank.</source>
        <translation>Sterke banden tellen als korte afstanden en wegen zwaarder in sterkte en PageRank.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="255" />
        <source>&amp;Ignore directions</source>
        <translation>&amp;Richtingen negeren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="257" />
        <source>Treat every tie as two-way: who reaches whom no longer depends on direction.</source>
        <translation>Behandel elke band als tweerichtings: wie wie bereikt hangt niet meer af van de richting.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="262" />
        <source>Role-&amp;conflict table…</source>
        <translation>Rol&amp;conflicttabel…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="264" />
        <source>&amp;Export metrics table…</source>
        <translation>Maten&amp;tabel exporteren…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="266" />
        <source>&amp;Show everything</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="271" />
        <source>End “show me”: the whole map again.</source>
        <translation>“Toon mij” beëindigen: weer de hele kaart.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="273" />
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="274" />
        <source>&amp;Language…</source>
        <translation>&amp;Taal…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="276" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="277" />
        <source>&amp;About Speelveld</source>
        <translation>&amp;Over Speelveld</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="279" />
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="292" />
        <source>Snapshot:</source>
        <translation>Momentopname:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="294" />
        <source>The network at a date or under a scenario name</source>
        <translation>Het netwerk op een datum of in een scenario</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="315" />
        <source>&amp;Select and move</source>
        <translation>&amp;Selecteren en verplaatsen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="316" />
        <source>&amp;Add actors (click on the map)</source>
        <translation>Actoren &amp;toevoegen (klik op de kaart)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="317" />
        <source>&amp;Connect actors (drag from one to another)</source>
        <translation>Actoren &amp;verbinden (sleep van de een naar de ander)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="318" />
        <source>Click on an empty spot to add an actor of the chosen kind. Double-clicking an empty spot also adds one.</source>
        <translation>Klik op een lege plek om een actor van de gekozen soort toe te voegen. Dubbelklikken op een lege plek doet dat ook.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="320" />
        <source>Drag from one actor to another and pick the relation type. Shift-drag does the same with any tool.</source>
        <translation>Sleep van de ene actor naar de andere en kies het relatietype. Met Shift ingedrukt slepen kan altijd.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="330" />
        <source>Select</source>
        <translation>Selecteren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="331" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="332" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="340" />
        <source>&amp;Rename actor</source>
        <translation>Actor &amp;hernoemen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="342" />
        <source>&amp;Delete selected actors</source>
        <translation>Geselecteerde actoren &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="344" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="345" />
        <source>Select a&amp;ll actors</source>
        <translation>A&amp;lle actoren selecteren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="354" />
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="359" />
        <source>The kind of actor a click adds</source>
        <translation>De soort actor die een klik toevoegt</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="376" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="386" />
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="394" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="397" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="403" />
        <source>Decisions (RACI)</source>
        <translation>Besluiten (RACI)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="412" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="428" />
        <source>Filter and focus</source>
        <translation>Filter en focus</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="436" />
        <source>&amp;Find actors…</source>
        <translation>Actoren &amp;zoeken…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="447" />
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="464" />
        <source>Metrics</source>
        <translation>Maten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="492" />
        <source>Cancelled; the figures are from before the last edit.</source>
        <translation>Geannuleerd; de cijfers zijn van vóór de laatste wijziging.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="494" />
        <source>The metrics could not be computed: %1</source>
        <translation>De maten konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="499" />
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="507" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="566" />
        <source>Restored the work of %1. Save it to keep it.</source>
        <translation>Het werk van %1 is hersteld. Sla het op om het te bewaren.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="579" />
        <source>a map that was never saved</source>
        <translation>een kaart die nooit is opgeslagen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="580" />
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="581" />
        <source>Speelveld stopped on %1 while %2 had changes that were not saved. Restore them?</source>
        <translation>Speelveld stopte op %1 terwijl %2 wijzigingen had die niet waren opgeslagen. Herstellen?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="584" />
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="585" />
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="586" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="591" />
        <source>Cannot restore the work</source>
        <translation>Het werk kan niet worden hersteld</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="612" />
        <source>%1 is read-only: you can change the map and save it under another name (Save as).</source>
        <translation>%1 is alleen-lezen: u kunt de kaart wijzigen en onder een andere naam opslaan (Opslaan als).</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="722" />
        <source>Up to date.</source>
        <translation>Bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="826" />
        <source>What-if scenario, forked from “%1”.</source>
        <translation>Wat-als-scenario, afgeleid van “%1”.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="830" />
        <source>What-if scenario “%1”</source>
        <translation>Wat-als-scenario “%1”</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="830" />
        <source>New snapshot “%1”</source>
        <translation>Nieuwe momentopname “%1”</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="841" />
        <source>What if: %1</source>
        <translation>Wat als: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="843" />
        <source>What-if scenario</source>
        <translation>Wat-als-scenario</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="843" />
        <source>New snapshot</source>
        <translation>Nieuwe momentopname</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="844" />
        <source>Name of the new snapshot:</source>
        <translation>Naam van de nieuwe momentopname:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="859" />
        <source>Rename snapshot</source>
        <translation>Momentopname hernoemen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="859" />
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="867" />
        <source>Rename snapshot to “%1”</source>
        <translation>Momentopname hernoemen naar “%1”</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="878" />
        <source>Delete snapshot “%1”</source>
        <translation>Momentopname “%1” verwijderen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="936" />
        <source>Export the metrics table</source>
        <translation>De matentabel exporteren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="949" />
        <location filename="../MainWindow.cpp" line="960" />
        <source>Cannot export the metrics</source>
        <translation>De maten kunnen niet worden geëxporteerd</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="991" />
        <source>Laying out with %1…</source>
        <translation>Indelen met %1…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1013" />
        <source>The layout failed: %1</source>
        <translation>Het indelen is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1020" />
        <source>Lay out with %1</source>
        <translation>Indelen met %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1035" />
        <source>Laid out with %1.</source>
        <translation>Ingedeeld met %1.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1045" />
        <source>Layout cancelled; the map keeps its places.</source>
        <translation>Indelen geannuleerd; de kaart houdt haar plaatsen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="1060" />
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actoren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="1061" />
        <source>%n relation(s)</source>
        <translation><numerusform>%n relatie</numerusform><numerusform>%n relaties</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1066" />
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1068" />
        <source>[read-only]</source>
        <translation>[alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1084" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1084" />
        <source>The map has changes that are not saved yet. Save them?</source>
        <translation>De kaart heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1108" />
        <source>Open a map</source>
        <translation>Een kaart openen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1115" />
        <source>Cannot open the map</source>
        <translation>De kaart kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1134" />
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1144" />
        <location filename="../MainWindow.cpp" line="1162" />
        <source>Cannot save the map</source>
        <translation>De kaart kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1155" />
        <source>Save the map as</source>
        <translation>De kaart opslaan als</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1155" />
        <source>Speelveld projects (*.speelveld)</source>
        <translation>Speelveld-projecten (*.speelveld)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1176" />
        <source>Export the map</source>
        <translation>De kaart exporteren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1178" />
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG picture (*.png)</source>
        <translation>SVG-tekening (*.svg);;PDF-document (*.pdf);;PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="947" />
        <location filename="../MainWindow.cpp" line="963" />
        <location filename="../MainWindow.cpp" line="1199" />
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="105" />
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="938" />
        <source>CSV table (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>CSV-tabel (*.csv);;JSON (*.json);;Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1109" />
        <source>Speelveld projects (*.speelveld);;Speelveld JSON (*.json);;Files of other programs (*.graphml *.gexf *.dot *.gv *.csv);;All files (*)</source>
        <translation>Speelveld-projecten (*.speelveld);;Speelveld JSON (*.json);;Bestanden van andere programma's (*.graphml *.gexf *.dot *.gv *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1196" />
        <source>Cannot export the map</source>
        <translation>De kaart kan niet worden geëxporteerd</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1223" />
        <source>Write the report</source>
        <translation>Rapport schrijven</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1226" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1230" />
        <source>Writing the report…</source>
        <translation>Rapport wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1233" />
        <source>Cannot write the report</source>
        <translation>Het rapport kan niet worden geschreven</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1236" />
        <source>Report written to %1.</source>
        <translation>Rapport geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1269" />
        <source>The system's language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1273" />
        <location filename="../MainWindow.cpp" line="1279" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1273" />
        <source>Speelveld speaks:</source>
        <translation>Speelveld spreekt:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1280" />
        <source>Speelveld speaks %1 from the next start. Your map stays as it is.</source>
        <translation>Speelveld spreekt %1 vanaf de volgende start. Uw kaart blijft zoals hij is.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1285" />
        <source>About Speelveld</source>
        <translation>Over Speelveld</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1286" />
        <source>Speelveld maps the governance network of the social domain: who holds which role, who depends on whom, and where roles are unclear.</source>
        <translation>Speelveld brengt het netwerk van het sociaal domein in kaart: wie welke rol heeft, wie van wie afhankelijk is, en waar rollen onduidelijk zijn.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="782" />
        <source>There is no map to edit.</source>
        <translation>Er is geen kaart om te bewerken.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="795" />
        <source>This change cannot be made: %1</source>
        <translation>Deze wijziging kan niet worden doorgevoerd: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="37" />
        <source>Read %1 as %2: %3 actors, %4 relations, %5 groups.</source>
        <translation>%1 gelezen als %2: %3 actoren, %4 relaties, %5 groepen.</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="43" />
        <source>Relations from %1.</source>
        <translation>Relaties uit %1.</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="46" />
        <source>Mapped: %1</source>
        <translation>Overgenomen: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="49" />
        <source>Kept: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="52" />
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="69" />
        <source>Import a file of another program</source>
        <translation>Een bestand uit een ander programma importeren</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="70" />
        <source>Network files (*.graphml *.gexf *.dot *.gv *.csv *.tsv *.txt);;GraphML (*.graphml);;GEXF (*.gexf);;DOT (*.dot *.gv);;Kumu CSV: the elements file (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Netwerkbestanden (*.graphml *.gexf *.dot *.gv *.csv *.tsv *.txt);;GraphML (*.graphml);;GEXF (*.gexf);;DOT (*.dot *.gv);;Kumu CSV: het bestand met elementen (*.csv *.tsv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="81" />
        <source>The connections file (Cancel: actors only)</source>
        <translation>Het bestand met verbindingen (Annuleren: alleen actoren)</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="82" />
        <source>CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.tsv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="93" />
        <location filename="../MainWindowInterop.cpp" line="98" />
        <source>Cannot import the file</source>
        <translation>Het bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="100" />
        <source>Headings of your own can be mapped, for example Organisatie=label,Soort=type,Van=from,Naar=to:</source>
        <translation>Eigen kolomkoppen kunt u koppelen, bijvoorbeeld Organisatie=label,Soort=type,Van=from,Naar=to:</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="107" />
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="108" />
        <source>The map is not saved yet: Save (Ctrl+S) keeps it as a Speelveld project.</source>
        <translation>De kaart is nog niet opgeslagen: Opslaan (Ctrl+S) bewaart haar als Speelveld-project.</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="117" />
        <source>%1: Speelveld cannot tell the format from the name. End it in .graphml, .gexf, .dot, .json, .csv or .xlsx.</source>
        <translation>%1: Speelveld kan het formaat niet aan de naam zien. Laat de naam eindigen op .graphml, .gexf, .dot, .json, .csv of .xlsx.</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="133" />
        <source>Export the network as data</source>
        <translation>Het netwerk als gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="136" />
        <source>GraphML for Gephi and yEd (*.graphml);;GEXF for Gephi (*.gexf);;DOT for Graphviz (*.dot);;CSV for Kumu and spreadsheets: NAME.csv and NAME-connections.csv (*.csv);;Speelveld JSON (*.json);;Excel workbook of the measures (*.xlsx)</source>
        <translation>GraphML voor Gephi en yEd (*.graphml);;GEXF voor Gephi (*.gexf);;DOT voor Graphviz (*.dot);;CSV voor Kumu en spreadsheets: NAAM.csv en NAAM-connections.csv (*.csv);;Speelveld JSON (*.json);;Excel-werkmap met de maten (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="154" />
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="157" />
        <source>Wrote %1.</source>
        <translation>%1 geschreven.</translation>
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="157" />
        <source> and </source>
        <translation> en </translation>
    </message>
</context>
<context>
    <name>speelveld::gui::MapEditor</name>
    <message>
        <location filename="../MapEditor.cpp" line="26" />
        <source>Relation type</source>
        <translation>Relatietype</translation>
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="77" />
        <source>New %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="81" />
        <source>Add “%1”</source>
        <translation>“%1” toevoegen</translation>
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="99" />
        <source>Connect “%1” to “%2”</source>
        <translation>“%1” verbinden met “%2”</translation>
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="114" />
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../MapEditor.cpp" line="115" />
        <source>Delete %n actor(s)</source>
        <translation><numerusform>%n actor verwijderen</numerusform><numerusform>%n actoren verwijderen</numerusform></translation>
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="183" />
        <source>Rename to “%1”</source>
        <translation>Hernoemen naar “%1”</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::MetricsModel</name>
    <message>
        <location filename="../MetricsModel.cpp" line="103" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../MetricsModel.cpp" line="103" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::MetricsPanel</name>
    <message>
        <location filename="../MetricsPanel.cpp" line="43" />
        <source>Click a column title to sort; hover over it for what the measure means.</source>
        <translation>Klik op een kolomtitel om te sorteren; wijs hem aan voor wat de maat betekent.</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="47" />
        <source>Whole network</source>
        <translation>Hele netwerk</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="47" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="70" />
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="79" />
        <source>Draw actors larger the higher this measure is.</source>
        <translation>Teken actoren groter naarmate deze maat hoger is.</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="80" />
        <source>Colour actors from light to dark blue by this measure.</source>
        <translation>Kleur actoren van licht- naar donkerblauw naar deze maat.</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="86" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="87" />
        <source>Stop computing; the table keeps the last figures.</source>
        <translation>Stop met berekenen; de tabel houdt de laatste cijfers.</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="96" />
        <source>Size by:</source>
        <translation>Grootte naar:</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="99" />
        <source>Colour by:</source>
        <translation>Kleur naar:</translation>
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="155" />
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::Presentation</name>
    <message>
        <location filename="../Presentation.cpp" line="460" />
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location filename="../Presentation.cpp" line="463" />
        <location filename="../Presentation.cpp" line="468" />
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../Presentation.cpp" line="465" />
        <source>Step %1 of %2: relations “%3”</source>
        <translation>Stap %1 van %2: relaties ‘%3’</translation>
    </message>
    <message>
        <location filename="../Presentation.cpp" line="483" />
        <source>%1, with its direct relations and the actors at their other ends.</source>
        <translation>%1, met de eigen relaties en de actoren aan de andere kant daarvan.</translation>
    </message>
    <message>
        <location filename="../Presentation.cpp" line="493" />
        <source>%1. Next step: → or Page Down; back: ←; leave: Esc.</source>
        <translation>%1. Volgende stap: → of Page Down; terug: ←; stoppen: Esc.</translation>
    </message>
    <message>
        <location filename="../Presentation.cpp" line="505" />
        <source>Between the actors shown; the line's colour, dashes and arrowhead mark the type.</source>
        <translation>Tussen de getoonde actoren; kleur, streepjes en pijlpunt van de lijn geven het type aan.</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::PropertiesPanel</name>
    <message>
        <location filename="../PropertiesPanel.cpp" line="62" />
        <source>Choose an actor on the map to see and change its properties.</source>
        <translation>Kies een actor op de kaart om de eigenschappen te zien en te wijzigen.</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="85" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="89" />
        <source>Rename to “%1”</source>
        <translation>Hernoemen naar “%1”</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="96" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="99" />
        <source>Make it a %1</source>
        <translation>Soort wordt %1</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="105" />
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="107" />
        <source>words separated by commas</source>
        <translation>woorden gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="108" />
        <source>&amp;Tags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="111" />
        <source>Change tags</source>
        <translation>Labels wijzigen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="115" />
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="115" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="120" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="122" />
        <source>Add role</source>
        <translation>Rol toevoegen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="123" />
        <source>Remove role</source>
        <translation>Rol weghalen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="124" />
        <source>New domain…</source>
        <translation>Nieuw domein…</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="125" />
        <source>A policy field in which roles and relations hold, such as Jeugd or Wmo.</source>
        <translation>Een beleidsveld waarin rollen en relaties gelden, zoals Jeugd of Wmo.</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="137" />
        <source>Remove a role</source>
        <translation>Een rol weghalen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="142" />
        <location filename="../PropertiesPanel.cpp" line="475" />
        <source>New domain</source>
        <translation>Nieuw domein</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="142" />
        <source>Name of the domain:</source>
        <translation>Naam van het domein:</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="149" />
        <location filename="../PropertiesPanel.cpp" line="265" />
        <source>Other attributes</source>
        <translation>Overige kenmerken</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="156" />
        <source>Double-click a relation to see and change it.</source>
        <translation>Dubbelklik op een relatie om die te zien en te wijzigen.</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="157" />
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="163" />
        <source>Delete actor</source>
        <translation>Actor verwijderen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="164" />
        <source>Removes the actor with its relations, roles and RACI lines (Del). Undo brings everything back.</source>
        <translation>Verwijdert de actor met zijn relaties, rollen en RACI-regels (Del). Ongedaan maken brengt alles terug.</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="172" />
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="184" />
        <source>Between</source>
        <translation>Tussen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="189" />
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="192" />
        <source>Relation type: %1</source>
        <translation>Relatietype: %1</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="195" />
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="198" />
        <source>Relation domain</source>
        <translation>Domein van de relatie</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="202" />
        <source>1 weak … 5 strong</source>
        <translation>1 zwak … 5 sterk</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="203" />
        <source>&amp;Strength</source>
        <translation>&amp;Sterkte</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="206" />
        <source>Strength %1</source>
        <translation>Sterkte %1</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="209" />
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="213" />
        <source>1 little trust … 5 much trust</source>
        <translation>1 weinig vertrouwen … 5 veel vertrouwen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="214" />
        <source>T&amp;rust</source>
        <translation>&amp;Vertrouwen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="217" />
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="221" />
        <source>Formal &amp;basis</source>
        <translation>Formele &amp;basis</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="224" />
        <source>Formal basis</source>
        <translation>Formele basis</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="228" />
        <source>Steers on</source>
        <translation>Stuurt op</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="231" />
        <source>Steering</source>
        <translation>Sturing</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="235" />
        <source>&amp;Financing</source>
        <translation>&amp;Financiering</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="238" />
        <source>Financing</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="245" />
        <source>YYYY-MM-DD, or empty</source>
        <translation>JJJJ-MM-DD, of leeg</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="248" />
        <source>Valid &amp;from</source>
        <translation>Geldig &amp;vanaf</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="249" />
        <source>Valid &amp;until</source>
        <translation>Geldig &amp;tot</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="252" />
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="256" />
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="262" />
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="264" />
        <source>What an imported file said of this relation that has no field above.</source>
        <translation>Wat een geïmporteerd bestand over deze relatie zei waarvoor hierboven geen veld is.</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="270" />
        <source>Reverse direction</source>
        <translation>Richting omdraaien</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="271" />
        <source>Delete relation</source>
        <translation>Relatie verwijderen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="272" />
        <source>Back to the actor</source>
        <translation>Terug naar de actor</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="278" />
        <source>Reverse a relation</source>
        <translation>Een relatie omdraaien</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="284" />
        <source>Delete a relation</source>
        <translation>Een relatie verwijderen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="335" />
        <source>(no domain)</source>
        <translation>(geen domein)</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="461" />
        <source>Change a role</source>
        <translation>Een rol wijzigen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="476" />
        <source>A role holds in a domain, and this map has none yet. Name of the first domain:</source>
        <translation>Een rol geldt in een domein, en deze kaart heeft er nog geen. Naam van het eerste domein:</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="484" />
        <source>Add a role</source>
        <translation>Een rol toevoegen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="494" />
        <source>Add domain “%1”</source>
        <translation>Domein “%1” toevoegen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="151" />
        <location filename="../PropertiesPanel.cpp" line="267" />
        <source>Change attributes</source>
        <translation>Kenmerken wijzigen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="511" />
        <source>Change the description</source>
        <translation>De omschrijving wijzigen</translation>
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="517" />
        <source>Change the note</source>
        <translation>De notitie wijzigen</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::RoleConflictDialog</name>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="16" />
        <source>Role-conflict table</source>
        <translation>Rolconflicttabel</translation>
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="34" />
        <source>Tick when one actor should not be both %1 and %2 in one domain.</source>
        <translation>Vink aan als één actor in één domein niet zowel %1 als %2 mag zijn.</translation>
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="45" />
        <source>&amp;Default table</source>
        <translation>&amp;Standaardtabel</translation>
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="46" />
        <source>The five pairs every project starts with.</source>
        <translation>De vijf paren waarmee elk project begint.</translation>
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="51" />
        <source>A tick means: an actor that holds both roles in the same domain is a finding (RC1 role conflict).</source>
        <translation>Een vinkje betekent: een actor die beide rollen in hetzelfde domein heeft, is een bevinding (RC1 rolconflict).</translation>
    </message>
</context>
</TS>
