import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// One audit entry in full: who, what, outcome, the argument digest and the hash chain links,
// with the hash recomputed by the backend.
Card {
    id: pane

    readonly property var entry: Audit.detail
    readonly property bool hasEntry: entry.seq !== undefined

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingHuge
        visible: !pane.hasEntry
        glyph: "☰"
        title: Audit.detailSeq > 0 ? qsTr("Loading entry %1…").arg(Audit.detailSeq) : qsTr("Select an entry")
        detail: qsTr("Its caller, method, outcome, argument digest and hashes appear here.")
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 1
        visible: pane.hasEntry
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingLarge
                Layout.bottomMargin: 0
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Entry %1").arg(pane.entry.seq ?? "")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                }
                Chip {
                    text: Session.outcomeLabel(pane.entry.outcome ?? "")
                    tone: pane.entry.outcome === "ok" ? "success" : "danger"
                }
            }

            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                text: pane.entry.summary ?? ""
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                spacing: Theme.spacingSmall
                DetailRow { Layout.fillWidth: true; label: qsTr("Time"); value: pane.entry.localTime ?? "" }
                DetailRow { Layout.fillWidth: true; label: qsTr("Time (UTC)"); value: pane.entry.time ?? ""; mono: true }
                DetailRow {
                    Layout.fillWidth: true
                    label: qsTr("Caller")
                    value: (pane.entry.callerName ?? "").length > 0 ? pane.entry.callerName : qsTr("(no local identity)")
                }
                DetailRow { Layout.fillWidth: true; label: qsTr("Principal"); value: pane.entry.caller ?? ""; mono: true; copyable: true }
                DetailRow { Layout.fillWidth: true; label: qsTr("Role then"); value: Session.roleLabel(pane.entry.role ?? "") }
                DetailRow { Layout.fillWidth: true; label: qsTr("Method"); value: pane.entry.method ?? ""; mono: true }
                DetailRow {
                    Layout.fillWidth: true
                    visible: pane.entry.outcome !== "ok"
                    label: qsTr("Error code")
                    value: pane.entry.outcome ?? ""
                    mono: true
                    valueColor: Theme.danger
                }
            }

            FieldLabel {
                Layout.leftMargin: Theme.spacingLarge
                Layout.topMargin: Theme.spacing
                text: qsTr("Hashes (SHA-256, ICRC-3 value hash)")
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                spacing: Theme.spacingSmall
                DetailRow { Layout.fillWidth: true; label: qsTr("Arguments digest"); value: pane.entry.args_digest ?? ""; mono: true; copyable: true }
                DetailRow {
                    Layout.fillWidth: true
                    label: qsTr("Previous hash")
                    value: (pane.entry.phash ?? "").length > 0 ? pane.entry.phash : qsTr("(first entry)")
                    mono: true
                    copyable: (pane.entry.phash ?? "").length > 0
                }
                DetailRow { Layout.fillWidth: true; label: qsTr("Stored hash"); value: pane.entry.hash ?? ""; mono: true; copyable: true }
                DetailRow {
                    Layout.fillWidth: true
                    label: qsTr("Recomputed")
                    value: pane.entry.recomputed_hash ?? ""
                    mono: true
                    copyable: true
                    valueColor: pane.entry.hash_matches ? Theme.text : Theme.danger
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                implicitHeight: matchText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: pane.entry.hash_matches ? Theme.successSoft : Theme.dangerSoft
                Text {
                    id: matchText
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: pane.entry.hash_matches
                          ? qsTr("✓ The stored hash matches the entry's content.")
                          : qsTr("⚠ The stored hash does not match: this entry was changed after it was written.")
                    color: pane.entry.hash_matches ? Theme.successOnSoft : Theme.dangerOnSoft
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }

            FieldLabel {
                Layout.leftMargin: Theme.spacingLarge
                Layout.topMargin: Theme.spacing
                text: qsTr("Hashed value (ICRC-3)")
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                implicitHeight: valueText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border
                TextEdit {
                    id: valueText
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: pane.entry.valueText ?? ""
                    readOnly: true
                    selectByMouse: true
                    color: Theme.text
                    selectionColor: Theme.accent
                    selectedTextColor: Theme.accentText
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: TextEdit.WrapAnywhere
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingLarge
                spacing: Theme.spacing
                NButton {
                    text: qsTr("← Older")
                    enabled: (pane.entry.seq ?? 0) > 1
                    onClicked: Audit.jumpTo(pane.entry.seq - 1)
                }
                NButton {
                    text: qsTr("Newer →")
                    enabled: (pane.entry.seq ?? 0) < Audit.entries.newestSeq || Audit.entries.filtered
                    onClicked: Audit.jumpTo(pane.entry.seq + 1)
                }
                Item { Layout.fillWidth: true }
            }
        }
    }
}
