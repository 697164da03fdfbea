import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// One page of swaps (newest first) with a pager; a click shows the swap on the right.
Card {
    id: card

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        ListView {
            id: list
            objectName: "swapList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Swaps.swaps
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}

            delegate: SwapRow {
                width: ListView.view.width
            }

            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingLarge
                visible: list.count === 0 && !Swaps.loading
                glyph: "⇄"
                title: Swaps.filter === "action" ? qsTr("Nothing needs you right now") : qsTr("No swaps here")
                detail: Swaps.filter === "action" ? qsTr("Swaps where you can participate, redeem or refund show up here.")
                                                  : qsTr("Try another filter, or start a swap with “New swap…”.")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingSmall
            spacing: Theme.spacingSmall

            NButton {
                objectName: "swapPrevPage"
                text: "‹"
                variant: "ghost"
                enabled: Swaps.page > 0
                onClicked: Swaps.setPage(Swaps.page - 1)
                Accessible.name: qsTr("Previous page")
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Page %1 of %2").arg(Swaps.page + 1).arg(Swaps.pageCount)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            NButton {
                objectName: "swapNextPage"
                text: "›"
                variant: "ghost"
                enabled: Swaps.page + 1 < Swaps.pageCount
                onClicked: Swaps.setPage(Swaps.page + 1)
                Accessible.name: qsTr("Next page")
            }
        }
    }
}
