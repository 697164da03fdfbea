import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Oracle alerts, newest first: breaker trips, resets and manual prices, each acknowledged once.
Item {
    id: alertsView

    signal acknowledgeRequested(double alertId, string title)

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingLarge
            Layout.rightMargin: Theme.spacingLarge
            Layout.topMargin: Theme.spacingSmall
            Layout.bottomMargin: Theme.spacingSmall
            spacing: 2

            SegmentButton {
                text: qsTr("All feeds")
                selected: Oracle.alerts.pair.length === 0
                onClicked: Oracle.alerts.pair = ""
            }
            SegmentButton {
                text: Oracle.selectedPair.length > 0 ? Oracle.selectedPair : qsTr("This feed")
                selected: Oracle.alerts.pair.length > 0
                enabled: Oracle.selectedPair.length > 0
                onClicked: Oracle.alerts.pair = Oracle.selectedPair
            }
            Rectangle {
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                implicitWidth: 1
                implicitHeight: 18
                color: Theme.border
            }
            SegmentButton {
                text: qsTr("Everything")
                selected: !Oracle.alerts.openOnly
                onClicked: Oracle.alerts.openOnly = false
            }
            SegmentButton {
                text: qsTr("Open only")
                selected: Oracle.alerts.openOnly
                onClicked: Oracle.alerts.openOnly = true
            }
            Item { Layout.fillWidth: true }
            Text {
                text: Oracle.alerts.ready ? qsTr("%1 of %2").arg(list.count).arg(Oracle.alerts.total) : ""
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            title: Oracle.alerts.error.title
            cause: Oracle.alerts.error.cause
            hint: Oracle.alerts.error.hint
            onDismissed: Oracle.alerts.error.clear()
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        ListView {
            id: list
            objectName: "oracleAlertsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Oracle.alerts
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: {
                const a = Oracle.alerts.get(currentIndex)
                if (a.alertId !== undefined && !a.acknowledged && Oracle.canManage)
                    alertsView.acknowledgeRequested(a.alertId, a.kindLabel)
            }

            delegate: OracleAlertRow {
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                onAcknowledgeRequested: (alertId, title) => alertsView.acknowledgeRequested(alertId, title)
            }

            EmptyState {
                parent: list // not its content item, which is empty
                anchors.centerIn: parent
                visible: list.count === 0 && Oracle.alerts.ready && !Oracle.alerts.loading
                glyph: "✓"
                title: Oracle.alerts.openOnly ? qsTr("No open alerts") : qsTr("No alerts")
                detail: qsTr("Breaker trips, resets and manual prices appear here.")
            }

            BusyIndicator {
                parent: list
                anchors.centerIn: parent
                running: Oracle.alerts.loading && list.count === 0
                visible: running
            }
        }
    }
}
