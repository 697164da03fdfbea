import QtQuick
import QtQuick.Controls
import Nexus

// The app's on / off switch: a pill in the accent colour when on.
Switch {
    id: toggle

    indicator: Rectangle {
        implicitWidth: 44
        implicitHeight: 24
        x: toggle.leftPadding
        y: (toggle.height - height) / 2
        radius: 12
        color: toggle.checked ? Theme.accent : Theme.neutralSoft
        border.color: toggle.checked ? Theme.accent : Theme.borderStrong
        border.width: toggle.visualFocus ? 2 : 1
        Rectangle {
            x: toggle.checked ? parent.width - width - 3 : 3
            anchors.verticalCenter: parent.verticalCenter
            width: 18
            height: 18
            radius: 9
            color: toggle.checked ? Theme.accentText : Theme.surface
            border.color: Theme.borderStrong
            border.width: toggle.checked ? 0 : 1
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
}
