import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The NFT collections (ICRC-7): name, symbol, supply against its cap, creator; opening one
// shows its listings in Browse.
GridView {
    id: grid

    signal browseRequested(string collection)

    clip: true
    cellWidth: Theme.collectionTile.width
    cellHeight: Theme.collectionTile.height
    model: Market.collections
    boundsBehavior: Flickable.StopAtBounds
    currentIndex: -1
    // A tile sets currentIndex (delegates reach no outer ids); the choice is passed on and cleared.
    onCurrentIndexChanged: {
        if (currentIndex >= 0 && currentIndex < Market.collections.length) {
            const slug = Market.collections[currentIndex].collection
            currentIndex = -1
            browseRequested(slug)
        }
    }
    ScrollBar.vertical: ScrollBar {}

    delegate: Item {
        id: cell
        required property var modelData
        required property int index
        width: Theme.collectionTile.width
        height: Theme.collectionTile.height

        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.spacingTiny
            color: hover.hovered ? Theme.surfaceHover : Theme.surface
            radius: Theme.radiusLarge
            border.color: Theme.border

            HoverHandler {
                id: hover
            }
            TapHandler {
                onTapped: cell.GridView.view.currentIndex = cell.index
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingTiny
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: cell.modelData.name
                        color: Theme.text
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Chip {
                        text: cell.modelData.symbol
                        mono: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.fontBody * 3
                    text: cell.modelData.description
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                ProgressLine {
                    Layout.fillWidth: true
                    value: cell.modelData.supply_cap > 0 ? cell.modelData.total_supply / cell.modelData.supply_cap : 0
                }
                Text {
                    Layout.fillWidth: true
                    text: cell.modelData.supply_cap > 0
                          ? qsTr("%1 of %2 minted · by %3").arg(cell.modelData.total_supply).arg(cell.modelData.supply_cap).arg(cell.modelData.creatorShort)
                          : qsTr("%1 minted · by %2").arg(cell.modelData.total_supply).arg(cell.modelData.creatorShort)
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Text {
                    text: qsTr("Show listings →")
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
