import QtQuick

// A small pill with a number: how many items a filter or tab holds.
Rectangle {
    id: badge

    property int count: 0
    property bool selected: false

    implicitWidth: Math.max(implicitHeight, label.implicitWidth + 10)
    implicitHeight: label.implicitHeight + 2
    radius: height / 2
    color: selected ? Theme.surface : Theme.surfaceHover

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.count
        color: badge.selected ? Theme.accentOnSoft : Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
}
