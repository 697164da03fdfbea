import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The local HTTP API: serve this profile on 127.0.0.1 for Unity clients and scripts, and the
// active identity's bearer tokens (a new one is shown once; revoking asks first).
Dialog {
    id: dialog

    title: qsTr("Local HTTP API")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 520
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: LocalApi.refreshTokens()
    onClosed: LocalApi.forgetNewToken()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusLarge
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    header: Text {
        text: dialog.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        leftPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Other programs on this computer (Unity clients, scripts) call the backend over HTTP with a bearer token. "
                       + "It listens on 127.0.0.1 only. Routes: GET /api/v1/openapi.json.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: LocalApi.error.title
            cause: LocalApi.error.cause
            hint: LocalApi.error.hint
            onDismissed: LocalApi.error.clear()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            NSwitch {
                objectName: "localApiSwitch"
                checked: LocalApi.running
                onToggled: LocalApi.setRunning(checked)
                Accessible.name: qsTr("Serve the local API")
            }
            Text {
                text: LocalApi.running ? qsTr("Serving") : qsTr("Off")
                color: LocalApi.running ? Theme.success : Theme.textMuted
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            Item {
                Layout.fillWidth: true
            }
            FieldLabel {
                text: qsTr("Port")
            }
            NTextField {
                objectName: "localApiPort"
                Layout.preferredWidth: 80
                mono: true
                enabled: !LocalApi.running
                text: LocalApi.port.toString()
                validator: IntValidator { bottom: 0; top: 65535 }
                onTextEdited: if (acceptableInput) LocalApi.port = Number(text)
                Accessible.name: qsTr("Port")
            }
        }

        Text {
            objectName: "localApiUrl"
            Layout.fillWidth: true
            visible: LocalApi.running
            text: qsTr("%1 · %n request(s) served", "", LocalApi.served).arg(LocalApi.url)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
        }

        SectionHeader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            title: qsTr("Your tokens")
            subtitle: qsTr("Each acts as %1; revoke one to shut it out.").arg(Session.activeName)
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            NTextField {
                id: nameField
                objectName: "localApiTokenName"
                Layout.fillWidth: true
                placeholderText: qsTr("What the token is for, e.g. unity-client")
                maximumLength: 64
                onAccepted: if (text.trim().length > 0) LocalApi.createToken(text)
                Accessible.name: qsTr("Token name")
            }
            NButton {
                objectName: "localApiCreateToken"
                text: qsTr("Create token")
                variant: "primary"
                enabled: !LocalApi.busy && Session.hasCaller && nameField.text.trim().length > 0
                onClicked: {
                    LocalApi.createToken(nameField.text)
                    nameField.text = ""
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: LocalApi.newToken.length > 0
            implicitHeight: newTokenColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.warningSoft
            border.color: Theme.warning

            ColumnLayout {
                id: newTokenColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Copy it now: it is shown only once and kept only as a hash.")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        objectName: "localApiNewToken"
                        Layout.fillWidth: true
                        text: LocalApi.newToken
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        wrapMode: Text.WrapAnywhere
                    }
                    NButton {
                        text: qsTr("Copy")
                        onClicked: {
                            Session.copyToClipboard(LocalApi.newToken)
                            Session.notify(qsTr("Token copied"))
                        }
                    }
                }
            }
        }

        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 220)
            clip: true
            spacing: Theme.spacingSmall
            model: LocalApi.tokens
            delegate: LocalApiTokenRow {
                width: ListView.view.width
                onRevokeRequested: (token) => {
                    confirm.tokenId = token.id
                    confirm.message = qsTr("Programs using \"%1\" (%2…) lose access at once.").arg(token.name).arg(token.prefix)
                    confirm.ask()
                }
            }
        }
        Text {
            visible: LocalApi.tokens.length === 0
            text: qsTr("No tokens yet.")
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
        }
    }

    ConfirmDialog {
        id: confirm
        property real tokenId: 0
        title: qsTr("Revoke this token?")
        confirmText: qsTr("Revoke")
        destructive: true
        onAccepted: LocalApi.revokeToken(confirm.tokenId)
    }
}
