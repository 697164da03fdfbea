import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The selected configuration value as JSON, checked as you type; saving makes a new version.
ColumnLayout {
    id: editorPane

    readonly property var newest: Config.history.length > 0 ? Config.history[0] : ({})
    readonly property bool dirty: editor.text !== Config.selectedValue
    readonly property string problem: dirty ? Config.validate(Config.selectedKey, editor.text) : ""

    signal confirmRequested(string title, string message, string confirmText, var action)

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: Config.selectedKey
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.family: Theme.monoFamily
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Chip {
            text: qsTr("version %1").arg(Config.selectedVersion)
            tone: "accent"
        }
        Chip {
            visible: !Config.selectedEditable
            text: qsTr("system-managed")
            tone: "warning"
        }
    }

    Text {
        Layout.fillWidth: true
        visible: editorPane.newest.version !== undefined
        text: qsTr("Changed by %1 on %2").arg(editorPane.newest.changedBy ?? "").arg(editorPane.newest.changedAt ?? "")
              + ((editorPane.newest.reason ?? "").length > 0 ? qsTr(" — “%1”").arg(editorPane.newest.reason) : "")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    FieldLabel {
        Layout.topMargin: Theme.spacingSmall
        text: qsTr("Value (JSON)")
    }

    TextArea {
        id: editor
        objectName: "configEditor"
        Layout.fillWidth: true
        Layout.minimumHeight: 90
        text: Config.selectedValue
        readOnly: !Config.selectedEditable
        font.family: Theme.monoFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        wrapMode: TextArea.Wrap
        selectByMouse: true
        padding: Theme.spacing
        background: Rectangle {
            radius: Theme.radius
            color: editor.readOnly ? Theme.surfaceAlt : Theme.surface
            border.width: editor.activeFocus ? 2 : 1
            border.color: editorPane.problem.length > 0 ? Theme.danger : editor.activeFocus ? Theme.accent : Theme.borderStrong
        }
    }

    Text {
        Layout.fillWidth: true
        visible: !Config.selectedEditable
        text: qsTr("This value changes through its own controls in Admin → System (maintenance, emergency stop); its history is shown below.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    Text {
        Layout.fillWidth: true
        visible: editorPane.dirty
        text: editorPane.problem.length > 0 ? editorPane.problem
                                            : qsTr("Valid. Saving creates version %1.").arg(Config.selectedVersion + 1)
        color: editorPane.problem.length > 0 ? Theme.danger : Theme.success
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    RowLayout {
        visible: Config.selectedEditable
        spacing: Theme.spacing
        NButton {
            objectName: "configSave"
            text: qsTr("Save…")
            variant: "primary"
            enabled: editorPane.dirty && editorPane.problem.length === 0 && !Config.busy
            onClicked: {
                const key = Config.selectedKey
                const value = editor.text
                editorPane.confirmRequested(qsTr("Save a new version of %1?").arg(key),
                                            qsTr("Version %1 becomes the current value. Earlier versions stay in the history and can be restored.")
                                                .arg(Config.selectedVersion + 1),
                                            qsTr("Save"),
                                            (reason) => Config.setValue(key, value, reason))
            }
        }
        NButton {
            text: qsTr("Discard changes")
            variant: "ghost"
            enabled: editorPane.dirty
            onClicked: editor.text = Config.selectedValue
        }
    }

    Connections {
        target: Config
        function onSelectionChanged() {
            editor.text = Config.selectedValue
        }
    }
}
