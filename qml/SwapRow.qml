import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// A swap in the list: what is exchanged, with whom, its state and the countdown that matters next.
ItemDelegate {
    id: row

    required property var modelData
    readonly property bool isSelected: modelData.id === Swaps.selectedId
    readonly property double leftMs: modelData.deadlineMs - Swaps.nowMs

    height: 62
    onClicked: Swaps.select(row.modelData.id)
    Keys.onReturnPressed: Swaps.select(row.modelData.id)

    background: Rectangle {
        color: row.isSelected ? Theme.selection : row.hovered ? Theme.surfaceHover : "transparent"
        Rectangle {
            visible: row.isSelected
            width: 3
            height: parent.height
            color: Theme.accent
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    contentItem: ColumnLayout {
        spacing: 3
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Text {
                text: "#" + row.modelData.id
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 ⇄ %2").arg(row.modelData.giveText).arg(row.modelData.getText)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Chip {
                text: row.modelData.stateLabel
                tone: row.modelData.tone
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Text {
                Layout.fillWidth: true
                text: row.modelData.role.length > 0 ? qsTr("%1 · with %2").arg(row.modelData.roleLabel).arg(row.modelData.counterparty)
                                                    : row.modelData.counterparty
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Text {
                visible: row.modelData.hasDeadline
                text: row.leftMs > 0 ? Swaps.countdown(row.modelData.deadlineMs, Swaps.nowMs) : row.modelData.deadlinePassedLabel
                color: row.leftMs <= 0 ? Theme.textFaint : Swaps.isClose(row.modelData.deadlineMs, Swaps.nowMs) ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.family: Theme.monoFamily
            }
            Chip {
                visible: row.modelData.needsMe
                text: qsTr("your move")
                tone: "warning"
            }
        }
    }
}
