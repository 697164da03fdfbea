<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfigTab</name>
    <message numerus="yes">
        <source>%n value(s), each with its version history</source>
        <translation>
            <numerusform>%n value, with its version history</numerusform>
            <numerusform>%n values, each with its version history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperiencesDialog</name>
    <message numerus="yes">
        <source>%n of yours</source>
        <translation>
            <numerusform>%n of yours</numerusform>
            <numerusform>%n of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public experience(s)</source>
        <translation>
            <numerusform>%n public experience</numerusform>
            <numerusform>%n public experiences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingDetail</name>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingRow</name>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalApiDialog</name>
    <message numerus="yes">
        <source>%1 · %n request(s) served</source>
        <translation>
            <numerusform>%1 · %n request served</numerusform>
            <numerusform>%1 · %n requests served</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketBrowse</name>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketplacePanel</name>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n collection</numerusform>
            <numerusform>%n collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyListings</name>
    <message numerus="yes">
        <source>%n listing(s) of yours</source>
        <translation>
            <numerusform>%n listing of yours</numerusform>
            <numerusform>%n listings of yours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrefabBrowserDialog</name>
    <message numerus="yes">
        <source>%n prefab(s)</source>
        <translation>
            <numerusform>%n prefab</numerusform>
            <numerusform>%n prefabs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n transaction(s) written to %1.</source>
        <translation>
            <numerusform>%n transaction written to %1.</numerusform>
            <numerusform>%n transactions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message numerus="yes">
        <source>%n explicit grant(s).</source>
        <translation>
            <numerusform>%n explicit grant.</numerusform>
            <numerusform>%n explicit grants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapWizard</name>
    <message numerus="yes">
        <source>%n hour(s) from now</source>
        <translation>
            <numerusform>%n hour from now</numerusform>
            <numerusform>%n hours from now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapsPanel</name>
    <message numerus="yes">
        <source>%n swap(s) in this view · atomic swaps with a hashlock and a timelock (HTLC)</source>
        <translation>
            <numerusform>%n swap in this view · atomic swaps with a hashlock and a timelock (HTLC)</numerusform>
            <numerusform>%n swaps in this view · atomic swaps with a hashlock and a timelock (HTLC)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelemetryRow</name>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalletsPanel</name>
    <message numerus="yes">
        <source>%1 %2 in %n account(s)</source>
        <translation>
            <numerusform>%1 %2 in %n account</numerusform>
            <numerusform>%1 %2 in %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldSidebar</name>
    <message numerus="yes">
        <source>Generated in %1 ms · %n prefab draw(s)</source>
        <translation>
            <numerusform>Generated in %1 ms · %n prefab draw</numerusform>
            <numerusform>Generated in %1 ms · %n prefab draws</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open in this world</source>
        <translation>
            <numerusform>%n open in this world</numerusform>
            <numerusform>%n open in this world</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored world · %n prefab draw(s)</source>
        <translation>
            <numerusform>Stored world · %n prefab draw</numerusform>
            <numerusform>Stored world · %n prefab draws</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldsPanel</name>
    <message numerus="yes">
        <source>World %1 · %n object(s)</source>
        <translation>
            <numerusform>World %1 · %n object</numerusform>
            <numerusform>World %1 · %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::ErrorInfo</name>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Wait %n second and try again.</numerusform>
            <numerusform>Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::MarketController</name>
    <message numerus="yes">
        <source>Enter a price above zero, with at most %n decimal(s).</source>
        <translation>
            <numerusform>Enter a price above zero, with at most %n decimal.</numerusform>
            <numerusform>Enter a price above zero, with at most %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::SwapsController</name>
    <message numerus="yes">
        <source>The secret is 64 hex digits (0–9, a–f); this has %n character(s).</source>
        <translation>
            <numerusform>The secret is 64 hex digits (0–9, a–f); this has %n character.</numerusform>
            <numerusform>The secret is 64 hex digits (0–9, a–f); this has %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::WalletController</name>
    <message numerus="yes">
        <source>%n label(s) exported to %1.</source>
        <translation>
            <numerusform>%n label exported to %1.</numerusform>
            <numerusform>%n labels exported to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
