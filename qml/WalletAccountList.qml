import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The active identity's accounts (default first, then subaccounts) with their value.
Card {
    id: card

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: qsTr("Accounts of %1").arg(Session.activeDisplayName)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            elide: Text.ElideRight
        }

        ListView {
            id: list
            objectName: "accountList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Wallet.accounts
            keyNavigationEnabled: true
            focus: true
            currentIndex: Wallet.selectedIndex
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                height: 64
                onClicked: Wallet.selectedAccount = row.modelData.account
                Keys.onReturnPressed: Wallet.selectedAccount = row.modelData.account
                background: Rectangle {
                    color: row.modelData.account === Wallet.selectedAccount ? Theme.selection
                         : row.hovered ? Theme.surfaceHover : "transparent"
                    Rectangle {
                        visible: row.modelData.account === Wallet.selectedAccount
                        width: 3
                        height: parent.height
                        color: Theme.accent
                    }
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.label.length > 0 ? row.modelData.label
                                  : row.modelData.isDefault ? qsTr("Main account") : qsTr("Subaccount")
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Text {
                            text: row.modelData.fiatText + " " + Wallet.fiat
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.monoFamily
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.modelData.account
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        elide: Text.ElideMiddle
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.modelData.summary
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
