import QtQuick
import QtQuick.Layouts
import Nexus

// One catalog prefab in the add-an-object dialog.
RowLayout {
    id: row

    required property var modelData
    signal addRequested(string id)

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        RowLayout {
            spacing: Theme.spacingSmall
            Text {
                text: row.modelData.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            Chip {
                text: row.modelData.type
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.modelData.description
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
    NButton {
        objectName: "addPrefab_" + row.modelData.id
        text: qsTr("Add")
        onClicked: row.addRequested(row.modelData.id)
    }
}
