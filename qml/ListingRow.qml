import QtQuick
import QtQuick.Layouts
import Nexus

// One listing in the list view: a compact row with the same facts as a tile.
Rectangle {
    id: row

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
    required property string sellerShort
    required property string created
    property bool current: false

    signal clicked(int index)

    height: 48
    color: current ? Theme.selection : hover.hovered ? Theme.surfaceHover : (index % 2 ? Theme.surfaceAlt : Theme.surface)

    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: row.clicked(row.index)
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ListingArt {
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            hue: row.hue
            title: row.title
            tokenId: Number(row.tokenId)
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: row.title
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 · #%2 · by %3").arg(row.collection).arg(row.tokenId).arg(row.sellerShort)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.preferredWidth: 84
            text: row.created.substring(0, 10)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Text {
            Layout.preferredWidth: 64
            horizontalAlignment: Text.AlignRight
            text: qsTr("%n view(s)", "", Number(row.views))
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
        }
        Chip {
            Layout.preferredWidth: 78
            text: row.hidden ? qsTr("hidden") : row.status === "sold" ? qsTr("sold")
                             : row.status === "cancelled" ? qsTr("cancelled") : row.mine ? qsTr("yours") : qsTr("for sale")
            tone: row.hidden ? "danger" : row.status === "sold" ? "success" : row.status === "cancelled" ? "neutral" : row.mine ? "accent" : "info"
        }
        Text {
            Layout.preferredWidth: 130
            horizontalAlignment: Text.AlignRight
            text: row.priceText + " " + row.asset
            color: Theme.text
            font.family: Theme.monoFamily
            elide: Text.ElideLeft
        }
    }
}
