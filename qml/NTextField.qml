import QtQuick
import QtQuick.Controls

// A themed single-line text field.
TextField {
    id: control

    property bool mono: false
    property bool invalid: false

    implicitHeight: Theme.controlHeight
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.pixelSize: Theme.fontBody
    font.family: mono ? Theme.monoFamily : Theme.uiFamily
    color: Theme.text
    placeholderTextColor: Theme.textFaint
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    selectByMouse: true

    background: Rectangle {
        radius: Theme.radius
        color: control.enabled ? Theme.surface : Theme.surfaceAlt
        border.width: control.activeFocus ? 2 : 1
        border.color: control.invalid ? Theme.danger : control.activeFocus ? Theme.accent : Theme.borderStrong
    }
}
