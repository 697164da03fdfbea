import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Export a range of the audit log as JSON Lines, with the hashes, to a file that
// `nexusctl audit verify --file` can check.
Dialog {
    id: dialog

    property int scope: Audit.entries.filtered ? 0 : 2 // 0 filter range, 1 seq range, 2 whole log

    function openFor() {
        pathField.text = Audit.defaultExportPath()
        fromField.text = "1"
        toField.text = Audit.entries.newestSeq > 0 ? String(Audit.entries.newestSeq) : ""
        scope = Audit.entries.filtered ? 0 : 2
        open()
    }

    function start() {
        if (scope === 0)
            Audit.exportFiltered(pathField.text)
        else if (scope === 1)
            Audit.exportRange(parseInt(fromField.text), parseInt(toField.text), pathField.text)
        else
            Audit.exportRange(1, 0, pathField.text)
    }

    title: qsTr("Export the audit log")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 600
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape
    onOpened: pathField.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusLarge
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    header: Text {
        text: dialog.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Entries are written as JSON Lines with their hashes. An export is a contiguous run of entries, so the chain inside it can be verified.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Audit.error.title
            cause: Audit.error.cause
            hint: Audit.error.hint
            onDismissed: Audit.error.clear()
        }

        FieldLabel { Layout.topMargin: Theme.spacingSmall; text: qsTr("Which entries") }

        NRadioButton {
            text: qsTr("From the oldest to the newest entry matching the current filters")
            enabled: Audit.entries.filtered
            checked: dialog.scope === 0
            onClicked: dialog.scope = 0
        }
        RowLayout {
            spacing: Theme.spacing
            NRadioButton {
                text: qsTr("Entries")
                checked: dialog.scope === 1
                onClicked: dialog.scope = 1
            }
            NTextField {
                id: fromField
                Layout.preferredWidth: 100
                mono: true
                enabled: dialog.scope === 1
                validator: IntValidator { bottom: 1 }
            }
            Text { text: qsTr("to"); color: Theme.textMuted }
            NTextField {
                id: toField
                Layout.preferredWidth: 100
                mono: true
                enabled: dialog.scope === 1
                validator: IntValidator { bottom: 1 }
            }
        }
        NRadioButton {
            text: qsTr("The whole log (%1 entries)").arg(Number(Audit.entries.newestSeq).toLocaleString(Qt.locale(), "f", 0))
            checked: dialog.scope === 2
            onClicked: dialog.scope = 2
        }

        FieldLabel { Layout.topMargin: Theme.spacingSmall; text: qsTr("File") }
        NTextField {
            id: pathField
            objectName: "exportPath"
            Layout.fillWidth: true
            mono: true
            onAccepted: if (!Audit.exporting) dialog.start()
        }

        ProgressLine {
            Layout.fillWidth: true
            visible: Audit.exporting
            value: Audit.exportTotal > 0 ? Audit.exportDone / Audit.exportTotal : 0
        }

        Rectangle {
            Layout.fillWidth: true
            visible: Audit.exportSummary.length > 0 && !Audit.exporting
            implicitHeight: result.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Audit.exportedFile.length > 0 ? Theme.successSoft : Theme.warningSoft

            ColumnLayout {
                id: result
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall
                Text {
                    Layout.fillWidth: true
                    text: Audit.exportSummary
                    color: Audit.exportedFile.length > 0 ? Theme.successOnSoft : Theme.warningOnSoft
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WrapAnywhere
                }
                Text {
                    Layout.fillWidth: true
                    visible: Audit.exportedFile.length > 0
                    text: qsTr("Verify it anywhere with:")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: Audit.exportedFile.length > 0
                    TextEdit {
                        Layout.fillWidth: true
                        text: Audit.verifyCommand
                        readOnly: true
                        selectByMouse: true
                        color: Theme.text
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: TextEdit.WrapAnywhere
                    }
                    NButton {
                        text: qsTr("Copy")
                        variant: "ghost"
                        onClicked: Session.copyToClipboard(Audit.verifyCommand)
                    }
                }
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        NButton {
            Layout.bottomMargin: Theme.spacingLarge
            text: Audit.exporting ? qsTr("Cancel export") : qsTr("Close")
            variant: "ghost"
            onClicked: Audit.exporting ? Audit.cancelExport() : dialog.close()
        }
        NButton {
            Layout.rightMargin: Theme.spacingLarge
            Layout.bottomMargin: Theme.spacingLarge
            text: Audit.exporting ? qsTr("Exporting…") : qsTr("Export")
            variant: "primary"
            enabled: !Audit.exporting && pathField.text.trim().length > 0
            onClicked: dialog.start()
        }
    }
}
