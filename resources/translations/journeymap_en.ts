<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>Map customer journeys along the AIDA(LA) phases: touchpoints from a catalogue, links, emotions, KPIs, findings and a PDF blueprint for management. Works offline.</source>
        <translation>Map customer journeys along the AIDA(LA) phases: touchpoints from a catalogue, links, emotions, KPIs, findings and a PDF blueprint for management. Works offline.</translation>
    </message>
    <message>
        <source>Licence: GPL 3.0 or later. Built with Qt %1 (LGPL).</source>
        <translation>Licence: GPL 3.0 or later. Built with Qt %1 (LGPL).</translation>
    </message>
    <message>
        <source>About journeymap</source>
        <translation>About journeymap</translation>
    </message>
</context>
<context>
    <name>Blueprint</name>
    <message>
        <source>Owner (who does this?)</source>
        <translation>Owner (who does this?)</translation>
    </message>
    <message>
        <source>Texts, one per line</source>
        <translation>Texts, one per line</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Enter or F2 to write</source>
        <translation>Enter or F2 to write</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Customer action</translation>
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
        <translation>Support processes</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Line of interaction</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Line of visibility</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Line of internal interaction</translation>
    </message>
    <message>
        <source>No touchpoint in this phase yet: drag one from the catalogue here or onto its lane on the map.</source>
        <translation>No touchpoint in this phase yet: drag one from the catalogue here or onto its lane on the map.</translation>
    </message>
    <message>
        <source>No touchpoint in this phase yet</source>
        <translation>No touchpoint in this phase yet</translation>
    </message>
    <message>
        <source>Enter: choose one in the catalogue.</source>
        <translation>Enter: choose one in the catalogue.</translation>
    </message>
    <message>
        <source>What the customer sees or holds here, one per line</source>
        <translation>What the customer sees or holds here, one per line</translation>
    </message>
    <message>
        <source>The touchpoint: what the customer does</source>
        <translation>The touchpoint: what the customer does</translation>
    </message>
    <message>
        <source>What staff and systems do in view of the customer, one step per line</source>
        <translation>What staff and systems do in view of the customer, one step per line</translation>
    </message>
    <message>
        <source>What happens behind the scenes for it, one per line</source>
        <translation>What happens behind the scenes for it, one per line</translation>
    </message>
    <message>
        <source>Internal processes and systems that support it, one per line</source>
        <translation>Internal processes and systems that support it, one per line</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>(empty: Enter or F2 to write)</source>
        <translation>(empty: Enter or F2 to write)</translation>
    </message>
</context>
<context>
    <name>BlueprintDelegate</name>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlueprintRows</name>
    <message>
        <source>Service blueprint</source>
        <translation>Service blueprint</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
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
        <translation>Support</translation>
    </message>
    <message>
        <source>What the customer sees or holds, one per line</source>
        <translation>What the customer sees or holds, one per line</translation>
    </message>
    <message>
        <source>What staff and systems do in view of the customer</source>
        <translation>What staff and systems do in view of the customer</translation>
    </message>
    <message>
        <source>What happens behind the scenes for it</source>
        <translation>What happens behind the scenes for it</translation>
    </message>
    <message>
        <source>Internal processes and systems behind it</source>
        <translation>Internal processes and systems behind it</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Owner of %1</source>
        <translation>Owner of %1</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Rename touchpoint</source>
        <translation>Rename touchpoint</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>How the customer feels at each touchpoint, from −2 (very unhappy) to +2 (very happy)</source>
        <translation>How the customer feels at each touchpoint, from −2 (very unhappy) to +2 (very happy)</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Loop-back</source>
        <translation>Loop-back</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Drag to another card to link them</source>
        <translation>Drag to another card to link them</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>CardAnnouncer</name>
    <message>
        <source>not assessed yet</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>very unhappy (−2)</source>
        <translation>very unhappy (−2)</translation>
    </message>
    <message>
        <source>unhappy (−1)</source>
        <translation>unhappy (−1)</translation>
    </message>
    <message>
        <source>neutral (0)</source>
        <translation>neutral (0)</translation>
    </message>
    <message>
        <source>happy (+1)</source>
        <translation>happy (+1)</translation>
    </message>
    <message>
        <source>very happy (+2)</source>
        <translation>very happy (+2)</translation>
    </message>
    <message>
        <source>no KPIs</source>
        <translation>no KPIs</translation>
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
            <numerusform>%n missing the target</numerusform>
            <numerusform>%n missing the target</numerusform>
        </translation>
    </message>
    <message>
        <source>all meeting the target</source>
        <translation>all meeting the target</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 in, %2 out</translation>
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
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Analogue touchpoint</source>
        <translation>Analogue touchpoint</translation>
    </message>
    <message>
        <source>Digital touchpoint</source>
        <translation>Digital touchpoint</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoint %1 of %2</source>
        <translation>Touchpoint %1 of %2</translation>
    </message>
    <message>
        <source>Link from %1 to %2</source>
        <translation>Link from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab or the arrow keys go from touchpoint to touchpoint; Alt+arrow keys move the selected ones; Ctrl+L links the selected touchpoint to another.</source>
        <translation>Tab or the arrow keys go from touchpoint to touchpoint; Alt+arrow keys move the selected ones; Ctrl+L links the selected touchpoint to another.</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey map</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n touchpoint selected</numerusform>
            <numerusform>%n touchpoints selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDock</name>
    <message>
        <source>Touchpoint catalogue</source>
        <translation>Touchpoint catalogue</translation>
    </message>
    <message>
        <source>Search touchpoints…</source>
        <translation>Search touchpoints…</translation>
    </message>
    <message>
        <source>Drag a touchpoint onto a lane, or double-click it to add it to the selected lane.</source>
        <translation>Drag a touchpoint onto a lane, or double-click it to add it to the selected lane.</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Digital and analogue</source>
        <translation>Digital and analogue</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Analogue</source>
        <translation>Analogue</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Show the touchpoints for a phase</source>
        <translation>Show the touchpoints for a phase</translation>
    </message>
    <message>
        <source>Show digital or analogue touchpoints</source>
        <translation>Show digital or analogue touchpoints</translation>
    </message>
    <message>
        <source>Enter or a double-click adds the touchpoint to the selected lane.</source>
        <translation>Enter or a double-click adds the touchpoint to the selected lane.</translation>
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
        <translation>analogue</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirect</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>Suits: %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n touchpoint(s)</source>
        <translation>
            <numerusform>Add %n touchpoint</numerusform>
            <numerusform>Add %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>This would take the journey past %1 touchpoints, the most one journey can hold.</source>
        <translation>This would take the journey past %1 touchpoints, the most one journey can hold.</translation>
    </message>
    <message>
        <source>This would take the journey past %1 links, the most one journey can hold.</source>
        <translation>This would take the journey past %1 links, the most one journey can hold.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)</source>
        <translation>
            <numerusform>Delete %n touchpoint</numerusform>
            <numerusform>Delete %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>Delete %n link</numerusform>
            <numerusform>Delete %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Edit touchpoint</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n touchpoint(s)</source>
        <translation>
            <numerusform>Edit %n touchpoint</numerusform>
            <numerusform>Edit %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit journey properties</source>
        <translation>Edit journey properties</translation>
    </message>
    <message>
        <source>Edit phases</source>
        <translation>Edit phases</translation>
    </message>
    <message>
        <source>Answer the needs questions</source>
        <translation>Answer the needs questions</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Edit persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Delete persona</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Reorder personas</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Edit link</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 on disk</translation>
    </message>
    <message>
        <source>Merge from</source>
        <translation>Merge from</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Nothing to merge</translation>
    </message>
    <message>
        <source>“%1” has no changes that this journey lacks.</source>
        <translation>“%1” has no changes that this journey lacks.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %1; where both changed the same thing, your version was kept (%n time(s)).</source>
        <translation>
            <numerusform>Merged from %1; where both changed the same thing, your version was kept (%n time).</numerusform>
            <numerusform>Merged from %1; where both changed the same thing, your version was kept (%n times).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged from %1.</source>
        <translation>Merged from %1.</translation>
    </message>
    <message>
        <source>Save as to-be version</source>
        <translation>Save as to-be version</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>to-be</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
