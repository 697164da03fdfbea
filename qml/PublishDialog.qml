import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Publish the world on screen as an experience: title, description, tags and visibility; the
// thumbnail is the preview as it is now.
Dialog {
    id: dialog

    property var thumbnail // the preview's grabbed image

    function openFor(image: var) {
        dialog.thumbnail = image
        titleField.text = Worlds.title
        descriptionField.text = Worlds.description
        tagsField.text = Worlds.worldType
        visibilityBox.currentIndex = 0
        open()
        titleField.forceActiveFocus()
    }

    title: qsTr("Publish as an experience")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 520
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape

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
        spacing: Theme.spacingSmall

        ErrorBanner {
            Layout.fillWidth: true
            title: WorldHub.error.title
            cause: WorldHub.error.cause
            hint: WorldHub.error.hint
            onDismissed: WorldHub.error.clear()
        }
        FieldLabel {
            text: qsTr("Title")
        }
        NTextField {
            id: titleField
            objectName: "publishTitle"
            Layout.fillWidth: true
            maximumLength: 200
            Accessible.name: qsTr("Title")
        }
        FieldLabel {
            text: qsTr("Description")
        }
        NTextField {
            id: descriptionField
            Layout.fillWidth: true
            maximumLength: 2000
            Accessible.name: qsTr("Description")
        }
        FieldLabel {
            text: qsTr("Tags, separated by commas")
        }
        NTextField {
            id: tagsField
            Layout.fillWidth: true
            Accessible.name: qsTr("Tags")
        }
        FieldLabel {
            text: qsTr("Who can find it")
        }
        NComboBox {
            id: visibilityBox
            Layout.fillWidth: true
            model: [
                { text: qsTr("Public: listed and searchable"), value: "public" },
                { text: qsTr("Unlisted: only with its number"), value: "unlisted" },
                { text: qsTr("Private: only you"), value: "private" }
            ]
            Accessible.name: qsTr("Visibility")
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("The thumbnail is the preview as it looks now.")
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Item {
                Layout.fillWidth: true
            }
            NButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            NButton {
                objectName: "publishConfirm"
                text: WorldHub.busy ? qsTr("Publishing…") : qsTr("Publish")
                variant: "primary"
                enabled: !WorldHub.busy && titleField.text.trim().length > 0
                onClicked: WorldHub.publish(titleField.text, descriptionField.text, tagsField.text, visibilityBox.currentValue, dialog.thumbnail)
            }
        }
    }

    Connections {
        target: WorldHub
        function onPublished(ok: bool) {
            if (ok)
                dialog.close()
        }
    }
}
