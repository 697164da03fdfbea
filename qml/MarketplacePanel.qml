import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The marketplace: browse and search listings, your own listings, collections, and events with
// tickets and attendance passes. Buying, listing, re-pricing, cancelling and moderating open
// dialogs from here.
Rectangle {
    id: panel

    color: Theme.background

    function showBrowse() {
        tabBar.currentIndex = 0
    }
    // For the screenshot tour (uidriver.cpp) and keyboard users: the first result's detail,
    // buying the open listing, the list view.
    function openFirstListing() {
        showBrowse()
        browse.openRow(0)
    }
    function buyOpenListing() {
        if (Market.detailId > 0)
            buyDialog.openFor(Market.detailId)
    }
    function showListView() {
        showBrowse()
        browse.grid = false
    }
    function passForFirstParticipant() {
        const people = Events.participants
        if (people.length > 0) {
            const first = people[0]
            Events.requestPass(first["ticket_id"])
        }
    }

    Component.onCompleted: {
        Market.refresh()
        Events.refresh()
    }

    Shortcut {
        sequence: "Ctrl+F"
        enabled: panel.visible
        onActivated: {
            panel.showBrowse()
            browse.focusSearch()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            large: true
            title: qsTr("Marketplace")
            subtitle: qsTr("%n collection(s)", "", Market.collections.length)

            NButton {
                objectName: "marketCreate"
                text: qsTr("List a token…")
                variant: "primary"
                enabled: !Session.emergency && !Session.maintenance
                onClicked: createDialog.openFresh()
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Market.error.title
            cause: Market.error.cause
            hint: Market.error.hint
            onDismissed: Market.error.clear()
        }
        ErrorBanner {
            Layout.fillWidth: true
            title: Events.error.title
            cause: Events.error.cause
            hint: Events.error.hint
            onDismissed: Events.error.clear()
        }

        TabBar {
            id: tabBar
            objectName: "marketTabs"
            onCurrentIndexChanged: Market.closeDetail() // each tab opens its own
            Layout.fillWidth: true
            spacing: 2
            background: Rectangle {
                color: "transparent"
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }
            NTabButton {
                text: qsTr("Browse")
            }
            NTabButton {
                text: qsTr("My listings")
            }
            NTabButton {
                text: qsTr("Collections (%1)").arg(Market.collections.length)
            }
            NTabButton {
                text: qsTr("Events & tickets")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabBar.currentIndex

            MarketBrowse {
                id: browse
                detailComponent: detailComponent
            }
            RowLayout {
                spacing: Theme.spacing
                MyListings {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onCreateRequested: createDialog.openFresh()
                }
                Loader {
                    // The same detail pane as Browse; only one of the two exists at a time.
                    Layout.preferredWidth: 330
                    Layout.fillHeight: true
                    active: tabBar.currentIndex === 1
                    visible: active && (Market.detailId > 0 || Market.detailLoading)
                    sourceComponent: detailComponent
                }
            }
            MarketCollections {
                onBrowseRequested: (collection) => {
                    Market.browse.collection = collection
                    panel.showBrowse()
                }
            }
            EventsTab {}
        }
    }

    Component {
        id: detailComponent
        ListingDetail {
            onBuyRequested: (listingId) => buyDialog.openFor(listingId)
            onPriceRequested: (listingId, asset, priceText) => {
                priceDialog.listingId = listingId
                priceDialog.asset = asset
                priceDialog.inputText = priceText
                priceDialog.open()
            }
            onCancelRequested: (listingId, title) => {
                cancelDialog.listingId = listingId
                cancelDialog.listingTitle = title
                cancelDialog.open()
            }
            onModerateRequested: (listingId, hide, title) => {
                moderateDialog.listingId = listingId
                moderateDialog.hide = hide
                moderateDialog.listingTitle = title
                moderateDialog.inputText = ""
                moderateDialog.open()
            }
        }
    }

    BuyDialog {
        id: buyDialog
        objectName: "buyDialog"
    }
    CreateListingDialog {
        id: createDialog
        objectName: "createListingDialog"
    }
    PassDialog {
        id: passDialog
        objectName: "passDialog"
    }

    ConfirmDialog {
        id: priceDialog
        objectName: "priceDialog"
        property var listingId: 0
        property string asset
        title: qsTr("Change the price")
        message: qsTr("New price in %1. Raising it pays the listing fee on the difference; lowering it is free.").arg(asset)
        inputVisible: true
        inputRequired: true
        inputLabel: qsTr("Price (%1)").arg(asset)
        confirmText: qsTr("Change price")
        onAccepted: Market.updatePrice(listingId, inputText, asset)
    }
    ConfirmDialog {
        id: cancelDialog
        objectName: "cancelListingDialog"
        property var listingId: 0
        property string listingTitle
        title: qsTr("Cancel this listing?")
        message: qsTr("“%1” leaves the marketplace and the token is yours to move again. The listing fee is not refunded.").arg(listingTitle)
        confirmText: qsTr("Cancel listing")
        cancelText: qsTr("Keep it listed")
        destructive: true
        onAccepted: Market.cancelListing(listingId)
    }
    ConfirmDialog {
        id: moderateDialog
        objectName: "moderateDialog"
        property var listingId: 0
        property bool hide: true
        property string listingTitle
        title: hide ? qsTr("Hide “%1”?").arg(listingTitle) : qsTr("Show “%1” again?").arg(listingTitle)
        message: hide ? qsTr("Hidden listings leave search and cannot be bought. The seller sees your reason; the action is audited.")
                      : qsTr("The listing returns to search. The seller sees your reason; the action is audited.")
        inputVisible: true
        inputRequired: true
        inputLabel: qsTr("Reason")
        inputPlaceholder: hide ? qsTr("e.g. Copied artwork") : qsTr("e.g. Licence shown")
        confirmText: hide ? qsTr("Hide listing") : qsTr("Unhide listing")
        destructive: hide
        onAccepted: Market.setHidden(listingId, hide, inputText)
    }

    // Signing a pass needs the organiser's key: the demo knows its passphrase, a real profile asks.
    ConfirmDialog {
        id: passphraseDialog
        objectName: "passphraseDialog"
        property var ticketId: 0
        title: qsTr("Sign an attendance pass")
        message: qsTr("Your key signs the pass. Enter the passphrase of identity “%1”; it is used once and not kept.").arg(Session.activeName)
        inputVisible: true
        inputRequired: true
        inputEchoMode: TextInput.Password
        inputLabel: qsTr("Passphrase")
        confirmText: qsTr("Sign pass")
        onAccepted: Events.issuePass(Events.selectedId, ticketId, inputText)
        onClosed: inputText = ""
    }

    Connections {
        target: Events
        function onPassRequested(ticketId: var) {
            if (Session.demo) {
                Events.issuePass(Events.selectedId, ticketId, "")
            } else {
                passphraseDialog.ticketId = ticketId
                passphraseDialog.ask()
            }
        }
        function onPassIssued(ok: bool, pass: string, title: string, message: string) {
            if (ok)
                passDialog.show(title, pass, message)
        }
    }
}
