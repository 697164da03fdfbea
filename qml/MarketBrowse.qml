import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Browse and search: the search bar (results as you type), filters on the left, the results as a
// grid or a list paged from the backend as you scroll, and the selected listing's detail.
RowLayout {
    id: browse

    property bool grid: true
    property Component detailComponent // the panel's ListingDetail, wired to its dialogs
    readonly property MarketListingsModel results: Market.browse

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }
    function openRow(row: int) {
        const id = results.idAt(row)
        if (id > 0)
            Market.openListing(id)
    }

    spacing: Theme.spacing

    MarketFilters {
        Layout.preferredWidth: 220
        Layout.maximumWidth: 220
        Layout.fillHeight: true
        model: browse.results
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            NTextField {
                id: search
                objectName: "marketSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search titles, descriptions, tags and collections  (Ctrl+F)")
                text: browse.results.query
                onTextEdited: browse.results.query = text
                Keys.onEscapePressed: {
                    text = ""
                    browse.results.query = ""
                }
            }
            SegmentButton {
                objectName: "marketGridView"
                text: qsTr("Grid")
                selected: browse.grid
                onClicked: browse.grid = true
            }
            SegmentButton {
                objectName: "marketListView"
                text: qsTr("List")
                selected: !browse.grid
                onClicked: browse.grid = false
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: browse.results.loading && browse.results.count === 0 ? qsTr("Searching…")
                      : browse.results.hasMore ? qsTr("%1+ listings · %2 ms").arg(browse.results.count).arg(browse.results.searchMs)
                      : qsTr("%n listing(s)", "", browse.results.count) + qsTr(" · %1 ms").arg(browse.results.searchMs)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            NButton {
                objectName: "marketRefresh"
                visible: Market.browseStale
                text: qsTr("Listings changed — refresh")
                onClicked: Market.refresh()
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: browse.results.error.title
            cause: browse.results.error.cause
            hint: browse.results.error.hint
            onDismissed: browse.results.error.clear()
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridView {
                id: gridView
                objectName: "marketGrid"
                anchors.fill: parent
                visible: browse.grid
                clip: true
                // Fixed cells: delegates cannot see the view's type to follow a computed size.
                cellWidth: Theme.marketTile.width
                cellHeight: Theme.marketTile.height
                cacheBuffer: 600
                model: browse.grid ? browse.results : null
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onAtYEndChanged: if (atYEnd && count > 0) browse.results.loadMore()
                delegate: Item {
                    id: cell
                    required property int index
                    required property var model
                    width: Theme.marketTile.width
                    height: Theme.marketTile.height
                    ListingTile {
                        anchors.fill: parent
                        anchors.margins: Theme.spacingTiny
                        index: cell.index
                        listingId: cell.model.listingId
                        title: cell.model.title
                        collection: cell.model.collection
                        tokenId: cell.model.tokenId
                        priceText: cell.model.priceText
                        asset: cell.model.asset
                        status: cell.model.status
                        hidden: cell.model.hidden
                        mine: cell.model.mine
                        hue: cell.model.hue
                        views: cell.model.views
                        current: Market.detailId === cell.model.listingId
                        onClicked: (row) => browse.openRow(row)
                    }
                }
            }

            ListView {
                id: listView
                objectName: "marketList"
                anchors.fill: parent
                visible: !browse.grid
                clip: true
                cacheBuffer: 600
                model: browse.grid ? null : browse.results
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onAtYEndChanged: if (atYEnd && count > 0) browse.results.loadMore()
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
                    onClicked: (row) => browse.openRow(row)
                }
            }

            EmptyState {
                anchors.centerIn: parent
                visible: !browse.results.loading && browse.results.count === 0
                glyph: "◈"
                title: browse.results.filterError.length > 0 ? qsTr("Check the filters") : qsTr("No listings match")
                detail: browse.results.filterError.length > 0 ? browse.results.filterError
                        : qsTr("Try fewer words, another collection or a wider price range.")
            }
        }
    }

    Loader {
        Layout.preferredWidth: 330
        Layout.fillHeight: true
        active: browse.visible
        visible: active && (Market.detailId > 0 || Market.detailLoading)
        sourceComponent: browse.detailComponent
    }
}
