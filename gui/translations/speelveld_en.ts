<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Changes</name>
    <message>
        <location filename="../ChangeList.cpp" line="17" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="18" />
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="19" />
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="20" />
        <source>tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="21" />
        <source>attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="22" />
        <source>roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="23" />
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="24" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="25" />
        <source>type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="26" />
        <source>domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="27" />
        <source>strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="28" />
        <source>trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="29" />
        <source>formal basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="30" />
        <source>steering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="31" />
        <source>financing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="32" />
        <source>valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="33" />
        <source>valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="34" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="59" />
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="60" />
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="61" />
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="62" />
        <source>actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="63" />
        <source>relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ChangeList.cpp" line="94" />
        <source>From “%1” to “%2”: %3 actors added, %4 removed, %5 changed; %6 relations added, %7 removed, %8 changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../FilterPanel.cpp" line="32" />
        <source>Tick what to keep; nothing ticked keeps all.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../FindingText.cpp" line="22" />
        <source>in the domain %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="22" />
        <source>outside any named domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="31" />
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="51" />
        <source>RC1 role conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="53" />
        <source>RC2 multiple principals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="55" />
        <source>RC3 decision rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="57" />
        <source>RC4 steering on how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="59" />
        <source>RC5 contract without relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="61" />
        <source>RC6 volume incentive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="63" />
        <source>RC7 accountability gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="72" />
        <source>An actor holds two roles in one domain that the role-conflict table marks as incompatible, such as commissioning and carrying out the same work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="76" />
        <source>More than one actor commissions or funds this actor in one domain, and not through one shared regional body: their steering may pull in different directions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="80" />
        <source>A decision has nobody Accountable (an orphan) or more than one (contested).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="82" />
        <source>More than half of the commissioning of this actor steers on process or input (how the work is done) instead of on output or outcome (what it achieves).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="86" />
        <source>A commissioning relation with no collaboration or information tie between the two actors, or with trust of 2 or less: a contract without a relationship.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="90" />
        <source>A contractor paid per unit that also decides on access, receives referrals from its own network, or has no capped budget: more volume means more income.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="93" />
        <source>An actor that is commissioned or funded but accounts to none of its principals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="105" />
        <source>%1 is both %2 and %3 %4.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="108" />
        <source>%1 is commissioned or funded by %n different principals %2 (%3): their steering may conflict.</source>
        <translation><numerusform>%1 is commissioned or funded by %n principal %2 (%3).</numerusform><numerusform>%1 is commissioned or funded by %n different principals %2 (%3): their steering may conflict.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="116" />
        <source>Nobody is Accountable for the decision “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="118" />
        <source>%n actors are Accountable for the decision “%1” (%2): the decision right is contested.</source>
        <translation><numerusform>%n actor is Accountable for the decision “%1” (%2).</numerusform><numerusform>%n actors are Accountable for the decision “%1” (%2): the decision right is contested.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="123" />
        <source>%1 of the commissioning of %2 steers on process or input (how) instead of output or outcome (what).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="129" />
        <source>%1 commissions %2, but trust between them is low (%3 of 5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="132" />
        <source>%1 commissions %2 without any collaboration or information tie between them: a contract without a relationship.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="137" />
        <source>%1 is paid per unit by %2 and also decides on access (gatekeeper) %3: more access means more income.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="143" />
        <source>%1 is paid per unit by %2 and receives referrals from itself or its own network %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="146" />
        <source>%1 is paid per unit by %2 with no capped budget %3: nothing limits the volume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="149" />
        <source>%1 is commissioned or funded by %2 but accounts to none of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="159" />
        <source>Shared governance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="161" />
        <source>Lead organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="163" />
        <source>Network administrative organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="165" />
        <source>No clear mode</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="175" />
        <source>Figures: %n actors, density %1 (ties in either direction), degree centralisation %2; the actor with the most ties, %3, is tied to %4 of the others.</source>
        <translation><numerusform>Figures: %n actor, density %1 (ties in either direction), degree centralisation %2; the actor with the most ties, %3, is tied to %4 of the others.</numerusform><numerusform>Figures: %n actors, density %1 (ties in either direction), degree centralisation %2; the actor with the most ties, %3, is tied to %4 of the others.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../FindingText.cpp" line="184" />
        <source>%1 has %n members and does not deliver services itself.</source>
        <translation><numerusform>%1 has %n member and does not deliver services itself.</numerusform><numerusform>%1 has %n members and does not deliver services itself.</numerusform></translation>
    </message>
    <message>
        <location filename="../FindingText.cpp" line="189" />
        <source>%1 is tied to at least half of the others and the network is centralised around it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="193" />
        <source>The network is dense and no actor dominates it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="197" />
        <source>No rule fits: there is no separate coordinating body, no dominant actor, and the network is not dense.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingText.cpp" line="202" />
        <source>This is a heuristic after Provan &amp; Kenis (2008), not a judgement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="126" />
        <source>Governance mode: %1 (heuristic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="130" />
        <source>No role-clarity findings: every check passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="131" />
        <source>Role-clarity findings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="173" />
        <source>Governance mode (heuristic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="182" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="183" />
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="184" />
        <source>Actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="223" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../Labels.cpp" line="11" />
        <source>Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="13" />
        <source>Municipal council</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="15" />
        <source>Director / officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="17" />
        <source>Regional body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="19" />
        <source>Ministry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="21" />
        <source>Umbrella body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="23" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="25" />
        <source>Network organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="27" />
        <source>Access team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="29" />
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="31" />
        <source>Advisor / knowledge centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="33" />
        <source>Insurer / care office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="35" />
        <source>Resident initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="37" />
        <source>Client / advisory council</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="46" />
        <source>commissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="48" />
        <source>funds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="50" />
        <source>accountable to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="52" />
        <source>supervises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="54" />
        <source>refers to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="56" />
        <source>collaborates with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="58" />
        <source>member of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="60" />
        <source>advises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="62" />
        <source>informs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="64" />
        <source>depends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="73" />
        <source>commissioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="75" />
        <source>contractor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="77" />
        <source>director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="79" />
        <source>funder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="81" />
        <source>supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="83" />
        <source>executor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="85" />
        <source>gatekeeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="87" />
        <source>framework setter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="89" />
        <source>advisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="91" />
        <source>network member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="100" />
        <location filename="../Labels.cpp" line="121" />
        <location filename="../Labels.cpp" line="138" />
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="102" />
        <source>contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="104" />
        <source>subsidy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="106" />
        <source>covenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="108" />
        <source>law</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="110" />
        <source>informal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="112" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="123" />
        <source>outcome (the what: effect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="125" />
        <source>output (the what: results)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="127" />
        <source>process (the how)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="129" />
        <source>input (the how: effort)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="140" />
        <source>lump sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="142" />
        <source>capped budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="144" />
        <source>per unit (p × q)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="146" />
        <source>outcome-based</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="148" />
        <source>population-based</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="157" />
        <source>Responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="159" />
        <source>Accountable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="161" />
        <source>Consulted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Labels.cpp" line="163" />
        <source>Informed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../Legend.cpp" line="28" />
        <source>Actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Legend.cpp" line="29" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Legend.cpp" line="30" />
        <source>Group (cluster)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Legend.cpp" line="33" />
        <source>Size: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Legend.cpp" line="37" />
        <source>Colour: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Legend.cpp" line="41" />
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../MetricsText.cpp" line="32" />
        <source>Actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="33" />
        <source>The number of actors on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="34" />
        <source>Density</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="35" />
        <source>Share of all possible ties between two actors that exist (0–1), counting each direction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="36" />
        <source>Reciprocity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="37" />
        <source>Share of ties that are returned: A to B and also B to A (0–1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="38" />
        <source>Degree centralisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="39" />
        <source>How much the ties concentrate on one actor (Freeman, 0–1): 1 is a star around one actor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="40" />
        <source>Betweenness centralisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="41" />
        <source>How much the routes run through one actor (Freeman, 0–1): 1 when one actor brokers everything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="43" />
        <source>Components</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="44" />
        <source>The number of parts not tied to each other at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="45" />
        <source>Strong components</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="46" />
        <source>The number of parts in which everyone reaches everyone following the directions of the ties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="47" />
        <source>Communities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="48" />
        <source>Groups of actors more tied to each other than to the rest (Louvain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="49" />
        <source>Modularity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="50" />
        <source>How clearly the network falls apart into those communities (below 0.3: hardly).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="51" />
        <source>Role clarity index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="52" />
        <source>The average, over the actors that any role-clarity check applies to, of the share of checks they pass (1 = clear).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="55" />
        <source>Decisions with exactly one Accountable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="57" />
        <source>Share of the decisions where exactly one actor is Accountable (RACI).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="66" />
        <source>Betweenness, closeness and harmonic closeness are estimates from %1 sampled actors (Brandes &amp; Pich 2007); betweenness is within ±%2 of the exact value with 95% confidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="25" />
        <source>Main measures per actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="100" />
        <location filename="../MetricsText.cpp" line="77" />
        <location filename="../MetricsXlsx.cpp" line="133" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="100" />
        <location filename="../MetricsText.cpp" line="78" />
        <location filename="../MetricsXlsx.cpp" line="134" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapNotes.cpp" line="122" />
        <source>A selection of the measures: %1. The metrics table (Metrics menu, or speelveld metrics) and the report hold them all; docs/METRICS.md explains each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="115" />
        <source>Governance mode: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsText.cpp" line="118" />
        <source>Role-clarity findings (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="28" />
        <source>In-degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="28" />
        <source>How many actors have a tie to this actor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="30" />
        <source>Out-degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="30" />
        <source>To how many actors this actor has a tie.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="32" />
        <source>In-strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="32" />
        <source>The strengths (1–5) of the incoming ties added up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="34" />
        <source>Out-strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="35" />
        <source>The strengths (1–5) of the outgoing ties added up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="36" />
        <source>Betweenness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="37" />
        <source>Share of the shortest routes between two other actors that pass through this actor (0–1): a broker or a bottleneck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="41" />
        <source>Betweenness (count)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="42" />
        <source>The same, as the number of routes (split where there are several shortest ones).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="44" />
        <source>Closeness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="45" />
        <source>How quickly this actor reaches the others along its ties (0–1), counting only those it can reach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="48" />
        <source>Harmonic closeness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="49" />
        <source>Average of 1/distance to every other actor (0–1); unreachable actors count as 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="51" />
        <source>PageRank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="52" />
        <source>Importance from being tied to by important actors (all actors add up to 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="54" />
        <source>Eigenvector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="55" />
        <source>Importance from incoming ties of actors that are important themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="57" />
        <source>k-core</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="58" />
        <source>The largest k such that this actor belongs to a group where everyone has at least k ties inside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="61" />
        <source>Clustering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="62" />
        <source>Share of this actor's contacts that are tied to each other (0–1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="64" />
        <source>Constraint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="65" />
        <source>Burt: how much this actor's contacts are tied to each other; high means few independent routes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="68" />
        <source>Effective size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="69" />
        <source>Burt: the number of contacts, minus their overlap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="70" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="71" />
        <source>Brokered routes where all three actors are of the same kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="73" />
        <source>Itinerant broker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="74" />
        <source>Brokered routes between two actors of one kind by an actor of another kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="76" />
        <source>Gatekeeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="77" />
        <source>Brokered routes from another kind into this actor's own kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="79" />
        <source>Representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="80" />
        <source>Brokered routes from this actor's own kind out to another kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="82" />
        <source>Liaison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="83" />
        <source>Brokered routes where all three actors are of different kinds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="84" />
        <source>Cut point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="85" />
        <source>1 when removing this actor splits the network: a single point of failure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="87" />
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="88" />
        <source>Number of the connected part this actor is in (0 = the largest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="90" />
        <source>Strong component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="91" />
        <source>Number of the part in which every actor reaches every other along the directions (0 = largest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="94" />
        <source>Community</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="95" />
        <source>Louvain community: actors more tied to each other than to the rest (0 = the largest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="97" />
        <source>Role clarity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MeasureColumns.cpp" line="98" />
        <source>Role-clarity checks passed out of those that apply to this actor (1 = clear).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="158" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="159" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="160" />
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="219" />
        <source>Measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsXlsx.cpp" line="221" />
        <source>Network</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ReportWriter.cpp" line="153" />
        <source>Snapshot: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="154" />
        <source>Snapshot: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="176" />
        <source>Report made with Speelveld on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="178" />
        <source>Faded actors and relations were outside the filter, focus or “show me” that was on when the report was made. The tables hold every actor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="227" />
        <location filename="../ReportWriter.cpp" line="322" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="227" />
        <location filename="../ReportWriter.cpp" line="322" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="229" />
        <source>Actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="230" />
        <source>Density (ties in either direction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="231" />
        <source>Degree centralisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="232" />
        <source>The actor with the most ties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="233" />
        <source>Share of the others it is tied to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="235" />
        <source>Coordinating body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="236" />
        <source>Its members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="244" />
        <source>Governance mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="245" />
        <source>%1 (heuristic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="247" />
        <source>The figures behind it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="249" />
        <source>The three modes (Provan &amp; Kenis 2008)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="250" />
        <source>Shared governance: the members steer the network together and no one is in charge. It works best in a small, dense network with much trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="253" />
        <source>Lead organisation: one member, often the largest or the one that pays, takes the decisions and coordinates the others. Efficient, but the others may feel less ownership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="257" />
        <source>Network administrative organisation: a separate body, set up to coordinate, that the members belong to and that does not deliver services itself. Suits larger networks that need steering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="261" />
        <source>How Speelveld decides: first it looks for a coordinating body that at least three actors are members of and that delivers nothing itself; then for one actor tied to at least half of the others in a centralised network (degree centralisation 0.4 or more); then for a dense network (density 0.25 or more) that no actor dominates. When none fits, it says so. docs/METRICS.md has the details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="273" />
        <source>Role-clarity findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="274" />
        <source>Role clarity index of the network: %1 (1 means every check that applies is passed). Number of findings: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="301" />
        <source>No findings: every role-clarity check passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="303" />
        <source>No findings for: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="313" />
        <source>Measures per actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="314" />
        <source>Every actor with the main measures; “What these numbers mean” below explains each. The metrics table (Metrics menu, or speelveld metrics) holds more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="320" />
        <source>The network as a whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="322" />
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="334" />
        <source>What these numbers mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="342" />
        <source>docs/METRICS.md gives the formula and the source of every measure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="354" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ReportWriter.cpp" line="434" />
        <source>Speelveld report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleConflicts</name>
    <message>
        <location filename="../SetRoleConflictsCommand.cpp" line="9" />
        <source>Change the role-conflict table</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::AttributeTable</name>
    <message>
        <location filename="../AttributeTable.cpp" line="17" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="17" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="28" />
        <source>Add attribute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="29" />
        <source>Remove attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="35" />
        <source>New attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../AttributeTable.cpp" line="35" />
        <source>Name of the attribute:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::Autosave</name>
    <message>
        <location filename="../Autosave.cpp" line="84" />
        <source>The recovery folder %1 cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::ComparisonWindow</name>
    <message>
        <location filename="../ComparisonWindow.cpp" line="78" />
        <source>Compare snapshots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="83" />
        <source>One map, changes marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="84" />
        <source>Side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="86" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="88" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="90" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <source>Which</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="112" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="114" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="124" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="125" />
        <source>Metric changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="290" />
        <source>Marked: added in blue, removed in red, changed in yellow; what stayed the same is faded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ComparisonWindow.cpp" line="370" />
        <source>(the whole network)</source>
        <translation type="unfinished" />
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
    <name>speelveld::gui::ExportDialog</name>
    <message>
        <location filename="../ExportDialog.cpp" line="13" />
        <source>Export the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="15" />
        <source>Printed above the map; leave it empty for none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="16" />
        <source>The legend of actor kinds and relation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="18" />
        <source>The metric table (the main measures of every actor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="20" />
        <source>Printed below the map: in- and out-degree, betweenness, closeness, PageRank and role clarity, as the metrics panel shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="22" />
        <source>The governance mode and the role-clarity findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="24" />
        <source>Printed below the map, in the words of the findings panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="28" />
        <source> dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="30" />
        <source>Dots per inch of the picture: 150 for a screen or a document, 300 for print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="36" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="37" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ExportDialog.cpp" line="40" />
        <source>&amp;Resolution (PNG):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::FilterPanel</name>
    <message>
        <location filename="../FilterPanel.cpp" line="63" />
        <source>name, description or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="65" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="68" />
        <source>Actor &amp;kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="70" />
        <source>&amp;Relation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="72" />
        <source>&amp;Domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="74" />
        <source>T&amp;ags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="80" />
        <source>(no measure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="96" />
        <source>and</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="98" />
        <source>&amp;Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="99" />
        <source>between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="104" />
        <source>&amp;Focus on the selected actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="105" />
        <source>Keeps the actor and its neighbours up to the given number of steps; the rest fades.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="109" />
        <source> step(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="115" />
        <source>&amp;Clear filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="233" />
        <source>(select an actor on the map)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="251" />
        <source>No filter: everything is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FilterPanel.cpp" line="254" />
        <source>Kept: %1 of %2 actors, %3 of %4 relations; the rest is faded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::FindingsPanel</name>
    <message>
        <location filename="../FindingsPanel.cpp" line="28" />
        <source>Double-click or press Enter to show the actors and relations behind a finding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="29" />
        <source>&amp;Show me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="30" />
        <source>Pick out the actors and relations behind this finding; everything else fades.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="32" />
        <source>Show &amp;everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="33" />
        <source>End “show me”: the whole map again (Esc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../FindingsPanel.cpp" line="64" />
        <source>&lt;b&gt;Governance mode: %1&lt;/b&gt; &lt;i&gt;(heuristic)&lt;/i&gt;&lt;br&gt;%2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../FindingsPanel.cpp" line="67" />
        <source>Role clarity index %1 · %n finding(s)</source>
        <translation><numerusform>Role clarity index %1 · %n finding</numerusform><numerusform>Role clarity index %1 · %n findings</numerusform></translation>
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
        <location filename="../MainWindow.cpp" line="109" />
        <source>Move %n actor(s)</source>
        <translation><numerusform>Move %n actor</numerusform><numerusform>Move %n actors</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="148" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="149" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="151" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="153" />
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="156" />
        <source>&amp;Export map…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="158" />
        <source>&amp;Report (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="160" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="162" />
        <source>Make a map from a file of another program: GraphML (yEd, Gephi), GEXF, DOT or Kumu-style CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="164" />
        <source>Export &amp;data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="166" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="169" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="170" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="172" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="179" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="180" />
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="182" />
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="184" />
        <source>&amp;Fit map to window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="189" />
        <source>&amp;Presentation mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="192" />
        <source>&amp;Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="194" />
        <source>Automatic (chosen by size)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="200" />
        <source>Layered (dot): who commissions whom, top to bottom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="201" />
        <source>Spring (neato): related actors close together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="202" />
        <source>Spring with groups (fdp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="203" />
        <source>Large networks (sfdp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="204" />
        <source>Circle (circo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="205" />
        <source>Radial (twopi): rings around the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="219" />
        <source>Lay out &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="222" />
        <source>&amp;Snapshots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="223" />
        <source>&amp;New snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="225" />
        <source>A copy of the shown snapshot under a new name and date, to record how the network stands now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="227" />
        <source>&amp;What-if scenario…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="229" />
        <source>Try a change without touching the real map: a copy to edit freely and compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="230" />
        <source>&amp;Rename snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="231" />
        <source>&amp;Delete snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="233" />
        <source>&amp;Previous snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="239" />
        <source>Ne&amp;xt snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="246" />
        <source>&amp;Compare snapshots…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="249" />
        <source>&amp;Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="250" />
        <source>&amp;Recompute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="252" />
        <source>Use tie &amp;strength as weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="254" />
        <source>Strong ties count as short distances and add more to strength and PageRank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="255" />
        <source>&amp;Ignore directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="257" />
        <source>Treat every tie as two-way: who reaches whom no longer depends on direction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="262" />
        <source>Role-&amp;conflict table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="264" />
        <source>&amp;Export metrics table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="266" />
        <source>&amp;Show everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="271" />
        <source>End “show me”: the whole map again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="273" />
        <source>Se&amp;ttings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="274" />
        <source>&amp;Language…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="276" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="277" />
        <source>&amp;About Speelveld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="279" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="292" />
        <source>Snapshot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="294" />
        <source>The network at a date or under a scenario name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="315" />
        <source>&amp;Select and move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="316" />
        <source>&amp;Add actors (click on the map)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="317" />
        <source>&amp;Connect actors (drag from one to another)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="318" />
        <source>Click on an empty spot to add an actor of the chosen kind. Double-clicking an empty spot also adds one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="320" />
        <source>Drag from one actor to another and pick the relation type. Shift-drag does the same with any tool.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="330" />
        <source>Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="331" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="332" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="340" />
        <source>&amp;Rename actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="342" />
        <source>&amp;Delete selected actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="344" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="345" />
        <source>Select a&amp;ll actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="354" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="359" />
        <source>The kind of actor a click adds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="376" />
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="386" />
        <source>Properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="394" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="397" />
        <source>&lt;opened&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="403" />
        <source>Decisions (RACI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="412" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="428" />
        <source>Filter and focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="436" />
        <source>&amp;Find actors…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="447" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="464" />
        <source>Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="492" />
        <source>Cancelled; the figures are from before the last edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="494" />
        <source>The metrics could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="499" />
        <source>Read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="507" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="566" />
        <source>Restored the work of %1. Save it to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="579" />
        <source>a map that was never saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="580" />
        <source>Restore unsaved work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="581" />
        <source>Speelveld stopped on %1 while %2 had changes that were not saved. Restore them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="584" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="585" />
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="586" />
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="591" />
        <source>Cannot restore the work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="612" />
        <source>%1 is read-only: you can change the map and save it under another name (Save as).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="722" />
        <source>Up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="826" />
        <source>What-if scenario, forked from “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="830" />
        <source>What-if scenario “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="830" />
        <source>New snapshot “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="841" />
        <source>What if: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="843" />
        <source>What-if scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="843" />
        <source>New snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="844" />
        <source>Name of the new snapshot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="859" />
        <source>Rename snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="859" />
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="867" />
        <source>Rename snapshot to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="878" />
        <source>Delete snapshot “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="936" />
        <source>Export the metrics table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="949" />
        <location filename="../MainWindow.cpp" line="960" />
        <source>Cannot export the metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="991" />
        <source>Laying out with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1013" />
        <source>The layout failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1020" />
        <source>Lay out with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1035" />
        <source>Laid out with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1045" />
        <source>Layout cancelled; the map keeps its places.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="1060" />
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="1061" />
        <source>%n relation(s)</source>
        <translation><numerusform>%n relation</numerusform><numerusform>%n relations</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1066" />
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1068" />
        <source>[read-only]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1084" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1084" />
        <source>The map has changes that are not saved yet. Save them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1108" />
        <source>Open a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1115" />
        <source>Cannot open the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1134" />
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1144" />
        <location filename="../MainWindow.cpp" line="1162" />
        <source>Cannot save the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1155" />
        <source>Save the map as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1155" />
        <source>Speelveld projects (*.speelveld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1176" />
        <source>Export the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1178" />
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG picture (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="947" />
        <location filename="../MainWindow.cpp" line="963" />
        <location filename="../MainWindow.cpp" line="1199" />
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="105" />
        <source>Autosave failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="938" />
        <source>CSV table (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1109" />
        <source>Speelveld projects (*.speelveld);;Speelveld JSON (*.json);;Files of other programs (*.graphml *.gexf *.dot *.gv *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1196" />
        <source>Cannot export the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1223" />
        <source>Write the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1226" />
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1230" />
        <source>Writing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1233" />
        <source>Cannot write the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1236" />
        <source>Report written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1269" />
        <source>The system's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1273" />
        <location filename="../MainWindow.cpp" line="1279" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1273" />
        <source>Speelveld speaks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1280" />
        <source>Speelveld speaks %1 from the next start. Your map stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1285" />
        <source>About Speelveld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1286" />
        <source>Speelveld maps the governance network of the social domain: who holds which role, who depends on whom, and where roles are unclear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="782" />
        <source>There is no map to edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="795" />
        <source>This change cannot be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="37" />
        <source>Read %1 as %2: %3 actors, %4 relations, %5 groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="43" />
        <source>Relations from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="46" />
        <source>Mapped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="49" />
        <source>Kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="52" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="69" />
        <source>Import a file of another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="70" />
        <source>Network files (*.graphml *.gexf *.dot *.gv *.csv *.tsv *.txt);;GraphML (*.graphml);;GEXF (*.gexf);;DOT (*.dot *.gv);;Kumu CSV: the elements file (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="81" />
        <source>The connections file (Cancel: actors only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="82" />
        <source>CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="93" />
        <location filename="../MainWindowInterop.cpp" line="98" />
        <source>Cannot import the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="100" />
        <source>Headings of your own can be mapped, for example Organisatie=label,Soort=type,Van=from,Naar=to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="107" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="108" />
        <source>The map is not saved yet: Save (Ctrl+S) keeps it as a Speelveld project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="117" />
        <source>%1: Speelveld cannot tell the format from the name. End it in .graphml, .gexf, .dot, .json, .csv or .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="133" />
        <source>Export the network as data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="136" />
        <source>GraphML for Gephi and yEd (*.graphml);;GEXF for Gephi (*.gexf);;DOT for Graphviz (*.dot);;CSV for Kumu and spreadsheets: NAME.csv and NAME-connections.csv (*.csv);;Speelveld JSON (*.json);;Excel workbook of the measures (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="154" />
        <source>Cannot export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="157" />
        <source>Wrote %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindowInterop.cpp" line="157" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::MapEditor</name>
    <message>
        <location filename="../MapEditor.cpp" line="26" />
        <source>Relation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="77" />
        <source>New %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="81" />
        <source>Add “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="99" />
        <source>Connect “%1” to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="114" />
        <source>Delete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../MapEditor.cpp" line="115" />
        <source>Delete %n actor(s)</source>
        <translation><numerusform>Delete %n actor</numerusform><numerusform>Delete %n actors</numerusform></translation>
    </message>
    <message>
        <location filename="../MapEditor.cpp" line="183" />
        <source>Rename to “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::MetricsModel</name>
    <message>
        <location filename="../MetricsModel.cpp" line="103" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsModel.cpp" line="103" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::MetricsPanel</name>
    <message>
        <location filename="../MetricsPanel.cpp" line="43" />
        <source>Click a column title to sort; hover over it for what the measure means.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="47" />
        <source>Whole network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="47" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="70" />
        <source>(nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="79" />
        <source>Draw actors larger the higher this measure is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="80" />
        <source>Colour actors from light to dark blue by this measure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="86" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="87" />
        <source>Stop computing; the table keeps the last figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="96" />
        <source>Size by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="99" />
        <source>Colour by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MetricsPanel.cpp" line="155" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::Presentation</name>
    <message>
        <location filename="../Presentation.cpp" line="460" />
        <source>Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Presentation.cpp" line="463" />
        <location filename="../Presentation.cpp" line="468" />
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Presentation.cpp" line="465" />
        <source>Step %1 of %2: relations “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Presentation.cpp" line="483" />
        <source>%1, with its direct relations and the actors at their other ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Presentation.cpp" line="493" />
        <source>%1. Next step: → or Page Down; back: ←; leave: Esc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Presentation.cpp" line="505" />
        <source>Between the actors shown; the line's colour, dashes and arrowhead mark the type.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::PropertiesPanel</name>
    <message>
        <location filename="../PropertiesPanel.cpp" line="62" />
        <source>Choose an actor on the map to see and change its properties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="85" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="89" />
        <source>Rename to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="96" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="99" />
        <source>Make it a %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="105" />
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="107" />
        <source>words separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="108" />
        <source>&amp;Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="111" />
        <source>Change tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="115" />
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="115" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="120" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="122" />
        <source>Add role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="123" />
        <source>Remove role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="124" />
        <source>New domain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="125" />
        <source>A policy field in which roles and relations hold, such as Jeugd or Wmo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="137" />
        <source>Remove a role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="142" />
        <location filename="../PropertiesPanel.cpp" line="475" />
        <source>New domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="142" />
        <source>Name of the domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="149" />
        <location filename="../PropertiesPanel.cpp" line="265" />
        <source>Other attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="156" />
        <source>Double-click a relation to see and change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="157" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="163" />
        <source>Delete actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="164" />
        <source>Removes the actor with its relations, roles and RACI lines (Del). Undo brings everything back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="172" />
        <source>Delete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="184" />
        <source>Between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="189" />
        <source>&amp;Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="192" />
        <source>Relation type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="195" />
        <source>&amp;Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="198" />
        <source>Relation domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="202" />
        <source>1 weak … 5 strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="203" />
        <source>&amp;Strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="206" />
        <source>Strength %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="209" />
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="213" />
        <source>1 little trust … 5 much trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="214" />
        <source>T&amp;rust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="217" />
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="221" />
        <source>Formal &amp;basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="224" />
        <source>Formal basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="228" />
        <source>Steers on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="231" />
        <source>Steering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="235" />
        <source>&amp;Financing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="238" />
        <source>Financing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="245" />
        <source>YYYY-MM-DD, or empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="248" />
        <source>Valid &amp;from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="249" />
        <source>Valid &amp;until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="252" />
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="256" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="262" />
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="264" />
        <source>What an imported file said of this relation that has no field above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="270" />
        <source>Reverse direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="271" />
        <source>Delete relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="272" />
        <source>Back to the actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="278" />
        <source>Reverse a relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="284" />
        <source>Delete a relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="335" />
        <source>(no domain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="461" />
        <source>Change a role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="476" />
        <source>A role holds in a domain, and this map has none yet. Name of the first domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="484" />
        <source>Add a role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="494" />
        <source>Add domain “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="151" />
        <location filename="../PropertiesPanel.cpp" line="267" />
        <source>Change attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="511" />
        <source>Change the description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../PropertiesPanel.cpp" line="517" />
        <source>Change the note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::RoleConflictDialog</name>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="16" />
        <source>Role-conflict table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="34" />
        <source>Tick when one actor should not be both %1 and %2 in one domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="45" />
        <source>&amp;Default table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="46" />
        <source>The five pairs every project starts with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../RoleConflictDialog.cpp" line="51" />
        <source>A tick means: an actor that holds both roles in the same domain is a finding (RC1 role conflict).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
