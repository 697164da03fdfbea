import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// An attendance pass as a QR code (and its text), signed with the organiser's Ed25519 key: the
// holder shows it at the door; `nexusctl events verify-pass` or this app check it offline.
Dialog {
    id: dialog

    property string pass
    property string message

    function show(title: string, pass: string, message: string) {
        dialog.title = title
        dialog.pass = pass
        dialog.message = message
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 440
    padding: Theme.spacingLarge

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

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 260
            Layout.preferredHeight: 260
            color: "#ffffff"
            radius: Theme.radius
            border.color: Theme.border
            QrCode {
                objectName: "passQr"
                anchors.fill: parent
                anchors.margins: 6
                text: dialog.pass
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.fontBody * 3
            text: dialog.message
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "passText"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.fontSmall * 5
            text: dialog.pass
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            NButton {
                text: qsTr("Copy pass text")
                onClicked: {
                    Session.copyToClipboard(dialog.pass)
                    Session.notify(qsTr("Pass copied"))
                }
            }
            NButton {
                text: qsTr("Done")
                variant: "primary"
                onClicked: dialog.close()
            }
        }
    }
}
