<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>Map customer journeys along the AIDA(LA) phases: touchpoints from a catalogue, links, emotions, KPIs, findings and a PDF blueprint for management. Works offline.</source>
        <translation>Customer Journeys entlang der AIDA(LA)-Phasen abbilden: Touchpoints aus einem Katalog, Verbindungen, Emotionen, KPIs, Hinweise und ein PDF-Blueprint für die Geschäftsführung. Funktioniert offline.</translation>
    </message>
    <message>
        <source>Licence: GPL 3.0 or later. Built with Qt %1 (LGPL).</source>
        <translation>Lizenz: GPL 3.0 oder neuer. Erstellt mit Qt %1 (LGPL).</translation>
    </message>
    <message>
        <source>About journeymap</source>
        <translation>Über journeymap</translation>
    </message>
</context>
<context>
    <name>Blueprint</name>
    <message>
        <source>Owner (who does this?)</source>
        <translation>Verantwortlich (wer macht das?)</translation>
    </message>
    <message>
        <source>Texts, one per line</source>
        <translation>Texte, einer je Zeile</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Enter or F2 to write</source>
        <translation>Enter oder F2 zum Schreiben</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundenaktion</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Interne Interaktionslinie</translation>
    </message>
    <message>
        <source>No touchpoint in this phase yet: drag one from the catalogue here or onto its lane on the map.</source>
        <translation>In dieser Phase gibt es noch keinen Touchpoint: Ziehen Sie einen aus dem Katalog hierher oder auf ihre Bahn in der Karte.</translation>
    </message>
    <message>
        <source>No touchpoint in this phase yet</source>
        <translation>In dieser Phase noch kein Touchpoint</translation>
    </message>
    <message>
        <source>Enter: choose one in the catalogue.</source>
        <translation>Eingabetaste: einen im Katalog auswählen.</translation>
    </message>
    <message>
        <source>What the customer sees or holds here, one per line</source>
        <translation>Was der Kunde hier sieht oder in der Hand hält, eines je Zeile</translation>
    </message>
    <message>
        <source>The touchpoint: what the customer does</source>
        <translation>Der Touchpoint: was der Kunde tut</translation>
    </message>
    <message>
        <source>What staff and systems do in view of the customer, one step per line</source>
        <translation>Was Mitarbeitende und Systeme sichtbar für den Kunden tun, ein Schritt je Zeile</translation>
    </message>
    <message>
        <source>What happens behind the scenes for it, one per line</source>
        <translation>Was dafür im Hintergrund geschieht, eines je Zeile</translation>
    </message>
    <message>
        <source>Internal processes and systems that support it, one per line</source>
        <translation>Interne Prozesse und Systeme, die es tragen, eines je Zeile</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>(empty: Enter or F2 to write)</source>
        <translation>(leer: Enter oder F2 zum Schreiben)</translation>
    </message>
</context>
<context>
    <name>BlueprintDelegate</name>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n Chance</numerusform>
            <numerusform>%n Chancen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlueprintRows</name>
    <message>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>What the customer sees or holds, one per line</source>
        <translation>Was der Kunde sieht oder in der Hand hält, eines je Zeile</translation>
    </message>
    <message>
        <source>What staff and systems do in view of the customer</source>
        <translation>Was Mitarbeitende und Systeme sichtbar für den Kunden tun</translation>
    </message>
    <message>
        <source>What happens behind the scenes for it</source>
        <translation>Was dafür im Hintergrund geschieht</translation>
    </message>
    <message>
        <source>Internal processes and systems behind it</source>
        <translation>Interne Prozesse und Systeme dahinter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Owner of %1</source>
        <translation>Verantwortlich für %1</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Rename touchpoint</source>
        <translation>Touchpoint umbenennen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>How the customer feels at each touchpoint, from −2 (very unhappy) to +2 (very happy)</source>
        <translation>Wie sich der Kunde an jedem Touchpoint fühlt, von −2 (sehr unzufrieden) bis +2 (sehr zufrieden)</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Loop-back</source>
        <translation>Rückführung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Drag to another card to link them</source>
        <translation>Auf eine andere Karte ziehen, um beide zu verbinden</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>CardAnnouncer</name>
    <message>
        <source>not assessed yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>very unhappy (−2)</source>
        <translation>sehr unzufrieden (−2)</translation>
    </message>
    <message>
        <source>unhappy (−1)</source>
        <translation>unzufrieden (−1)</translation>
    </message>
    <message>
        <source>neutral (0)</source>
        <translation>neutral (0)</translation>
    </message>
    <message>
        <source>happy (+1)</source>
        <translation>zufrieden (+1)</translation>
    </message>
    <message>
        <source>very happy (+2)</source>
        <translation>sehr zufrieden (+2)</translation>
    </message>
    <message>
        <source>no KPIs</source>
        <translation>keine KPIs</translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing the target</source>
        <translation>
            <numerusform>%n verfehlt das Ziel</numerusform>
            <numerusform>%n verfehlen das Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>all meeting the target</source>
        <translation>alle im Ziel</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 eingehend, %2 ausgehend</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Emotion: %1</source>
        <translation>Emotion: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Analogue touchpoint</source>
        <translation>Analoger Touchpoint</translation>
    </message>
    <message>
        <source>Digital touchpoint</source>
        <translation>Digitaler Touchpoint</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n Pain Point</numerusform>
            <numerusform>%n Pain Points</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoint %1 of %2</source>
        <translation>Touchpoint %1 von %2</translation>
    </message>
    <message>
        <source>Link from %1 to %2</source>
        <translation>Verbindung von %1 zu %2</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab or the arrow keys go from touchpoint to touchpoint; Alt+arrow keys move the selected ones; Ctrl+L links the selected touchpoint to another.</source>
        <translation>Mit Tab oder den Pfeiltasten gehen Sie von Touchpoint zu Touchpoint; Alt+Pfeiltasten verschieben die ausgewählten; Strg+L verbindet den ausgewählten Touchpoint mit einem anderen.</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey-Karte</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n Touchpoint ausgewählt</numerusform>
            <numerusform>%n Touchpoints ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n Chance</numerusform>
            <numerusform>%n Chancen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDock</name>
    <message>
        <source>Touchpoint catalogue</source>
        <translation>Touchpoint-Katalog</translation>
    </message>
    <message>
        <source>Search touchpoints…</source>
        <translation>Touchpoints suchen …</translation>
    </message>
    <message>
        <source>Drag a touchpoint onto a lane, or double-click it to add it to the selected lane.</source>
        <translation>Ziehen Sie einen Touchpoint auf eine Phase oder doppelklicken Sie ihn, um ihn der gewählten Phase hinzuzufügen.</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Digital and analogue</source>
        <translation>Digital und analog</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Analogue</source>
        <translation>Analog</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Show the touchpoints for a phase</source>
        <translation>Touchpoints für eine Phase zeigen</translation>
    </message>
    <message>
        <source>Show digital or analogue touchpoints</source>
        <translation>Digitale oder analoge Touchpoints zeigen</translation>
    </message>
    <message>
        <source>Enter or a double-click adds the touchpoint to the selected lane.</source>
        <translation>Eingabetaste oder Doppelklick fügt den Touchpoint der gewählten Phase hinzu.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>analogue</source>
        <translation>analog</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>Passt zu: %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint hinzufügen</numerusform>
            <numerusform>%n Touchpoints hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>This would take the journey past %1 touchpoints, the most one journey can hold.</source>
        <translation>Damit hätte die Journey mehr als %1 Touchpoints – mehr fasst eine Journey nicht.</translation>
    </message>
    <message>
        <source>This would take the journey past %1 links, the most one journey can hold.</source>
        <translation>Damit hätte die Journey mehr als %1 Verbindungen – mehr fasst eine Journey nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint löschen</numerusform>
            <numerusform>%n Touchpoints löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint verschieben</numerusform>
            <numerusform>%n Touchpoints verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Touchpoint bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint bearbeiten</numerusform>
            <numerusform>%n Touchpoints bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit journey properties</source>
        <translation>Journey-Eigenschaften ändern</translation>
    </message>
    <message>
        <source>Edit phases</source>
        <translation>Phasen ändern</translation>
    </message>
    <message>
        <source>Answer the needs questions</source>
        <translation>Bedarfsfragen beantworten</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Personas umordnen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 auf der Festplatte</translation>
    </message>
    <message>
        <source>Merge from</source>
        <translation>Zusammenführen aus</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Nichts zusammenzuführen</translation>
    </message>
    <message>
        <source>“%1” has no changes that this journey lacks.</source>
        <translation>„%1“ enthält keine Änderungen, die dieser Journey fehlen.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %1; where both changed the same thing, your version was kept (%n time(s)).</source>
        <translation>
            <numerusform>Aus %1 zusammengeführt; wo beide dasselbe geändert hatten, blieb Ihre Fassung (%n Mal).</numerusform>
            <numerusform>Aus %1 zusammengeführt; wo beide dasselbe geändert hatten, blieb Ihre Fassung (%n Mal).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged from %1.</source>
        <translation>Aus %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Save as to-be version</source>
        <translation>Als Soll-Version speichern</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>CompareLayer</name>
    <message>
        <source>Only in the other version</source>
        <translation>Nur in der anderen Fassung</translation>
    </message>
    <message>
        <source>Not in the other version</source>
        <translation>Fehlt in der anderen Fassung</translation>
    </message>
    <message>
        <source>Changed in the other version</source>
        <translation>In der anderen Fassung geändert</translation>
    </message>
