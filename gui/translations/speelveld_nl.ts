<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Findings</name>
    <message>
        <location filename="../FindingText.cpp" line="23" />
        <source>in the domain %1</source>
        <translation>in het domein %1</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="23" />
        <source>outside any named domain</source>
        <translation>buiten een benoemd domein</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="32" />
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="52" />
        <source>RC1 role conflict</source>
        <translation>RC1 rolconflict</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="54" />
        <source>RC2 multiple principals</source>
        <translation>RC2 meerdere opdrachtgevers</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="56" />
        <source>RC3 decision rights</source>
        <translation>RC3 beslisrechten</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="58" />
        <source>RC4 steering on how</source>
        <translation>RC4 sturen op het hoe</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="60" />
        <source>RC5 contract without relationship</source>
        <translation>RC5 contract zonder relatie</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="62" />
        <source>RC6 volume incentive</source>
        <translation>RC6 volumeprikkel</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="64" />
        <source>RC7 accountability gap</source>
        <translation>RC7 verantwoordingsgat</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="73" />
        <source>An actor holds two roles in one domain that the role-conflict table marks as incompatible, such as commissioning and carrying out the same work.</source>
        <translation>Een actor heeft in één domein twee rollen die volgens de rolconflicttabel niet samengaan, zoals hetzelfde werk opdragen én uitvoeren.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="76" />
        <source>More than one actor commissions or funds this actor in one domain, and not through one shared regional body: their steering may pull in different directions.</source>
        <translation>Meer dan één actor geeft deze actor in één domein opdracht of financiert hem, en niet via één gezamenlijk regionaal orgaan: hun sturing kan verschillende kanten op trekken.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="79" />
        <source>A decision has nobody Accountable (an orphan) or more than one (contested).</source>
        <translation>Bij een besluit is niemand eindverantwoordelijk (A) (een wees) of meer dan één actor (betwist).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="81" />
        <source>More than half of the commissioning of this actor steers on process or input (how the work is done) instead of on output or outcome (what it achieves).</source>
        <translation>Meer dan de helft van de opdrachten aan deze actor stuurt op proces of inzet (hoe het werk gebeurt) in plaats van op prestatie of effect (wat het oplevert).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="84" />
        <source>A commissioning relation with no collaboration or information tie between the two actors, or with trust of 2 or less: a contract without a relationship.</source>
        <translation>Een opdrachtrelatie zonder samenwerking of informatie-uitwisseling tussen de twee actoren, of met een vertrouwen van 2 of minder: een contract zonder relatie.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="87" />
        <source>A contractor paid per unit that also decides on access, receives referrals from its own network, or has no capped budget: more volume means more income.</source>
        <translation>Een opdrachtnemer die per eenheid wordt betaald en ook over de toegang beslist, verwijzingen uit het eigen netwerk krijgt of geen budgetplafond heeft: meer volume betekent meer inkomsten.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="90" />
        <source>An actor that is commissioned or funded but accounts to none of its principals.</source>
        <translation>Een actor die opdracht of financiering krijgt maar aan geen van zijn opdrachtgevers verantwoording aflegt.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="102" />
        <source>%1 is both %2 and %3 %4.</source>
        <translation>%1 is %4 zowel %2 als %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="105" />
        <source>%1 is commissioned or funded by %n different principals %2 (%3): their steering may conflict.</source>
        <translation><numerusform>%1 krijgt %2 opdracht of financiering van %n opdrachtgever (%3).</numerusform><numerusform>%1 krijgt %2 opdracht of financiering van %n verschillende opdrachtgevers (%3): hun sturing kan botsen.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="112" />
        <source>Nobody is Accountable for the decision “%1”.</source>
        <translation>Niemand is eindverantwoordelijk voor het besluit “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="114" />
        <source>%n actors are Accountable for the decision “%1” (%2): the decision right is contested.</source>
        <translation><numerusform>%n actor is eindverantwoordelijk voor het besluit “%1” (%2).</numerusform><numerusform>%n actoren zijn eindverantwoordelijk voor het besluit “%1” (%2): het beslisrecht is betwist.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="119" />
        <source>%1 of the commissioning of %2 steers on process or input (how) instead of output or outcome (what).</source>
        <translation>%1 van de opdrachten aan %2 stuurt op proces of inzet (het hoe) in plaats van op prestatie of effect (het wat).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="124" />
        <source>%1 commissions %2, but trust between them is low (%3 of 5).</source>
        <translation>%1 geeft %2 opdracht, maar het vertrouwen tussen hen is laag (%3 van 5).</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="127" />
        <source>%1 commissions %2 without any collaboration or information tie between them: a contract without a relationship.</source>
        <translation>%1 geeft %2 opdracht zonder dat zij samenwerken of elkaar informeren: een contract zonder relatie.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="132" />
        <source>%1 is paid per unit by %2 and also decides on access (gatekeeper) %3: more access means more income.</source>
        <translation>%1 wordt door %2 per eenheid betaald en beslist %3 ook over de toegang: meer toegang betekent meer inkomsten.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="137" />
        <source>%1 is paid per unit by %2 and receives referrals from itself or its own network %3.</source>
        <translation>%1 wordt door %2 per eenheid betaald en krijgt %3 verwijzingen van zichzelf of uit het eigen netwerk.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="140" />
        <source>%1 is paid per unit by %2 with no capped budget %3: nothing limits the volume.</source>
        <translation>%1 wordt door %2 per eenheid betaald zonder budgetplafond %3: niets begrenst het volume.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="143" />
        <source>%1 is commissioned or funded by %2 but accounts to none of them.</source>
        <translation>%1 krijgt opdracht of financiering van %2 maar legt aan geen van hen verantwoording af.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="153" />
        <source>Shared governance</source>
        <translation>Gedeelde sturing</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="155" />
        <source>Lead organisation</source>
        <translation>Leidende organisatie</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="157" />
        <source>Network administrative organisation</source>
        <translation>Netwerkadministratieve organisatie</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="159" />
        <source>No clear mode</source>
        <translation>Geen duidelijke vorm</translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="169" />
        <source>Figures: %n actors, density %1 (ties in either direction), degree centralisation %2; the actor with the most ties, %3, is tied to %4 of the others.</source>
        <translation><numerusform>Cijfers: %n actor, dichtheid %1 (banden in een van beide richtingen), graadcentralisatie %2; de actor met de meeste banden, %3, heeft banden met %4 van de anderen.</numerusform><numerusform>Cijfers: %n actoren, dichtheid %1 (banden in een van beide richtingen), graadcentralisatie %2; de actor met de meeste banden, %3, heeft banden met %4 van de anderen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="177" />
        <source>%1 has %n members and does not deliver services itself.</source>
        <translation><numerusform>%1 heeft %n lid en levert zelf geen diensten.</numerusform><numerusform>%1 heeft %n leden en levert zelf geen diensten.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="181" />
        <source>%1 is tied to at least half of the others and the network is centralised around it.</source>
        <translation>%1 heeft banden met minstens de helft van de anderen en het netwerk is rond deze actor gecentraliseerd.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="185" />
        <source>The network is dense and no actor dominates it.</source>
        <translation>Het netwerk is dicht en geen enkele actor overheerst.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="188" />
        <source>No rule fits: there is no separate coordinating body, no dominant actor, and the network is not dense.</source>
        <translation>Geen regel past: er is geen apart coördinerend orgaan, geen overheersende actor, en het netwerk is niet dicht.</translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="193" />
        <source>This is a heuristic after Provan &amp; Kenis (2008), not a judgement.</source>
        <translation>Dit is een vuistregel naar Provan &amp; Kenis (2008), geen oordeel.</translation>
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
        <source>Responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="102" />
        <source>Accountable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="104" />
        <source>Consulted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="106" />
        <source>Informed</source>
        <translation type="unfinished" />
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
        <location filename="../Legend.cpp" line="31" />
        <source>Size: %1</source>
        <translation>Grootte: %1</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="34" />
        <source>Colour: %1</source>
        <translation>Kleur: %1</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="38" />
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../MetricsText.cpp" line="30" />
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="30" />
        <source>The number of actors on the map.</source>
        <translation>Het aantal actoren op de kaart.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="31" />
        <source>Density</source>
        <translation>Dichtheid</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="32" />
        <source>Share of all possible ties between two actors that exist (0–1), counting each direction.</source>
        <translation>Aandeel van alle mogelijke banden tussen twee actoren dat bestaat (0–1), per richting geteld.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="33" />
        <source>Reciprocity</source>
        <translation>Wederkerigheid</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="34" />
        <source>Share of ties that are returned: A to B and also B to A (0–1).</source>
        <translation>Aandeel banden dat wederzijds is: A naar B en ook B naar A (0–1).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="35" />
        <source>Degree centralisation</source>
        <translation>Graadcentralisatie</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="36" />
        <source>How much the ties concentrate on one actor (Freeman, 0–1): 1 is a star around one actor.</source>
        <translation>Hoe sterk de banden zich op één actor richten (Freeman, 0–1): 1 is een ster rond één actor.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="37" />
        <source>Betweenness centralisation</source>
        <translation>Tussenpositiecentralisatie</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="38" />
        <source>How much the routes run through one actor (Freeman, 0–1): 1 when one actor brokers everything.</source>
        <translation>Hoe sterk de routes via één actor lopen (Freeman, 0–1): 1 als één actor alles bemiddelt.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="39" />
        <source>Components</source>
        <translation>Componenten</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="40" />
        <source>The number of parts not tied to each other at all.</source>
        <translation>Het aantal delen dat helemaal niet met elkaar verbonden is.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="41" />
        <source>Strong components</source>
        <translation>Sterke componenten</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="42" />
        <source>The number of parts in which everyone reaches everyone following the directions of the ties.</source>
        <translation>Het aantal delen waarin iedereen iedereen bereikt langs de richtingen van de banden.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="43" />
        <source>Communities</source>
        <translation>Gemeenschappen</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="44" />
        <source>Groups of actors more tied to each other than to the rest (Louvain).</source>
        <translation>Groepen actoren die meer met elkaar verbonden zijn dan met de rest (Louvain).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="45" />
        <source>Modularity</source>
        <translation>Modulariteit</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="46" />
        <source>How clearly the network falls apart into those communities (below 0.3: hardly).</source>
        <translation>Hoe duidelijk het netwerk in die gemeenschappen uiteenvalt (onder 0,3: nauwelijks).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="47" />
        <source>Role clarity index</source>
        <translation>Rolhelderheidsindex</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="48" />
        <source>The average, over the actors that any role-clarity check applies to, of the share of checks they pass (1 = clear).</source>
        <translation>Het gemiddelde, over de actoren waarop een rolhelderheidstoets van toepassing is, van het aandeel toetsen dat zij doorstaan (1 = helder).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="50" />
        <source>Decisions with exactly one Accountable</source>
        <translation>Besluiten met precies één eindverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="52" />
        <source>Share of the decisions where exactly one actor is Accountable (RACI).</source>
        <translation>Aandeel van de besluiten waarbij precies één actor eindverantwoordelijk (A) is (RACI).</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="61" />
        <source>Betweenness, closeness and harmonic closeness are estimates from %1 sampled actors (Brandes &amp; Pich 2007); betweenness is within ±%2 of the exact value with 95% confidence.</source>
        <translation>Tussenpositie, nabijheid en harmonische nabijheid zijn schattingen uit %1 steekproefactoren (Brandes &amp; Pich 2007); de tussenpositie ligt met 95% zekerheid binnen ±%2 van de exacte waarde.</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="72" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="73" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="109" />
        <source>Governance mode: %1</source>
        <translation>Governancevorm: %1</translation>
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="113" />
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
        <location filename="../MeasureColumns.cpp" line="34" />
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
        <location filename="../MeasureColumns.cpp" line="40" />
        <source>Betweenness (count)</source>
        <translation>Tussenpositie (aantal)</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="41" />
        <source>The same, as the number of routes (split where there are several shortest ones).</source>
        <translation>Hetzelfde, als aantal routes (verdeeld waar er meerdere kortste zijn).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="43" />
        <source>Closeness</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="44" />
        <source>How quickly this actor reaches the others along its ties (0–1), counting only those it can reach.</source>
        <translation>Hoe snel deze actor de anderen via zijn banden bereikt (0–1), alleen gerekend over wie hij kan bereiken.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="46" />
        <source>Harmonic closeness</source>
        <translation>Harmonische nabijheid</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="47" />
        <source>Average of 1/distance to every other actor (0–1); unreachable actors count as 0.</source>
        <translation>Gemiddelde van 1/afstand tot elke andere actor (0–1); onbereikbare actoren tellen als 0.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="49" />
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="50" />
        <source>Importance from being tied to by important actors (all actors add up to 1).</source>
        <translation>Belang doordat belangrijke actoren een band met deze actor hebben (alle actoren samen 1).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="52" />
        <source>Eigenvector</source>
        <translation>Eigenvector</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="52" />
        <source>Importance from incoming ties of actors that are important themselves.</source>
        <translation>Belang uit inkomende banden van actoren die zelf belangrijk zijn.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="54" />
        <source>k-core</source>
        <translation>k-kern</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="55" />
        <source>The largest k such that this actor belongs to a group where everyone has at least k ties inside.</source>
        <translation>De grootste k waarvoor deze actor hoort bij een groep waarin iedereen minstens k banden binnen de groep heeft.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="57" />
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="57" />
        <source>Share of this actor's contacts that are tied to each other (0–1).</source>
        <translation>Aandeel van de contacten van deze actor dat onderling verbonden is (0–1).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="59" />
        <source>Constraint</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="60" />
        <source>Burt: how much this actor's contacts are tied to each other; high means few independent routes.</source>
        <translation>Burt: hoe sterk de contacten van deze actor onderling verbonden zijn; hoog betekent weinig onafhankelijke routes.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="62" />
        <source>Effective size</source>
        <translation>Effectieve omvang</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="62" />
        <source>Burt: the number of contacts, minus their overlap.</source>
        <translation>Burt: het aantal contacten, min hun overlap.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="64" />
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="64" />
        <source>Brokered routes where all three actors are of the same kind.</source>
        <translation>Bemiddelde routes waarbij alle drie actoren van dezelfde soort zijn.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="66" />
        <source>Itinerant broker</source>
        <translation>Rondreizende makelaar</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="67" />
        <source>Brokered routes between two actors of one kind by an actor of another kind.</source>
        <translation>Bemiddelde routes tussen twee actoren van één soort door een actor van een andere soort.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="69" />
        <source>Gatekeeper</source>
        <translation>Poortwachter</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="70" />
        <source>Brokered routes from another kind into this actor's own kind.</source>
        <translation>Bemiddelde routes van een andere soort naar de eigen soort van deze actor.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="71" />
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="72" />
        <source>Brokered routes from this actor's own kind out to another kind.</source>
        <translation>Bemiddelde routes van de eigen soort van deze actor naar een andere soort.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="73" />
        <source>Liaison</source>
        <translation>Verbindingspersoon</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="73" />
        <source>Brokered routes where all three actors are of different kinds.</source>
        <translation>Bemiddelde routes waarbij alle drie actoren van verschillende soort zijn.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="75" />
        <source>Cut point</source>
        <translation>Snijpunt</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="76" />
        <source>1 when removing this actor splits the network: a single point of failure.</source>
        <translation>1 als het weghalen van deze actor het netwerk splitst: een enkel faalpunt.</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="78" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="79" />
        <source>Number of the connected part this actor is in (0 = the largest).</source>
        <translation>Nummer van het samenhangende deel waarin deze actor zit (0 = het grootste).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="81" />
        <source>Strong component</source>
        <translation>Sterke component</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="82" />
        <source>Number of the part in which every actor reaches every other along the directions (0 = largest).</source>
        <translation>Nummer van het deel waarin elke actor elke andere bereikt langs de richtingen (0 = het grootste).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="84" />
        <source>Community</source>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="85" />
        <source>Louvain community: actors more tied to each other than to the rest (0 = the largest).</source>
        <translation>Louvain-gemeenschap: actoren die meer met elkaar verbonden zijn dan met de rest (0 = de grootste).</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="87" />
        <source>Role clarity</source>
        <translation>Rolhelderheid</translation>
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="88" />
        <source>Role-clarity checks passed out of those that apply to this actor (1 = clear).</source>
        <translation>Aandeel geslaagde rolhelderheidstoetsen van de toetsen die op deze actor van toepassing zijn (1 = helder).</translation>
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
    <name>speelveld::gui::DecisionsPanel</name>
    <message>
        <location filename="../DecisionsPanel.cpp" line="53" />
        <source>The decision whose RACI the table shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="56" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="57" />
        <source>Add a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="58" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="59" />
        <source>Change the title, description and domain of this decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="60" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="61" />
        <source>Delete this decision; Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="68" />
        <source>Find an actor by name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="73" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="73" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="73" />
        <source>RACI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="75" />
        <source>Responsible, Accountable, Consulted or Informed; “—”: no part in this decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="180" />
        <location filename="../DecisionsPanel.cpp" line="299" />
        <location filename="../DecisionsPanel.cpp" line="300" />
        <source>New decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="182" />
        <source>Add decision “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="208" />
        <source>Change decision “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="219" />
        <source>Delete decision “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="250" />
        <source>Set RACI of %1 in “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="272" />
        <source>No part in this decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="299" />
        <source>Title of the decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="313" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="318" />
        <source>(no domain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="327" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="328" />
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="329" />
        <source>Domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="432" />
        <source>Domain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="438" />
        <source>No decisions yet: add one to say who is responsible, accountable, consulted or informed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="471" />
        <source>No actor is accountable for this decision; a decision should have exactly one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../DecisionsPanel.cpp" line="472" />
        <source>This decision has %1 accountable actors (%2); a decision should have exactly one.</source>
        <translation type="unfinished" />
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
        <location filename="../FindingsPanel.cpp" line="63" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="41" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="47" />
        <source>Click a group or an actor to select it on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="49" />
        <source>&amp;New group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="50" />
        <source>Make a group of the actors selected on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="51" />
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="52" />
        <source>Give this group another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="53" />
        <source>&amp;Delete group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="54" />
        <source>Delete this group; its actors stay on the map. Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="55" />
        <source>&amp;Add selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="56" />
        <source>Add the actors selected on the map to this group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="57" />
        <source>Re&amp;move member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="58" />
        <source>Take this actor out of the group; the actor stays on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="243" />
        <location filename="../GroupsPanel.cpp" line="329" />
        <location filename="../GroupsPanel.cpp" line="330" />
        <source>New group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="252" />
        <source>New group “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="272" />
        <source>Rename group “%1” to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="283" />
        <source>Delete group “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="306" />
        <source>Add %1 to group “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="307" />
        <source>Add %1 actors to group “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="321" />
        <source>Remove %1 from group “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="329" />
        <location filename="../GroupsPanel.cpp" line="344" />
        <source>Name of the group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="344" />
        <source>Rename group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="371" />
        <source>Nothing is selected on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../GroupsPanel.cpp" line="372" />
        <source>Selected on the map: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="64" />
        <source>Move %n actor(s)</source>
        <translation><numerusform>%n actor verplaatsen</numerusform><numerusform>%n actoren verplaatsen</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="94" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="95" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="97" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="99" />
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="102" />
        <source>&amp;Export map…</source>
        <translation>Kaart &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="105" />
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="108" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="109" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="111" />
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="116" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="117" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="119" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="121" />
        <source>&amp;Fit map to window</source>
        <translation>Kaart &amp;passend in venster</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="124" />
        <source>&amp;Layout</source>
        <translation>&amp;Indeling</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="126" />
        <source>Automatic (chosen by size)</source>
        <translation>Automatisch (naar grootte gekozen)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="132" />
        <source>Layered (dot): who commissions whom, top to bottom</source>
        <translation>In lagen (dot): wie geeft wie opdracht, van boven naar beneden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="133" />
        <source>Spring (neato): related actors close together</source>
        <translation>Veren (neato): verbonden actoren dicht bij elkaar</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="134" />
        <source>Spring with groups (fdp)</source>
        <translation>Veren met groepen (fdp)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="135" />
        <source>Large networks (sfdp)</source>
        <translation>Grote netwerken (sfdp)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="136" />
        <source>Circle (circo)</source>
        <translation>Cirkel (circo)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="137" />
        <source>Radial (twopi): rings around the centre</source>
        <translation>Radiaal (twopi): ringen rond het midden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="151" />
        <source>Lay out &amp;again</source>
        <translation>Opnieuw &amp;indelen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="154" />
        <source>&amp;Metrics</source>
        <translation>&amp;Maten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="155" />
        <source>&amp;Recompute</source>
        <translation>Opnieuw be&amp;rekenen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="157" />
        <source>Use tie &amp;strength as weight</source>
        <translation>Sterkte van banden als &amp;gewicht gebruiken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="159" />
        <source>Strong ties count as short distances and add more to strength and PageRank.</source>
        <translation>Sterke banden tellen als korte afstanden en wegen zwaarder in sterkte en PageRank.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="160" />
        <source>&amp;Ignore directions</source>
        <translation>&amp;Richtingen negeren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="162" />
        <source>Treat every tie as two-way: who reaches whom no longer depends on direction.</source>
        <translation>Behandel elke band als tweerichtings: wie wie bereikt hangt niet meer af van de richting.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="167" />
        <source>Role-&amp;conflict table…</source>
        <translation>Rol&amp;conflicttabel…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="169" />
        <source>&amp;Export metrics table…</source>
        <translation>Maten&amp;tabel exporteren…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="171" />
        <source>&amp;Show everything</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="173" />
        <source>End “show me”: the whole map again.</source>
        <translation>“Toon mij” beëindigen: weer de hele kaart.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="175" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="176" />
        <source>&amp;About Speelveld</source>
        <translation>&amp;Over Speelveld</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="178" />
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="191" />
        <source>Snapshot:</source>
        <translation>Momentopname:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="193" />
        <source>The network at a date or under a scenario name</source>
        <translation>Het netwerk op een datum of in een scenario</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="205" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="215" />
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="232" />
        <source>Metrics</source>
        <translation>Maten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="260" />
        <source>Cancelled; the figures are from before the last edit.</source>
        <translation>Geannuleerd; de cijfers zijn van vóór de laatste wijziging.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="262" />
        <source>The metrics could not be computed: %1</source>
        <translation>De maten konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="272" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="375" />
        <source>Up to date.</source>
        <translation>Bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="437" />
        <source>Export the metrics table</source>
        <translation>De matentabel exporteren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="439" />
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>CSV-tabel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="450" />
        <source>Cannot export the metrics</source>
        <translation>De maten kunnen niet worden geëxporteerd</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="451" />
        <source>%1: %2. Choose another folder or free some space.</source>
        <translation>%1: %2. Kies een andere map of maak ruimte vrij.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="481" />
        <source>Laying out with %1…</source>
        <translation>Indelen met %1…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="502" />
        <source>The layout failed: %1</source>
        <translation>Het indelen is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="516" />
        <source>Lay out with %1</source>
        <translation>Indelen met %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="524" />
        <source>Laid out with %1.</source>
        <translation>Ingedeeld met %1.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="533" />
        <source>Layout cancelled; the map keeps its places.</source>
        <translation>Indelen geannuleerd; de kaart houdt haar plaatsen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="548" />
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actoren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="549" />
        <source>%n relation(s)</source>
        <translation><numerusform>%n relatie</numerusform><numerusform>%n relaties</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="554" />
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="570" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="570" />
        <source>The map has changes that are not saved yet. Save them?</source>
        <translation>De kaart heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="593" />
        <source>Open a map</source>
        <translation>Een kaart openen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="594" />
        <source>Speelveld projects (*.speelveld);;Speelveld JSON (*.json);;All files (*)</source>
        <translation>Speelveld-projecten (*.speelveld);;Speelveld-JSON (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="599" />
        <source>Cannot open the map</source>
        <translation>De kaart kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="615" />
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="625" />
        <location filename="../MainWindow.cpp" line="643" />
        <source>Cannot save the map</source>
        <translation>De kaart kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="636" />
        <source>Save the map as</source>
        <translation>De kaart opslaan als</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="636" />
        <source>Speelveld projects (*.speelveld)</source>
        <translation>Speelveld-projecten (*.speelveld)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="657" />
        <source>Export the map</source>
        <translation>De kaart exporteren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="659" />
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG picture (*.png)</source>
        <translation>SVG-tekening (*.svg);;PDF-document (*.pdf);;PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="454" />
        <location filename="../MainWindow.cpp" line="674" />
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="676" />
        <source>Cannot export the map</source>
        <translation>De kaart kan niet worden geëxporteerd</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="682" />
        <source>About Speelveld</source>
        <translation>Over Speelveld</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="683" />
        <source>Speelveld maps the governance network of the social domain: who holds which role, who depends on whom, and where roles are unclear.</source>
        <translation>Speelveld brengt het netwerk van het sociaal domein in kaart: wie welke rol heeft, wie van wie afhankelijk is, en waar rollen onduidelijk zijn.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="452" />
        <source>There is no map to edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="462" />
        <source>This change cannot be made: %1</source>
        <translation type="unfinished" />
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
