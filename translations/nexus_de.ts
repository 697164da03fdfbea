<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Users, roles, configuration and system controls — acting as %1 (%2)</source>
        <translation>Benutzer, Rollen, Konfiguration und Systemsteuerung – handelnd als %1 (%2)</translation>
    </message>
    <message>
        <source>Users, roles, configuration and system controls</source>
        <translation>Benutzer, Rollen, Konfiguration und Systemsteuerung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles &amp; permissions</source>
        <translation>Rollen &amp; Berechtigungen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Feature flags</source>
        <translation>Funktionsschalter</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Choose an asset.</source>
        <translation>Wählen Sie ein Asset.</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>Loading entry %1…</source>
        <translation>Eintrag %1 wird geladen …</translation>
    </message>
    <message>
        <source>Select an entry</source>
        <translation>Wählen Sie einen Eintrag</translation>
    </message>
    <message>
        <source>Its caller, method, outcome, argument digest and hashes appear here.</source>
        <translation>Aufrufer, Methode, Ergebnis, Argument-Digest und Hashes erscheinen hier.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>(no local identity)</source>
        <translation>(keine lokale Identität)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Role then</source>
        <translation>Rolle damals</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Hashes (SHA-256, ICRC-3 value hash)</source>
        <translation>Hashes (SHA-256, ICRC-3-Wert-Hash)</translation>
    </message>
    <message>
        <source>Arguments digest</source>
        <translation>Argument-Digest</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Vorheriger Hash</translation>
    </message>
    <message>
        <source>(first entry)</source>
        <translation>(erster Eintrag)</translation>
    </message>
    <message>
        <source>Stored hash</source>
        <translation>Gespeicherter Hash</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>Neu berechnet</translation>
    </message>
    <message>
        <source>✓ The stored hash matches the entry&apos;s content.</source>
        <translation>✓ Der gespeicherte Hash passt zum Inhalt des Eintrags.</translation>
    </message>
    <message>
        <source>⚠ The stored hash does not match: this entry was changed after it was written.</source>
        <translation>⚠ Der gespeicherte Hash passt nicht: Dieser Eintrag wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>← Older</source>
        <translation>← Älter</translation>
    </message>
    <message>
        <source>Newer →</source>
        <translation>Neuer →</translation>
    </message>
    <message>
        <source>Hashed value (ICRC-3)</source>
        <translation>Gehashter Wert (ICRC-3)</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Caller (name or principal)</source>
        <translation>Aufrufer (Name oder Principal)</translation>
    </message>
    <message>
        <source>Method, or service.</source>
        <translation>Methode oder Dienst.</translation>
    </message>
    <message>
        <source>An exact method such as users.set_role, or a whole service such as users.</source>
        <translation>Eine genaue Methode wie users.set_role oder ein ganzer Dienst wie users.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Text in summary or method</source>
        <translation>Text in Zusammenfassung oder Methode</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>First day, as YYYY-MM-DD</source>
        <translation>Erster Tag, als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Last day (included), as YYYY-MM-DD</source>
        <translation>Letzter Tag (einschließlich), als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>%1 matching entries · newest first</source>
        <translation>%1 passende Einträge · neueste zuerst</translation>
    </message>
    <message>
        <source>%1 entries, each hash-chained to the one before · newest first</source>
        <translation>%1 Einträge, jeder per Hash mit dem vorherigen verkettet · neueste zuerst</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>Method and summary</source>
        <translation>Methode und Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No entries match these filters</source>
        <translation>Keine Einträge passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>The audit log is empty</source>
        <translation>Das Prüfprotokoll ist leer</translation>
    </message>
    <message>
        <source>Loosen or clear the filters to see more.</source>
        <translation>Lockern oder entfernen Sie die Filter, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>Every call through the gateway adds an entry here.</source>
        <translation>Jeder Aufruf über das Gateway fügt hier einen Eintrag hinzu.</translation>
    </message>
</context>
<context>
    <name>BreakerCard</name>
    <message>
        <source>Circuit breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Conversions with %1 are refused since %2. Reset the breaker once the sources look sound, or serve a manual price meanwhile.</source>
        <translation>Umrechnungen mit %1 werden seit %2 abgelehnt. Setzen Sie den Schutzschalter zurück, sobald die Quellen stimmig sind, oder geben Sie bis dahin einen manuellen Preis vor.</translation>
    </message>
    <message>
        <source>Serving the manual price %1 %2 since %3, until the breaker is reset.</source>
        <translation>Seit %3 gilt der manuelle Preis %1 %2, bis der Schutzschalter zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Prices are served. The breaker trips on a jump over %1, an inconsistent round, or a price older than twice the heartbeat.</source>
        <translation>Preise werden ausgeliefert. Der Schutzschalter löst bei einem Sprung über %1, einer inkonsistenten Runde oder einem Preis älter als zwei Heartbeats aus.</translation>
    </message>
    <message>
        <source>Pick a feed.</source>
        <translation>Wählen Sie einen Preis-Feed.</translation>
    </message>
    <message>
        <source>Reset: the next consistent round is published without the jump and staleness checks.</source>
        <translation>Zurückgesetzt: Die nächste konsistente Runde wird ohne Sprung- und Aktualitätsprüfung veröffentlicht.</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>Zuletzt veröffentlicht</translation>
    </message>
    <message>
        <source>%1 %2, %3 ago</source>
        <translation>%1 %2, %3 her</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Publishes on</source>
        <translation>Veröffentlicht bei</translation>
    </message>
    <message>
        <source>a %1 move, or every %2</source>
        <translation>%1 Bewegung oder alle %2</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Letzte Runde</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 her</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Reset breaker…</source>
        <translation>Zurücksetzen …</translation>
    </message>
    <message>
        <source>Manual price…</source>
        <translation>Manueller Preis …</translation>
    </message>
    <message>
        <source>Acting as %1: resetting the breaker or setting a price needs the manage_oracle permission.</source>
        <translation>Sie handeln als %1: Zurücksetzen oder Preis vorgeben erfordert die Berechtigung manage_oracle.</translation>
    </message>
