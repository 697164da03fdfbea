import QtQuick
import QtQuick.Layouts
import Nexus

// The selected account's balance in every asset, with its value in the chosen fiat.
RowLayout {
    id: strip

    spacing: Theme.spacing

    Repeater {
        model: Wallet.selectedBalances

        Card {
            id: tile
            required property var modelData
            Layout.fillWidth: true
            Layout.preferredHeight: 74

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 2
                Text {
                    text: tile.modelData.asset
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    text: tile.modelData.text
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.monoFamily
                    elide: Text.ElideRight
                }
                Text {
                    text: tile.modelData.fiatText.length > 0 ? "≈ " + tile.modelData.fiatText + " " + Wallet.fiat : " "
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
