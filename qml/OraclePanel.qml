import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Oracle: the price feeds, the selected feed's history chart, its sources and the alerts, its
// circuit breaker, and a converter between assets.
Rectangle {
    id: panel

    color: Theme.background

    Binding {
        target: Oracle
        property: "active"
        value: panel.visible
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            large: true
            title: qsTr("Oracle")
            subtitle: qsTr("Price feeds aggregated each minute from several sources: median, outliers over 20 % dropped, published on deviation or heartbeat")

            NButton {
                objectName: "oracleRefresh"
                text: qsTr("Refresh")
                variant: "ghost"
                onClicked: Oracle.refresh()
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Oracle.error.title
            cause: Oracle.error.cause
            hint: Oracle.error.hint
            onDismissed: Oracle.error.clear()
        }

        ListView {
            id: tiles
            objectName: "oraclePairs"
            Layout.fillWidth: true
            Layout.preferredHeight: currentItem ? currentItem.implicitHeight : 72
            visible: Oracle.pairs.length > 0
            orientation: ListView.Horizontal
            spacing: Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: Oracle.pairs
            activeFocusOnTab: false
            delegate: OraclePairTile {
                required property var modelData
                feed: modelData
                selected: Oracle.selectedPair === modelData.pair
                onClicked: Oracle.selectedPair = modelData.pair
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge
            visible: Oracle.pairs.length > 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing

                OracleChart {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 260
                    Layout.preferredHeight: 3
                }

                Card {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 200
                    Layout.preferredHeight: 2

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 1
                        spacing: 0

                        TabBar {
                            id: tabs
                            objectName: "oracleTabs"
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.spacing
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
                                text: Oracle.sources.ready
                                      ? qsTr("Sources (%1 of %2 used)").arg(Oracle.sources.includedCount).arg(Oracle.sources.count)
                                      : qsTr("Sources")
                            }
                            NTabButton {
                                text: Oracle.alerts.openCount > 0 ? qsTr("Alerts (%1 open)").arg(Oracle.alerts.openCount) : qsTr("Alerts")
                            }
                        }

                        StackLayout {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            currentIndex: tabs.currentIndex

                            OracleSources {}
                            OracleAlerts {
                                onAcknowledgeRequested: (alertId, title) => {
                                    ackDialog.alertId = alertId
                                    ackDialog.title = qsTr("Acknowledge “%1”?").arg(title)
                                    ackDialog.ask()
                                }
                            }
                        }
                    }
                }
            }

            // Scrolls when a long error or a translation makes the cards taller than the window.
            ScrollView {
                id: side
                Layout.preferredWidth: 340
                Layout.maximumWidth: 340
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: side.availableWidth
                    spacing: Theme.spacing

                    BreakerCard {
                        Layout.fillWidth: true
                        onResetRequested: resetDialog.ask()
                        onManualPriceRequested: manualPriceDialog.ask()
                    }
                    ConverterCard {
                        Layout.fillWidth: true
                    }
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Oracle.pairs.length === 0

            BusyIndicator {
                anchors.centerIn: parent
                running: !Oracle.pairsReady && !Oracle.error.active
                visible: running
            }
            EmptyState {
                anchors.centerIn: parent
                visible: Oracle.pairsReady
                glyph: "∿"
                title: qsTr("No price feeds yet")
                detail: qsTr("Feeds are added with oracle.add_pair and their sources with oracle.add_source (nexusctl call …). The demo profile has BTC, ETH and ICP in USD.")
            }
        }
    }

    ConfirmDialog {
        id: resetDialog
        objectName: "breakerResetDialog"
        title: qsTr("Reset the %1 circuit breaker?").arg(Oracle.selectedPair)
        message: qsTr("Prices are served again: the next consistent round is published without the jump and staleness checks. Say what you checked, for the audit log.")
        confirmText: qsTr("Reset breaker")
        inputLabel: qsTr("Note")
        inputRequired: true
        inputPlaceholder: qsTr("What you checked")
        onAccepted: Oracle.resetBreaker(resetDialog.inputText)
    }

    ConfirmDialog {
        id: ackDialog
        objectName: "alertAckDialog"
        property double alertId: 0
        message: qsTr("The alert stays in the list, marked with your name and note.")
        confirmText: qsTr("Acknowledge")
        inputLabel: qsTr("Note (optional)")
        inputVisible: true
        onAccepted: Oracle.acknowledge(ackDialog.alertId, ackDialog.inputText)
    }

    ManualPriceDialog {
        id: manualPriceDialog
        objectName: "manualPriceDialog"
    }
}