</context>
<context>
    <name>BuyDialog</name>
    <message>
        <source>Review your purchase</source>
        <translation>Kauf prüfen</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>Nicht gekauft</translation>
    </message>
    <message>
        <source>The token is in your wallet&apos;s collection; the listing is closed.</source>
        <translation>Der Token liegt jetzt in der Sammlung Ihrer Wallet; das Angebot ist geschlossen.</translation>
    </message>
    <message>
        <source>Checking the listing and your balance…</source>
        <translation>Angebot und Guthaben werden geprüft …</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>%1 (%2 #%3)</source>
        <translation>%1 (%2 #%3)</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Directly from my account (2 ledger transfers)</source>
        <translation>Direkt von meinem Konto (2 Ledger-Überweisungen)</translation>
    </message>
    <message>
        <source>By ICRC-2 approval: approve the marketplace, it collects</source>
        <translation>Per ICRC-2-Freigabe: Marktplatz freigeben, er zieht den Betrag ein</translation>
    </message>
    <message>
        <source>Ledger fees</source>
        <translation>Ledger-Gebühren</translation>
    </message>
    <message>
        <source>2 × %1 %2</source>
        <translation>2 × %1 %2</translation>
    </message>
    <message>
        <source>3 × %1 %2 (approve + 2 transfers)</source>
        <translation>3 × %1 %2 (Freigabe + 2 Überweisungen)</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Sie zahlen</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <source>Not enough: you have %1 %2</source>
        <translation>Nicht genug: Sie haben %1 %2</translation>
    </message>
    <message>
        <source>The sale fee is taken from the seller&apos;s side. The purchase is one transaction: if anything fails, nothing is paid.</source>
        <translation>Die Verkaufsgebühr trägt der Verkäufer. Der Kauf ist eine einzige Transaktion: Schlägt etwas fehl, wird nichts bezahlt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Wird gekauft …</translation>
    </message>
    <message>
        <source>Buy for %1 %2</source>
        <translation>Für %1 %2 kaufen</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>system-managed</source>
        <translation>vom System verwaltet</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Geändert von %1 am %2</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> – „%1“</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>Wert (JSON)</translation>
    </message>
    <message>
        <source>This value changes through its own controls in Admin → System (maintenance, emergency stop); its history is shown below.</source>
        <translation>Dieser Wert ändert sich über eigene Bedienelemente unter Verwaltung → System (Wartung, Notabschaltung); seine Historie steht unten.</translation>
    </message>
    <message>
        <source>Valid. Saving creates version %1.</source>
        <translation>Gültig. Speichern erzeugt Version %1.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save a new version of %1?</source>
        <translation>Neue Version von %1 speichern?</translation>
    </message>
    <message>
        <source>Version %1 becomes the current value. Earlier versions stay in the history and can be restored.</source>
        <translation>Version %1 wird zum aktuellen Wert. Frühere Versionen bleiben in der Historie und können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>ConfigHistory</name>
    <message>
        <source>History (%1 versions)</source>
        <translation>Historie (%1 Versionen)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore version %1 of %2?</source>
        <translation>Version %1 von %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>Its value becomes the current one as version %1; nothing is deleted.</source>
        <translation>Ihr Wert wird als Version %1 zum aktuellen; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show older versions (%1 of %2 shown)</source>
        <translation>Ältere Versionen zeigen (%1 von %2 angezeigt)</translation>
    </message>
</context>
<context>
    <name>ConfigKeyRow</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
</context>
<context>
    <name>ConfigTab</name>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s), each with its version history</source>
        <translation>
            <numerusform>%n Wert, mit seiner Versionshistorie</numerusform>
            <numerusform>%n Werte, jeder mit seiner Versionshistorie</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading configuration…</source>
        <translation>Konfiguration wird geladen …</translation>
    </message>
    <message>
        <source>Select a key</source>
        <translation>Wählen Sie einen Schlüssel</translation>
    </message>
    <message>
        <source>Its value, who changed it and when, every earlier version and the differences between them.</source>
        <translation>Sein Wert, wer ihn wann geändert hat, alle früheren Versionen und die Unterschiede zwischen ihnen.</translation>
    </message>
    <message>
        <source>Reason (kept in the history and the audit log)</source>
        <translation>Grund (wird in der Historie und im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>e.g. raise the limit for the launch event</source>
        <translation>z. B. Limit für das Launch-Event anheben</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConverterCard</name>
    <message>
        <source>Converter</source>
        <translation>Umrechner</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount to convert</source>
        <translation>Umzurechnender Betrag</translation>
    </message>
    <message>
        <source>From asset</source>
        <translation>Von Asset</translation>
    </message>
    <message>
        <source>Swap the assets</source>
        <translation>Assets tauschen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>in</translation>
    </message>
    <message>
        <source>To asset</source>
        <translation>In Asset</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Wird umgerechnet …</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Umrechnen</translation>
    </message>
    <message>
        <source>%1 is</source>
        <translation>%1 sind</translation>
    </message>
    <message>
        <source>Using %1, from %2 (%3 ago).</source>
        <translation>Mit %1 vom %2 (%3 her).</translation>
    </message>
</context>
<context>
    <name>CreateListingDialog</name>
    <message>
        <source>List a token for sale</source>
        <translation>Token zum Verkauf anbieten</translation>
    </message>
    <message>
        <source>Review the listing</source>
        <translation>Angebot prüfen</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht eingestellt</translation>
    </message>
    <message>
        <source>It is in search results now, and under My listings; the token stays locked until it sells or you cancel.</source>
        <translation>Es erscheint jetzt in den Suchergebnissen und unter „Meine Angebote“; der Token bleibt gesperrt, bis er verkauft ist oder Sie das Angebot zurückziehen.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>You hold no unlisted tokens</source>
        <translation>Sie besitzen keine nicht angebotenen Token</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Listing fee %1 %4 now · sale fee %2 %4 · you receive %3 %4%5</source>
        <translation>Einstellgebühr jetzt %1 %4 · Verkaufsgebühr %2 %4 · Sie erhalten %3 %4%5</translation>
    </message>
    <message>
        <source> (volume discount %1 %)</source>
        <translation> (Mengenrabatt %1 %)</translation>
    </message>
    <message>
        <source>Fees are quoted once you enter a price.</source>
        <translation>Die Gebühren erscheinen, sobald Sie einen Preis eingeben.</translation>
    </message>
    <message>
        <source>Title (optional: the token&apos;s name)</source>
        <translation>Titel (optional: Name des Tokens)</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <source>Tags (comma separated)</source>
        <translation>Tags (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>e.g. island, rare, night</source>
        <translation>z. B. Insel, selten, Nacht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>Listing fee (now)</source>
        <translation>Einstellgebühr (jetzt)</translation>
    </message>
    <message>
        <source>Sale fee (on sale)</source>
        <translation>Verkaufsgebühr (bei Verkauf)</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>Sie erhalten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>(the token&apos;s name)</source>
        <translation>(Name des Tokens)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird eingestellt …</translation>
    </message>
    <message>
        <source>List for %1 %2</source>
        <translation>Für %1 %2 anbieten</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut versuchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DetailRow</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Pick two different versions to see what changed.</source>
        <translation>Wählen Sie zwei verschiedene Versionen, um die Änderungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Event</numerusform>
            <numerusform>%n Events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 of %3 places taken</source>
        <translation>%1 · %2 von %3 Plätzen belegt</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Meine Tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>Keine Tickets</translation>
    </message>
    <message>
        <source>Register for an open event to get one.</source>
        <translation>Melden Sie sich für ein offenes Event an, um eines zu erhalten.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>%1 registered, %2 left of %3</source>
        <translation>%1 angemeldet, %2 von %3 frei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open registration</source>
        <translation>Anmeldung öffnen</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>Event absagen …</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n angemeldet</numerusform>
            <numerusform>%n angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Pass…</source>
        <translation>Pass …</translation>
    </message>
    <message>
        <source>Check a pass</source>
        <translation>Pass prüfen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Kein Event ausgewählt</translation>
    </message>
    <message>
        <source>Pick an event on the left.</source>
        <translation>Wählen Sie links ein Event.</translation>
    </message>
    <message>
        <source>Cancel this event?</source>
        <translation>Dieses Event absagen?</translation>
    </message>
    <message>
        <source>Registration closes and every ticket holder sees the event as cancelled. This cannot be undone.</source>
        <translation>Die Anmeldung wird geschlossen, und alle Ticketinhaber sehen das Event als abgesagt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Event absagen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Valid pass for %1, ticket %2, held by %3.%4</source>
        <translation>Gültiger Pass für %1, Ticket %2, Inhaber %3.%4</translation>
    </message>
    <message>
        <source> Already checked in.</source>
        <translation> Bereits eingecheckt.</translation>
    </message>
</context>
<context>
    <name>ExperienceDetail</name>
    <message>
        <source>Choose an experience</source>
        <translation>Wählen Sie ein Erlebnis</translation>
    </message>
    <message>
        <source>Its description, thumbnail and telemetry appear here.</source>
        <translation>Beschreibung, Vorschaubild und Telemetrie erscheinen hier.</translation>
    </message>
    <message>
        <source>No thumbnail</source>
        <translation>Kein Vorschaubild</translation>
    </message>
    <message>
        <source>by %1 · %2 · world %3</source>
        <translation>von %1 · %2 · Welt %3</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Open in preview</source>
        <translation>In der Vorschau öffnen</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>No telemetry in this range</source>
        <translation>Keine Telemetrie in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Clients report events with POST /api/v1/telemetry/ or telemetry.ingest, with this world&apos;s id.</source>
        <translation>Clients melden Ereignisse mit POST /api/v1/telemetry/ oder telemetry.ingest, mit der ID dieser Welt.</translation>
    </message>
</context>
<context>
    <name>ExperienceRow</name>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Schlagwörter</translation>
    </message>
</context>
<context>
    <name>ExperiencesDialog</name>
    <message>
        <source>Experiences</source>
        <translation>Erlebnisse</translation>
    </message>
    <message>
        <source>Search titles, descriptions and tags, e.g. castle, winter, social</source>
        <translation>Titel, Beschreibungen und Schlagwörter durchsuchen, z. B. Burg, Winter, sozial</translation>
    </message>
    <message>
        <source>Search experiences</source>
        <translation>Erlebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message numerus="yes">
        <source>%n of yours</source>
        <translation>
            <numerusform>%n eigenes</numerusform>
            <numerusform>%n eigene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public experience(s)</source>
        <translation>
            <numerusform>%n öffentliches Erlebnis</numerusform>
            <numerusform>%n öffentliche Erlebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No experiences yet</source>
        <translation>Noch keine Erlebnisse</translation>
    </message>
    <message>
        <source>Try another word, or clear the search.</source>
        <translation>Versuchen Sie ein anderes Wort oder leeren Sie die Suche.</translation>
    </message>
    <message>
        <source>Publish a world from the Worlds panel to list it here.</source>
        <translation>Veröffentlichen Sie eine Welt im Bereich Welten, um sie hier aufzulisten.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Entries are written as JSON Lines with their hashes. An export is a contiguous run of entries, so the chain inside it can be verified.</source>
        <translation>Einträge werden als JSON Lines mit ihren Hashes geschrieben. Ein Export ist eine lückenlose Folge von Einträgen, damit sich die Kette darin prüfen lässt.</translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation>Welche Einträge</translation>
    </message>
    <message>
        <source>From the oldest to the newest entry matching the current filters</source>
        <translation>Vom ältesten bis zum neuesten Eintrag, der zu den aktuellen Filtern passt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The whole log (%1 entries)</source>
        <translation>Das ganze Protokoll (%1 Einträge)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Verify it anywhere with:</source>
        <translation>Überall prüfbar mit:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>FlagsTab</name>
    <message>
        <source>Feature flags</source>
        <translation>Funktionsschalter</translation>
    </message>
    <message>
        <source>Turn parts of the product on or off. Needs manage_system; every change is versioned and audited.</source>
        <translation>Teile des Produkts ein- oder ausschalten. Erfordert manage_system; jede Änderung wird versioniert und protokolliert.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 · version %2 · changed by %3 on %4</source>
        <translation>%1 · Version %2 · geändert von %3 am %4</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>No feature flags</source>
        <translation>Keine Funktionsschalter</translation>
    </message>
    <message>
        <source>Flags are configuration keys that start with feature.</source>
        <translation>Schalter sind Konfigurationsschlüssel, die mit feature. beginnen.</translation>
    </message>
</context>
<context>
    <name>IdentitySwitcher</name>
    <message>
        <source>Acting as %1. Switch identity</source>
        <translation>Handelnd als %1. Identität wechseln</translation>
    </message>
    <message>
        <source>No identity yet</source>
        <translation>Noch keine Identität</translation>
    </message>
    <message>
        <source>as %1 · %2</source>
        <translation>als %1 · %2</translation>
    </message>
    <message>
        <source>Act as</source>
        <translation>Handeln als</translation>
    </message>
</context>
<context>
    <name>ListingDetail</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Close the listing</source>
        <translation>Angebotsansicht schließen</translation>
    </message>
    <message>
        <source>No fiat value: %1</source>
        <translation>Kein Fiat-Wert: %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>for sale</source>
        <translation>zu verkaufen</translation>
    </message>
    <message>
        <source>your listing</source>
        <translation>Ihr Angebot</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Kaufen …</translation>
    </message>
    <message>
        <source>Change price…</source>
        <translation>Preis ändern …</translation>
    </message>
    <message>
        <source>Cancel listing…</source>
        <translation>Angebot zurückziehen …</translation>
    </message>
    <message>
        <source>Unhide…</source>
        <translation>Einblenden …</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ausblenden …</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <source>%1 · token #%2</source>
        <translation>%1 · Token #%2</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Token metadata</source>
        <translation>Token-Metadaten</translation>
    </message>
    <message>
        <source>Market history of this token</source>
        <translation>Marktverlauf dieses Tokens</translation>
    </message>
    <message>
        <source>First time on the market.</source>
        <translation>Zum ersten Mal auf dem Markt.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 durch %2: %3</translation>
    </message>
</context>
<context>
    <name>ListingRow</name>
    <message>
        <source>%1 · #%2 · by %3</source>
        <translation>%1 · #%2 · von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>for sale</source>
        <translation>zu verkaufen</translation>
    </message>
</context>
<context>
    <name>ListingTile</name>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihres</translation>
    </message>
</context>
<context>
    <name>LocalApiDialog</name>
    <message>
        <source>Local HTTP API</source>
        <translation>Lokale HTTP-API</translation>
    </message>
    <message>
        <source>Other programs on this computer (Unity clients, scripts) call the backend over HTTP with a bearer token. It listens on 127.0.0.1 only. Routes: GET /api/v1/openapi.json.</source>
        <translation>Andere Programme auf diesem Rechner (Unity-Clients, Skripte) rufen das Backend über HTTP mit einem Bearer-Token auf. Es lauscht nur auf 127.0.0.1. Routen: GET /api/v1/openapi.json.</translation>
    </message>
    <message>
        <source>Serve the local API</source>
        <translation>Lokale API bereitstellen</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n request(s) served</source>
        <translation>
            <numerusform>%1 · %n Anfrage beantwortet</numerusform>
            <numerusform>%1 · %n Anfragen beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Your tokens</source>
        <translation>Ihre Tokens</translation>
    </message>
    <message>
        <source>Each acts as %1; revoke one to shut it out.</source>
        <translation>Jedes handelt als %1; widerrufen sperrt es aus.</translation>
    </message>
    <message>
        <source>What the token is for, e.g. unity-client</source>
        <translation>Wofür das Token ist, z. B. unity-client</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Copy it now: it is shown only once and kept only as a hash.</source>
        <translation>Jetzt kopieren: Es wird nur einmal angezeigt und nur als Hash gespeichert.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Token copied</source>
        <translation>Token kopiert</translation>
    </message>
    <message>
        <source>Programs using &quot;%1&quot; (%2…) lose access at once.</source>
        <translation>Programme mit „%1“ (%2…) verlieren sofort den Zugang.</translation>
    </message>
    <message>
        <source>No tokens yet.</source>
        <translation>Noch keine Tokens.</translation>
    </message>
    <message>
        <source>Revoke this token?</source>
        <translation>Dieses Token widerrufen?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>LocalApiTokenRow</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Nexus Studio — demo profile</source>
        <translation>Nexus Studio – Demoprofil</translation>
    </message>
    <message>
        <source>Nexus Studio</source>
        <translation>Nexus Studio</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Notabschaltung</translation>
    </message>
    <message>
        <source>since %1: %2. Every change is refused; reading still works.</source>
        <translation>seit %1: %2. Jede Änderung wird abgelehnt; Lesen funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>System controls</source>
        <translation>Systemsteuerung</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>%1 — changes are paused; reading still works.</source>
        <translation>%1 – Änderungen sind pausiert; Lesen funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Changes are paused; reading still works.</source>
        <translation>Änderungen sind pausiert; Lesen funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Keeps this local working copy in step with the canisters on the Internet Computer.</source>
        <translation>Hält diese lokale Arbeitskopie mit den Canistern auf dem Internet Computer abgeglichen.</translation>
    </message>
    <message>
        <source>The outbox of local changes and their replay as update calls.</source>
        <translation>Der Ausgang lokaler Änderungen und ihre Wiedergabe als Update-Aufrufe.</translation>
    </message>
    <message>
        <source>Incremental pulls, verified against certified data.</source>
        <translation>Inkrementelles Abholen, geprüft gegen zertifizierte Daten.</translation>
    </message>
    <message>
        <source>Conflicts and how they were settled.</source>
        <translation>Konflikte und wie sie gelöst wurden.</translation>
    </message>
</context>
<context>
    <name>ManualPriceDialog</name>
    <message>
        <source>Set a manual %1 price</source>
        <translation>Manuellen %1-Preis vorgeben</translation>
    </message>
    <message>
        <source>Conversions with %1 use this price instead of the sources&apos; until someone resets the breaker. The change and your reason are audited.</source>
        <translation>Umrechnungen mit %1 verwenden diesen Preis statt der Quellen, bis jemand den Schutzschalter zurücksetzt. Die Änderung und Ihre Begründung werden protokolliert.</translation>
    </message>
    <message>
        <source>Price in %1 per %2 *</source>
        <translation>Preis in %1 pro %2 *</translation>
    </message>
    <message>
        <source>Last published: %1</source>
        <translation>Zuletzt veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Manual price</source>
        <translation>Manueller Preis</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Begründung *</translation>
    </message>
    <message>
        <source>Where the price comes from</source>
        <translation>Woher der Preis stammt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Serve this price</source>
        <translation>Diesen Preis verwenden</translation>
    </message>
</context>
<context>
    <name>MarketBrowse</name>
    <message>
        <source>Search titles, descriptions, tags and collections  (Ctrl+F)</source>
        <translation>Titel, Beschreibungen, Tags und Kollektionen durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>%1+ listings · %2 ms</source>
        <translation>%1+ Angebote · %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source>Listings changed — refresh</source>
        <translation>Angebote geändert – aktualisieren</translation>
    </message>
    <message>
        <source>Check the filters</source>
        <translation>Filter prüfen</translation>
    </message>
    <message>
        <source>No listings match</source>
        <translation>Keine passenden Angebote</translation>
    </message>
    <message>
        <source>Try fewer words, another collection or a wider price range.</source>
        <translation>Versuchen Sie weniger Wörter, eine andere Kollektion oder eine größere Preisspanne.</translation>
    </message>
</context>
<context>
    <name>MarketCollections</name>
    <message>
        <source>%1 of %2 minted · by %3</source>
        <translation>%1 von %2 geprägt · von %3</translation>
    </message>
    <message>
        <source>%1 minted · by %2</source>
        <translation>%1 geprägt · von %2</translation>
    </message>
    <message>
        <source>Show listings →</source>
        <translation>Angebote zeigen →</translation>
    </message>
</context>
<context>
    <name>MarketFilters</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Pick an asset to filter by price.</source>
        <translation>Wählen Sie ein Asset, um nach Preis zu filtern.</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>In %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Ausgeblendete zeigen</translation>
    </message>
    <message>
        <source>Moderation: include listings hidden by moderators</source>
        <translation>Moderation: von Moderatoren ausgeblendete Angebote einbeziehen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>MarketplacePanel</name>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n Kollektion</numerusform>
            <numerusform>%n Kollektionen</numerusform>
        </translation>
    </message>
    <message>
        <source>List a token…</source>
        <translation>Token anbieten …</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Meine Angebote</translation>
    </message>
    <message>
        <source>Collections (%1)</source>
        <translation>Kollektionen (%1)</translation>
    </message>
    <message>
        <source>Events &amp; tickets</source>
        <translation>Events &amp; Tickets</translation>
    </message>
    <message>
        <source>Change the price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>New price in %1. Raising it pays the listing fee on the difference; lowering it is free.</source>
        <translation>Neuer Preis in %1. Bei einer Erhöhung fällt die Einstellgebühr auf die Differenz an; eine Senkung ist kostenlos.</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Preis (%1)</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>Cancel this listing?</source>
        <translation>Dieses Angebot zurückziehen?</translation>
    </message>
    <message>
        <source>“%1” leaves the marketplace and the token is yours to move again. The listing fee is not refunded.</source>
        <translation>„%1“ verlässt den Marktplatz, und Sie können den Token wieder frei bewegen. Die Einstellgebühr wird nicht erstattet.</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>Angebot zurückziehen</translation>
    </message>
    <message>
        <source>Keep it listed</source>
        <translation>Angebot behalten</translation>
    </message>
    <message>
        <source>Hide “%1”?</source>
        <translation>„%1“ ausblenden?</translation>
    </message>
    <message>
        <source>Show “%1” again?</source>
        <translation>„%1“ wieder einblenden?</translation>
    </message>
    <message>
        <source>Hidden listings leave search and cannot be bought. The seller sees your reason; the action is audited.</source>
        <translation>Ausgeblendete Angebote verschwinden aus der Suche und können nicht gekauft werden. Der Verkäufer sieht Ihre Begründung; die Aktion wird protokolliert.</translation>
    </message>
    <message>
        <source>The listing returns to search. The seller sees your reason; the action is audited.</source>
        <translation>Das Angebot erscheint wieder in der Suche. Der Verkäufer sieht Ihre Begründung; die Aktion wird protokolliert.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>e.g. Copied artwork</source>
        <translation>z. B. kopiertes Kunstwerk</translation>
    </message>
    <message>
        <source>e.g. Licence shown</source>
        <translation>z. B. Lizenz nachgewiesen</translation>
    </message>
    <message>
        <source>Hide listing</source>
        <translation>Angebot ausblenden</translation>
    </message>
    <message>
        <source>Unhide listing</source>
        <translation>Angebot einblenden</translation>
    </message>
    <message>
        <source>Sign an attendance pass</source>
        <translation>Teilnahmeausweis signieren</translation>
    </message>
    <message>
        <source>Your key signs the pass. Enter the passphrase of identity “%1”; it is used once and not kept.</source>
        <translation>Ihr Schlüssel signiert den Ausweis. Geben Sie die Passphrase der Identität „%1“ ein; sie wird einmal verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Sign pass</source>
        <translation>Ausweis signieren</translation>
    </message>
</context>
<context>
    <name>MyListings</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1+ of your listings</source>
        <translation>%1+ Ihrer Angebote</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) of yours</source>
        <translation>
            <numerusform>%n eigenes Angebot</numerusform>
            <numerusform>%n eigene Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>List a token…</source>
        <translation>Token anbieten …</translation>
    </message>
    <message>
        <source>Nothing listed yet</source>
        <translation>Noch nichts angeboten</translation>
    </message>
    <message>
        <source>List one of your tokens for sale with “List a token…”.</source>
        <translation>Bieten Sie einen Ihrer Token mit „Token anbieten …“ zum Verkauf an.</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation>Swaps</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Welten</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>NavRailButton</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>OracleAlertRow</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1 at %2: %3</source>
        <translation>✓ Bestätigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1 at %2</source>
        <translation>✓ Bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen …</translation>
    </message>
    <message>
        <source>Needs the manage_oracle permission.</source>
        <translation>Erfordert die Berechtigung manage_oracle.</translation>
    </message>
</context>
<context>
    <name>OracleAlerts</name>
    <message>
        <source>All feeds</source>
        <translation>Alle Feeds</translation>
    </message>
    <message>
        <source>This feed</source>
        <translation>Dieser Feed</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Keine offenen Warnungen</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <source>Breaker trips, resets and manual prices appear here.</source>
        <translation>Ausgelöste und zurückgesetzte Schutzschalter sowie manuelle Preise erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>OracleChart</name>
    <message>
        <source>%1 price history</source>
        <translation>Preisverlauf %1</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Preisverlauf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T.</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T.</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 zeigen</translation>
    </message>
    <message>
        <source>Published price</source>
        <translation>Veröffentlichter Preis</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Source quotes, outliers cut</source>
        <translation>Quellkurse ohne Ausreißer</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Breaker trip</source>
        <translation>Auslösung</translation>
    </message>
    <message>
        <source>Reset, manual price</source>
        <translation>Rücksetzung/manuell</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Median: %1</translation>
    </message>
    <message>
        <source>All quotes: %1 – %2</source>
        <translation>Alle Kurse: %1 – %2</translation>
    </message>
    <message>
        <source>%1 rounds, %2 without a consistent rate</source>
        <translation>%1 Runden, %2 ohne konsistenten Kurs</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <source>No rounds in this range</source>
        <translation>Keine Runden in diesem Zeitraum</translation>
    </message>
    <message>
        <source>The feed recorded nothing in the last %1. Pick a longer range, or check its sources.</source>
        <translation>Der Feed hat in den letzten %1 nichts aufgezeichnet. Wählen Sie einen längeren Zeitraum oder prüfen Sie seine Quellen.</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tagen</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tagen</translation>
    </message>
</context>
<context>
    <name>OracleLabels</name>
    <message>
        <source>stale price</source>
        <translation>veralteter Preis</translation>
    </message>
    <message>
        <source>inconsistent round</source>
        <translation>inkonsistente Runde</translation>
    </message>
    <message>
        <source>price jump</source>
        <translation>Preissprung</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>circuit breaker state: prices are served</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Manual price</source>
        <translation>Manueller Preis</translation>
    </message>
    <message>
        <source>Tripped</source>
        <comment>circuit breaker</comment>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Tripped: %1</source>
        <comment>circuit breaker; %1 is the reason</comment>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Source disabled</source>
        <translation>Quelle deaktiviert</translation>
    </message>
    <message>
        <source>No quote in the last hour</source>
        <translation>Kein Kurs in der letzten Stunde</translation>
    </message>
    <message>
        <source>Within 20 % of the median</source>
        <translation>Innerhalb von 20 % um den Median</translation>
    </message>
    <message>
        <source>Did not answer the last round</source>
        <translation>Hat in der letzten Runde nicht geantwortet</translation>
    </message>
    <message>
        <source>Answered zero or a negative rate</source>
        <translation>Hat null oder einen negativen Kurs geliefert</translation>
    </message>
    <message>
        <source>Outlier: over 20 % off the median</source>
        <translation>Ausreißer: über 20 % vom Median</translation>
    </message>
    <message>
        <source>Breaker tripped: price jump</source>
        <translation>Schutzschalter ausgelöst: Preissprung</translation>
    </message>
    <message>
        <source>Breaker tripped: stale price</source>
        <translation>Schutzschalter ausgelöst: veralteter Preis</translation>
    </message>
    <message>
        <source>Breaker tripped: inconsistent round</source>
        <translation>Schutzschalter ausgelöst: inkonsistente Runde</translation>
    </message>
    <message>
        <source>Breaker reset</source>
        <translation>Schutzschalter zurückgesetzt</translation>
    </message>
    <message>
        <source>Manual price set</source>
        <translation>Manueller Preis gesetzt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <comment>a signed percentage</comment>
        <translation>%1%2 %</translation>
    </message>
</context>
<context>
    <name>OraclePairTile</name>
    <message>
        <source>%1, %2 %3, breaker %4</source>
        <translation>%1, %2 %3, Schutzschalter %4</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>published %1 ago · %2 sources</source>
        <translation>Alter %1 · %2 Quellen</translation>
    </message>
    <message>
        <source>not published yet · %1 sources</source>
        <translation>noch nicht veröffentlicht · %1 Quellen</translation>
    </message>
</context>
<context>
    <name>OraclePanel</name>
    <message>
        <source>Oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Price feeds aggregated each minute from several sources: median, outliers over 20 % dropped, published on deviation or heartbeat</source>
        <translation>Preis-Feeds, jede Minute aus mehreren Quellen aggregiert: Median, Ausreißer über 20 % verworfen, veröffentlicht bei Abweichung oder Heartbeat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sources (%1 of %2 used)</source>
        <translation>Quellen (%1 von %2 genutzt)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Alerts (%1 open)</source>
        <translation>Warnungen (%1 offen)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Acknowledge “%1”?</source>
        <translation>„%1“ bestätigen?</translation>
    </message>
    <message>
        <source>No price feeds yet</source>
        <translation>Noch keine Preis-Feeds</translation>
    </message>
    <message>
        <source>Feeds are added with oracle.add_pair and their sources with oracle.add_source (nexusctl call …). The demo profile has BTC, ETH and ICP in USD.</source>
        <translation>Feeds werden mit oracle.add_pair angelegt, ihre Quellen mit oracle.add_source (nexusctl call …). Das Demo-Profil enthält BTC, ETH und ICP in USD.</translation>
    </message>
    <message>
        <source>Reset the %1 circuit breaker?</source>
        <translation>Schutzschalter von %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>Prices are served again: the next consistent round is published without the jump and staleness checks. Say what you checked, for the audit log.</source>
        <translation>Preise werden wieder ausgeliefert: Die nächste konsistente Runde wird ohne Sprung- und Aktualitätsprüfung veröffentlicht. Notieren Sie für das Audit-Protokoll, was Sie geprüft haben.</translation>
    </message>
    <message>
        <source>Reset breaker</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>Was Sie geprüft haben</translation>
    </message>
    <message>
        <source>The alert stays in the list, marked with your name and note.</source>
        <translation>Die Warnung bleibt in der Liste, markiert mit Ihrem Namen und Ihrer Notiz.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
</context>
<context>
    <name>OracleSourceRow</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>OracleSources</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last quote</source>
        <translation>Letzter Kurs</translation>
    </message>
    <message>
        <source>vs. median</source>
        <translation>ggü. Median</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>Keine Quellen</translation>
    </message>
    <message>
        <source>Add one with oracle.add_source (an HTTP JSON URL, or simulated in the demo).</source>
        <translation>Fügen Sie eine mit oracle.add_source hinzu (eine HTTP-JSON-URL oder, in der Demo, simuliert).</translation>
    </message>
</context>
<context>
    <name>PassDialog</name>
    <message>
        <source>Copy pass text</source>
        <translation>Pass-Text kopieren</translation>
    </message>
    <message>
        <source>Pass copied</source>
        <translation>Pass kopiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PlaceholderPanel</name>
    <message>
        <source>Arrives in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
    <message>
        <source>What this panel will do</source>
        <translation>Was dieser Bereich leisten wird</translation>
    </message>
    <message>
        <source>Until then this page shows no data: nothing here is simulated.</source>
        <translation>Bis dahin zeigt diese Seite keine Daten: Hier wird nichts simuliert.</translation>
    </message>
</context>
<context>
    <name>PrefabBrowserDialog</name>
    <message>
        <source>Add an object</source>
        <translation>Objekt hinzufügen</translation>
    </message>
    <message>
        <source>Search the catalog, e.g. tree, medieval, glowing</source>
        <translation>Katalog durchsuchen, z. B. Baum, mittelalterlich, leuchtend</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n prefab(s)</source>
        <translation>
            <numerusform>%n Prefab</numerusform>
            <numerusform>%n Prefabs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrefabRow</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish as an experience</source>
        <translation>Als Erlebnis veröffentlichen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Who can find it</source>
        <translation>Wer es finden kann</translation>
    </message>
    <message>
        <source>Public: listed and searchable</source>
        <translation>Öffentlich: gelistet und durchsuchbar</translation>
    </message>
    <message>
        <source>Unlisted: only with its number</source>
        <translation>Nicht gelistet: nur mit seiner Nummer</translation>
    </message>
    <message>
        <source>Private: only you</source>
        <translation>Privat: nur Sie</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>The thumbnail is the preview as it looks now.</source>
        <translation>Das Vorschaubild ist die Vorschau, wie sie jetzt aussieht.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Some balances have no price right now and are not in the total.</source>
        <translation>Für einige Guthaben gibt es gerade keinen Preis; sie sind nicht in der Summe enthalten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) written to %1.</source>
        <translation>
            <numerusform>%n Transaktion nach %1 geschrieben.</numerusform>
            <numerusform>%n Transaktionen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 USD</source>
        <translation>≈ %1 USD</translation>
    </message>
    <message>
        <source>Sold for %1 %2 to %3</source>
        <translation>Für %1 %2 an %3 verkauft</translation>
    </message>
    <message>
        <source>Listed for %1 %2 by %3, cancelled</source>
        <translation>Für %1 %2 von %3 angeboten, zurückgezogen</translation>
    </message>
    <message>
        <source>Listed for %1 %2 by %3</source>
        <translation>Für %1 %2 von %3 angeboten</translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation>Das ist Ihr eigenes Angebot.</translation>
    </message>
    <message>
        <source>Cancel it under My listings if you want the token back.</source>
        <translation>Ziehen Sie es unter „Meine Angebote“ zurück, wenn Sie den Token zurückhaben möchten.</translation>
    </message>
    <message>
        <source>This listing is no longer for sale.</source>
        <translation>Dieses Angebot ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Search again for another one.</source>
        <translation>Suchen Sie nach einem anderen.</translation>
    </message>
    <message>
        <source>Your balance could not be read.</source>
        <translation>Ihr Guthaben konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The approval for the marketplace was refused: %1</source>
        <translation>Die Freigabe für den Marktplatz wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>You own “%1” now (payment block %2).</source>
        <translation>„%1“ gehört jetzt Ihnen (Zahlungsblock %2).</translation>
    </message>
    <message>
        <source>%1 — %2 #%3</source>
        <translation>%1 – %2 #%3</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Share this account. Any ICRC-1 wallet can pay to it; the QR code holds the same text.</source>
        <translation>Geben Sie dieses Konto weiter. Jede ICRC-1-Wallet kann darauf einzahlen; der QR-Code enthält denselben Text.</translation>
    </message>
    <message>
        <source>Subaccount no.</source>
        <translation>Unterkonto Nr.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Account copied.</source>
        <translation>Konto kopiert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem swap #%1</source>
        <translation>Swap #%1 einlösen</translation>
    </message>
    <message>
        <source>You take %1 with the secret this computer showed you when you created the swap. Redeeming reveals it to the participant.</source>
        <translation>Sie erhalten %1 mit dem Geheimnis, das dieser Computer Ihnen beim Erstellen des Swaps angezeigt hat. Beim Einlösen wird es dem Teilnehmer offengelegt.</translation>
    </message>
    <message>
        <source>You take %1 with the secret the initiator revealed when they redeemed; it is filled in for you.</source>
        <translation>Sie erhalten %1 mit dem Geheimnis, das der Initiator beim Einlösen offengelegt hat; es ist bereits eingetragen.</translation>
    </message>
    <message>
        <source>Secret (64 hex digits)</source>
        <translation>Geheimnis (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>paste the secret</source>
        <translation>Geheimnis einfügen</translation>
    </message>
    <message>
        <source>Hashlock</source>
        <translation>Hashlock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation>Wird eingelöst …</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>Permissions by role</source>
        <translation>Berechtigungen je Rolle</translation>
    </message>
    <message>
        <source>What each role carries without explicit grants. Higher roles outrank lower ones.</source>
        <translation>Was jede Rolle ohne ausdrückliche Vergabe mitbringt. Höhere Rollen stehen über niedrigeren.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Explicit grants</source>
        <translation>Ausdrückliche Vergaben</translation>
    </message>
    <message>
        <source>Permissions given to users on top of their role</source>
        <translation>Berechtigungen, die Benutzer zusätzlich zu ihrer Rolle erhalten haben</translation>
    </message>
    <message>
        <source>No explicit grants</source>
        <translation>Keine ausdrücklichen Vergaben</translation>
    </message>
    <message>
        <source>Every permission comes from a role.</source>
        <translation>Jede Berechtigung stammt aus einer Rolle.</translation>
    </message>
    <message>
        <source>Reading grants…</source>
        <translation>Berechtigungen werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n explicit grant(s).</source>
        <translation>
            <numerusform>%n ausdrückliche Berechtigung.</numerusform>
            <numerusform>%n ausdrückliche Berechtigungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1 %2 sent.</source>
        <translation>%1 %2 gesendet.</translation>
    </message>
    <message>
        <source>Recorded in block %1:%2 of the ledger.</source>
        <translation>Im Ledger in Block %1:%2 verbucht.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>To (principal or ICRC-1 account)</source>
        <translation>An (Principal oder ICRC-1-Konto)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Fee %1 %2%3</source>
        <translation>Gebühr %1 %2%3</translation>
    </message>
    <message>
        <source> · worth ≈ %1</source>
        <translation> · Wert ≈ %1</translation>
    </message>
    <message>
        <source>Memo (optional, up to 32 bytes)</source>
        <translation>Memo (optional, bis zu 32 Bytes)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Ledger transfers cannot be undone. Check the recipient before you send.</source>
        <translation>Ledger-Überweisungen lassen sich nicht rückgängig machen. Prüfen Sie den Empfänger, bevor Sie senden.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Send %1 %2</source>
        <translation>%1 %2 senden</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut versuchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SwapActionBar</name>
    <message>
        <source>Participate</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>Einlösen …</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen …</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten …</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Zurückziehen …</translation>
    </message>
    <message>
        <source>Resolve: refund…</source>
        <translation>Entscheiden: erstatten …</translation>
    </message>
    <message>
        <source>Resolve: release…</source>
        <translation>Entscheiden: auszahlen …</translation>
    </message>
    <message>
        <source>Open dispute…</source>
        <translation>Streitfall eröffnen …</translation>
    </message>
</context>
<context>
    <name>SwapDetail</name>
    <message>
        <source>Select a swap</source>
        <translation>Wählen Sie einen Swap</translation>
    </message>
    <message>
        <source>Its timeline, timelocks and the actions you can take show here.</source>
        <translation>Ablauf, Timelocks und Ihre möglichen Aktionen erscheinen hier.</translation>
    </message>
    <message>
        <source>Swap #%1</source>
        <translation>Swap #%1</translation>
    </message>
    <message>
        <source>Initiator&apos;s leg (T1)</source>
        <translation>Seite des Initiators (T1)</translation>
    </message>
    <message>
        <source>Participant&apos;s leg (T2)</source>
        <translation>Seite des Teilnehmers (T2)</translation>
    </message>
    <message>
        <source>Hashlock</source>
        <translation>Hashlock</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · von %1</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 USD (%2)</source>
        <translation>%1 USD (%2)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>SwapFilterBar</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Alle Benutzer</translation>
    </message>
</context>
<context>
    <name>SwapLeg</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No timelock yet</source>
        <translation>Noch kein Timelock</translation>
    </message>
    <message>
        <source>Timelock in %1 · %2</source>
        <translation>Timelock in %1 · %2</translation>
    </message>
    <message>
        <source>Timelock passed · %1</source>
        <translation>Timelock abgelaufen · %1</translation>
    </message>
</context>
<context>
    <name>SwapList</name>
    <message>
        <source>Nothing needs you right now</source>
        <translation>Gerade ist nichts zu tun</translation>
    </message>
    <message>
        <source>No swaps here</source>
        <translation>Hier gibt es keine Swaps</translation>
    </message>
    <message>
        <source>Swaps where you can participate, redeem or refund show up here.</source>
        <translation>Swaps, bei denen Sie teilnehmen, einlösen oder erstatten können, erscheinen hier.</translation>
    </message>
    <message>
        <source>Try another filter, or start a swap with “New swap…”.</source>
        <translation>Versuchen Sie einen anderen Filter oder starten Sie einen Swap mit „Neuer Swap …“.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
</context>
<context>
    <name>SwapPresenter</name>
    <message>
        <source>Lock %1 against the same hashlock.</source>
        <translation>%1 mit demselben Hashlock sperren.</translation>
    </message>
    <message>
        <source>Take the locked asset with the secret.</source>
        <translation>Das gesperrte Asset mit dem Geheimnis übernehmen.</translation>
    </message>
    <message>
        <source>Return every leg whose timelock has passed to its owner.</source>
        <translation>Jede Seite, deren Timelock abgelaufen ist, an ihren Eigentümer zurückgeben.</translation>
    </message>
    <message>
        <source>Withdraw the swap before anything is locked.</source>
        <translation>Den Swap zurückziehen, bevor etwas gesperrt ist.</translation>
    </message>
    <message>
        <source>Freeze the swap until an admin resolves it.</source>
        <translation>Den Swap einfrieren, bis ein Admin entscheidet.</translation>
    </message>
    <message>
        <source>Add your approval; the last one needed locks the initiator&apos;s funds.</source>
        <translation>Ihre Genehmigung erteilen; die letzte erforderliche sperrt die Mittel des Initiators.</translation>
    </message>
    <message>
        <source>Refuse the swap; nothing was locked.</source>
        <translation>Den Swap ablehnen; es wurde nichts gesperrt.</translation>
    </message>
    <message>
        <source>Refund or release what is locked.</source>
        <translation>Gesperrtes erstatten oder auszahlen.</translation>
    </message>
    <message>
        <source>Not possible while the swap is %1.</source>
        <translation>Nicht möglich im Swap-Status „%1“.</translation>
    </message>
    <message>
        <source>Needs the manage_swaps permission.</source>
        <translation>Erfordert die Berechtigung manage_swaps.</translation>
    </message>
    <message>
        <source>You are a party to this swap; another approver must decide.</source>
        <translation>Sie sind an diesem Swap beteiligt; ein anderer Genehmiger muss entscheiden.</translation>
    </message>
    <message>
        <source>You have approved this swap already.</source>
        <translation>Sie haben diesen Swap bereits genehmigt.</translation>
    </message>
    <message>
        <source>Only the initiator can do this now.</source>
        <translation>Das kann jetzt nur der Initiator.</translation>
    </message>
    <message>
        <source>Only the participant can do this now.</source>
        <translation>Das kann jetzt nur der Teilnehmer.</translation>
    </message>
    <message>
        <source>Only the initiator or the participant can do this.</source>
        <translation>Das können nur Initiator oder Teilnehmer.</translation>
    </message>
    <message>
        <source>you initiated</source>
        <translation>von Ihnen gestartet</translation>
    </message>
    <message>
        <source>you participate</source>
        <translation>Sie nehmen teil</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>eingelöst</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>Approval window closes in %1</source>
        <translation>Genehmigungsfrist endet in %1</translation>
    </message>
    <message>
        <source>Approval window closed</source>
        <translation>Genehmigungsfrist abgelaufen</translation>
    </message>
    <message>
        <source>Participation closes in %1</source>
        <translation>Teilnahmefrist endet in %1</translation>
    </message>
    <message>
        <source>T1 passed: refund available</source>
        <translation>T1 abgelaufen: Erstattung möglich</translation>
    </message>
    <message>
        <source>Initiator redeems within %1</source>
        <translation>Initiator löst innerhalb von %1 ein</translation>
    </message>
    <message>
        <source>T2 passed: refund available</source>
        <translation>T2 abgelaufen: Erstattung möglich</translation>
    </message>
    <message>
        <source>Initiator&apos;s refund opens in %1</source>
        <translation>Erstattung für den Initiator in %1 möglich</translation>
    </message>
    <message>
        <source>%1 of %2 approvals</source>
        <translation>%1 von %2 Genehmigungen</translation>
    </message>
    <message>
        <source>no approval needed</source>
        <translation>keine Genehmigung nötig</translation>
    </message>
    <message>
        <source>block %1:%2</source>
        <translation>Block %1:%2</translation>
    </message>
    <message>
        <source>Opened by %1 on %2: “%3”</source>
        <translation>Eröffnet von %1 am %2: „%3“</translation>
    </message>
    <message>
        <source>Resolved (%1) by %2: “%3”</source>
        <translation>Entschieden (%1) von %2: „%3“</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Participant refunded</source>
        <translation>Teilnehmer erstattet</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Locked (initiator&apos;s asset)</source>
        <translation>Gesperrt (Asset des Initiators)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Initiator redeemed (secret revealed)</source>
        <translation>Initiator hat eingelöst (Geheimnis offengelegt)</translation>
    </message>
    <message>
        <source>Participant redeemed</source>
        <translation>Teilnehmer hat eingelöst</translation>
    </message>
    <message>
        <source>Refunded to the participant</source>
        <translation>An den Teilnehmer erstattet</translation>
    </message>
    <message>
        <source>Refunded to the initiator</source>
        <translation>An den Initiator erstattet</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Streitfall eröffnet</translation>
    </message>
    <message>
        <source>Resolved: refunded</source>
        <translation>Entschieden: erstattet</translation>
    </message>
    <message>
        <source>Resolved: released</source>
        <translation>Entschieden: ausgezahlt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SwapRow</name>
    <message>
        <source>%1 ⇄ %2</source>
        <translation>%1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · mit %2</translation>
    </message>
    <message>
        <source>your move</source>
        <translation>Sie sind dran</translation>
    </message>
</context>
<context>
    <name>SwapWizard</name>
    <message>
        <source>New swap</source>
        <translation>Neuer Swap</translation>
    </message>
    <message>
        <source>Review the swap</source>
        <translation>Swap prüfen</translation>
    </message>
    <message>
        <source>Swap #%1 created</source>
        <translation>Swap #%1 erstellt</translation>
    </message>
    <message>
        <source>The swap was not created</source>
        <translation>Der Swap wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Pick an identity</source>
        <translation>Identität wählen</translation>
    </message>
    <message>
        <source>You lock</source>
        <translation>Sie sperren</translation>
    </message>
    <message>
        <source>You want in return</source>
        <translation>Sie möchten dafür</translation>
    </message>
    <message>
        <source>Choose two different assets.</source>
        <translation>Wählen Sie zwei verschiedene Assets.</translation>
    </message>
    <message>
        <source>Your timelock (T1): refundable after</source>
        <translation>Ihr Timelock (T1): erstattbar nach</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>Sie erhalten</translation>
    </message>
    <message>
        <source>Timelock T1</source>
        <translation>Timelock T1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) from now</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer makes a random secret; only its SHA-256 (the hashlock) is sent. High-value swaps wait for admin approval before anything is locked.</source>
        <translation>Dieser Computer erzeugt ein zufälliges Geheimnis; nur dessen SHA-256 (der Hashlock) wird gesendet. Swaps mit hohem Wert warten auf die Genehmigung eines Admins, bevor etwas gesperrt wird.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
    <message>
        <source>Create swap</source>
        <translation>Swap erstellen</translation>
    </message>
    <message>
        <source>⚠ Save this secret now. You need it to redeem the swap. It is not stored anywhere and cannot be shown again; without it your funds only come back by refund after the timelock.</source>
        <translation>⚠ Speichern Sie dieses Geheimnis jetzt. Sie brauchen es, um den Swap einzulösen. Es wird nirgends gespeichert und kann nicht erneut angezeigt werden; ohne es erhalten Sie Ihre Mittel nur per Erstattung nach Ablauf der Zeitsperre (Timelock) zurück.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Secret copied. Keep it somewhere safe.</source>
        <translation>Geheimnis kopiert. Bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>I have saved the secret</source>
        <translation>Ich habe das Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut versuchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SwapsPanel</name>
    <message>
        <source>Swaps</source>
        <translation>Swaps</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n swap(s) in this view · atomic swaps with a hashlock and a timelock (HTLC)</source>
        <translation>
            <numerusform>%n Swap in dieser Ansicht · atomare Swaps mit Hashlock und Timelock (HTLC)</numerusform>
            <numerusform>%n Swaps in dieser Ansicht · atomare Swaps mit Hashlock und Timelock (HTLC)</numerusform>
        </translation>
    </message>
    <message>
        <source>New swap…</source>
        <translation>Neuer Swap …</translation>
    </message>
    <message>
        <source>swap %1 (%2 for %3)</source>
        <translation>Swap %1 (%2 gegen %3)</translation>
    </message>
    <message>
        <source>Refund this swap?</source>
        <translation>Diesen Swap erstatten?</translation>
    </message>
    <message>
        <source>Open a dispute?</source>
        <translation>Streitfall eröffnen?</translation>
    </message>
    <message>
        <source>Withdraw this swap?</source>
        <translation>Diesen Swap zurückziehen?</translation>
    </message>
    <message>
        <source>Reject this swap?</source>
        <translation>Diesen Swap ablehnen?</translation>
    </message>
    <message>
        <source>Approve this swap?</source>
        <translation>Diesen Swap genehmigen?</translation>
    </message>
    <message>
        <source>Resolve: refund both sides?</source>
        <translation>Entscheiden: beide Seiten erstatten?</translation>
    </message>
    <message>
        <source>Resolve: release to the counterparties?</source>
        <translation>Entscheiden: an die Gegenparteien auszahlen?</translation>
    </message>
    <message>
        <source>Every leg of %1 whose timelock has passed goes back to its owner. The swap cannot continue afterwards.</source>
        <translation>Jede Seite von %1, deren Timelock abgelaufen ist, geht an ihren Eigentümer zurück. Danach kann der Swap nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 is frozen until an admin resolves it: nobody can redeem or refund meanwhile, and timelocks stop acting.</source>
        <translation>%1 wird eingefroren, bis ein Admin entscheidet: Bis dahin kann niemand einlösen oder erstatten, und Timelocks greifen nicht.</translation>
    </message>
    <message>
        <source>%1 ends before anything is locked. Start a new swap to try again.</source>
        <translation>%1 endet, bevor etwas gesperrt ist. Starten Sie einen neuen Swap, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 is refused and ends; nothing was locked. The initiator sees your reason.</source>
        <translation>%1 wird abgelehnt und endet; es wurde nichts gesperrt. Der Initiator sieht Ihre Begründung.</translation>
    </message>
    <message>
        <source>Your approval counts towards %1. The last approval needed locks the initiator&apos;s funds.</source>
        <translation>Ihre Genehmigung wird mitgezählt (%1). Die letzte erforderliche Genehmigung sperrt die Mittel des Initiators.</translation>
    </message>
    <message>
        <source>Each locked leg of %1 returns to its owner. This ends the swap.</source>
        <translation>Jede gesperrte Seite von %1 geht an ihren Eigentümer zurück. Damit endet der Swap.</translation>
    </message>
    <message>
        <source>Each locked leg of %1 is paid to its counterparty, as if both had redeemed. This ends the swap.</source>
        <translation>Jede gesperrte Seite von %1 wird an die Gegenpartei ausgezahlt, als hätten beide eingelöst. Damit endet der Swap.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>What went wrong, for the admin who resolves it</source>
        <translation>Was schiefging – für den Admin, der entscheidet</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Streitfall eröffnen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Entscheiden</translation>
    </message>
</context>
<context>
    <name>SystemTab</name>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>While on, every change is refused with a clear message; reading still works. Needs manage_system.</source>
        <translation>Solange er an ist, wird jede Änderung mit einer klaren Meldung abgelehnt; Lesen funktioniert weiterhin. Erfordert manage_system.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>End maintenance…</source>
        <translation>Wartung beenden …</translation>
    </message>
    <message>
        <source>Start maintenance…</source>
        <translation>Wartung starten …</translation>
    </message>
    <message>
        <source>End maintenance mode?</source>
        <translation>Wartungsmodus beenden?</translation>
    </message>
    <message>
        <source>Changes are accepted again for everyone.</source>
        <translation>Änderungen werden wieder für alle angenommen.</translation>
    </message>
    <message>
        <source>End maintenance</source>
        <translation>Wartung beenden</translation>
    </message>
    <message>
        <source>Start maintenance mode?</source>
        <translation>Wartungsmodus starten?</translation>
    </message>
    <message>
        <source>Every change is refused until maintenance ends. People see your message.</source>
        <translation>Jede Änderung wird abgelehnt, bis die Wartung endet. Alle sehen Ihre Meldung.</translation>
    </message>
    <message>
        <source>Start maintenance</source>
        <translation>Wartung starten</translation>
    </message>
    <message>
        <source>Message shown to users</source>
        <translation>Meldung an die Benutzer</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Notabschaltung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Nicht aktiv</translation>
    </message>
    <message>
        <source>Refuses every change at once, including maintenance changes, until a holder of emergency_stop resumes. Reading still works.</source>
        <translation>Lehnt sofort jede Änderung ab, auch Wartungsänderungen, bis ein Inhaber von emergency_stop fortsetzt. Lesen funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Seit %1: %2</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen …</translation>
    </message>
    <message>
        <source>Emergency stop…</source>
        <translation>Notabschaltung …</translation>
    </message>
    <message>
        <source>Resume normal operation?</source>
        <translation>Normalen Betrieb fortsetzen?</translation>
    </message>
    <message>
        <source>Changes are accepted again. Say what was done, for the audit log.</source>
        <translation>Änderungen werden wieder angenommen. Beschreiben Sie für das Prüfprotokoll, was getan wurde.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Stop every change now?</source>
        <translation>Jetzt alle Änderungen stoppen?</translation>
    </message>
    <message>
        <source>All mutations are refused for everyone until someone with emergency_stop resumes. Use it when something is going wrong.</source>
        <translation>Alle Änderungen werden für alle abgelehnt, bis jemand mit emergency_stop fortsetzt. Nutzen Sie das, wenn etwas schiefläuft.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>This profile</source>
        <translation>Dieses Profil</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Recent system changes</source>
        <translation>Letzte Systemänderungen</translation>
    </message>
    <message>
        <source>From the audit log: maintenance, emergency stops, configuration and flags</source>
        <translation>Aus dem Prüfprotokoll: Wartung, Notabschaltungen, Konfiguration und Schalter</translation>
    </message>
    <message>
        <source>Open in Audit</source>
        <translation>In Prüfung öffnen</translation>
    </message>
</context>
<context>
    <name>TelemetryRow</name>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n Ereignis</numerusform>
            <numerusform>%1: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Nexus Studio</source>
        <translation>Nexus Studio</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>A temporary demo profile, deleted when you quit. The demo identities&apos; passphrase is &quot;%1&quot;.</source>
        <translation>Ein temporäres Demoprofil, das beim Beenden gelöscht wird. Die Passphrase der Demo-Identitäten lautet „%1“.</translation>
    </message>
    <message>
        <source>Seeding demo data: %1</source>
        <translation>Demodaten werden angelegt: %1</translation>
    </message>
    <message>
        <source>Demo seeding stopped</source>
        <translation>Anlegen der Demodaten abgebrochen</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>Helles Design verwenden</translation>
    </message>
    <message>
        <source>Use the dark theme</source>
        <translation>Dunkles Design verwenden</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern …</translation>
    </message>
    <message>
        <source>Change the role of %1?</source>
        <translation>Rolle von %1 ändern?</translation>
    </message>
    <message>
        <source>%1 goes from %2 to %3, with the permissions that role carries. The change is audited.</source>
        <translation>%1 wechselt von %2 zu %3, mit den Berechtigungen dieser Rolle. Die Änderung wird protokolliert.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>KYC status</source>
        <translation>KYC-Status</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Begründung (erforderlich)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Set KYC status</source>
        <translation>KYC-Status setzen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>None: this role carries no specialised permission.</source>
        <translation>Keine: Diese Rolle bringt keine besondere Berechtigung mit.</translation>
    </message>
    <message>
        <source>Grey: comes with the role. Blue: granted explicitly.</source>
        <translation>Grau: kommt mit der Rolle. Blau: ausdrücklich vergeben.</translation>
    </message>
    <message>
        <source>Revoke an explicit grant</source>
        <translation>Ausdrückliche Vergabe entziehen</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Entziehen …</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>%1 entziehen?</translation>
    </message>
    <message>
        <source>%1 loses the explicitly granted permission %2.</source>
        <translation>%1 verliert die ausdrücklich vergebene Berechtigung %2.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Grant a permission on top of the role</source>
        <translation>Berechtigung zusätzlich zur Rolle vergeben</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Vergeben …</translation>
    </message>
    <message>
        <source>Grant %1?</source>
        <translation>%1 vergeben?</translation>
    </message>
    <message>
        <source>%1 gets the permission %2 on top of their role. You can only grant what you hold.</source>
        <translation>%1 erhält die Berechtigung %2 zusätzlich zur Rolle. Sie können nur vergeben, was Sie selbst besitzen.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <source>A disabled user cannot call anything until an admin enables them again.</source>
        <translation>Ein gesperrter Benutzer kann nichts mehr aufrufen, bis ein Admin ihn wieder aktiviert.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The user and their explicit grants are deleted. The audit log keeps every past action. This cannot be undone.</source>
        <translation>Der Benutzer und seine ausdrücklichen Vergaben werden gelöscht. Das Prüfprotokoll behält jede frühere Aktion. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
</context>
<context>
    <name>UserDetail</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Select a user</source>
        <translation>Wählen Sie einen Benutzer</translation>
    </message>
    <message>
        <source>Their profile, role, KYC status and permissions appear here, with the actions you may take.</source>
        <translation>Profil, Rolle, KYC-Status und Berechtigungen erscheinen hier, mit den Aktionen, die Sie ausführen dürfen.</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>KYC: %1</source>
        <translation>KYC: %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>KYC note</source>
        <translation>KYC-Notiz</translation>
    </message>
</context>
<context>
    <name>UserRow</name>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Any KYC status</source>
        <translation>Jeder KYC-Status</translation>
    </message>
    <message>
        <source>Search by name, e-mail or principal</source>
        <translation>Nach Name, E-Mail oder Principal suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No users match these filters</source>
        <translation>Keine Benutzer passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>Try another search, or set the role and KYC filters back to all.</source>
        <translation>Versuchen Sie eine andere Suche oder setzen Sie Rollen- und KYC-Filter auf „alle“ zurück.</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Weitere werden geladen …</translation>
    </message>
</context>
<context>
    <name>VerifyBar</name>
    <message>
        <source>Verifying the chain: %1 of %2 entries</source>
        <translation>Kette wird geprüft: %1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>Preparing the verification…</source>
        <translation>Prüfung wird vorbereitet …</translation>
    </message>
    <message>
        <source>Someone changed or removed entries after they were written. Export the log around this entry and compare it with a backup.</source>
        <translation>Jemand hat Einträge nach dem Schreiben geändert oder entfernt. Exportieren Sie das Protokoll um diesen Eintrag und vergleichen Sie es mit einer Sicherung.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show entry %1</source>
        <translation>Eintrag %1 zeigen</translation>
    </message>
</context>
<context>
    <name>WalletAccountList</name>
    <message>
        <source>Accounts of %1</source>
        <translation>Konten von %1</translation>
    </message>
    <message>
        <source>Main account</source>
        <translation>Hauptkonto</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Unterkonto</translation>
    </message>
</context>
<context>
    <name>WalletApprovals</name>
    <message>
        <source>You allow</source>
        <translation>Von Ihnen freigegeben</translation>
    </message>
    <message>
        <source>Allowed to you</source>
        <translation>Für Sie freigegeben</translation>
    </message>
    <message>
        <source>%1 %2 · expires %3</source>
        <translation>%1 %2 · gültig bis %3</translation>
    </message>
    <message>
        <source>%1 %2 · no expiry</source>
        <translation>%1 %2 · unbefristet</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>No spender approved</source>
        <translation>Keine Freigaben erteilt</translation>
    </message>
    <message>
        <source>No approvals received</source>
        <translation>Keine Freigaben erhalten</translation>
    </message>
    <message>
        <source>Nobody can move funds from this account but you.</source>
        <translation>Niemand außer Ihnen kann Guthaben von diesem Konto bewegen.</translation>
    </message>
</context>
<context>
    <name>WalletHistory</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Spent by approval</source>
        <translation>Per Freigabe ausgegeben</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Mints</source>
        <translation>Prägungen</translation>
    </message>
    <message>
        <source>Burns</source>
        <translation>Verbrennungen</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Ab JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>Bis JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Bezeichnungen</translation>
    </message>
    <message>
        <source>Import labels (JSON Lines)…</source>
        <translation>Bezeichnungen importieren (JSON Lines) …</translation>
    </message>
    <message>
        <source>Export labels (JSON Lines)…</source>
        <translation>Bezeichnungen exportieren (JSON Lines) …</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>Keine Transaktionen</translation>
    </message>
    <message>
        <source>Nothing matches these filters for this account yet.</source>
        <translation>Für dieses Konto passt noch nichts zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>Bezeichnungen importieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>Bezeichnungen exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>WalletHistoryRow</name>
    <message>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>By approval</source>
        <translation>Per Freigabe</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>Prägung</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Verbrennung</translation>
    </message>
    <message>
        <source>Minting account</source>
        <translation>Prägekonto</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>Verbrannt</translation>
    </message>
    <message>
        <source>Change %1 %2 · balance %3 %2</source>
        <translation>Änderung %1 %2 · Saldo %3 %2</translation>
    </message>
</context>
<context>
    <name>WalletsPanel</name>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n account(s)</source>
        <translation>
            <numerusform>%1 %2 in %n Konto</numerusform>
            <numerusform>%1 %2 in %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency for values (from the price oracle)</source>
        <translation>Währung für Werte (vom Preisorakel)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden …</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <source>Label transaction %1</source>
        <translation>Bezeichnung für Transaktion %1</translation>
    </message>
    <message>
        <source>Label account</source>
        <translation>Bezeichnung für Konto</translation>
    </message>
    <message>
        <source>A label is private to you. Leave it empty to remove it.</source>
        <translation>Eine Bezeichnung sehen nur Sie. Lassen Sie das Feld leer, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. Rent for the Sky Isle</source>
        <translation>z. B. Miete für Sky Isle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revoke this approval?</source>
        <translation>Diese Freigabe entziehen?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to spend %2 from this account. This sets the allowance to 0 with an ICRC-2 approve (fee applies).</source>
        <translation>%1 kann dann kein %2 mehr von diesem Konto ausgeben. Dazu wird die Freigabe mit einem ICRC-2-Approve auf 0 gesetzt (gebührenpflichtig).</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
</context>
<context>
    <name>WorldInspector</name>
    <message>
        <source>Object %1 of %2 · Delete removes it · Esc deselects</source>
        <translation>Objekt %1 von %2 · Entf entfernt es · Esc hebt die Auswahl auf</translation>
    </message>
    <message>
        <source>X (m)</source>
        <translation>X (m)</translation>
    </message>
    <message>
        <source>Y (m)</source>
        <translation>Y (m)</translation>
    </message>
    <message>
        <source>Z (m)</source>
        <translation>Z (m)</translation>
    </message>
    <message>
        <source>Yaw (°)</source>
        <translation>Gieren (°)</translation>
    </message>
    <message>
        <source>Pitch (°)</source>
        <translation>Nicken (°)</translation>
    </message>
    <message>
        <source>Roll (°)</source>
        <translation>Rollen (°)</translation>
    </message>
    <message>
        <source>Scale X</source>
        <translation>Skalierung X</translation>
    </message>
    <message>
        <source>Scale Y</source>
        <translation>Skalierung Y</translation>
    </message>
    <message>
        <source>Scale Z</source>
        <translation>Skalierung Z</translation>
    </message>
    <message>
        <source>Remove object</source>
        <translation>Objekt entfernen</translation>
    </message>
</context>
<context>
    <name>WorldSessionRow</name>
    <message>
        <source>Session %1 · hosted by %2</source>
        <translation>Sitzung %1 · Gastgeber %2</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 von %2 Personen</translation>
    </message>
    <message>
        <source> · you are in it</source>
        <translation> · Sie sind dabei</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WorldSidebar</name>
    <message>
        <source>No world generated yet</source>
        <translation>Noch keine Welt erzeugt</translation>
    </message>
    <message numerus="yes">
        <source>Generated in %1 ms · %n prefab draw(s)</source>
        <translation>
            <numerusform>Erzeugt in %1 ms · %n Prefab-Zeichenaufruf</numerusform>
            <numerusform>Erzeugt in %1 ms · %n Prefab-Zeichenaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>No objects named: the setting&apos;s own scatter only.</source>
        <translation>Keine Objekte genannt: nur die Streuung der Umgebung.</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <source>Prefabs in this world</source>
        <translation>Prefabs in dieser Welt</translation>
    </message>
    <message>
        <source>Recent prompts</source>
        <translation>Letzte Prompts</translation>
    </message>
    <message>
        <source>VR sessions</source>
        <translation>VR-Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n open in this world</source>
        <translation>
            <numerusform>%n offen in dieser Welt</numerusform>
            <numerusform>%n offen in dieser Welt</numerusform>
        </translation>
    </message>
    <message>
        <source>None open in this world</source>
        <translation>Keine offen in dieser Welt</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message numerus="yes">
        <source>Stored world · %n prefab draw(s)</source>
        <translation>
            <numerusform>Gespeicherte Welt · %n Prefab-Zeichenaufruf</numerusform>
            <numerusform>Gespeicherte Welt · %n Prefab-Zeichenaufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldsPanel</name>
    <message>
        <source>Worlds</source>
        <translation>Welten</translation>
    </message>
    <message numerus="yes">
        <source>World %1 · %n object(s)</source>
        <translation>
            <numerusform>Welt %1 · %n Objekt</numerusform>
            <numerusform>Welt %1 · %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe a world; it is generated offline from the prefab catalog</source>
        <translation>Beschreiben Sie eine Welt; sie wird offline aus dem Prefab-Katalog erzeugt</translation>
    </message>
    <message>
        <source>e.g. three towers around a lake in a misty forest at dusk</source>
        <translation>z. B. three towers around a lake in a misty forest at dusk (Prompts auf Englisch)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>No world yet</source>
        <translation>Noch keine Welt</translation>
    </message>
    <message>
        <source>Type a prompt and press Generate (or Enter).</source>
        <translation>Geben Sie einen Prompt ein und drücken Sie „Erzeugen“ (oder die Eingabetaste).</translation>
    </message>
    <message>
        <source>Drag to orbit · wheel to zoom</source>
        <translation>Ziehen zum Drehen · Mausrad zum Zoomen</translation>
    </message>
    <message>
        <source>Frame all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the world as glTF, blueprint and thumbnail</source>
        <translation>Die Welt als glTF, Bauplan und Vorschaubild exportieren</translation>
    </message>
    <message>
        <source>Local API: on</source>
        <translation>Lokale API: an</translation>
    </message>
    <message>
        <source>Local API…</source>
        <translation>Lokale API…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Not stored: editing needs a generated world</source>
        <translation>Nicht gespeichert: Bearbeiten braucht eine erzeugte Welt</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>speichert…</translation>
    </message>
    <message>
        <source>unsaved edits</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Click an object to select it</source>
        <translation>Klicken Sie auf ein Objekt, um es auszuwählen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Add object…</source>
        <translation>Objekt hinzufügen…</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Save as version %1 (Ctrl+S)</source>
        <translation>Als Version %1 speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>W A S D to fly · R / F up and down · drag to look</source>
        <translation>W A S D zum Fliegen · R / F auf und ab · ziehen zum Umsehen</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>Umkreisen</translation>
    </message>
    <message>
        <source>Fly</source>
        <translation>Fliegen</translation>
    </message>
    <message>
        <source>Hide fog</source>
        <translation>Nebel ausblenden</translation>
    </message>
    <message>
        <source>Show fog</source>
        <translation>Nebel zeigen</translation>
    </message>
    <message>
        <source>Experiences…</source>
        <translation>Erlebnisse…</translation>
    </message>
</context>
<context>
    <name>nexus::AdminController</name>
    <message>
        <source>Could not load this user</source>
        <translation>Dieser Benutzer konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not change the role of %1</source>
        <translation>Die Rolle von %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Could not set the KYC status of %1</source>
        <translation>Der KYC-Status von %1 konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>KYC of %1: %2.</source>
        <translation>KYC von %1: %2.</translation>
    </message>
    <message>
        <source>Could not grant %1 to %2</source>
        <translation>%1 konnte nicht an %2 vergeben werden</translation>
    </message>
    <message>
        <source>Granted %1 to %2.</source>
        <translation>%1 an %2 vergeben.</translation>
    </message>
    <message>
        <source>Could not revoke %1 from %2</source>
        <translation>%1 konnte %2 nicht entzogen werden</translation>
    </message>
    <message>
        <source>Revoked %1 from %2.</source>
        <translation>%1 wurde %2 entzogen.</translation>
    </message>
    <message>
        <source>Could not disable %1</source>
        <translation>%1 konnte nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Could not enable %1</source>
        <translation>%1 konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Could not start maintenance mode</source>
        <translation>Der Wartungsmodus konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not end maintenance mode</source>
        <translation>Der Wartungsmodus konnte nicht beendet werden</translation>
    </message>
    <message>
        <source>Maintenance mode is on: changes are paused.</source>
        <translation>Wartungsmodus ist an: Änderungen sind pausiert.</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>Wartungsmodus ist aus.</translation>
    </message>
    <message>
        <source>Could not activate the emergency stop</source>
        <translation>Die Notabschaltung konnte nicht ausgelöst werden</translation>
    </message>
    <message>
        <source>Emergency stop is active: every change is refused until you resume.</source>
        <translation>Notabschaltung ist aktiv: Jede Änderung wird abgelehnt, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
    <message>
        <source>Resumed: changes are accepted again.</source>
        <translation>Fortgesetzt: Änderungen werden wieder angenommen.</translation>
    </message>
</context>
<context>
    <name>nexus::AuditController</name>
    <message>
        <source>%1 does not hold the permission view_audit.</source>
        <translation>%1 besitzt die Berechtigung view_audit nicht.</translation>
    </message>
    <message>
        <source>Switch to an identity that holds it (admins and above do).</source>
        <translation>Wechseln Sie zu einer Identität, die sie besitzt (Admins und höher).</translation>
    </message>
    <message>
        <source>Could not load audit entry %1</source>
        <translation>Protokolleintrag %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not verify the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Counting entries…</source>
        <translation>Einträge werden gezählt …</translation>
    </message>
    <message>
        <source>Verification cancelled after %1 entries.</source>
        <translation>Prüfung nach %1 Einträgen abgebrochen.</translation>
    </message>
    <message>
        <source>Entry %1 does not verify: %2.</source>
        <translation>Eintrag %1 ist nicht gültig: %2.</translation>
    </message>
    <message>
        <source>All %1 entries verify: the chain is intact (%2 s, %3 entries/s).</source>
        <translation>Alle %1 Einträge sind gültig: Die Kette ist intakt (%2 s, %3 Einträge/s).</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Change or clear the filters.</source>
        <translation>Ändern oder entfernen Sie die Filter.</translation>
    </message>
    <message>
        <source>Could not export the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
    <message>
        <source>Enter a file path ending in .jsonl.</source>
        <translation>Geben Sie einen Dateipfad mit der Endung .jsonl ein.</translation>
    </message>
    <message>
        <source>The range %1–%2 is empty.</source>
        <translation>Der Bereich %1–%2 ist leer.</translation>
    </message>
    <message>
        <source>The first entry number must not be above the last.</source>
        <translation>Die erste Eintragsnummer darf nicht über der letzten liegen.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 entries (%2 to %3) to %4.</source>
        <translation>%1 Einträge (%2 bis %3) nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 audit entries.</source>
        <translation>%1 Protokolleinträge exportiert.</translation>
    </message>
</context>
<context>
    <name>nexus::AuditModel</name>
    <message>
        <source>&quot;%1&quot; is neither an identity name nor a principal (%2).</source>
        <translation>„%1“ ist weder ein Identitätsname noch ein Principal (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>These filters cannot be applied</source>
        <translation>Diese Filter können nicht angewendet werden</translation>
    </message>
    <message>
        <source>Correct the filter, or clear it.</source>
        <translation>Korrigieren oder entfernen Sie den Filter.</translation>
    </message>
    <message>
        <source>Could not read the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not load audit entries</source>
        <translation>Protokolleinträge konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>nexus::ConfigController</name>
    <message>
        <source>Could not read the configuration</source>
        <translation>Die Konfiguration konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the history of %1</source>
        <translation>Die Historie von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Das ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>A feature flag is true or false.</source>
        <translation>Ein Funktionsschalter ist true oder false.</translation>
    </message>
    <message>
        <source>This is the current value.</source>
        <translation>Das ist der aktuelle Wert.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Correct the value and save again.</source>
        <translation>Korrigieren Sie den Wert und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saved a new version of %1.</source>
        <translation>Neue Version von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not roll back %1</source>
        <translation>%1 konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>%1 is back at the value of version %2 (saved as a new version).</source>
        <translation>%1 hat wieder den Wert von Version %2 (als neue Version gespeichert).</translation>
    </message>
    <message>
        <source>Could not change the flag %1</source>
        <translation>Der Schalter %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Turned %1 on.</source>
        <translation>%1 eingeschaltet.</translation>
    </message>
    <message>
        <source>Turned %1 off.</source>
        <translation>%1 ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>nexus::DemoSeeding</name>
    <message>
        <source>Preparing the demo profile</source>
        <translation>Demoprofil wird vorbereitet</translation>
    </message>
    <message>
        <source>Demo data ready</source>
        <translation>Demodaten bereit</translation>
    </message>
    <message>
        <source>Demo seeding stopped</source>
        <translation>Anlegen der Demodaten abgebrochen</translation>
    </message>
</context>
<context>
    <name>nexus::ErrorInfo</name>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::EventsController</name>
    <message>
        <source>Could not load the events</source>
        <translation>Die Events konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not register</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not change the event</source>
        <translation>Das Event konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Registered: your ticket is %1.</source>
        <translation>Angemeldet: Ihr Ticket ist %1.</translation>
    </message>
    <message>
        <source>Event status: %1.</source>
        <translation>Event-Status: %1.</translation>
    </message>
    <message>
        <source>Could not issue the pass</source>
        <translation>Der Pass konnte nicht ausgestellt werden</translation>
    </message>
    <message>
        <source>Pass for ticket %1</source>
        <translation>Pass für Ticket %1</translation>
    </message>
    <message>
        <source>Valid until %1. Signed by the organiser; anyone can check it offline.</source>
        <translation>Gültig bis %1. Vom Veranstalter signiert; jeder kann ihn offline prüfen.</translation>
    </message>
    <message>
        <source>Paste or scan a pass first.</source>
        <translation>Fügen Sie zuerst einen Pass ein oder scannen Sie ihn.</translation>
    </message>
    <message>
        <source>Checked in.</source>
        <translation>Eingecheckt.</translation>
    </message>
</context>
<context>
    <name>nexus::ExperiencesController</name>
    <message>
        <source>Could not search the experiences</source>
        <translation>Die Erlebnisse konnten nicht durchsucht werden</translation>
    </message>
    <message>
        <source>Could not open the experience</source>
        <translation>Das Erlebnis konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not load the telemetry</source>
        <translation>Die Telemetrie konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>nexus::LocalApiController</name>
    <message>
        <source>Could not start the local API</source>
        <translation>Die lokale API konnte nicht starten</translation>
    </message>
    <message>
        <source>Could not list your API tokens</source>
        <translation>Ihre API-Tokens konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not create the token</source>
        <translation>Das Token konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not revoke the token</source>
        <translation>Das Token konnte nicht widerrufen werden</translation>
    </message>
</context>
<context>
    <name>nexus::MarketController</name>
    <message>
        <source>Could not load the collections</source>
        <translation>Die Kollektionen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Kollektionen</translation>
    </message>
    <message>
        <source>Any asset</source>
        <translation>Alle Assets</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation>Meiste Aufrufe</translation>
    </message>
    <message>
        <source>For sale</source>
        <translation>Zu verkaufen</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Could not open the listing</source>
        <translation>Das Angebot konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Enter a price above zero.</source>
        <translation>Geben Sie einen Preis über null ein.</translation>
    </message>
    <message>
        <source>The price was not changed</source>
        <translation>Der Preis wurde nicht geändert</translation>
    </message>
    <message>
        <source>The listing was not cancelled</source>
        <translation>Das Angebot wurde nicht zurückgezogen</translation>
    </message>
    <message>
        <source>The listing&apos;s visibility was not changed</source>
        <translation>Die Sichtbarkeit des Angebots wurde nicht geändert</translation>
    </message>
    <message>
        <source>The listing was not created.</source>
        <translation>Das Angebot wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Listed as #%1.</source>
        <translation>Als #%1 eingestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a price above zero, with at most %n decimal(s).</source>
        <translation>
            <numerusform>Geben Sie einen Preis über null mit höchstens %n Nachkommastelle ein.</numerusform>
            <numerusform>Geben Sie einen Preis über null mit höchstens %n Nachkommastellen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price was not changed.</source>
        <translation>Der Preis wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The price is now %1 %2.</source>
        <translation>Der Preis beträgt jetzt %1 %2.</translation>
    </message>
    <message>
        <source>Listing #%1 cancelled; the token is yours to move again.</source>
        <translation>Angebot #%1 zurückgezogen; Sie können den Token wieder frei bewegen.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <source>The seller sees it.</source>
        <translation>Der Verkäufer sieht sie.</translation>
    </message>
    <message>
        <source>Listing #%1 hidden.</source>
        <translation>Angebot #%1 ausgeblendet.</translation>
    </message>
    <message>
        <source>Listing #%1 visible again.</source>
        <translation>Angebot #%1 wieder sichtbar.</translation>
    </message>
</context>
<context>
    <name>nexus::MarketListingsModel</name>
    <message>
        <source>Choose an asset to filter by price: prices in different assets do not compare.</source>
        <translation>Wählen Sie ein Asset, um nach Preis zu filtern: Preise in verschiedenen Assets sind nicht vergleichbar.</translation>
    </message>
    <message>
        <source>Unknown asset %1.</source>
        <translation>Unbekanntes Asset %1.</translation>
    </message>
    <message>
        <source>Price %1: %2</source>
        <translation>Preis %1: %2</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nexus::OracleAlertsModel</name>
    <message>
        <source>Could not load the oracle alerts</source>
        <translation>Die Orakel-Warnungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load more oracle alerts</source>
        <translation>Weitere Orakel-Warnungen konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>nexus::OracleController</name>
    <message>
        <source>Could not load the price feeds</source>
        <translation>Die Preis-Feeds konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the %1 history</source>
        <translation>Der Verlauf von %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Pick an asset to convert from.</source>
        <translation>Wählen Sie das Ausgangs-Asset.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; this amount has more.</source>
        <translation>%1 hat %2 Nachkommastellen; dieser Betrag hat mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits and one decimal point, like 1.5.</source>
        <translation>„%1“ ist kein Betrag: Verwenden Sie Ziffern und ein Dezimaltrennzeichen, etwa 1,5.</translation>
    </message>
    <message>
        <source>Enter a price.</source>
        <translation>Geben Sie einen Preis ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: use a positive number with up to 9 decimals, like 67250.5.</source>
        <translation>„%1“ ist kein Preis: Verwenden Sie eine positive Zahl mit bis zu 9 Nachkommastellen, etwa 67250,5.</translation>
    </message>
    <message>
        <source>Could not convert %1 to %2</source>
        <translation>%1 konnte nicht in %2 umgerechnet werden</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <comment>a feed, its rate, and when it was published</comment>
        <translation>%1 %2 vom %3</translation>
    </message>
    <message>
        <source>the published feed price</source>
        <translation>dem veröffentlichten Feed-Preis</translation>
    </message>
    <message>
        <source>a manual price set by an admin</source>
        <translation>einem von einem Admin vorgegebenen Preis</translation>
    </message>
    <message>
        <source>the inverse of the feed price</source>
        <translation>dem Kehrwert des Feed-Preises</translation>
    </message>
    <message>
        <source>a cross rate through %1</source>
        <translation>einem Kreuzkurs über %1</translation>
    </message>
    <message>
        <source>the same asset: one to one</source>
        <translation>demselben Asset: eins zu eins</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Rounded down to %1 decimals of %2: exactly %3 base units.</source>
        <translation>Abgerundet auf %1 Nachkommastellen von %2: genau %3 Basiseinheiten.</translation>
    </message>
    <message>
        <source>Could not reset the %1 circuit breaker</source>
        <translation>Der Schutzschalter von %1 konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The %1 circuit breaker is reset; the next consistent round is published.</source>
        <translation>Der Schutzschalter von %1 ist zurückgesetzt; die nächste konsistente Runde wird veröffentlicht.</translation>
    </message>
    <message>
        <source>Could not set a manual %1 price</source>
        <translation>Der manuelle %1-Preis konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1 now serves the manual price %2 until the breaker is reset.</source>
        <translation>%1 liefert jetzt den manuellen Preis %2, bis der Schutzschalter zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Could not acknowledge alert %1</source>
        <translation>Warnung %1 konnte nicht bestätigt werden</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>Warnung %1 bestätigt.</translation>
    </message>
</context>
<context>
    <name>nexus::OracleHistory</name>
    <message>
        <source>No rounds in this range</source>
        <translation>Keine Runden in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 rounds, one point per minute</source>
        <translation>%1 Runden, ein Punkt pro Minute</translation>
    </message>
    <message>
        <source>%1 rounds in %2 points of %3</source>
        <translation>%1 Runden in %2 Punkten zu je %3</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <comment>bucket start time + its width</comment>
        <translation>%1 + %2</translation>
    </message>
</context>
<context>
    <name>nexus::OracleSourcesModel</name>
    <message>
        <source>Included</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Silent</source>
        <comment>a source without recent quotes</comment>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Could not load the sources of %1</source>
        <translation>Die Quellen von %1 konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>nexus::PermissionMatrix</name>
    <message>
        <source>Edit, disable and remove users below you; change their roles</source>
        <translation>Benutzer unter Ihnen bearbeiten, sperren und entfernen; ihre Rollen ändern</translation>
    </message>
    <message>
        <source>Set users&apos; KYC status (verified, rejected, …)</source>
        <translation>KYC-Status von Benutzern setzen (geprüft, abgelehnt, …)</translation>
    </message>
    <message>
        <source>Change marketplace and swap fees</source>
        <translation>Marktplatz- und Swap-Gebühren ändern</translation>
    </message>
    <message>
        <source>Manage price feeds, sources and circuit breakers</source>
        <translation>Preis-Feeds, Quellen und Schutzschalter verwalten</translation>
    </message>
    <message>
        <source>Hide or remove marketplace listings</source>
        <translation>Marktplatz-Angebote ausblenden oder entfernen</translation>
    </message>
    <message>
        <source>Change configuration, feature flags and maintenance mode</source>
        <translation>Konfiguration, Funktionsschalter und Wartungsmodus ändern</translation>
    </message>
    <message>
        <source>Stop every change at once, and resume</source>
        <translation>Alle Änderungen sofort stoppen und wieder fortsetzen</translation>
    </message>
    <message>
        <source>Read, verify and export the audit log</source>
        <translation>Das Prüfprotokoll lesen, prüfen und exportieren</translation>
    </message>
    <message>
        <source>Approve or reject high-value swaps and resolve swap disputes</source>
        <translation>Swaps mit hohem Wert genehmigen oder ablehnen und Swap-Streitfälle entscheiden</translation>
    </message>
    <message>
        <source>Owner of the profile; exactly one; cannot be removed</source>
        <translation>Eigentümer des Profils; genau einer; kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Every permission; manages admins</source>
        <translation>Alle Berechtigungen; verwaltet Admins</translation>
    </message>
    <message>
        <source>Manages users below admin, KYC, listings, audit</source>
        <translation>Verwaltet Benutzer unterhalb von Admin, KYC, Angebote, Prüfprotokoll</translation>
    </message>
    <message>
        <source>Builds and publishes worlds</source>
        <translation>Baut und veröffentlicht Welten</translation>
    </message>
    <message>
        <source>Trades, holds wallets, visits worlds</source>
        <translation>Handelt, besitzt Wallets, besucht Welten</translation>
    </message>
    <message>
        <source>Could not read the explicit grants</source>
        <translation>Die ausdrücklichen Vergaben konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>erteilt von %1</translation>
    </message>
</context>
<context>
    <name>nexus::Session</name>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Super-Admin</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Guest</source>
        <comment>not a registered user</comment>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>KYC review</comment>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>unauthenticated</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>emergency stop</source>
        <translation>Notabschaltung</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>unknown method</source>
        <translation>unbekannte Methode</translation>
    </message>
    <message>
        <source>schema too new</source>
        <translation>Schema zu neu</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>crypto error</source>
        <translation>Kryptofehler</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Could not read the identities of this profile</source>
        <translation>Die Identitäten dieses Profils konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not switch identity</source>
        <translation>Identität konnte nicht gewechselt werden</translation>
    </message>
    <message>
        <source>There is no identity named &quot;%1&quot; in this profile.</source>
        <translation>In diesem Profil gibt es keine Identität namens „%1“.</translation>
    </message>
    <message>
        <source>Pick one of the identities in the list.</source>
        <translation>Wählen Sie eine der Identitäten aus der Liste.</translation>
    </message>
    <message>
        <source>Could not read the role of %1</source>
        <translation>Die Rolle von %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>nexus::SwapsController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>48 hours (default)</source>
        <translation>48 Stunden (Standard)</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Could not load the swaps</source>
        <translation>Die Swaps konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load swap %1</source>
        <translation>Swap %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message numerus="yes">
        <source>The secret is 64 hex digits (0–9, a–f); this has %n character(s).</source>
        <translation>
            <numerusform>Das Geheimnis hat 64 Hex-Ziffern (0–9, a–f); diese Eingabe hat %n Zeichen.</numerusform>
            <numerusform>Das Geheimnis hat 64 Hex-Ziffern (0–9, a–f); diese Eingabe hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not the secret of this swap: its SHA-256 does not match the hashlock.</source>
        <translation>Das ist nicht das Geheimnis dieses Swaps: Sein SHA-256 passt nicht zum Hashlock.</translation>
    </message>
    <message>
        <source>The secret matches the hashlock.</source>
        <translation>Das Geheimnis passt zum Hashlock.</translation>
    </message>
    <message>
        <source>That is you; a swap needs another party.</source>
        <translation>Das sind Sie; ein Swap braucht eine andere Partei.</translation>
    </message>
    <message>
        <source>A principal not in your identities.</source>
        <translation>Ein Principal, der nicht zu Ihren Identitäten gehört.</translation>
    </message>
    <message>
        <source>Identity “%1”</source>
        <translation>Identität „%1“</translation>
    </message>
    <message>
        <source>Swap more than the %1 %2 fee; the recipient gets the amount minus the fee.</source>
        <translation>Tauschen Sie mehr als die Gebühr von %1 %2; der Empfänger erhält den Betrag abzüglich der Gebühr.</translation>
    </message>
    <message>
        <source>Escrow fee %1 %2</source>
        <translation>Treuhandgebühr %1 %2</translation>
    </message>
    <message>
        <source>The swap was not created.</source>
        <translation>Der Swap wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Swap %1: %2 failed</source>
        <translation>Swap %1: %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Swap %1: done. State: %2.</source>
        <translation>Swap %1: erledigt. Status: %2.</translation>
    </message>
    <message>
        <source>Could not count the swaps</source>
        <translation>Die Swaps konnten nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>nexus::UsersModel</name>
    <message>
        <source>Could not list the users</source>
        <translation>Die Benutzer konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not load more users</source>
        <translation>Weitere Benutzer konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not refresh the users</source>
        <translation>Die Benutzer konnten nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>nexus::WalletController</name>
    <message>
        <source>Could not load your wallets</source>
        <translation>Ihre Wallets konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 — balance %2</source>
        <translation>%1 – Guthaben %2</translation>
    </message>
    <message>
        <source>This is the account you are sending from.</source>
        <translation>Das ist das Konto, von dem Sie senden.</translation>
    </message>
    <message>
        <source>Identity “%1”</source>
        <translation>Identität „%1“</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>That is more than you can send: the balance is %1 %2 and the fee %3 %2.</source>
        <translation>Das ist mehr, als Sie senden können: Das Guthaben beträgt %1 %2 und die Gebühr %3 %2.</translation>
    </message>
    <message>
        <source>The transfer was not sent.</source>
        <translation>Die Überweisung wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Could not revoke the approval</source>
        <translation>Die Freigabe konnte nicht entzogen werden</translation>
    </message>
    <message>
        <source>Approval revoked.</source>
        <translation>Freigabe entzogen.</translation>
    </message>
    <message>
        <source>Could not save the label</source>
        <translation>Die Bezeichnung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not export the labels</source>
        <translation>Die Bezeichnungen konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) exported to %1.</source>
        <translation>
            <numerusform>%n Bezeichnung nach %1 exportiert.</numerusform>
            <numerusform>%n Bezeichnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import labels</source>
        <translation>Die Bezeichnungen konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB.</source>
        <translation>%1 ist größer als 4 MiB.</translation>
    </message>
    <message>
        <source>Split the file and import the parts.</source>
        <translation>Teilen Sie die Datei auf und importieren Sie die Teile einzeln.</translation>
    </message>
    <message>
        <source>Could not import labels (nothing was changed)</source>
        <translation>Die Bezeichnungen konnten nicht importiert werden (es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>Labels imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Bezeichnungen importiert: %1 neu, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Alle Assets</translation>
    </message>
</context>
<context>
    <name>nexus::WalletHistoryModel</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Das Startdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <source>Could not load the history</source>
        <translation>Der Verlauf konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation>Der Verlauf konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Nothing was written. Choose a folder you can write to and try again.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>nexus::WorldEditController</name>
    <message>
        <source>That change was not made</source>
        <translation>Diese Änderung wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>Enter a number in range; nothing else changed.</source>
        <translation>Geben Sie eine Zahl im gültigen Bereich ein; sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The object was not added</source>
        <translation>Das Objekt wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Edited in the Worlds panel</source>
        <translation>Im Welten-Bereich bearbeitet</translation>
    </message>
    <message>
        <source>The version was not saved</source>
        <translation>Die Version wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>nexus::WorldHubController</name>
    <message>
        <source>Could not list the sessions</source>
        <translation>Die Sitzungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not start a session</source>
        <translation>Die Sitzung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not join the session</source>
        <translation>Der Sitzung konnte nicht beigetreten werden</translation>
    </message>
    <message>
        <source>Could not leave the session</source>
        <translation>Die Sitzung konnte nicht verlassen werden</translation>
    </message>
    <message>
        <source>Could not end the session</source>
        <translation>Die Sitzung konnte nicht beendet werden</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>Nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>Only a generated (stored) world can be published.</source>
        <translation>Nur eine erzeugte (gespeicherte) Welt kann veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The world was not published</source>
        <translation>Die Welt wurde nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Published as experience %1</source>
        <translation>Als Erlebnis %1 veröffentlicht</translation>
    </message>
</context>
<context>
    <name>nexus::WorldsController</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Nothing to generate</source>
        <translation>Nichts zu erzeugen</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Der Prompt ist leer.</translation>
    </message>
    <message>
        <source>Describe the world, e.g. &quot;a castle on a hill at sunset&quot;.</source>
        <translation>Beschreiben Sie die Welt, z. B. „a castle on a hill at sunset“.</translation>
    </message>
    <message>
        <source>Generating the world…</source>
        <translation>Welt wird erzeugt …</translation>
    </message>
    <message>
        <source>Could not generate the world</source>
        <translation>Die Welt konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Building the meshes…</source>
        <translation>Meshes werden gebaut …</translation>
    </message>
    <message>
        <source>The world could not be shown</source>
        <translation>Die Welt kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Its blueprint is not valid: %1</source>
        <translation>Ihr Bauplan ist ungültig: %1</translation>
    </message>
    <message>
        <source>Generate a world first.</source>
        <translation>Erzeugen Sie zuerst eine Welt.</translation>
    </message>
    <message>
        <source>Could not export the world</source>
        <translation>Die Welt konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 is not a folder you can write to.</source>
        <translation>%1 ist kein Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Choose a folder with free space you can write to.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner mit freiem Speicherplatz.</translation>
    </message>
    <message>
        <source>Exported %1.glb and %1.blueprint.json</source>
        <translation>%1.glb und %1.blueprint.json exportiert</translation>
    </message>
    <message>
        <source>Opening the world…</source>
        <translation>Die Welt wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open the world</source>
        <translation>Die Welt konnte nicht geöffnet werden</translation>
    </message>
</context>
</TS>