</context>
<context>
    <name>DifferencesDock</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Fehlt in %1</translation>
    </message>
    <message>
        <source>Changed in %1</source>
        <translation>In %1 geändert</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Merge from This File…</source>
        <translation>Aus dieser Datei zusammenführen …</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>No differences to %1.</source>
        <translation>Keine Unterschiede zu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) to %1: + only there, − not there, Δ changed there.</source>
        <translation>
            <numerusform>%n Unterschied zu %1: + nur dort, − fehlt dort, Δ dort geändert.</numerusform>
            <numerusform>%n Unterschiede zu %1: + nur dort, − fehlt dort, Δ dort geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message numerus="yes">
        <source>Cut %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint ausschneiden</numerusform>
            <numerusform>%n Touchpoints ausschneiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <source>The clipboard does not hold touchpoints journeymap can use.</source>
        <translation>Die Zwischenablage enthält keine Touchpoints, die journeymap verwenden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint einfügen</numerusform>
            <numerusform>%n Touchpoints einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Very unhappy (−2)</source>
        <translation>Sehr unzufrieden (−2)</translation>
    </message>
    <message>
        <source>Unhappy (−1)</source>
        <translation>Unzufrieden (−1)</translation>
    </message>
    <message>
        <source>Neutral (0)</source>
        <translation>Neutral (0)</translation>
    </message>
    <message>
        <source>Happy (+1)</source>
        <translation>Zufrieden (+1)</translation>
    </message>
    <message>
        <source>Very happy (+2)</source>
        <translation>Sehr zufrieden (+2)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet. Save them?</source>
        <translation>„%1“ enthält Änderungen, die noch nicht gespeichert sind. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Journey öffnen</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The journey could not be opened.</source>
        <translation>Die Journey konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Journey speichern unter</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>The autosaved journey could not be read.</source>
        <translation>Die automatisch gesicherte Journey konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The journey was not saved; your changes are still open.</source>
        <translation>Die Journey wurde nicht gespeichert; Ihre Änderungen sind weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>journey</translation>
    </message>
    <message>
        <source>Journeys (*.journey)</source>
        <translation>Journeys (*.journey)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save it under another name.</source>
        <translation>Speichern Sie sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” is write-protected: you can edit the journey and save it as a copy.</source>
        <translation>„%1“ ist schreibgeschützt: Sie können die Journey bearbeiten und als Kopie speichern.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: you can edit the journey and save it as a copy.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet: Sie können die Journey bearbeiten und als Kopie speichern.</translation>
    </message>
    <message>
        <source>“%1” was deleted or renamed on disk; saving creates it again.</source>
        <translation>„%1“ wurde auf der Festplatte gelöscht oder umbenannt; beim Speichern wird die Datei neu angelegt.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern …</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by someone else; saving asks before overwriting it.</source>
        <translation>„%1“ wurde auf der Festplatte von jemand anderem geändert; Speichern fragt vor dem Überschreiben.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by someone else.</source>
        <translation>„%1“ wurde auf der Festplatte von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload (Drop My Changes)</source>
        <translation>Neu laden (meine Änderungen verwerfen)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>you, in another journeymap window on this computer</source>
        <translation>Ihnen, in einem anderen journeymap-Fenster auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 auf diesem Computer</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>einer anderen Person</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>einem anderen Computer</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>“%1” is already open in journeymap.</source>
        <translation>„%1“ ist bereits in journeymap geöffnet.</translation>
    </message>
    <message>
        <source>Opened by %1.</source>
        <translation>Geöffnet von %1.</translation>
    </message>
    <message>
        <source>If two people edit it at the same time, one of them loses work. Open it read-only to look at it, or open a copy to work on separately. Open it anyway only if the other editor is no longer running.</source>
        <translation>Wenn zwei Personen gleichzeitig daran arbeiten, geht die Arbeit einer Person verloren. Öffnen Sie die Datei schreibgeschützt, um sie anzusehen, oder öffnen Sie eine Kopie, um getrennt weiterzuarbeiten. Öffnen Sie sie trotzdem nur, wenn der andere Editor nicht mehr läuft.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Datei wird bereits bearbeitet</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Kopie öffnen</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it, by another program or person.</source>
        <translation>„%1“ wurde auf der Festplatte geändert, seit Sie die Datei geöffnet haben – von einem anderen Programm oder einer anderen Person.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save as Copy…</source>
        <translation>Als Kopie speichern …</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>“%1” is write-protected; it belongs to %2.</source>
        <translation>„%1“ ist schreibgeschützt; die Datei gehört %2.</translation>
    </message>
    <message>
        <source>“%1” is write-protected.</source>
        <translation>„%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Replace it with your version anyway? The new file will belong to you.</source>
        <translation>Trotzdem durch Ihre Fassung ersetzen? Die neue Datei gehört dann Ihnen.</translation>
    </message>
    <message>
        <source>Write-protected file</source>
        <translation>Schreibgeschützte Datei</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Saving now would overwrite those changes. Reload the file (your unsaved changes are lost), save your version as a copy, overwrite the file with your version, or compare the two first.</source>
        <translation>Wenn Sie jetzt speichern, gehen diese Änderungen verloren. Laden Sie die Datei neu (Ihre ungespeicherten Änderungen gehen verloren), speichern Sie Ihre Fassung als Kopie, überschreiben Sie die Datei mit Ihrer Fassung, oder vergleichen Sie zuerst beide.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Nothing to check: the journey has no gaps, dead ends or open loops.</source>
        <translation>Nichts zu prüfen: Die Journey hat keine Lücken, Sackgassen oder offenen Kreisläufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Click one to show it on the map.</source>
        <translation>
            <numerusform>%n Hinweis. Klicken Sie darauf, um ihn auf der Karte zu zeigen.</numerusform>
            <numerusform>%n Hinweise. Klicken Sie auf einen, um ihn auf der Karte zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Enter or a click shows the finding on the map</source>
        <translation>Eingabetaste oder ein Klick zeigt den Hinweis auf der Karte</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Mermaid journeys (%1)</source>
        <translation>Mermaid-Journeys (%1)</translation>
    </message>
    <message>
        <source>CSV of touchpoints (*.csv)</source>
        <translation>CSV mit Touchpoints (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import journey</source>
        <translation>Journey importieren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n touchpoint(s)</source>
        <translation>
            <numerusform>%1 importiert: %n Touchpoint</numerusform>
            <numerusform>%1 importiert: %n Touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export PNG picture</source>
        <translation>PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export SVG picture</source>
        <translation>SVG-Grafik exportieren</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Mermaid journey</source>
        <translation>Mermaid-Journey exportieren</translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd *.mermaid)</source>
        <translation>Mermaid-Journeys (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>The file was not exported.</source>
        <translation>Die Datei wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>journey</translation>
    </message>
    <message>
        <source>Mermaid journeys, CSV files and Excel workbooks (%1)</source>
        <translation>Mermaid-Journeys, CSV-Dateien und Excel-Arbeitsmappen (%1)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>(read as %1)</source>
        <translation>(gelesen als %1)</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Select a single touchpoint or link to edit its details.</source>
        <translation>Wählen Sie einen einzelnen Touchpoint oder eine einzelne Verbindung aus, um die Details zu bearbeiten.</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Touchpoint umbenennen</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Change direct/indirect</source>
        <translation>Direkt/indirekt ändern</translation>
    </message>
    <message>
        <source>Change digital/analogue</source>
        <translation>Digital/analog ändern</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Emotion festlegen</translation>
    </message>
    <message>
        <source>Edit emotion note</source>
        <translation>Begründung der Emotion bearbeiten</translation>
    </message>
    <message>
        <source>Edit pain points</source>
        <translation>Pain Points bearbeiten</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Verantwortliche bearbeiten</translation>
    </message>
    <message>
        <source>Edit KPIs</source>
        <translation>KPIs bearbeiten</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Touchpoint bearbeiten</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Select a touchpoint or a link on the map to see and edit its details here.</source>
        <translation>Wählen Sie auf der Karte einen Touchpoint oder eine Verbindung aus, um die Details hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 and %2 selected.</source>
        <translation>%1 und %2 ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected.</source>
        <translation>
            <numerusform>%n Touchpoint ausgewählt.</numerusform>
            <numerusform>%n Touchpoints ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected.</source>
        <translation>
            <numerusform>%n Verbindung ausgewählt.</numerusform>
            <numerusform>%n Verbindungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoint details</source>
        <translation>Details des Touchpoints</translation>
    </message>
    <message>
        <source>What you set below applies to all of them; select a single touchpoint to edit the rest.</source>
        <translation>Was Sie unten einstellen, gilt für alle; für die übrigen Angaben wählen Sie einen einzelnen Touchpoint.</translation>
    </message>
    <message>
        <source>Take an opportunity off a touchpoint</source>
        <translation>Chance von einem Touchpoint lösen</translation>
    </message>
    <message>
        <source>Edit service blueprint</source>
        <translation>Service Blueprint bearbeiten</translation>
    </message>
</context>
<context>
    <name>KitExportJob</name>
    <message>
        <source>Print workshop kit</source>
        <translation>Workshop-Kit drucken</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>„%1“ wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben …</translation>
    </message>
    <message>
        <source>Cannot write the workshop kit</source>
        <translation>Workshop-Kit nicht geschrieben</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>Das PDF wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop kit written to %1 (%2)</source>
        <translation>Workshop-Kit in %1 geschrieben (%2)</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>New KPI</source>
        <translation>Neue KPI</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Is a higher or a lower value better?</source>
        <translation>Ist ein höherer oder ein niedrigerer Wert besser?</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Typical KPIs</source>
        <translation>Typische KPIs</translation>
    </message>
    <message>
        <source>Add a KPI the catalogue suggests for this touchpoint</source>
        <translation>Eine KPI hinzufügen, die der Katalog für diesen Touchpoint vorschlägt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>KPIs of the touchpoint</source>
        <translation>KPIs des Touchpoints</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>Von „%1“ nach „%2“</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>e.g. “asks for a quote”</source>
        <translation>z. B. „fragt ein Angebot an“</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Loop back</source>
        <translation>Rückführung</translation>
    </message>
    <message>
        <source>Step: the usual next contact (solid arrow). Alternative: another possible route (dashed). Loop back: the journey starts again, e.g. a recommendation brings a new customer (dotted).</source>
        <translation>Schritt: der übliche nächste Kontakt (durchgezogener Pfeil). Alternative: ein anderer möglicher Weg (gestrichelt). Rückführung: Die Journey beginnt von vorn, z. B. bringt eine Empfehlung einen neuen Kunden (gepunktet).</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <source>Link “%1” to…</source>
        <translation>„%1“ verbinden mit …</translation>
    </message>
    <message>
        <source>&amp;Search by label or phase:</source>
        <translation>&amp;Suchen nach Bezeichnung oder Phase:</translation>
    </message>
    <message>
        <source>e.g. Website or Kaufphase</source>
        <translation>z. B. Website oder Kaufphase</translation>
    </message>
    <message>
        <source>&amp;Touchpoints by phase:</source>
        <translation>&amp;Touchpoints nach Phase:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1 (linked already)</source>
        <translation>%1 (schon verbunden)</translation>
    </message>
</context>
<context>
    <name>LinkToController</name>
    <message>
        <source>Linked. The link is selected: the inspector edits it.</source>
        <translation>Verbunden. Die Verbindung ist ausgewählt; im Eigenschaften-Bereich lässt sie sich bearbeiten.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or SVG picture.</source>
        <translation>„%1“ ist kein PNG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>“%1” has %2 KB; a logo may have at most %3 KB.</source>
        <translation>„%1“ hat %2 KB; ein Logo darf höchstens %3 KB groß sein.</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Firmenlogo auswählen</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logos (*.png *.svg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logo nicht übernommen</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Nicht darstellbar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>A PNG or SVG file of at most %1 KB</source>
        <translation>Eine PNG- oder SVG-Datei mit höchstens %1 KB</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>ManyForm</name>
    <message>
        <source>(they differ)</source>
        <translation>(unterschiedlich)</translation>
    </message>
    <message>
        <source>Contact of all selected touchpoints</source>
        <translation>Kontakt aller ausgewählten Touchpoints</translation>
    </message>
    <message>
        <source>Channel of all selected touchpoints</source>
        <translation>Kanal aller ausgewählten Touchpoints</translation>
    </message>
    <message>
        <source>Owner of all selected touchpoints</source>
        <translation>Verantwortlich für alle ausgewählten Touchpoints</translation>
    </message>
    <message>
        <source>Emotion of all selected touchpoints</source>
        <translation>Emotion aller ausgewählten Touchpoints</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge from %1</source>
        <translation>Zusammenführen aus %1</translation>
    </message>
    <message>
        <source>Both files descend from the same version: only what was changed in “%1” since then is offered.</source>
        <translation>Beide Dateien stammen von derselben Fassung ab: angeboten wird nur, was in „%1“ seitdem geändert wurde.</translation>
    </message>
    <message>
        <source>No common earlier version was found: every difference between the two files is offered, item by item.</source>
        <translation>Keine gemeinsame frühere Fassung gefunden: jeder Unterschied zwischen den beiden Dateien wird einzeln angeboten.</translation>
    </message>
    <message>
        <source>Untick what you do not want, a whole item or single fields of it. Changes marked ⚠ collide with yours: unticked, yours stays; ticked, theirs replaces yours in that field only.</source>
        <translation>Entfernen Sie den Haken bei allem, was Sie nicht übernehmen wollen – bei einem ganzen Eintrag oder bei einzelnen Feldern. Mit ⚠ markierte Änderungen treffen auf Ihre eigenen: ohne Haken bleibt Ihre Fassung, mit Haken ersetzt die andere sie, nur in diesem Feld.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Also changed in your version</source>
        <translation>Auch in Ihrer Fassung geändert</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Ihre Fassung: %1</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <source>Merge from %1</source>
        <translation>Zusammenführen aus %1</translation>
    </message>
</context>
<context>
    <name>NewFromMenu</name>
    <message>
        <source>Cannot open the sample</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The example journey could not be read.</source>
        <translation>Die Beispiel-Journey konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Schmidt Dreh- und Frästechnik (B2B example)</source>
        <translation>Schmidt Dreh- und Frästechnik (B2B-Beispiel)</translation>
    </message>
    <message>
        <source>E-bike for the commute (B2C example)</source>
        <translation>E-Bike für den Arbeitsweg (B2C-Beispiel)</translation>
    </message>
    <message>
        <source>Empty &amp;AIDA(LA) map (six phases)</source>
        <translation>Leere &amp;AIDA(LA)-Karte (sechs Phasen)</translation>
    </message>
    <message>
        <source>Attention, interest, desire, action, loyalty, advocacy</source>
        <translation>Aufmerksamkeit, Interesse, Verlangen, Handlung, Loyalität, Empfehlung</translation>
    </message>
    <message>
        <source>Empty A&amp;IDA map (four phases)</source>
        <translation>Leere A&amp;IDA-Karte (vier Phasen)</translation>
    </message>
    <message>
        <source>Attention, interest, desire, action</source>
        <translation>Aufmerksamkeit, Interesse, Verlangen, Handlung</translation>
    </message>
    <message>
        <source>Empty &amp;five-stage map</source>
        <translation>Leere &amp;Fünf-Stufen-Karte</translation>
    </message>
    <message>
        <source>Awareness, consideration, purchase, retention, advocacy</source>
        <translation>Wahrnehmung, Abwägung, Kauf, Bindung, Empfehlung</translation>
    </message>
    <message>
        <source>Open a copy of this example journey</source>
        <translation>Eine Kopie dieser Beispiel-Journey öffnen</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>Pain point:</source>
        <translation>Pain Point:</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>No touchpoints in this phase yet.</source>
        <translation>In dieser Phase gibt es noch keine Touchpoints.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>Chance:</translation>
    </message>
</context>
<context>
    <name>OpenJob</name>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Drawing the map of %n touchpoint(s)…</source>
        <translation>
            <numerusform>Karte mit %n Touchpoint wird gezeichnet …</numerusform>
            <numerusform>Karte mit %n Touchpoints wird gezeichnet …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>1 low</source>
        <translation>1 gering</translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation>2 mittel</translation>
    </message>
    <message>
        <source>3 high</source>
        <translation>3 hoch</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Quick Wins</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Undankbare Aufgaben</translation>
    </message>
    <message>
        <source>Drag an opportunity into the matrix to rate it</source>
        <translation>Eine Chance in die Matrix ziehen, um sie zu bewerten</translation>
    </message>
    <message>
        <source>worth it, little effort: do first</source>
        <translation>lohnt sich, wenig Aufwand: zuerst angehen</translation>
    </message>
    <message>
        <source>worth it, more effort: plan it</source>
        <translation>lohnt sich, mehr Aufwand: einplanen</translation>
    </message>
    <message>
        <source>small either way: when there is time</source>
        <translation>in beide Richtungen klein: wenn Zeit ist</translation>
    </message>
    <message>
        <source>costs more than it brings: drop or rethink</source>
        <translation>kostet mehr, als es bringt: streichen oder neu denken</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>whole journey</source>
        <translation>ganze Journey</translation>
    </message>
    <message>
        <source>Impact/effort matrix</source>
        <translation>Wirkung-Aufwand-Matrix</translation>
    </message>
    <message>
        <source>Make this panel larger to see the matrix (or float it).</source>
        <translation>Dieses Panel größer ziehen (oder lösen), um die Matrix zu sehen.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Aufwand →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Wirkung →</translation>
    </message>
</context>
<context>
    <name>OpportunityDock</name>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n Chance</numerusform>
            <numerusform>%n Chancen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown; the map dims the touchpoints of the others</source>
        <translation>%1 von %2 gezeigt; die Karte blendet die Touchpoints der übrigen ab</translation>
    </message>
    <message>
        <source>“%1” is now %2</source>
        <translation>„%1“ ist jetzt: %2</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Chance</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Impact/effort</source>
        <translation>Wirkung/Aufwand</translation>
    </message>
    <message>
        <source>List or matrix of the opportunities</source>
        <translation>Liste oder Matrix der Chancen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an opportunity for the touchpoints selected on the map</source>
        <translation>Eine Chance für die auf der Karte gewählten Touchpoints hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen opportunity (Delete)</source>
        <translation>Die gewählte Chance löschen (Entf)</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Show only this owner&apos;s opportunities, here and on the map</source>
        <translation>Nur die Chancen dieser Verantwortlichen zeigen, hier und auf der Karte</translation>
    </message>
    <message>
        <source>Show only opportunities with this status, here and on the map</source>
        <translation>Nur Chancen mit diesem Status zeigen, hier und auf der Karte</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>Add an opportunity and press Enter</source>
        <translation>Chance eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Chance</translation>
    </message>
    <message>
        <source>Opportunities of this touchpoint</source>
        <translation>Chancen dieses Touchpoints</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the selected opportunity off this touchpoint (Delete)</source>
        <translation>Die gewählte Chance von diesem Touchpoint lösen (Entf)</translation>
    </message>
</context>
<context>
    <name>OpportunityTexts</name>
    <message>
        <source>Add opportunity</source>
        <translation>Chance hinzufügen</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Chance bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n opportunity(s)</source>
        <translation>
            <numerusform>%n Chance löschen</numerusform>
            <numerusform>%n Chancen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the status of an opportunity</source>
        <translation>Status einer Chance ändern</translation>
    </message>
    <message>
        <source>Rate opportunity</source>
        <translation>Chance bewerten</translation>
    </message>
    <message>
        <source>Edit service blueprint</source>
        <translation>Service Blueprint bearbeiten</translation>
    </message>
</context>
<context>
    <name>PdfExportJob</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Exporting page %1 of about %2…</source>
        <translation>Seite %1 von etwa %2 wird exportiert …</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>The PDF was not exported.</source>
        <translation>Das PDF wurde nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exportiert nach %2</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Whole map on one page</source>
        <translation>Ganze Karte auf einer Seite</translation>
    </message>
    <message>
        <source>Split over several pages</source>
        <translation>Auf mehrere Seiten aufteilen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Small maps stay readable; big ones get small print.</source>
        <translation>Kleine Karten bleiben gut lesbar, große bekommen eine kleine Schrift.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Cover</source>
        <translation>&amp;Deckblatt</translation>
    </message>
    <message>
        <source>&amp;At a glance</source>
        <translation>Auf einen &amp;Blick</translation>
    </message>
    <message>
        <source>&amp;Journey map</source>
        <translation>&amp;Journey-Karte</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>KP&amp;Is</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <source>Per&amp;sonas</source>
        <translation>Pe&amp;rsonas</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>Empfehl&amp;ungen</translation>
    </message>
    <message>
        <source>Appen&amp;dix</source>
        <translation>&amp;Anhang</translation>
    </message>
    <message>
        <source>Sections with nothing to show are left out anyway.</source>
        <translation>Abschnitte ohne Inhalt entfallen ohnehin.</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>Poster (one page, map at full size)</source>
        <translation>Poster (eine Seite, Karte in voller Größe)</translation>
    </message>
    <message>
        <source>One page while card labels stay at least 9 pt, otherwise split over several pages.</source>
        <translation>Eine Seite, solange die Kartentexte mindestens 9 pt groß bleiben, sonst auf mehrere Seiten verteilt.</translation>
    </message>
    <message>
        <source>Split between rows of cards: every page shows all phases with their headers; the first one shows an index.</source>
        <translation>Zwischen Kartenreihen geteilt: Jede Seite zeigt alle Phasen mit ihren Köpfen; die erste zeigt eine Übersicht.</translation>
    </message>
    <message>
        <source>Service &amp;blueprint</source>
        <translation>Service B&amp;lueprint</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>&amp;Chancen</translation>
    </message>
</context>
<context>
    <name>PersonaChips</name>
    <message>
        <source>No personas yet: add them in the Personas panel.</source>
        <translation>Noch keine Personas: Legen Sie sie im Bereich „Personas“ an.</translation>
    </message>
    <message>
        <source>Very unhappy (−2)</source>
        <translation>Sehr unzufrieden (−2)</translation>
    </message>
    <message>
        <source>Unhappy (−1)</source>
        <translation>Unzufrieden (−1)</translation>
    </message>
    <message>
        <source>Neutral (0)</source>
        <translation>Neutral (0)</translation>
    </message>
    <message>
        <source>Happy (+1)</source>
        <translation>Zufrieden (+1)</translation>
    </message>
    <message>
        <source>Very happy (+2)</source>
        <translation>Sehr zufrieden (+2)</translation>
    </message>
    <message>
        <source>On the path of this persona</source>
        <translation>Auf dem Weg dieser Persona</translation>
    </message>
    <message>
        <source>as general</source>
        <translation>wie allgemein</translation>
    </message>
    <message>
        <source>Feels like the touchpoint&apos;s general emotion</source>
        <translation>Fühlt sich an wie die allgemeine Emotion des Touchpoints</translation>
    </message>
    <message>
        <source>How this persona feels here, if not like the touchpoint&apos;s general emotion</source>
        <translation>Wie sich diese Persona hier fühlt, falls anders als die allgemeine Emotion des Touchpoints</translation>
    </message>
    <message>
        <source>Emotion of %1</source>
        <translation>Emotion von %1</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Persona colour</source>
        <translation>Farbe der Persona</translation>
    </message>
    <message>
        <source>The persona cannot be saved like this:
%1</source>
        <translation>Die Persona kann so nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kanäle</translation>
    </message>
    <message>
        <source>e.g. Dr. Katrin Vogel</source>
        <translation>z. B. Dr. Katrin Vogel</translation>
    </message>
    <message>
        <source>e.g. Head of purchasing at a medical-technology maker</source>
        <translation>z. B. Einkaufsleiterin eines Medizintechnik-Herstellers</translation>
    </message>
    <message>
        <source>e.g. Medical technology</source>
        <translation>z. B. Medizintechnik</translation>
    </message>
    <message>
        <source>What would this persona say about buying from you?</source>
        <translation>Was würde diese Persona über den Kauf bei Ihnen sagen?</translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation>Ein Ziel pro Zeile</translation>
    </message>
    <message>
        <source>One pain per line</source>
        <translation>Ein Schmerzpunkt pro Zeile</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Kanäle filtern</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere …</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>Up to three letters; empty: taken from the name</source>
        <translation>Bis zu drei Buchstaben; leer: aus dem Namen gebildet</translation>
    </message>
    <message>
        <source>B2B (business customers)</source>
        <translation>B2B (Geschäftskunden)</translation>
    </message>
    <message>
        <source>B2C (consumers)</source>
        <translation>B2C (Privatkunden)</translation>
    </message>
</context>
<context>
    <name>PersonaDock</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Check to show the path and emotion curve on the map; double-click to edit.</source>
        <translation>Ankreuzen, um Weg und Emotionskurve auf der Karte zu zeigen; Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Add selection to persona</source>
        <translation>Auswahl zu Persona hinzufügen</translation>
    </message>
    <message>
        <source>Remove selection from persona</source>
        <translation>Auswahl von Persona entfernen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected persona</source>
        <translation>Die ausgewählte Persona bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Die ausgewählte Persona löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Put the selected touchpoints and links on this persona&apos;s path</source>
        <translation>Die ausgewählten Touchpoints und Verbindungen dem Weg dieser Persona hinzufügen</translation>
    </message>
    <message>
        <source>Take the selected touchpoints and links off this persona&apos;s path</source>
        <translation>Die ausgewählten Touchpoints und Verbindungen vom Weg dieser Persona entfernen</translation>
    </message>
    <message>
        <source>No personas yet. Add one with +, then put touchpoints and links on its path in the inspector or with a right-click on the map.</source>
        <translation>Noch keine Personas. Legen Sie eine mit + an und fügen Sie dann ihrem Weg Touchpoints und Verbindungen hinzu – in den Eigenschaften oder per Rechtsklick auf der Karte.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the path and curve of every checked persona</source>
        <translation>Weg und Kurve jeder angekreuzten Persona zeigen</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Show only the selected persona and dim everything off its path</source>
        <translation>Nur die ausgewählte Persona zeigen und alles abseits ihres Weges abblenden</translation>
    </message>
    <message>
        <source>General emotion curve</source>
        <translation>Allgemeine Emotionskurve</translation>
    </message>
    <message>
        <source>The curve of the touchpoints&apos; own emotions (dashed while persona curves are shown)</source>
        <translation>Die Kurve der eigenen Emotionen der Touchpoints (gestrichelt, solange Persona-Kurven zu sehen sind)</translation>
    </message>
    <message>
        <source>Check a persona to show its path and curve on the map</source>
        <translation>Haken Sie eine Persona an, um ihren Weg und ihre Kurve auf der Karte zu zeigen</translation>
    </message>
</context>
<context>
    <name>PersonaTexts</name>
    <message>
        <source>Add to the path of %1</source>
        <translation>Zum Weg von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the path of %1</source>
        <translation>Vom Weg von %1 entfernen</translation>
    </message>
    <message>
        <source>Set the emotion of %1</source>
        <translation>Emotion von %1 festlegen</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) of “%1” go to</source>
        <translation>
            <numerusform>%n Karte aus „%1“ kommt nach</numerusform>
            <numerusform>%n Karten aus „%1“ kommen nach</numerusform>
        </translation>
    </message>
    <message>
        <source>Every phase needs a name (row %1).</source>
        <translation>Jede Phase braucht einen Namen (Zeile %1).</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>The lanes of the map, left to right. Double-click a name to rename it; the number shows how many cards a lane holds.</source>
        <translation>Die Bahnen der Karte von links nach rechts. Doppelklicken Sie auf einen Namen, um ihn zu ändern; die Zahl zeigt, wie viele Karten in einer Bahn liegen.</translation>
    </message>
    <message>
        <source>Name (German)</source>
        <translation>Name (Deutsch)</translation>
    </message>
    <message>
        <source>Subtitle (German)</source>
        <translation>Untertitel (Deutsch)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (Englisch)</translation>
    </message>
    <message>
        <source>Subtitle (English)</source>
        <translation>Untertitel (Englisch)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a lane after the selected one</source>
        <translation>Eine Bahn hinter der ausgewählten einfügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected lane; its cards go to the lane you pick below</source>
        <translation>Die ausgewählte Bahn entfernen; ihre Karten kommen in die Bahn, die Sie unten wählen</translation>
    </message>
    <message>
        <source>Move the lane to the left</source>
        <translation>Bahn nach links verschieben</translation>
    </message>
    <message>
        <source>Move the lane to the right</source>
        <translation>Bahn nach rechts verschieben</translation>
    </message>
    <message>
        <source>Use a model</source>
        <translation>Modell übernehmen</translation>
    </message>
    <message>
        <source>AIDA(LA): six phases, attention … advocacy</source>
        <translation>AIDA(LA): sechs Phasen, Aufmerksamkeit … Empfehlung</translation>
    </message>
    <message>
        <source>AIDA: four phases, attention … action</source>
        <translation>AIDA: vier Phasen, Aufmerksamkeit … Handlung</translation>
    </message>
    <message>
        <source>Five stages: awareness … advocacy</source>
        <translation>Fünf Stufen: Wahrnehmung … Empfehlung</translation>
    </message>
    <message>
        <source>Cards of removed phases</source>
        <translation>Karten entfernter Phasen</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>Export PNG picture</source>
        <translation>PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Die Karte wird gezeichnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the PNG file…</source>
        <translation>Die PNG-Datei wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Accent colour of the report</source>
        <translation>Akzentfarbe des Berichts</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Journey Properties</source>
        <translation>Journey-Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor/in</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>e.g. Ordering spare parts</source>
        <translation>z. B. Ersatzteile bestellen</translation>
    </message>
    <message>
        <source>Whose customers are mapped</source>
        <translation>Um wessen Kunden es geht</translation>
    </message>
    <message>
        <source>Who leads the workshop</source>
        <translation>Wer den Workshop leitet</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>One name or group per line</source>
        <translation>Ein Name oder eine Gruppe pro Zeile</translation>
    </message>
    <message>
        <source>What the journey is about, in a few sentences</source>
        <translation>Worum es in der Journey geht, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Abstimmung</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>z. B. 1.0</translation>
    </message>
    <message>
        <source>The language of the map&apos;s texts and of its reports</source>
        <translation>Die Sprache der Texte der Karte und ihrer Berichte</translation>
    </message>
    <message>
        <source>Colour of the report&apos;s cover and headings</source>
        <translation>Farbe für Titelseite und Überschriften des Berichts</translation>
    </message>
</context>
<context>
    <name>RecommenderDialog</name>
    <message>
        <source>Which touchpoints fit us?</source>
        <translation>Welche Touchpoints passen zu uns?</translation>
    </message>
    <message>
        <source>Say how important each need is to your customers. The catalogue&apos;s touchpoints are ranked by how well they serve the needs you weight; tick the ones you want and add them to the journey.</source>
        <translation>Geben Sie an, wie wichtig Ihren Kunden jedes Bedürfnis ist. Die Touchpoints des Katalogs werden danach geordnet, wie gut sie die gewichteten Bedürfnisse bedienen; kreuzen Sie die gewünschten an und fügen Sie sie der Journey hinzu.</translation>
    </message>
    <message>
        <source>&amp;Add to journey</source>
        <translation>Zur Journey &amp;hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation>Antworten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>How important is it to you?</source>
        <translation>Wie wichtig ist Ihnen das?</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Ranked touchpoints</source>
        <translation>Rangfolge der Touchpoints</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>Passt zu: %1</translation>
    </message>
    <message>
        <source>already on the map</source>
        <translation>schon auf der Karte</translation>
    </message>
    <message numerus="yes">
        <source>fills the empty phase(s) %1</source>
        <translation>
            <numerusform>füllt die leere Phase %1</numerusform>
            <numerusform>füllt die leeren Phasen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Every phase of the journey has at least one touchpoint.</source>
        <translation>Jede Phase der Journey hat mindestens einen Touchpoint.</translation>
    </message>
    <message>
        <source>Phases your journey leaves empty:</source>
        <translation>Phasen, die in Ihrer Journey leer sind:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anmerkung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anmerkungen:</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) chosen: %1</source>
        <translation>
            <numerusform>%n Touchpoint gewählt: %1</numerusform>
            <numerusform>%n Touchpoints gewählt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the touchpoints you want to add.</source>
        <translation>Kreuzen Sie die Touchpoints an, die Sie hinzufügen möchten.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n recommended touchpoint(s)</source>
        <translation>
            <numerusform>%n empfohlenen Touchpoint hinzufügen</numerusform>
            <numerusform>%n empfohlene Touchpoints hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n touchpoint(s) to the journey.</source>
        <translation>
            <numerusform>%n Touchpoint zur Journey hinzugefügt.</numerusform>
            <numerusform>%n Touchpoints zur Journey hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>an unsaved journey</source>
        <translation>eine ungespeicherte Journey</translation>
    </message>
    <message>
        <source>journeymap was not closed properly. Changes to “%1” from %2 were saved automatically.</source>
        <translation>journeymap wurde nicht ordnungsgemäß beendet. Änderungen an „%1“ vom %2 wurden automatisch gesichert.</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore opens them again (not yet saved). Discard deletes them for good. Later asks again at the next start.</source>
        <translation>„Wiederherstellen“ öffnet sie wieder (noch nicht gespeichert). „Verwerfen“ löscht sie endgültig. „Später“ fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>One minute less (−)</source>
        <translation>Eine Minute weniger (−)</translation>
    </message>
    <message>
        <source>One minute more (+)</source>
        <translation>Eine Minute mehr (+)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause (S)</source>
        <translation>Starten oder anhalten (S)</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Exercise running</source>
        <translation>Übung läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Ready – press S to start</source>
        <translation>Bereit – mit S starten</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>%1 from the catalogue, in %2</source>
        <translation>%1 aus dem Katalog, in %2</translation>
    </message>
    <message>
        <source>Own touchpoint, in %2</source>
        <translation>Eigener Touchpoint, in %2</translation>
    </message>
    <message>
        <source>What happens here, from the customer&apos;s point of view</source>
        <translation>Was hier aus Sicht des Kunden passiert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Contact, channel</source>
        <translation>Kontakt, Kanal</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirekt</translation>
    </message>
    <message>
        <source>Direct: the customer meets the company itself; indirect: via others</source>
        <translation>Direkt: Der Kunde hat Kontakt mit dem Unternehmen selbst; indirekt: über Dritte</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Analogue</source>
        <translation>Analog</translation>
    </message>
    <message>
        <source>What makes the customer feel this way?</source>
        <translation>Warum fühlt sich der Kunde so?</translation>
    </message>
    <message>
        <source>One pain point per line</source>
        <translation>Ein Pain Point pro Zeile</translation>
    </message>
    <message>
        <source>Who in the company looks after this touchpoint?</source>
        <translation>Wer im Unternehmen kümmert sich um diesen Touchpoint?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new journey</source>
        <translation>Eine neue Journey beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation>Eine Journey-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the journey</source>
        <translation>Die Journey speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the journey under a new name</source>
        <translation>Die Journey unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the journey</source>
        <translation>Die Journey schließen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF-Bericht …</translation>
    </message>
    <message>
        <source>Export the journey as a PDF report</source>
        <translation>Die Journey als PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>P&amp;NG Picture…</source>
        <translation>P&amp;NG-Bild …</translation>
    </message>
    <message>
        <source>Export the map as a PNG picture</source>
        <translation>Die Karte als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>&amp;SVG Picture…</source>
        <translation>&amp;SVG-Grafik …</translation>
    </message>
    <message>
        <source>Export the map as an SVG vector picture</source>
        <translation>Die Karte als SVG-Vektorgrafik exportieren</translation>
    </message>
    <message>
        <source>&amp;CSV Table…</source>
        <translation>&amp;CSV-Tabelle …</translation>
    </message>
    <message>
        <source>Export the touchpoints and their KPIs as CSV</source>
        <translation>Die Touchpoints und ihre KPIs als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Mermaid Journey…</source>
        <translation>&amp;Mermaid-Journey …</translation>
    </message>
    <message>
        <source>Export the journey as a Mermaid diagram</source>
        <translation>Die Journey als Mermaid-Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit journeymap</source>
        <translation>journeymap beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>Cut the selected touchpoints</source>
        <translation>Die ausgewählten Touchpoints ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected touchpoints and the links between them</source>
        <translation>Die ausgewählten Touchpoints und ihre Verbindungen untereinander kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste touchpoints</source>
        <translation>Touchpoints einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected touchpoints and links</source>
        <translation>Die ausgewählten Touchpoints und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every touchpoint and link</source>
        <translation>Alle Touchpoints und Verbindungen auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected touchpoint on the map</source>
        <translation>Den ausgewählten Touchpoint direkt auf der Karte umbenennen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit all phases into the window, lanes as tall as the view</source>
        <translation>Alle Phasen ins Fenster einpassen, über die ganze Höhe</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <source>Present the journey full screen, phase by phase</source>
        <translation>Die Journey im Vollbild präsentieren, Phase für Phase</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften …</translation>
    </message>
    <message>
        <source>Title, company, author, workshop date and the report&apos;s logo and colour</source>
        <translation>Titel, Unternehmen, Autor/in, Workshop-Datum sowie Logo und Farbe des Berichts</translation>
    </message>
    <message>
        <source>P&amp;hases…</source>
        <translation>P&amp;hasen …</translation>
    </message>
    <message>
        <source>Rename, add, remove and reorder the lanes of the map</source>
        <translation>Bahnen der Karte umbenennen, hinzufügen, entfernen und umordnen</translation>
    </message>
    <message>
        <source>Which &amp;touchpoints fit us?…</source>
        <translation>Welche &amp;Touchpoints passen zu uns? …</translation>
    </message>
    <message>
        <source>Rank the catalogue&apos;s touchpoints by your customers&apos; needs and add the best</source>
        <translation>Die Touchpoints des Katalogs nach den Bedürfnissen Ihrer Kunden ordnen und die besten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;About journeymap</source>
        <translation>Ü&amp;ber journeymap</translation>
    </message>
    <message>
        <source>About journeymap</source>
        <translation>Über journeymap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>Über das Qt-Toolkit</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New from &amp;Template/Sample</source>
        <translation>Neu aus &amp;Vorlage/Beispiel</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Verbinden mit …</translation>
    </message>
    <message>
        <source>Link the selected touchpoint to one picked from a list</source>
        <translation>Den ausgewählten Touchpoint mit einem aus einer Liste gewählten verbinden</translation>
    </message>
    <message>
        <source>Open a Mermaid journey, a CSV file or an Excel workbook as a new journey</source>
        <translation>Eine Mermaid-Journey, eine CSV-Datei oder eine Excel-Arbeitsmappe als neue Journey öffnen</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel-Arbeitsmappe …</translation>
    </message>
    <message>
        <source>Export touchpoints, KPIs per phase and findings as an Excel workbook</source>
        <translation>Touchpoints, KPIs je Phase und Befunde als Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Vergleichen &amp;mit …</translation>
    </message>
    <message>
        <source>Show another version of this journey over the map, with a list of the differences</source>
        <translation>Eine andere Fassung dieser Journey über der Karte zeigen, mit einer Liste der Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Merge from…</source>
        <translation>Zusammenführen &amp;aus …</translation>
    </message>
    <message>
        <source>Take the changes of another version of this journey, one by one</source>
        <translation>Die Änderungen einer anderen Fassung dieser Journey einzeln übernehmen</translation>
    </message>
    <message>
        <source>Save a copy to plan the journey as it should be; it remembers this version</source>
        <translation>Eine Kopie speichern, um die Journey so zu planen, wie sie sein soll; sie kennt diese Fassung als Ursprung</translation>
    </message>
    <message>
        <source>Save as To-Be &amp;Version…</source>
        <translation>Als &amp;Soll-Version speichern …</translation>
    </message>
    <message>
        <source>Print &amp;Workshop Kit…</source>
        <translation>&amp;Workshop-Kit drucken …</translation>
    </message>
    <message>
        <source>Print touchpoint cards, a lane poster and persona sheets for a paper workshop</source>
        <translation>Touchpoint-Karten, ein Phasen-Poster und Persona-Bögen für einen Workshop auf Papier drucken</translation>
    </message>
    <message>
        <source>Service &amp;Blueprint</source>
        <translation>Service &amp;Blueprint</translation>
    </message>
    <message>
        <source>Show what happens inside the company at each touchpoint, below the map&apos;s steps</source>
        <translation>Zeigen, was im Unternehmen an jedem Touchpoint geschieht, unter den Schritten der Karte</translation>
    </message>
