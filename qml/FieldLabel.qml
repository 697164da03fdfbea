import QtQuick

// A small upper-case label above a group of fields.
Text {
    color: Theme.textFaint
    font.pixelSize: Theme.fontSmall
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 0.4
}
