import QtQuick
import QtQuick.Layouts
import Nexus

// One listing in the grid: artwork, title, collection, price and status.
Rectangle {
    id: tile

    required property int index
    required property var listingId
    required property string title
    required property string collection
    required property var tokenId
    required property string priceText
    required property string asset
    required property string status
    required property bool hidden
    required property bool mine
    required property int hue
    required property var views
    property bool current: false

    signal clicked(int index)

    color: current ? Theme.selection : hover.hovered ? Theme.surfaceHover : Theme.surface
    radius: Theme.radiusLarge
    border.color: current ? Theme.accent : Theme.border

    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: tile.clicked(tile.index)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingTiny

        ListingArt {
            Layout.fillWidth: true
            Layout.fillHeight: true
            hue: tile.hue
            title: tile.title
            tokenId: Number(tile.tokenId)
        }
        Text {
            Layout.fillWidth: true
            text: tile.title
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: tile.collection
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny
            Text {
                Layout.fillWidth: true
                text: tile.priceText + " " + tile.asset
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.family: Theme.monoFamily
                elide: Text.ElideRight
            }
            Chip {
                visible: tile.hidden || tile.status !== "active" || tile.mine
                text: tile.hidden ? qsTr("hidden") : tile.status === "sold" ? qsTr("sold")
                                  : tile.status === "cancelled" ? qsTr("cancelled") : qsTr("yours")
                tone: tile.hidden ? "danger" : tile.status === "sold" ? "success" : tile.status === "cancelled" ? "neutral" : "accent"
            }
        }
    }
}
