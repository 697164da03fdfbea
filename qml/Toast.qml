import QtQuick
import QtQuick.Layouts

// A short confirmation at the bottom of the window ("Saved a new version of …").
Rectangle {
    id: toast

    property string message

    function show(text: string) {
        message = text
        visible = true
        opacity = 1
        hideTimer.restart()
    }

    visible: false
    opacity: 0
    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spacingLarge + 24, 640)
    implicitHeight: 40
    radius: Theme.radiusLarge
    color: Theme.toastBackground
    Behavior on opacity { NumberAnimation { duration: 180 } }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacing
        Text {
            text: "✓"
            color: Theme.toastIcon
            font.pixelSize: Theme.fontLarge
        }
        Text {
            id: label
            Layout.fillWidth: true
            text: toast.message
            color: Theme.toastText
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
    }

    Timer {
        id: hideTimer
        interval: 3500
        onTriggered: toast.opacity = 0
    }
    onOpacityChanged: if (opacity === 0) visible = false
}
