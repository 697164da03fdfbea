import QtQuick

// A small rounded label: roles, KYC states, outcomes, badges.
Rectangle {
    id: chip

    property string text
    property string tone: "neutral" // neutral, accent, success, warning, danger, info
    property bool strong: false     // filled with the tone's full colour
    property bool mono: false

    implicitWidth: label.implicitWidth + 2 * Theme.spacingSmall + 2
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: strong ? Theme.toneColor(tone) : Theme.toneSoft(tone)

    Text {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: chip.strong ? Theme.surface : Theme.toneColor(chip.tone)
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        font.family: chip.mono ? Theme.monoFamily : Theme.uiFamily
    }
}
