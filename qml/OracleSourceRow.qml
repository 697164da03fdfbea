import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// One source of a feed in the Oracle sources table.
Rectangle {
    id: row
    required property int index
    required property string name
    required property string kind
    required property string statusLabel
    required property string statusTone
    required property string reason
    required property string rate
    required property string deviation
    required property string deviationTone
    required property string age

    readonly property var columns: Theme.oracleSourceColumns
    property bool highlighted: false

    implicitHeight: 32
    color: highlighted ? Theme.selection : index % 2 === 0 ? "transparent" : Theme.surfaceAlt

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.preferredWidth: row.columns.name
            Layout.minimumWidth: row.columns.name
            Layout.maximumWidth: row.columns.name
            spacing: Theme.spacingSmall
            Text {
                Layout.fillWidth: true
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Chip {
                visible: row.kind === "http"
                text: qsTr("HTTP")
                mono: true
            }
        }
        Item {
            Layout.preferredWidth: row.columns.status
            Layout.minimumWidth: row.columns.status
            Layout.maximumWidth: row.columns.status
            implicitHeight: statusChip.implicitHeight
            Chip {
                id: statusChip
                text: row.statusLabel
                tone: row.statusTone
            }
        }
        Text {
            Layout.preferredWidth: row.columns.rate
            Layout.minimumWidth: row.columns.rate
            Layout.maximumWidth: row.columns.rate
            text: row.rate.length > 0 ? row.rate : "—"
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.family: Theme.monoFamily
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideLeft
        }
        Text {
            Layout.preferredWidth: row.columns.deviation
            Layout.minimumWidth: row.columns.deviation
            Layout.maximumWidth: row.columns.deviation
            text: row.deviation.length > 0 ? row.deviation : "—"
            color: row.deviationTone === "neutral" ? Theme.textMuted : Theme.toneColor(row.deviationTone)
            font.pixelSize: Theme.fontBody
            font.family: Theme.monoFamily
            font.weight: row.deviationTone === "neutral" ? Font.Normal : Font.DemiBold
            horizontalAlignment: Text.AlignRight
        }
        Text {
            Layout.preferredWidth: row.columns.age
            Layout.minimumWidth: row.columns.age
            Layout.maximumWidth: row.columns.age
            text: row.age.length > 0 ? row.age : "—"
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: row.reason
            color: row.statusTone === "danger" ? Theme.dangerOnSoft : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            ToolTip.visible: reasonHover.containsMouse && truncated
            ToolTip.text: row.reason
            MouseArea {
                id: reasonHover
                anchors.fill: parent
                hoverEnabled: true
                acceptedButtons: Qt.NoButton
            }
        }
    }
}
