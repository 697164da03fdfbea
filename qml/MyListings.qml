import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The caller's own listings in every state (hidden ones with the moderator's reason in the
// detail), with creating, re-pricing and cancelling.
RowLayout {
    id: mine

    signal createRequested()

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: Market.mine.loading && Market.mine.count === 0 ? qsTr("Loading…")
                      : Market.mine.hasMore ? qsTr("%1+ of your listings").arg(Market.mine.count)
                      : qsTr("%n listing(s) of yours", "", Market.mine.count)
                color: Theme.textMuted
            }
            NComboBox {
                objectName: "mineStatus"
                Layout.preferredWidth: 150
                model: Market.statusOptions
                currentIndex: Math.max(0, indexOfValue(Market.mine.status))
                onActivated: Market.mine.status = currentValue
            }
            NButton {
                objectName: "createListing"
                text: qsTr("List a token…")
                variant: "primary"
                enabled: !Session.emergency && !Session.maintenance
                onClicked: mine.createRequested()
            }
        }

        ListView {
            id: list
            objectName: "mineList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Market.mine
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            onAtYEndChanged: if (atYEnd && count > 0) Market.mine.loadMore()
            delegate: ListingRow {
                required property var model
                width: ListView.view.width
                listingId: model.listingId
                title: model.title
                collection: model.collection
                tokenId: model.tokenId
                priceText: model.priceText
                asset: model.asset
                status: model.status
                hidden: model.hidden
                mine: model.mine
                hue: model.hue
                views: model.views
                sellerShort: model.sellerShort
                created: model.created
                current: Market.detailId === model.listingId
                onClicked: (row) => Market.openListing(Market.mine.idAt(row))
            }

            EmptyState {
                anchors.centerIn: parent
                visible: !Market.mine.loading && Market.mine.count === 0
                glyph: "◈"
                title: qsTr("Nothing listed yet")
                detail: qsTr("List one of your tokens for sale with “List a token…”.")
            }
        }
    }
}
