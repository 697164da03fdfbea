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
    <name>QObject</name>
    <message numerus="yes">
        <source>%n transaction(s) written to %1.</source>
        <translation>
            <numerusform>%n transaction written to %1.</numerusform>
            <numerusform>%n transactions written to %1.</numerusform>
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
