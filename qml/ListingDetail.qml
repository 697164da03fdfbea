import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The selected listing: artwork, price in its asset and in fiat, seller and creator, the token's
// metadata and market history, moderation notes, and what the caller may do with it.
Rectangle {
    id: pane

    readonly property var d: Market.detail
    readonly property bool loaded: d.listing_id !== undefined
    readonly property bool canModerate: Session.hasCaller && Session.holds("moderate_listings")

    signal buyRequested(var listingId)
    signal priceRequested(var listingId, string asset, string priceText)
    signal cancelRequested(var listingId, string title)
    signal moderateRequested(var listingId, bool hide, string title)

    color: Theme.surface
    radius: Theme.radiusLarge
    border.color: Theme.border

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        Column {
            id: column
            width: flick.width
            spacing: Theme.spacingSmall

            RowLayout {
                width: parent.width
                Text {
                    Layout.fillWidth: true
                    text: pane.loaded ? pane.d.title : qsTr("Loading…")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                ToolButton {
                    objectName: "listingClose"
                    text: "✕"
                    onClicked: Market.closeDetail()
                    Accessible.name: qsTr("Close the listing")
                }
            }
            ListingArt {
                width: parent.width
                height: 150
                visible: pane.loaded
                hue: pane.loaded ? pane.d.hue : 200
                title: pane.loaded ? pane.d.title : ""
                tokenId: pane.loaded ? pane.d.token_id : 0
            }
            Row {
                spacing: Theme.spacingSmall
                visible: pane.loaded
                Text {
                    text: pane.loaded ? pane.d.price_text + " " + pane.d.asset : ""
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.family: Theme.monoFamily
                }
                Text {
                    anchors.baseline: parent.children[0].baseline
                    text: pane.loaded ? pane.d.fiatText : ""
                    color: Theme.textMuted
                }
            }
            Text {
                width: parent.width
                visible: pane.loaded && pane.d.fiatNote.length > 0
                text: pane.loaded ? qsTr("No fiat value: %1").arg(pane.d.fiatNote) : ""
                color: Theme.warningOnSoft
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Row {
                spacing: Theme.spacingTiny
                visible: pane.loaded
                Chip {
                    text: !pane.loaded ? "" : pane.d.hidden ? qsTr("hidden") : pane.d.status === "active" ? qsTr("for sale") : pane.d.status
                    tone: !pane.loaded ? "neutral" : pane.d.hidden ? "danger" : pane.d.status === "active" ? "info" : pane.d.status === "sold" ? "success" : "neutral"
                }
                Chip {
                    visible: pane.loaded && pane.d.mine
                    text: qsTr("your listing")
                    tone: "accent"
                }
                Chip {
                    text: pane.loaded ? qsTr("%n view(s)", "", pane.d.views) : ""
                }
            }

            // Actions: buy for others, re-price / cancel for the seller, hide / unhide for moderators.
            Flow {
                width: parent.width
                spacing: Theme.spacingSmall
                visible: pane.loaded
                NButton {
                    objectName: "listingBuy"
                    visible: pane.loaded && !pane.d.mine && pane.d.status === "active" && !pane.d.hidden
                    text: qsTr("Buy…")
                    variant: "primary"
                    enabled: !Session.emergency && !Session.maintenance
                    onClicked: pane.buyRequested(pane.d.listing_id)
                }
                NButton {
                    objectName: "listingPrice"
                    visible: pane.loaded && pane.d.mine && pane.d.status === "active"
                    text: qsTr("Change price…")
                    onClicked: pane.priceRequested(pane.d.listing_id, pane.d.asset, pane.d.price_text)
                }
                NButton {
                    objectName: "listingCancel"
                    visible: pane.loaded && pane.d.mine && pane.d.status === "active"
                    text: qsTr("Cancel listing…")
                    variant: "danger"
                    onClicked: pane.cancelRequested(pane.d.listing_id, pane.d.title)
                }
                NButton {
                    objectName: "listingModerate"
                    visible: pane.loaded && pane.canModerate && pane.d.status === "active"
                    text: pane.loaded && pane.d.hidden ? qsTr("Unhide…") : qsTr("Hide…")
                    onClicked: pane.moderateRequested(pane.d.listing_id, !pane.d.hidden, pane.d.title)
                }
            }

            Text {
                width: parent.width
                visible: pane.loaded && pane.d.description.length > 0
                text: pane.loaded ? pane.d.description : ""
                color: Theme.text
                wrapMode: Text.Wrap
            }
            DetailRow {
                width: parent.width
                label: qsTr("Collection")
                value: pane.loaded ? qsTr("%1 · token #%2").arg(pane.d.collection).arg(pane.d.token_id) : ""
            }
            DetailRow {
                width: parent.width
                label: qsTr("Seller")
                value: pane.loaded ? pane.d.seller : ""
                mono: true
                copyable: true
            }
            DetailRow {
                width: parent.width
                label: qsTr("Creator")
                value: pane.loaded ? pane.d.creator : ""
                mono: true
                copyable: true
            }
            DetailRow {
                width: parent.width
                label: qsTr("Listed")
                value: pane.loaded ? pane.d.created : ""
            }
            DetailRow {
                width: parent.width
                label: qsTr("Tags")
                value: pane.loaded ? pane.d.tagsText : ""
            }

            SectionHeader {
                width: parent.width
                title: qsTr("Token metadata")
                visible: pane.loaded && pane.d.metadata.length > 0
            }
            Repeater {
                model: pane.loaded ? pane.d.metadata : []
                delegate: DetailRow {
                    required property var modelData
                    width: parent ? parent.width : 0
                    label: modelData.key
                    value: modelData.value
                }
            }

            SectionHeader {
                width: parent.width
                title: qsTr("Market history of this token")
                visible: pane.loaded
            }
            Text {
                width: parent.width
                visible: pane.loaded && pane.d.history.length === 0
                text: qsTr("First time on the market.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: pane.loaded ? pane.d.history : []
                delegate: DetailRow {
                    required property var modelData
                    width: parent ? parent.width : 0
                    label: modelData.when
                    value: modelData.text
                    valueColor: modelData.status === "sold" ? Theme.success : Theme.text
                }
            }

            SectionHeader {
                width: parent.width
                title: qsTr("Moderation")
                visible: pane.loaded && pane.d.moderation !== undefined && pane.d.moderation.length > 0
            }
            Repeater {
                model: pane.loaded && pane.d.moderation !== undefined ? pane.d.moderation : []
                delegate: DetailRow {
                    required property var modelData
                    width: parent ? parent.width : 0
                    label: modelData.when
                    value: qsTr("%1 by %2: %3").arg(modelData.action).arg(modelData.moderatorShort).arg(modelData.reason)
                    valueColor: modelData.action === "hide" ? Theme.danger : Theme.text
                }
            }
        }
    }
}