</context>
<context>
    <name>WorkshopKit</name>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Touchpoint cards</source>
        <translation>Touchpoint-Karten</translation>
    </message>
    <message>
        <source>%1 - cards</source>
        <translation>%1 - Karten</translation>
    </message>
    <message>
        <source>Lane poster</source>
        <translation>Phasen-Poster</translation>
    </message>
    <message>
        <source>%1 - poster</source>
        <translation>%1 - Poster</translation>
    </message>
    <message>
        <source>%1 - persona sheets</source>
        <translation>%1 - Persona-Bögen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Workshop Kit</source>
        <translation>Workshop-Kit speichern</translation>
    </message>
</context>
<context>
    <name>WorkshopKitDialog</name>
    <message>
        <source>This journey has no touchpoints yet. Add empty cards to print cards to write on.</source>
        <translation>Diese Journey hat noch keine Touchpoints. Mit leeren Karten bekommen Sie Karten zum Beschriften.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet …</translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation>%1 Querformat</translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation>%1 Hochformat</translation>
    </message>
    <message numerus="yes">
        <source>Page 1 of %n</source>
        <translation>
            <numerusform>Seite 1 von %n</numerusform>
            <numerusform>Seite 1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is too long for one poster: its labels are only %1 pt. For a readable map on several sheets use File ▸ Export ▸ PDF Report… with “Split over several pages”.</source>
        <translation>Die Karte ist für ein Poster zu lang: Ihre Beschriftungen sind nur %1 pt groß. Lesbar auf mehreren Bögen wird sie mit Datei ▸ Exportieren ▸ PDF-Bericht … und „Auf mehrere Seiten aufteilen“.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n touchpoints of the catalogue as cards to cut out: icon, name, a short description, the phases each suits and what it serves best.</source>
        <translation>
            <numerusform>%n Touchpoint des Katalogs als Karte zum Ausschneiden: Symbol, Name, kurze Beschreibung, die passenden Phasen und seine Stärken.</numerusform>
            <numerusform>Alle %n Touchpoints des Katalogs als Karten zum Ausschneiden: Symbol, Name, kurze Beschreibung, die passenden Phasen und ihre Stärken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phases as lanes with a guiding question each, an emotion scale and room for cards and sticky notes, in landscape.</source>
        <translation>Die Phasen als Bahnen mit je einer Leitfrage, eine Emotionsskala und Platz für Karten und Haftnotizen, im Querformat.</translation>
    </message>
    <message numerus="yes">
        <source>This journey&apos;s whole map with its %n touchpoint(s) on one poster, in landscape.</source>
        <translation>
            <numerusform>Die ganze Journey-Karte mit ihrem %n Touchpoint auf einem Poster, im Querformat.</numerusform>
            <numerusform>Die ganze Journey-Karte mit ihren %n Touchpoints auf einem Poster, im Querformat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One A4 sheet per persona of this journey (%n), to complete in the workshop.</source>
        <translation>
            <numerusform>Ein A4-Bogen für die Persona dieser Journey, im Workshop zu ergänzen.</numerusform>
            <numerusform>Ein A4-Bogen je Persona dieser Journey (%n), im Workshop zu ergänzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This journey has no personas yet: an empty persona sheet to fill in.</source>
        <translation>Diese Journey hat noch keine Personas: ein leerer Persona-Bogen zum Ausfüllen.</translation>
    </message>
    <message>
        <source>Cards of 90 × 64 mm, eight to a sheet, with crop marks.</source>
        <translation>Karten von 90 × 64 mm, acht pro Bogen, mit Schnittmarken.</translation>
    </message>
    <message>
        <source>Cards of 127 × 91 mm, eight to a sheet, for walls and an A0 poster.</source>
        <translation>Karten von 127 × 91 mm, acht pro Bogen, für Wände und ein A0-Poster.</translation>
    </message>
    <message>
        <source>Print Workshop Kit</source>
        <translation>Workshop-Kit drucken</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Was drucken?</translation>
    </message>
    <message>
        <source>Touchpoint &amp;cards from the catalogue</source>
        <translation>Touchpoint-&amp;Karten aus dem Katalog</translation>
    </message>
    <message>
        <source>Cards of &amp;this journey&apos;s touchpoints</source>
        <translation>Karten der Touchpoints &amp;dieser Journey</translation>
    </message>
    <message>
        <source>&amp;Lane poster to work on</source>
        <translation>&amp;Phasen-Poster zum Bearbeiten</translation>
    </message>
    <message>
        <source>This journey as a &amp;poster</source>
        <translation>Diese Journey als P&amp;oster</translation>
    </message>
    <message>
        <source>Pe&amp;rsona sheets</source>
        <translation>Pe&amp;rsona-Bögen</translation>
    </message>
    <message>
        <source>&amp;Empty sheets to add:</source>
        <translation>&amp;Leere Bögen dazu:</translation>
    </message>
    <message>
        <source>&amp;Empty cards to add:</source>
        <translation>&amp;Leere Karten dazu:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Papi&amp;er:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>This journey&apos;s %n touchpoint(s) as cards, so the group can re-sort them on paper: label, phase, emotion, pain points and opportunities.</source>
        <translation>
            <numerusform>Der %n Touchpoint dieser Journey als Karte, damit die Gruppe auf Papier neu sortieren kann: Bezeichnung, Phase, Emotion, Pain Points und Chancen.</numerusform>
            <numerusform>Die %n Touchpoints dieser Journey als Karten, damit die Gruppe sie auf Papier neu sortieren kann: Bezeichnung, Phase, Emotion, Pain Points und Chancen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop – %1</source>
        <translation>Workshop – %1</translation>
    </message>
    <message>
        <source>←/→ or Page Up/Down: phases · Home/End: first/last · B: blank screen · Esc: back to editing
T: timer · S: start/pause · 1/2/3: 5/10/15 min · +/−: a minute more/less · R: reset · F1: these keys</source>
        <translation>←/→ oder Bild ↑/↓: Phasen · Pos1/Ende: erste/letzte · B: Bild aus · Esc: zurück zum Bearbeiten
T: Timer · S: Start/Pause · 1/2/3: 5/10/15 Min. · +/−: 1 Min. mehr/weniger · R: zurücksetzen · F1: diese Tasten</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Journey map</source>
        <translation>Journey-Karte</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>Map or service blueprint</source>
        <translation>Karte oder Service Blueprint</translation>
    </message>
    <message>
        <source>What happens inside the company at each touchpoint (Ctrl+Shift+B)</source>
        <translation>Was im Unternehmen an jedem Touchpoint geschieht (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Touchpoint umbenennen</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
</TS>
