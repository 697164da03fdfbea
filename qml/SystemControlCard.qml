import QtQuick
import QtQuick.Layouts

// One system-wide switch (maintenance, emergency stop): its state, what it does, one action.
Card {
    id: card

    property string title
    property bool active: false
    property string activeText
    property string inactiveText
    property string activeTone: "warning"
    property string description
    property string detail
    property string actionText
    property string actionVariant: "secondary"
    property string actionName
    signal triggered()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    border.color: active ? Theme.toneColor(activeTone) : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            spacing: Theme.spacing
            Text {
                text: card.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }
            Chip {
                text: card.active ? card.activeText : card.inactiveText
                tone: card.active ? card.activeTone : "neutral"
                strong: card.active
            }
        }
        Text {
            Layout.fillWidth: true
            text: card.description
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: card.detail.length > 0
            text: card.detail
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
        NButton {
            objectName: card.actionName
            text: card.actionText
            variant: card.actionVariant
            onClicked: card.triggered()
        }
    }
}
