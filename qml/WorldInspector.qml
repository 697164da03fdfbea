import QtQuick
import QtQuick.Layouts
import Nexus

// The selected object's prefab and pose as numbers (position in metres, rotation in degrees,
// scale), with remove. Shown in the Worlds sidebar while something is selected.
ColumnLayout {
    id: inspector

    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        Text {
            objectName: "inspectorTitle"
            Layout.fillWidth: true
            text: WorldEdit.selectedName
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Chip {
            text: WorldEdit.selectedType
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Object %1 of %2 · Delete removes it · Esc deselects").arg(WorldEdit.selectedIndex + 1).arg(Worlds.instanceCount)
        color: Theme.textFaint
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall

        InspectorField { Layout.fillWidth: true; label: qsTr("X (m)"); name: "x"; value: WorldEdit.x }
        InspectorField { Layout.fillWidth: true; label: qsTr("Y (m)"); name: "y"; value: WorldEdit.y }
        InspectorField { Layout.fillWidth: true; label: qsTr("Z (m)"); name: "z"; value: WorldEdit.z }
        InspectorField { Layout.fillWidth: true; label: qsTr("Yaw (°)"); name: "yaw"; value: WorldEdit.yaw; decimals: 1 }
        InspectorField { Layout.fillWidth: true; label: qsTr("Pitch (°)"); name: "pitch"; value: WorldEdit.pitch; decimals: 1 }
        InspectorField { Layout.fillWidth: true; label: qsTr("Roll (°)"); name: "roll"; value: WorldEdit.roll; decimals: 1 }
        InspectorField { Layout.fillWidth: true; label: qsTr("Scale X"); name: "scaleX"; value: WorldEdit.scaleX }
        InspectorField { Layout.fillWidth: true; label: qsTr("Scale Y"); name: "scaleY"; value: WorldEdit.scaleY }
        InspectorField { Layout.fillWidth: true; label: qsTr("Scale Z"); name: "scaleZ"; value: WorldEdit.scaleZ }
    }

    NButton {
        objectName: "inspectorRemove"
        text: qsTr("Remove object")
        variant: "danger"
        enabled: WorldEdit.canEdit
        onClicked: WorldEdit.removeSelected()
    }
}
