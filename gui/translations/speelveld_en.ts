<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../Legend.cpp" line="27" />
        <source>Actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Legend.cpp" line="28" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../Legend.cpp" line="29" />
        <source>Group (cluster)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>speelveld::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="48" />
        <source>Move %n actor(s)</source>
        <translation><numerusform>Move %n actor</numerusform><numerusform>Move %n actors</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="70" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="71" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="73" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="75" />
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="78" />
        <source>&amp;Export map…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="81" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="84" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="85" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="87" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="92" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="93" />
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="95" />
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="97" />
        <source>&amp;Fit map to window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="100" />
        <source>&amp;Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="102" />
        <source>Automatic (chosen by size)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="108" />
        <source>Layered (dot): who commissions whom, top to bottom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="109" />
        <source>Spring (neato): related actors close together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="110" />
        <source>Spring with groups (fdp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="111" />
        <source>Large networks (sfdp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="112" />
        <source>Circle (circo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="113" />
        <source>Radial (twopi): rings around the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="127" />
        <source>Lay out &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="130" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="131" />
        <source>&amp;About Speelveld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="133" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="146" />
        <source>Snapshot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="148" />
        <source>The network at a date or under a scenario name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="160" />
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="176" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="274" />
        <source>Laying out with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="295" />
        <source>The layout failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="309" />
        <source>Lay out with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="317" />
        <source>Laid out with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="326" />
        <source>Layout cancelled; the map keeps its places.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="341" />
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="342" />
        <source>%n relation(s)</source>
        <translation><numerusform>%n relation</numerusform><numerusform>%n relations</numerusform></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="347" />
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="363" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="363" />
        <source>The map has changes that are not saved yet. Save them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="386" />
        <source>Open a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="387" />
        <source>Speelveld projects (*.speelveld);;Speelveld JSON (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="392" />
        <source>Cannot open the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="408" />
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="418" />
        <location filename="../MainWindow.cpp" line="436" />
        <source>Cannot save the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="429" />
        <source>Save the map as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="429" />
        <source>Speelveld projects (*.speelveld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="450" />
        <source>Export the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="452" />
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG picture (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="467" />
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="469" />
        <source>Cannot export the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="475" />
        <source>About Speelveld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="476" />
        <source>Speelveld maps the governance network of the social domain: who holds which role, who depends on whom, and where roles are unclear.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
