import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Nexus

// The selected account's transactions, newest first, paged from the ledger as the list scrolls.
// Click a row to label it; the filtered rows export as CSV; labels import and export as JSON Lines.
ColumnLayout {
    id: history


    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        NComboBox {
            objectName: "historyAsset"
            Layout.preferredWidth: 110
            model: Wallet.assetFilterOptions
            onActivated: Wallet.history.asset = currentValue
        }
        NComboBox {
            objectName: "historyType"
            Layout.preferredWidth: 140
            model: [{ value: "", text: qsTr("All types") },
                    { value: "transfer", text: qsTr("Transfers") },
                    { value: "transfer_from", text: qsTr("Spent by approval") },
                    { value: "approve", text: qsTr("Approvals") },
                    { value: "mint", text: qsTr("Mints") },
                    { value: "burn", text: qsTr("Burns") }]
            onActivated: Wallet.history.type = currentValue
        }
        NTextField {
            objectName: "historyFrom"
            Layout.preferredWidth: 112
            placeholderText: qsTr("From YYYY-MM-DD")
            invalid: Wallet.history.filterError.length > 0 && text.length > 0
            onEditingFinished: Wallet.history.fromDate = text
        }
        NTextField {
            objectName: "historyTo"
            Layout.preferredWidth: 112
            placeholderText: qsTr("To YYYY-MM-DD")
            invalid: Wallet.history.filterError.length > 0 && text.length > 0
            onEditingFinished: Wallet.history.toDate = text
        }
        Item { Layout.fillWidth: true }
        NButton {
            objectName: "exportCsvButton"
            text: Wallet.history.exporting ? qsTr("Exporting…") : qsTr("Export CSV…")
            enabled: !Wallet.history.exporting && list.count > 0
            onClicked: csvDialog.open()
        }
        NButton {
            objectName: "labelsButton"
            text: qsTr("Labels")
            onClicked: labelsMenu.open()
            Menu {
                id: labelsMenu
                y: parent.height
                MenuItem {
                    text: qsTr("Import labels (JSON Lines)…")
                    onTriggered: importDialog.open()
                }
                MenuItem {
                    text: qsTr("Export labels (JSON Lines)…")
                    onTriggered: exportLabelsDialog.open()
                }
            }
        }
    }

    Text {
        Layout.fillWidth: true
        visible: Wallet.history.filterError.length > 0
        text: Wallet.history.filterError
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
    }

    ErrorBanner {
        Layout.fillWidth: true
        title: Wallet.history.error.title
        cause: Wallet.history.error.cause
        hint: Wallet.history.error.hint
        onDismissed: Wallet.history.error.clear()
    }

    Card {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 1
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 30
                color: Theme.surfaceAlt
                radius: Theme.radiusLarge
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing
                    Repeater {
                        model: [[qsTr("Time"), Theme.walletColumns.time, false], [qsTr("Type"), Theme.walletColumns.type, false],
                                [qsTr("Counterparty"), -1, false],
                                [qsTr("Change"), Theme.walletColumns.change, true], [qsTr("Fee"), Theme.walletColumns.fee, true],
                                [qsTr("Balance"), Theme.walletColumns.balance, true], [qsTr("Value (%1)").arg(Wallet.fiat), Theme.walletColumns.fiat, true]]
                        Text {
                            required property var modelData
                            Layout.preferredWidth: modelData[1] > 0 ? modelData[1] : -1
                            Layout.fillWidth: modelData[1] < 0
                            text: modelData[0]
                            horizontalAlignment: modelData[2] ? Text.AlignRight : Text.AlignLeft
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            ListView {
                id: list
                objectName: "historyList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Wallet.history
                reuseItems: true
                ScrollBar.vertical: ScrollBar {}

                delegate: WalletHistoryRow {
                    width: ListView.view.width
                }

                footer: Item {
                    width: ListView.view.width
                    height: Wallet.history.loading ? 36 : 0
                    visible: Wallet.history.loading
                    BusyIndicator {
                        anchors.centerIn: parent
                        height: 28
                        running: Wallet.history.loading
                    }
                }

                EmptyState {
                    anchors.centerIn: parent
                    visible: list.count === 0 && !Wallet.history.loading
                    glyph: "⇄"
                    title: qsTr("No transactions")
                    detail: qsTr("Nothing matches these filters for this account yet.")
                }
            }
        }
    }

    FileDialog {
        id: csvDialog
        title: qsTr("Export history as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: Wallet.history.exportCsv(selectedFile)
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import labels")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("JSON Lines (*.jsonl *.json)"), qsTr("All files (*)")]
        onAccepted: Wallet.importLabels(selectedFile)
    }
    FileDialog {
        id: exportLabelsDialog
        title: qsTr("Export labels")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "jsonl"
        nameFilters: [qsTr("JSON Lines (*.jsonl)")]
        onAccepted: Wallet.exportLabels(selectedFile)
    }

    Connections {
        target: Wallet.history
        function onExportFinished(ok: bool, message: string) {
            if (ok)
                Session.notify(message) // failures show in the history's error banner
        }
    }
}
