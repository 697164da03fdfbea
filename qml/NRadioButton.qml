import QtQuick
import QtQuick.Controls

// A themed radio button.
RadioButton {
    id: control

    font.pixelSize: Theme.fontBody
    spacing: Theme.spacing

    indicator: Rectangle {
        implicitWidth: 18
        implicitHeight: 18
        x: control.leftPadding
        y: (control.height - height) / 2
        radius: 9
        color: Theme.surface
        opacity: control.enabled ? 1 : 0.45
        border.width: control.visualFocus ? 2 : 1
        border.color: control.checked || control.visualFocus ? Theme.accent : Theme.borderStrong

        Rectangle {
            anchors.centerIn: parent
            width: 8
            height: 8
            radius: 4
            color: Theme.accent
            visible: control.checked
        }
    }

    contentItem: Text {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.textFaint
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
