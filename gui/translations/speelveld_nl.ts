<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../Legend.cpp" line="27" />
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="28" />
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../Legend.cpp" line="29" />
        <source>Group (cluster)</source>
        <translation>Groep (cluster)</translation>
    </message>
</context>
<context>
    <name>speelveld::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="48" />
        <source>Move %n actor(s)</source>
        <translation><numerusform>%n actor verplaatsen</numerusform><numerusform>%n actoren verplaatsen</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="70" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="71" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="73" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="75" />
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="78" />
        <source>&amp;Export map…</source>
        <translation>Kaart &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="81" />
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="84" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="85" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="87" />
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="92" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="93" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="95" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="97" />
        <source>&amp;Fit map to window</source>
        <translation>Kaart &amp;passend in venster</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="100" />
        <source>&amp;Layout</source>
        <translation>&amp;Indeling</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="102" />
        <source>Automatic (chosen by size)</source>
        <translation>Automatisch (naar grootte gekozen)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="108" />
        <source>Layered (dot): who commissions whom, top to bottom</source>
        <translation>In lagen (dot): wie geeft wie opdracht, van boven naar beneden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="109" />
        <source>Spring (neato): related actors close together</source>
        <translation>Veren (neato): verbonden actoren dicht bij elkaar</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="110" />
        <source>Spring with groups (fdp)</source>
        <translation>Veren met groepen (fdp)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="111" />
        <source>Large networks (sfdp)</source>
        <translation>Grote netwerken (sfdp)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="112" />
        <source>Circle (circo)</source>
        <translation>Cirkel (circo)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="113" />
        <source>Radial (twopi): rings around the centre</source>
        <translation>Radiaal (twopi): ringen rond het midden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="127" />
        <source>Lay out &amp;again</source>
        <translation>Opnieuw &amp;indelen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="130" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="131" />
        <source>&amp;About Speelveld</source>
        <translation>&amp;Over Speelveld</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="133" />
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="146" />
        <source>Snapshot:</source>
        <translation>Momentopname:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="148" />
        <source>The network at a date or under a scenario name</source>
        <translation>Het netwerk op een datum of in een scenario</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="160" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="176" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="274" />
        <source>Laying out with %1…</source>
        <translation>Indelen met %1…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="295" />
        <source>The layout failed: %1</source>
        <translation>Het indelen is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="309" />
        <source>Lay out with %1</source>
        <translation>Indelen met %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="317" />
        <source>Laid out with %1.</source>
        <translation>Ingedeeld met %1.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="326" />
        <source>Layout cancelled; the map keeps its places.</source>
        <translation>Indelen geannuleerd; de kaart houdt haar plaatsen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="341" />
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actoren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="342" />
        <source>%n relation(s)</source>
        <translation><numerusform>%n relatie</numerusform><numerusform>%n relaties</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="347" />
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="363" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="363" />
        <source>The map has changes that are not saved yet. Save them?</source>
        <translation>De kaart heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="386" />
        <source>Open a map</source>
        <translation>Een kaart openen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="387" />
        <source>Speelveld projects (*.speelveld);;Speelveld JSON (*.json);;All files (*)</source>
        <translation>Speelveld-projecten (*.speelveld);;Speelveld-JSON (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="392" />
        <source>Cannot open the map</source>
        <translation>De kaart kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="408" />
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="418" />
        <location filename="../MainWindow.cpp" line="436" />
        <source>Cannot save the map</source>
        <translation>De kaart kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="429" />
        <source>Save the map as</source>
        <translation>De kaart opslaan als</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="429" />
        <source>Speelveld projects (*.speelveld)</source>
        <translation>Speelveld-projecten (*.speelveld)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="450" />
        <source>Export the map</source>
        <translation>De kaart exporteren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="452" />
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG picture (*.png)</source>
        <translation>SVG-tekening (*.svg);;PDF-document (*.pdf);;PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="467" />
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="469" />
        <source>Cannot export the map</source>
        <translation>De kaart kan niet worden geëxporteerd</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="475" />
        <source>About Speelveld</source>
        <translation>Over Speelveld</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="476" />
        <source>Speelveld maps the governance network of the social domain: who holds which role, who depends on whom, and where roles are unclear.</source>
        <translation>Speelveld brengt het netwerk van het sociaal domein in kaart: wie welke rol heeft, wie van wie afhankelijk is, en waar rollen onduidelijk zijn.</translation>
    </message>
</context>
</TS>
