import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The prefab catalog, searchable by name, description and tags; Add puts the chosen prefab on
// the ground in the middle of the view, selected (undo takes it away again).
Dialog {
    id: dialog

    property vector3d placeAt
    property var results: WorldEdit.catalog("")

    function openAt(point: vector3d) {
        dialog.placeAt = point
        search.text = ""
        dialog.results = WorldEdit.catalog("")
        open()
        search.forceActiveFocus()
    }

    title: qsTr("Add an object")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 560
    height: 560
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

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

        NTextField {
            id: search
            objectName: "prefabSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search the catalog, e.g. tree, medieval, glowing")
            onTextChanged: dialog.results = WorldEdit.catalog(text)
            Accessible.name: qsTr("Search the catalog")
        }
        Text {
            text: qsTr("%n prefab(s)", "", dialog.results.length)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        ListView {
            objectName: "prefabList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: dialog.results
            delegate: PrefabRow {
                width: ListView.view.width
                onAddRequested: (id) => {
                    if (WorldEdit.addPrefab(id, dialog.placeAt))
                        dialog.close()
                }
            }
        }
    }
}