</context>
<context>
    <name>CompareLayer</name>
    <message>
        <source>Only in the other version</source>
        <translation>Only in the other version</translation>
    </message>
    <message>
        <source>Not in the other version</source>
        <translation>Not in the other version</translation>
    </message>
    <message>
        <source>Changed in the other version</source>
        <translation>Changed in the other version</translation>
    </message>
</context>
<context>
    <name>DifferencesDock</name>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Only in %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Not in %1</translation>
    </message>
    <message>
        <source>Changed in %1</source>
        <translation>Changed in %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Merge from This File…</source>
        <translation>Merge from This File…</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Stop Comparing</translation>
    </message>
    <message>
        <source>No differences to %1.</source>
        <translation>No differences to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) to %1: + only there, − not there, Δ changed there.</source>
        <translation>
            <numerusform>%n difference to %1: + only there, − not there, Δ changed there.</numerusform>
            <numerusform>%n differences to %1: + only there, − not there, Δ changed there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message numerus="yes">
        <source>Cut %n touchpoint(s)</source>
        <translation>
            <numerusform>Cut %n touchpoint</numerusform>
            <numerusform>Cut %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <source>The clipboard does not hold touchpoints journeymap can use.</source>
        <translation>The clipboard does not hold touchpoints journeymap can use.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>Paste %n touchpoint</numerusform>
            <numerusform>Paste %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <source>Very unhappy (−2)</source>
        <translation>Very unhappy (−2)</translation>
    </message>
    <message>
        <source>Unhappy (−1)</source>
        <translation>Unhappy (−1)</translation>
    </message>
    <message>
        <source>Neutral (0)</source>
        <translation>Neutral (0)</translation>
    </message>
    <message>
        <source>Happy (+1)</source>
        <translation>Happy (+1)</translation>
    </message>
    <message>
        <source>Very happy (+2)</source>
        <translation>Very happy (+2)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet. Save them?</source>
        <translation>“%1” has changes that are not saved yet. Save them?</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Open journey</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>The journey could not be opened.</source>
        <translation>The journey could not be opened.</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Save journey as</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>The autosaved journey could not be read.</source>
        <translation>The autosaved journey could not be read.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>The journey was not saved; your changes are still open.</source>
        <translation>The journey was not saved; your changes are still open.</translation>
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
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save it under another name.</source>
        <translation>Save it under another name.</translation>
    </message>
    <message>
        <source>“%1” is write-protected: you can edit the journey and save it as a copy.</source>
        <translation>“%1” is write-protected: you can edit the journey and save it as a copy.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: you can edit the journey and save it as a copy.</source>
        <translation>“%1” is open read-only: you can edit the journey and save it as a copy.</translation>
    </message>
    <message>
        <source>“%1” was deleted or renamed on disk; saving creates it again.</source>
        <translation>“%1” was deleted or renamed on disk; saving creates it again.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Save a Copy…</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by someone else; saving asks before overwriting it.</source>
        <translation>“%1” was changed on disk by someone else; saving asks before overwriting it.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by someone else.</source>
        <translation>“%1” was changed on disk by someone else.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Reload (Drop My Changes)</source>
        <translation>Reload (Drop My Changes)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>you, in another journeymap window on this computer</source>
        <translation>you, in another journeymap window on this computer</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 on this computer</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <source>“%1” is already open in journeymap.</source>
        <translation>“%1” is already open in journeymap.</translation>
    </message>
    <message>
        <source>Opened by %1.</source>
        <translation>Opened by %1.</translation>
    </message>
    <message>
        <source>If two people edit it at the same time, one of them loses work. Open it read-only to look at it, or open a copy to work on separately. Open it anyway only if the other editor is no longer running.</source>
        <translation>If two people edit it at the same time, one of them loses work. Open it read-only to look at it, or open a copy to work on separately. Open it anyway only if the other editor is no longer running.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Open a Copy</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Open Anyway</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it, by another program or person.</source>
        <translation>“%1” was changed on disk since you opened it, by another program or person.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Save as Copy…</source>
        <translation>Save as Copy…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>“%1” is write-protected; it belongs to %2.</source>
        <translation>“%1” is write-protected; it belongs to %2.</translation>
    </message>
    <message>
        <source>“%1” is write-protected.</source>
        <translation>“%1” is write-protected.</translation>
    </message>
    <message>
        <source>Replace it with your version anyway? The new file will belong to you.</source>
        <translation>Replace it with your version anyway? The new file will belong to you.</translation>
    </message>
    <message>
        <source>Write-protected file</source>
        <translation>Write-protected file</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Saving now would overwrite those changes. Reload the file (your unsaved changes are lost), save your version as a copy, overwrite the file with your version, or compare the two first.</source>
        <translation>Saving now would overwrite those changes. Reload the file (your unsaved changes are lost), save your version as a copy, overwrite the file with your version, or compare the two first.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Nothing to check: the journey has no gaps, dead ends or open loops.</source>
        <translation>Nothing to check: the journey has no gaps, dead ends or open loops.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Click one to show it on the map.</source>
        <translation>
            <numerusform>%n finding. Click one to show it on the map.</numerusform>
            <numerusform>%n findings. Click one to show it on the map.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Enter or a click shows the finding on the map</source>
        <translation>Enter or a click shows the finding on the map</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Mermaid journeys (%1)</source>
        <translation>Mermaid journeys (%1)</translation>
    </message>
    <message>
        <source>CSV of touchpoints (*.csv)</source>
        <translation>CSV of touchpoints (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import journey</source>
        <translation>Import journey</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n touchpoint(s)</source>
        <translation>
            <numerusform>Imported %1: %n touchpoint</numerusform>
            <numerusform>Imported %1: %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export PNG picture</source>
        <translation>Export PNG picture</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Export SVG picture</source>
        <translation>Export SVG picture</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG pictures (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export Mermaid journey</source>
        <translation>Export Mermaid journey</translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd *.mermaid)</source>
        <translation>Mermaid journeys (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>The file was not exported.</source>
        <translation>The file was not exported.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>journey</translation>
    </message>
    <message>
        <source>Mermaid journeys, CSV files and Excel workbooks (%1)</source>
        <translation>Mermaid journeys, CSV files and Excel workbooks (%1)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Export Excel workbook</translation>
    </message>
    <message>
        <source>(read as %1)</source>
        <translation>(read as %1)</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Select a single touchpoint or link to edit its details.</source>
        <translation>Select a single touchpoint or link to edit its details.</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Rename touchpoint</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Edit description</translation>
    </message>
    <message>
        <source>Change direct/indirect</source>
        <translation>Change direct/indirect</translation>
    </message>
    <message>
        <source>Change digital/analogue</source>
        <translation>Change digital/analogue</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Set emotion</translation>
    </message>
    <message>
        <source>Edit emotion note</source>
        <translation>Edit emotion note</translation>
    </message>
    <message>
        <source>Edit pain points</source>
        <translation>Edit pain points</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Edit owner</translation>
    </message>
    <message>
        <source>Edit KPIs</source>
        <translation>Edit KPIs</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Edit touchpoint</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Select a touchpoint or a link on the map to see and edit its details here.</source>
        <translation>Select a touchpoint or a link on the map to see and edit its details here.</translation>
    </message>
    <message>
        <source>%1 and %2 selected.</source>
        <translation>%1 and %2 selected.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected.</source>
        <translation>
            <numerusform>%n touchpoint selected.</numerusform>
            <numerusform>%n touchpoints selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected.</source>
        <translation>
            <numerusform>%n link selected.</numerusform>
            <numerusform>%n links selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoint details</source>
        <translation>Touchpoint details</translation>
    </message>
    <message>
        <source>What you set below applies to all of them; select a single touchpoint to edit the rest.</source>
        <translation>What you set below applies to all of them; select a single touchpoint to edit the rest.</translation>
    </message>
    <message>
        <source>Take an opportunity off a touchpoint</source>
        <translation>Take an opportunity off a touchpoint</translation>
    </message>
    <message>
        <source>Edit service blueprint</source>
        <translation>Edit service blueprint</translation>
    </message>
</context>
<context>
    <name>KitExportJob</name>
    <message>
        <source>Print workshop kit</source>
        <translation>Print workshop kit</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
    <message>
        <source>Cannot write the workshop kit</source>
        <translation>Cannot write the workshop kit</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>The PDF was not written.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop kit written to %1 (%2)</source>
        <translation>Workshop kit written to %1 (%2)</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>New KPI</source>
        <translation>New KPI</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>higher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lower</translation>
    </message>
    <message>
        <source>Is a higher or a lower value better?</source>
        <translation>Is a higher or a lower value better?</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Add KPI</translation>
    </message>
    <message>
        <source>Typical KPIs</source>
        <translation>Typical KPIs</translation>
    </message>
    <message>
        <source>Add a KPI the catalogue suggests for this touchpoint</source>
        <translation>Add a KPI the catalogue suggests for this touchpoint</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Target met</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Target missed</translation>
    </message>
    <message>
        <source>KPIs of the touchpoint</source>
        <translation>KPIs of the touchpoint</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>From “%1” to “%2”</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>e.g. “asks for a quote”</source>
        <translation>e.g. “asks for a quote”</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Loop back</source>
        <translation>Loop back</translation>
    </message>
    <message>
        <source>Step: the usual next contact (solid arrow). Alternative: another possible route (dashed). Loop back: the journey starts again, e.g. a recommendation brings a new customer (dotted).</source>
        <translation>Step: the usual next contact (solid arrow). Alternative: another possible route (dashed). Loop back: the journey starts again, e.g. a recommendation brings a new customer (dotted).</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <source>Link “%1” to…</source>
        <translation>Link “%1” to…</translation>
    </message>
    <message>
        <source>&amp;Search by label or phase:</source>
        <translation>&amp;Search by label or phase:</translation>
    </message>
    <message>
        <source>e.g. Website or Kaufphase</source>
        <translation>e.g. website or purchase</translation>
    </message>
    <message>
        <source>&amp;Touchpoints by phase:</source>
        <translation>&amp;Touchpoints by phase:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1 (linked already)</source>
        <translation>%1 (linked already)</translation>
    </message>
</context>
<context>
    <name>LinkToController</name>
    <message>
        <source>Linked. The link is selected: the inspector edits it.</source>
        <translation>Linked. The link is selected: the inspector edits it.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or SVG picture.</source>
        <translation>“%1” is not a PNG or SVG picture.</translation>
    </message>
    <message>
        <source>“%1” has %2 KB; a logo may have at most %3 KB.</source>
        <translation>“%1” has %2 KB; a logo may have at most %3 KB.</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Choose the company logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logos (*.png *.svg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logo not used</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Cannot be shown</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A PNG or SVG file of at most %1 KB</source>
        <translation>A PNG or SVG file of at most %1 KB</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo preview</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (recovered)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Cannot make this change</source>
        <translation>Cannot make this change</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>ManyForm</name>
    <message>
        <source>(they differ)</source>
        <translation>(they differ)</translation>
    </message>
    <message>
        <source>Contact of all selected touchpoints</source>
        <translation>Contact of all selected touchpoints</translation>
    </message>
    <message>
        <source>Channel of all selected touchpoints</source>
        <translation>Channel of all selected touchpoints</translation>
    </message>
    <message>
        <source>Owner of all selected touchpoints</source>
        <translation>Owner of all selected touchpoints</translation>
    </message>
    <message>
        <source>Emotion of all selected touchpoints</source>
        <translation>Emotion of all selected touchpoints</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge from %1</source>
        <translation>Merge from %1</translation>
    </message>
    <message>
        <source>Both files descend from the same version: only what was changed in “%1” since then is offered.</source>
        <translation>Both files descend from the same version: only what was changed in “%1” since then is offered.</translation>
    </message>
    <message>
        <source>No common earlier version was found: every difference between the two files is offered, item by item.</source>
        <translation>No common earlier version was found: every difference between the two files is offered, item by item.</translation>
    </message>
    <message>
        <source>Untick what you do not want, a whole item or single fields of it. Changes marked ⚠ collide with yours: unticked, yours stays; ticked, theirs replaces yours in that field only.</source>
        <translation>Untick what you do not want, a whole item or single fields of it. Changes marked ⚠ collide with yours: unticked, yours stays; ticked, theirs replaces yours in that field only.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Also changed in your version</source>
        <translation>Also changed in your version</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Yours: %1</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Accept All</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Reject All</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <source>Merge from %1</source>
        <translation>Merge from %1</translation>
    </message>
</context>
<context>
    <name>NewFromMenu</name>
    <message>
        <source>Cannot open the sample</source>
        <translation>Cannot open the sample</translation>
    </message>
    <message>
        <source>The example journey could not be read.</source>
        <translation>The example journey could not be read.</translation>
    </message>
    <message>
        <source>Schmidt Dreh- und Frästechnik (B2B example)</source>
        <translation>Schmidt Dreh- und Frästechnik (B2B example)</translation>
    </message>
    <message>
        <source>E-bike for the commute (B2C example)</source>
        <translation>E-bike for the commute (B2C example)</translation>
    </message>
    <message>
        <source>Empty &amp;AIDA(LA) map (six phases)</source>
        <translation>Empty &amp;AIDA(LA) map (six phases)</translation>
    </message>
    <message>
        <source>Attention, interest, desire, action, loyalty, advocacy</source>
        <translation>Attention, interest, desire, action, loyalty, advocacy</translation>
    </message>
    <message>
        <source>Empty A&amp;IDA map (four phases)</source>
        <translation>Empty A&amp;IDA map (four phases)</translation>
    </message>
    <message>
        <source>Attention, interest, desire, action</source>
        <translation>Attention, interest, desire, action</translation>
    </message>
    <message>
        <source>Empty &amp;five-stage map</source>
        <translation>Empty &amp;five-stage map</translation>
    </message>
    <message>
        <source>Awareness, consideration, purchase, retention, advocacy</source>
        <translation>Awareness, consideration, purchase, retention, advocacy</translation>
    </message>
    <message>
        <source>Open a copy of this example journey</source>
        <translation>Open a copy of this example journey</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>Pain point:</source>
        <translation>Pain point:</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 of %2</translation>
    </message>
    <message>
        <source>No touchpoints in this phase yet.</source>
        <translation>No touchpoints in this phase yet.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>Opportunity:</translation>
    </message>
</context>
<context>
    <name>OpenJob</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Drawing the map of %n touchpoint(s)…</source>
        <translation>
            <numerusform>Drawing the map of %n touchpoint…</numerusform>
            <numerusform>Drawing the map of %n touchpoints…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>1 low</source>
        <translation>1 low</translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation>2 medium</translation>
    </message>
    <message>
        <source>3 high</source>
        <translation>3 high</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Big bets</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Fill-ins</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Thankless tasks</translation>
    </message>
    <message>
        <source>Drag an opportunity into the matrix to rate it</source>
        <translation>Drag an opportunity into the matrix to rate it</translation>
    </message>
    <message>
        <source>worth it, little effort: do first</source>
        <translation>worth it, little effort: do first</translation>
    </message>
    <message>
        <source>worth it, more effort: plan it</source>
        <translation>worth it, more effort: plan it</translation>
    </message>
    <message>
        <source>small either way: when there is time</source>
        <translation>small either way: when there is time</translation>
    </message>
    <message>
        <source>costs more than it brings: drop or rethink</source>
        <translation>costs more than it brings: drop or rethink</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>whole journey</source>
        <translation>whole journey</translation>
    </message>
    <message>
        <source>Impact/effort matrix</source>
        <translation>Impact/effort matrix</translation>
    </message>
    <message>
        <source>Make this panel larger to see the matrix (or float it).</source>
        <translation>Make this panel larger to see the matrix (or float it).</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 more</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
</context>
<context>
    <name>OpportunityDock</name>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown; the map dims the touchpoints of the others</source>
        <translation>%1 of %2 shown; the map dims the touchpoints of the others</translation>
    </message>
    <message>
        <source>“%1” is now %2</source>
        <translation>“%1” is now %2</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Impact/effort</source>
        <translation>Impact/effort</translation>
    </message>
    <message>
        <source>List or matrix of the opportunities</source>
        <translation>List or matrix of the opportunities</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add an opportunity for the touchpoints selected on the map</source>
        <translation>Add an opportunity for the touchpoints selected on the map</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the chosen opportunity (Delete)</source>
        <translation>Delete the chosen opportunity (Delete)</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Show only this owner&apos;s opportunities, here and on the map</source>
        <translation>Show only this owner&apos;s opportunities, here and on the map</translation>
    </message>
    <message>
        <source>Show only opportunities with this status, here and on the map</source>
        <translation>Show only opportunities with this status, here and on the map</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>Add an opportunity and press Enter</source>
        <translation>Add an opportunity and press Enter</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Opportunities of this touchpoint</source>
        <translation>Opportunities of this touchpoint</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the selected opportunity off this touchpoint (Delete)</source>
        <translation>Take the selected opportunity off this touchpoint (Delete)</translation>
    </message>
</context>
<context>
    <name>OpportunityTexts</name>
    <message>
        <source>Add opportunity</source>
        <translation>Add opportunity</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Edit opportunity</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n opportunity(s)</source>
        <translation>
            <numerusform>Delete %n opportunity</numerusform>
            <numerusform>Delete %n opportunities</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the status of an opportunity</source>
        <translation>Change the status of an opportunity</translation>
    </message>
    <message>
        <source>Rate opportunity</source>
        <translation>Rate opportunity</translation>
    </message>
    <message>
        <source>Edit service blueprint</source>
        <translation>Edit service blueprint</translation>
    </message>
</context>
<context>
    <name>PdfExportJob</name>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exporting “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Exporting page %1 of about %2…</source>
        <translation>Exporting page %1 of about %2…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>The PDF was not exported.</source>
        <translation>The PDF was not exported.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
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
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Whole map on one page</source>
        <translation>Whole map on one page</translation>
    </message>
    <message>
        <source>Split over several pages</source>
        <translation>Split over several pages</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Small maps stay readable; big ones get small print.</source>
        <translation>Small maps stay readable; big ones get small print.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Cover</source>
        <translation>&amp;Cover</translation>
    </message>
    <message>
        <source>&amp;At a glance</source>
        <translation>&amp;At a glance</translation>
    </message>
    <message>
        <source>&amp;Journey map</source>
        <translation>&amp;Journey map</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>Per&amp;sonas</source>
        <translation>Per&amp;sonas</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>&amp;Recommendations</translation>
    </message>
    <message>
        <source>Appen&amp;dix</source>
        <translation>Appen&amp;dix</translation>
    </message>
    <message>
        <source>Sections with nothing to show are left out anyway.</source>
        <translation>Sections with nothing to show are left out anyway.</translation>
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
        <translation>Poster (one page, map at full size)</translation>
    </message>
    <message>
        <source>One page while card labels stay at least 9 pt, otherwise split over several pages.</source>
        <translation>One page while card labels stay at least 9 pt, otherwise split over several pages.</translation>
    </message>
    <message>
        <source>Split between rows of cards: every page shows all phases with their headers; the first one shows an index.</source>
        <translation>Split between rows of cards: every page shows all phases with their headers; the first one shows an index.</translation>
    </message>
    <message>
        <source>Service &amp;blueprint</source>
        <translation>Service &amp;blueprint</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>&amp;Opportunities</translation>
    </message>
</context>
<context>
    <name>PersonaChips</name>
    <message>
        <source>No personas yet: add them in the Personas panel.</source>
        <translation>No personas yet: add them in the Personas panel.</translation>
    </message>
    <message>
        <source>Very unhappy (−2)</source>
        <translation>Very unhappy (−2)</translation>
    </message>
    <message>
        <source>Unhappy (−1)</source>
        <translation>Unhappy (−1)</translation>
    </message>
    <message>
        <source>Neutral (0)</source>
        <translation>Neutral (0)</translation>
    </message>
    <message>
        <source>Happy (+1)</source>
        <translation>Happy (+1)</translation>
    </message>
    <message>
        <source>Very happy (+2)</source>
        <translation>Very happy (+2)</translation>
    </message>
    <message>
        <source>On the path of this persona</source>
        <translation>On the path of this persona</translation>
    </message>
    <message>
        <source>as general</source>
        <translation>as general</translation>
    </message>
    <message>
        <source>Feels like the touchpoint&apos;s general emotion</source>
        <translation>Feels like the touchpoint&apos;s general emotion</translation>
    </message>
    <message>
        <source>How this persona feels here, if not like the touchpoint&apos;s general emotion</source>
        <translation>How this persona feels here, if not like the touchpoint&apos;s general emotion</translation>
    </message>
    <message>
        <source>Emotion of %1</source>
        <translation>Emotion of %1</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Persona colour</source>
        <translation>Persona colour</translation>
    </message>
    <message>
        <source>The persona cannot be saved like this:
%1</source>
        <translation>The persona cannot be saved like this:
%1</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Edit persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Pains</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Preferred channels</translation>
    </message>
    <message>
        <source>e.g. Dr. Katrin Vogel</source>
        <translation>e.g. Dr. Katrin Vogel</translation>
    </message>
    <message>
        <source>e.g. Head of purchasing at a medical-technology maker</source>
        <translation>e.g. Head of purchasing at a medical-technology maker</translation>
    </message>
    <message>
        <source>e.g. Medical technology</source>
        <translation>e.g. Medical technology</translation>
    </message>
    <message>
        <source>What would this persona say about buying from you?</source>
        <translation>What would this persona say about buying from you?</translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation>One goal per line</translation>
    </message>
    <message>
        <source>One pain per line</source>
        <translation>One pain per line</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Filter channels</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>Choose any colour</translation>
    </message>
    <message>
        <source>Up to three letters; empty: taken from the name</source>
        <translation>Up to three letters; empty: taken from the name</translation>
    </message>
    <message>
        <source>B2B (business customers)</source>
        <translation>B2B (business customers)</translation>
    </message>
    <message>
        <source>B2C (consumers)</source>
        <translation>B2C (consumers)</translation>
    </message>
</context>
<context>
    <name>PersonaDock</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Check to show the path and emotion curve on the map; double-click to edit.</source>
        <translation>Check to show the path and emotion curve on the map; double-click to edit.</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Add selection to persona</source>
        <translation>Add selection to persona</translation>
    </message>
    <message>
        <source>Remove selection from persona</source>
        <translation>Remove selection from persona</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Add a persona</translation>
    </message>
    <message>
        <source>Edit the selected persona</source>
        <translation>Edit the selected persona</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Delete the selected persona</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Put the selected touchpoints and links on this persona&apos;s path</source>
        <translation>Put the selected touchpoints and links on this persona&apos;s path</translation>
    </message>
    <message>
        <source>Take the selected touchpoints and links off this persona&apos;s path</source>
        <translation>Take the selected touchpoints and links off this persona&apos;s path</translation>
    </message>
    <message>
        <source>No personas yet. Add one with +, then put touchpoints and links on its path in the inspector or with a right-click on the map.</source>
        <translation>No personas yet. Add one with +, then put touchpoints and links on its path in the inspector or with a right-click on the map.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Show the path and curve of every checked persona</source>
        <translation>Show the path and curve of every checked persona</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Show only the selected persona and dim everything off its path</source>
        <translation>Show only the selected persona and dim everything off its path</translation>
    </message>
    <message>
        <source>General emotion curve</source>
        <translation>General emotion curve</translation>
    </message>
    <message>
        <source>The curve of the touchpoints&apos; own emotions (dashed while persona curves are shown)</source>
        <translation>The curve of the touchpoints&apos; own emotions (dashed while persona curves are shown)</translation>
    </message>
    <message>
        <source>Check a persona to show its path and curve on the map</source>
        <translation>Check a persona to show its path and curve on the map</translation>
    </message>
</context>
<context>
    <name>PersonaTexts</name>
    <message>
        <source>Add to the path of %1</source>
        <translation>Add to the path of %1</translation>
    </message>
    <message>
        <source>Remove from the path of %1</source>
        <translation>Remove from the path of %1</translation>
    </message>
    <message>
        <source>Set the emotion of %1</source>
        <translation>Set the emotion of %1</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>New phase</source>
        <translation>New phase</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) of “%1” go to</source>
        <translation>
            <numerusform>%n card of “%1” goes to</numerusform>
            <numerusform>%n cards of “%1” go to</numerusform>
        </translation>
    </message>
    <message>
        <source>Every phase needs a name (row %1).</source>
        <translation>Every phase needs a name (row %1).</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>The lanes of the map, left to right. Double-click a name to rename it; the number shows how many cards a lane holds.</source>
        <translation>The lanes of the map, left to right. Double-click a name to rename it; the number shows how many cards a lane holds.</translation>
    </message>
    <message>
        <source>Name (German)</source>
        <translation>Name (German)</translation>
    </message>
    <message>
        <source>Subtitle (German)</source>
        <translation>Subtitle (German)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Subtitle (English)</source>
        <translation>Subtitle (English)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a lane after the selected one</source>
        <translation>Add a lane after the selected one</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected lane; its cards go to the lane you pick below</source>
        <translation>Remove the selected lane; its cards go to the lane you pick below</translation>
    </message>
    <message>
        <source>Move the lane to the left</source>
        <translation>Move the lane to the left</translation>
    </message>
    <message>
        <source>Move the lane to the right</source>
        <translation>Move the lane to the right</translation>
    </message>
    <message>
        <source>Use a model</source>
        <translation>Use a model</translation>
    </message>
    <message>
        <source>AIDA(LA): six phases, attention … advocacy</source>
        <translation>AIDA(LA): six phases, attention … advocacy</translation>
    </message>
    <message>
        <source>AIDA: four phases, attention … action</source>
        <translation>AIDA: four phases, attention … action</translation>
    </message>
    <message>
        <source>Five stages: awareness … advocacy</source>
        <translation>Five stages: awareness … advocacy</translation>
    </message>
    <message>
        <source>Cards of removed phases</source>
        <translation>Cards of removed phases</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>Export PNG picture</source>
        <translation>Export PNG picture</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Drawing the map…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing the PNG file…</source>
        <translation>Writing the PNG file…</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Accent colour of the report</source>
        <translation>Accent colour of the report</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Journey Properties</source>
        <translation>Journey Properties</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Author</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <source>e.g. Ordering spare parts</source>
        <translation>e.g. Ordering spare parts</translation>
    </message>
    <message>
        <source>Whose customers are mapped</source>
        <translation>Whose customers are mapped</translation>
    </message>
    <message>
        <source>Who leads the workshop</source>
        <translation>Who leads the workshop</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>held on</translation>
    </message>
    <message>
        <source>One name or group per line</source>
        <translation>One name or group per line</translation>
    </message>
    <message>
        <source>What the journey is about, in a few sentences</source>
        <translation>What the journey is about, in a few sentences</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>e.g. 1.0</translation>
    </message>
    <message>
        <source>The language of the map&apos;s texts and of its reports</source>
        <translation>The language of the map&apos;s texts and of its reports</translation>
    </message>
    <message>
        <source>Colour of the report&apos;s cover and headings</source>
        <translation>Colour of the report&apos;s cover and headings</translation>
    </message>
</context>
<context>
    <name>RecommenderDialog</name>
    <message>
        <source>Which touchpoints fit us?</source>
        <translation>Which touchpoints fit us?</translation>
    </message>
    <message>
        <source>Say how important each need is to your customers. The catalogue&apos;s touchpoints are ranked by how well they serve the needs you weight; tick the ones you want and add them to the journey.</source>
        <translation>Say how important each need is to your customers. The catalogue&apos;s touchpoints are ranked by how well they serve the needs you weight; tick the ones you want and add them to the journey.</translation>
    </message>
    <message>
        <source>&amp;Add to journey</source>
        <translation>&amp;Add to journey</translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation>C&amp;lear answers</translation>
    </message>
    <message>
        <source>How important is it to you?</source>
        <translation>How important is it to you?</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Ranked touchpoints</source>
        <translation>Ranked touchpoints</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>Suits: %1</translation>
    </message>
    <message>
        <source>already on the map</source>
        <translation>already on the map</translation>
    </message>
    <message numerus="yes">
        <source>fills the empty phase(s) %1</source>
        <translation>
            <numerusform>fills the empty phase %1</numerusform>
            <numerusform>fills the empty phases %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Every phase of the journey has at least one touchpoint.</source>
        <translation>Every phase of the journey has at least one touchpoint.</translation>
    </message>
    <message>
        <source>Phases your journey leaves empty:</source>
        <translation>Phases your journey leaves empty:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) chosen: %1</source>
        <translation>
            <numerusform>%n touchpoint chosen: %1</numerusform>
            <numerusform>%n touchpoints chosen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the touchpoints you want to add.</source>
        <translation>Tick the touchpoints you want to add.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n recommended touchpoint(s)</source>
        <translation>
            <numerusform>Add %n recommended touchpoint</numerusform>
            <numerusform>Add %n recommended touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n touchpoint(s) to the journey.</source>
        <translation>
            <numerusform>Added %n touchpoint to the journey.</numerusform>
            <numerusform>Added %n touchpoints to the journey.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>an unsaved journey</source>
        <translation>an unsaved journey</translation>
    </message>
    <message>
        <source>journeymap was not closed properly. Changes to “%1” from %2 were saved automatically.</source>
        <translation>journeymap was not closed properly. Changes to “%1” from %2 were saved automatically.</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <source>Restore opens them again (not yet saved). Discard deletes them for good. Later asks again at the next start.</source>
        <translation>Restore opens them again (not yet saved). Discard deletes them for good. Later asks again at the next start.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>One minute less (−)</source>
        <translation>One minute less (−)</translation>
    </message>
    <message>
        <source>One minute more (+)</source>
        <translation>One minute more (+)</translation>
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
        <translation>Start or pause (S)</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Exercise running</source>
        <translation>Exercise running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Ready – press S to start</source>
        <translation>Ready – press S to start</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>%1 from the catalogue, in %2</source>
        <translation>%1 from the catalogue, in %2</translation>
    </message>
    <message>
        <source>Own touchpoint, in %2</source>
        <translation>Own touchpoint, in %2</translation>
    </message>
    <message>
        <source>What happens here, from the customer&apos;s point of view</source>
        <translation>What happens here, from the customer&apos;s point of view</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Contact, channel</source>
        <translation>Contact, channel</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <source>Direct: the customer meets the company itself; indirect: via others</source>
        <translation>Direct: the customer meets the company itself; indirect: via others</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Analogue</source>
        <translation>Analogue</translation>
    </message>
    <message>
        <source>What makes the customer feel this way?</source>
        <translation>What makes the customer feel this way?</translation>
    </message>
    <message>
        <source>One pain point per line</source>
        <translation>One pain point per line</translation>
    </message>
    <message>
        <source>Who in the company looks after this touchpoint?</source>
        <translation>Who in the company looks after this touchpoint?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start a new journey</source>
        <translation>Start a new journey</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation>Open a journey file</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the journey</source>
        <translation>Save the journey</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the journey under a new name</source>
        <translation>Save the journey under a new name</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the journey</source>
        <translation>Close the journey</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF Report…</translation>
    </message>
    <message>
        <source>Export the journey as a PDF report</source>
        <translation>Export the journey as a PDF report</translation>
    </message>
    <message>
        <source>P&amp;NG Picture…</source>
        <translation>P&amp;NG Picture…</translation>
    </message>
    <message>
        <source>Export the map as a PNG picture</source>
        <translation>Export the map as a PNG picture</translation>
    </message>
    <message>
        <source>&amp;SVG Picture…</source>
        <translation>&amp;SVG Picture…</translation>
    </message>
    <message>
        <source>Export the map as an SVG vector picture</source>
        <translation>Export the map as an SVG vector picture</translation>
    </message>
    <message>
        <source>&amp;CSV Table…</source>
        <translation>&amp;CSV Table…</translation>
    </message>
    <message>
        <source>Export the touchpoints and their KPIs as CSV</source>
        <translation>Export the touchpoints and their KPIs as CSV</translation>
    </message>
    <message>
        <source>&amp;Mermaid Journey…</source>
        <translation>&amp;Mermaid Journey…</translation>
    </message>
    <message>
        <source>Export the journey as a Mermaid diagram</source>
        <translation>Export the journey as a Mermaid diagram</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit journeymap</source>
        <translation>Quit journeymap</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Cut the selected touchpoints</source>
        <translation>Cut the selected touchpoints</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected touchpoints and the links between them</source>
        <translation>Copy the selected touchpoints and the links between them</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste touchpoints</source>
        <translation>Paste touchpoints</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected touchpoints and links</source>
        <translation>Delete the selected touchpoints and links</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Select every touchpoint and link</source>
        <translation>Select every touchpoint and link</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Rename the selected touchpoint on the map</source>
        <translation>Rename the selected touchpoint on the map</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoom to 100 %</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>Fit all phases into the window, lanes as tall as the view</source>
        <translation>Fit all phases into the window, lanes as tall as the view</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop Mode</translation>
    </message>
    <message>
        <source>Present the journey full screen, phase by phase</source>
        <translation>Present the journey full screen, phase by phase</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <source>Title, company, author, workshop date and the report&apos;s logo and colour</source>
        <translation>Title, company, author, workshop date and the report&apos;s logo and colour</translation>
    </message>
    <message>
        <source>P&amp;hases…</source>
        <translation>P&amp;hases…</translation>
    </message>
    <message>
        <source>Rename, add, remove and reorder the lanes of the map</source>
        <translation>Rename, add, remove and reorder the lanes of the map</translation>
    </message>
    <message>
        <source>Which &amp;touchpoints fit us?…</source>
        <translation>Which &amp;touchpoints fit us?…</translation>
    </message>
    <message>
        <source>Rank the catalogue&apos;s touchpoints by your customers&apos; needs and add the best</source>
        <translation>Rank the catalogue&apos;s touchpoints by your customers&apos; needs and add the best</translation>
    </message>
    <message>
        <source>&amp;About journeymap</source>
        <translation>&amp;About journeymap</translation>
    </message>
    <message>
        <source>About journeymap</source>
        <translation>About journeymap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>About the Qt toolkit</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>New from &amp;Template/Sample</source>
        <translation>New from &amp;Template/Sample</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Link to…</translation>
    </message>
    <message>
        <source>Link the selected touchpoint to one picked from a list</source>
        <translation>Link the selected touchpoint to one picked from a list</translation>
    </message>
    <message>
        <source>Open a Mermaid journey, a CSV file or an Excel workbook as a new journey</source>
        <translation>Open a Mermaid journey, a CSV file or an Excel workbook as a new journey</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel Workbook…</translation>
    </message>
    <message>
        <source>Export touchpoints, KPIs per phase and findings as an Excel workbook</source>
        <translation>Export touchpoints, KPIs per phase and findings as an Excel workbook</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Compare &amp;with…</translation>
    </message>
    <message>
        <source>Show another version of this journey over the map, with a list of the differences</source>
        <translation>Show another version of this journey over the map, with a list of the differences</translation>
    </message>
    <message>
        <source>&amp;Merge from…</source>
        <translation>&amp;Merge from…</translation>
    </message>
    <message>
        <source>Take the changes of another version of this journey, one by one</source>
        <translation>Take the changes of another version of this journey, one by one</translation>
    </message>
    <message>
        <source>Save a copy to plan the journey as it should be; it remembers this version</source>
        <translation>Save a copy to plan the journey as it should be; it remembers this version</translation>
    </message>
    <message>
        <source>Save as To-Be &amp;Version…</source>
        <translation>Save as To-Be &amp;Version…</translation>
    </message>
    <message>
        <source>Print &amp;Workshop Kit…</source>
        <translation>Print &amp;Workshop Kit…</translation>
    </message>
    <message>
        <source>Print touchpoint cards, a lane poster and persona sheets for a paper workshop</source>
        <translation>Print touchpoint cards, a lane poster and persona sheets for a paper workshop</translation>
    </message>
    <message>
        <source>Service &amp;Blueprint</source>
        <translation>Service &amp;Blueprint</translation>
    </message>
    <message>
        <source>Show what happens inside the company at each touchpoint, below the map&apos;s steps</source>
        <translation>Show what happens inside the company at each touchpoint, below the map&apos;s steps</translation>
    </message>
</context>
<context>
    <name>WorkshopKit</name>
    <message>
        <source>journey</source>
        <translation>journey</translation>
    </message>
    <message>
        <source>Touchpoint cards</source>
        <translation>Touchpoint cards</translation>
    </message>
    <message>
        <source>%1 - cards</source>
        <translation>%1 - cards</translation>
    </message>
    <message>
        <source>Lane poster</source>
        <translation>Lane poster</translation>
    </message>
    <message>
        <source>%1 - poster</source>
        <translation>%1 - poster</translation>
    </message>
    <message>
        <source>%1 - persona sheets</source>
        <translation>%1 - persona sheets</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save Workshop Kit</source>
        <translation>Save Workshop Kit</translation>
    </message>
</context>
<context>
    <name>WorkshopKitDialog</name>
    <message>
        <source>This journey has no touchpoints yet. Add empty cards to print cards to write on.</source>
        <translation>This journey has no touchpoints yet. Add empty cards to print cards to write on.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation>%1 landscape</translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation>%1 portrait</translation>
    </message>
    <message numerus="yes">
        <source>Page 1 of %n</source>
        <translation>
            <numerusform>Page 1 of %n</numerusform>
            <numerusform>Page 1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is too long for one poster: its labels are only %1 pt. For a readable map on several sheets use File ▸ Export ▸ PDF Report… with “Split over several pages”.</source>
        <translation>The map is too long for one poster: its labels are only %1 pt. For a readable map on several sheets use File ▸ Export ▸ PDF Report… with “Split over several pages”.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n touchpoints of the catalogue as cards to cut out: icon, name, a short description, the phases each suits and what it serves best.</source>
        <translation>
            <numerusform>The catalogue&apos;s %n touchpoint as a card to cut out: icon, name, a short description, the phases it suits and what it serves best.</numerusform>
            <numerusform>All %n touchpoints of the catalogue as cards to cut out: icon, name, a short description, the phases each suits and what it serves best.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phases as lanes with a guiding question each, an emotion scale and room for cards and sticky notes, in landscape.</source>
        <translation>The phases as lanes with a guiding question each, an emotion scale and room for cards and sticky notes, in landscape.</translation>
    </message>
    <message numerus="yes">
        <source>This journey&apos;s whole map with its %n touchpoint(s) on one poster, in landscape.</source>
        <translation>
            <numerusform>This journey&apos;s whole map with its %n touchpoint on one poster, in landscape.</numerusform>
            <numerusform>This journey&apos;s whole map with its %n touchpoints on one poster, in landscape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One A4 sheet per persona of this journey (%n), to complete in the workshop.</source>
        <translation>
            <numerusform>One A4 sheet for this journey&apos;s persona, to complete in the workshop.</numerusform>
            <numerusform>One A4 sheet per persona of this journey (%n), to complete in the workshop.</numerusform>
        </translation>
    </message>
    <message>
        <source>This journey has no personas yet: an empty persona sheet to fill in.</source>
        <translation>This journey has no personas yet: an empty persona sheet to fill in.</translation>
    </message>
    <message>
        <source>Cards of 90 × 64 mm, eight to a sheet, with crop marks.</source>
        <translation>Cards of 90 × 64 mm, eight to a sheet, with crop marks.</translation>
    </message>
    <message>
        <source>Cards of 127 × 91 mm, eight to a sheet, for walls and an A0 poster.</source>
        <translation>Cards of 127 × 91 mm, eight to a sheet, for walls and an A0 poster.</translation>
    </message>
    <message>
        <source>Print Workshop Kit</source>
        <translation>Print Workshop Kit</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>What to print</translation>
    </message>
    <message>
        <source>Touchpoint &amp;cards from the catalogue</source>
        <translation>Touchpoint &amp;cards from the catalogue</translation>
    </message>
    <message>
        <source>Cards of &amp;this journey&apos;s touchpoints</source>
        <translation>Cards of &amp;this journey&apos;s touchpoints</translation>
    </message>
    <message>
        <source>&amp;Lane poster to work on</source>
        <translation>&amp;Lane poster to work on</translation>
    </message>
    <message>
        <source>This journey as a &amp;poster</source>
        <translation>This journey as a &amp;poster</translation>
    </message>
    <message>
        <source>Pe&amp;rsona sheets</source>
        <translation>Pe&amp;rsona sheets</translation>
    </message>
    <message>
        <source>&amp;Empty sheets to add:</source>
        <translation>&amp;Empty sheets to add:</translation>
    </message>
    <message>
        <source>&amp;Empty cards to add:</source>
        <translation>&amp;Empty cards to add:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Preview of the first page</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>This journey&apos;s %n touchpoint(s) as cards, so the group can re-sort them on paper: label, phase, emotion, pain points and opportunities.</source>
        <translation>
            <numerusform>This journey&apos;s %n touchpoint as a card, so the group can re-sort it on paper: label, phase, emotion, pain points and opportunities.</numerusform>
            <numerusform>This journey&apos;s %n touchpoints as cards, so the group can re-sort them on paper: label, phase, emotion, pain points and opportunities.</numerusform>
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
        <translation>←/→ or Page Up/Down: phases · Home/End: first/last · B: blank screen · Esc: back to editing
T: timer · S: start/pause · 1/2/3: 5/10/15 min · +/−: a minute more/less · R: reset · F1: these keys</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Journey map</source>
        <translation>Journey map</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service blueprint</translation>
    </message>
    <message>
        <source>Map or service blueprint</source>
        <translation>Map or service blueprint</translation>
    </message>
    <message>
        <source>What happens inside the company at each touchpoint (Ctrl+Shift+B)</source>
        <translation>What happens inside the company at each touchpoint (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Rename touchpoint</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>Edit %1 of “%2”</translation>
    </message>
</context>
</TS>
