import QtQuick
import QtQuick.Controls

// One button of a segmented control (ranges, filters): soft accent when selected.
AbstractButton {
    id: segment

    property bool selected: false
    // A number shown after the text (how many items the segment holds); hidden when negative.
    property int count: -1

    leftPadding: Theme.spacing + 2
    rightPadding: Theme.spacing + 2
    implicitHeight: Theme.controlHeight - 4
    implicitWidth: Math.max(40, implicitContentWidth + leftPadding + rightPadding)
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: segment.clicked()
    Keys.onEnterPressed: segment.clicked()
    Accessible.role: Accessible.RadioButton
    Accessible.checked: selected
    Accessible.name: count >= 0 ? text + " " + count : text

    contentItem: Row {
        spacing: 6

        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: segment.text
            color: segment.selected ? Theme.accentOnSoft : Theme.textMuted
            font.pixelSize: Theme.fontBody
            font.weight: segment.selected ? Font.DemiBold : Font.Normal
        }
        CountBadge {
            objectName: "segmentCount"
            anchors.verticalCenter: parent.verticalCenter
            visible: segment.count >= 0
            count: segment.count
            selected: segment.selected
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: segment.selected ? Theme.accentSoft : segment.hovered ? Theme.surfaceHover : "transparent"
        border.color: segment.visualFocus ? Theme.accent : segment.selected ? Theme.accentSoft : "transparent"
        border.width: segment.visualFocus ? 2 : 1
    }
}
