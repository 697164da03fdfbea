import QtQuick
import QtQuick.Layouts
import Nexus

// ICRC-2 approvals of the selected account: spenders it allowed (revocable) and accounts that
// allowed it to spend.
RowLayout {
    id: approvals

    spacing: Theme.spacingLarge

    Repeater {
        model: [{ title: qsTr("You allow"), rows: Wallet.approvalsGiven, given: true },
                { title: qsTr("Allowed to you"), rows: Wallet.approvalsReceived, given: false }]

        Card {
            id: column
            required property var modelData
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                FieldLabel {
                    text: column.modelData.title
                }

                ListView {
                    id: list
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: column.modelData.rows
                    spacing: Theme.spacingTiny

                    delegate: Rectangle {
                        id: item
                        required property var modelData
                        width: ListView.view.width
                        height: 56
                        radius: Theme.radius
                        color: Theme.surfaceAlt
                        RowLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.spacingSmall
                            spacing: Theme.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Text {
                                    Layout.fillWidth: true
                                    text: item.modelData.other
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSmall
                                    font.family: Theme.monoFamily
                                    elide: Text.ElideMiddle
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: item.modelData.expires_at
                                          ? qsTr("%1 %2 · expires %3").arg(item.modelData.allowanceText).arg(item.modelData.asset).arg(item.modelData.expires_text || item.modelData.expires_at)
                                          : qsTr("%1 %2 · no expiry").arg(item.modelData.allowanceText).arg(item.modelData.asset)
                                    color: item.modelData.expired ? Theme.textFaint : Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                }
                            }
                            NButton {
                                visible: item.modelData.given
                                text: qsTr("Revoke")
                                variant: "danger"
                                onClicked: Wallet.requestRevoke(item.modelData.asset, item.modelData.spender)
                            }
                        }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        visible: list.count === 0
                        glyph: "✓"
                        title: column.modelData.given ? qsTr("No spender approved") : qsTr("No approvals received")
                        detail: column.modelData.given ? qsTr("Nobody can move funds from this account but you.") : ""
                    }
                }
            }
        }
    }
}
