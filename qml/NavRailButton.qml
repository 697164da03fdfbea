import QtQuick
import QtQuick.Controls

// One entry of the navigation rail: a glyph over a label, with the selected state marked.
Item {
    id: entry

    property string glyph
    property string label
    property int shortcutNumber: 0
    property bool selected: false
    property bool focused: false

    signal clicked()

    height: 62
    Accessible.role: Accessible.PageTab
    Accessible.name: label
    Accessible.selected: selected

    Rectangle {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        radius: Theme.radiusLarge
        color: entry.selected ? Theme.railSelected : hover.containsMouse ? Theme.railHover : "transparent"
        border.width: entry.selected && entry.focused ? 2 : 0
        border.color: Theme.railIndicator
    }

    Rectangle {
        width: 3
        height: 26
        radius: 2
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        color: Theme.railIndicator
        visible: entry.selected
    }

    Column {
        anchors.centerIn: parent
        spacing: 3
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: entry.glyph
            color: entry.selected ? Theme.railIndicator : Theme.railTextMuted
            font.pixelSize: 20
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: entry.label
            color: entry.selected ? Theme.railText : Theme.railTextMuted
            font.pixelSize: Theme.fontSmall
            font.weight: entry.selected ? Font.DemiBold : Font.Normal
        }
    }

    MouseArea {
        id: hover
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: entry.clicked()
    }

    ToolTip.visible: hover.containsMouse
    ToolTip.delay: 600
    ToolTip.text: qsTr("%1 (Ctrl+%2)").arg(entry.label).arg(entry.shortcutNumber)
}
