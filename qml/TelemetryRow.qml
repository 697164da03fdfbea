import QtQuick
import QtQuick.Layouts
import Nexus

// One event type's counts over time: its name and total, then a bar per hour (or day), its
// height the share of the largest bar of all types (so the rows compare).
RowLayout {
    id: row

    required property var modelData

    spacing: Theme.spacing
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %n event(s)", "", modelData.total).arg(modelData.type)

    ColumnLayout {
        Layout.preferredWidth: 130
        Layout.fillWidth: false
        spacing: 0
        Text {
            Layout.fillWidth: true
            text: row.modelData.type
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            elide: Text.ElideRight
        }
        Text {
            text: qsTr("%n event(s)", "", row.modelData.total)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: 34
        spacing: 1

        Repeater {
            model: row.modelData.levels
            delegate: Rectangle {
                required property real modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignBottom
                Layout.preferredHeight: modelData > 0 ? Math.max(2, 34 * modelData) : 1
                color: modelData > 0 ? Theme.accent : Theme.border
                radius: 1
            }
        }
    }
}
