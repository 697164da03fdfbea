import QtQuick
import QtQuick.Controls

// A tab with an accent underline when selected.
TabButton {
    id: tab

    implicitHeight: 38
    width: implicitWidth
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    font.pixelSize: Theme.fontBody

    contentItem: Text {
        text: tab.text
        font.pixelSize: Theme.fontBody
        font.weight: tab.checked ? Font.DemiBold : Font.Normal
        color: tab.checked ? Theme.text : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Item {
        Rectangle {
            anchors.fill: parent
            anchors.bottomMargin: 3
            radius: Theme.radius
            color: tab.hovered && !tab.checked ? Theme.surfaceHover : "transparent"
            border.width: tab.visualFocus ? 2 : 0
            border.color: Theme.accent
        }
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.spacing
            height: 3
            radius: 2
            color: Theme.accent
            visible: tab.checked
        }
    }
}
