import QtQuick

// A thin determinate progress bar (0…1).
Rectangle {
    id: bar

    property real value: 0
    property color fill: Theme.accent

    implicitWidth: 160
    implicitHeight: 6
    radius: height / 2
    color: Theme.neutralSoft

    Rectangle {
        width: Math.max(bar.height, bar.width * Math.min(1, Math.max(0, bar.value)))
        height: parent.height
        radius: parent.radius
        color: bar.fill
        Behavior on width { NumberAnimation { duration: 120 } }
    }
}
