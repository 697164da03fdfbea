import QtQuick
import QtQuick.Layouts
import Nexus

// One number of the selected object's pose: shows the object's value, and sets it (through
// WorldEdit) when the field is left or Enter is pressed. A refused value springs back.
ColumnLayout {
    id: field

    required property string label
    required property string name
    required property real value
    property int decimals: 2

    spacing: 2

    FieldLabel {
        text: field.label
    }
    NTextField {
        id: input
        objectName: "inspector_" + field.name
        Layout.fillWidth: true
        mono: true
        enabled: WorldEdit.canEdit
        text: field.value.toFixed(field.decimals)
        validator: DoubleValidator { notation: DoubleValidator.StandardNotation }
        Accessible.name: field.label
        onEditingFinished: {
            if (acceptableInput && Number(text) !== Number(field.value.toFixed(field.decimals)))
                WorldEdit.setField(field.name, Number(text))
            text = Qt.binding(() => field.value.toFixed(field.decimals))
        }
    }
}
