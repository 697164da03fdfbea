import QtQuick
import QtQuick.Controls

// A themed combo box; its model is an array of {value, text} objects.
ComboBox {
    id: control

    implicitHeight: Theme.controlHeight
    textRole: "text"
    valueRole: "value"
    font.pixelSize: Theme.fontBody
    leftPadding: Theme.spacing

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceHover : Theme.surface
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.accent : Theme.borderStrong
    }

    contentItem: Text {
        leftPadding: 0
        rightPadding: control.indicator.width + Theme.spacingSmall
        text: control.displayText
        font: control.font
        color: control.enabled ? Theme.text : Theme.textFaint
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    indicator: Text {
        x: control.width - width - Theme.spacing
        y: (control.height - height) / 2
        text: "▾"
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }

    popup: Popup {
        y: control.height + 2
        width: Math.max(control.width, 180)
        implicitHeight: Math.min(contentItem.implicitHeight + 2 * padding, 360)
        padding: 4

        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: control.popup.visible ? control.delegateModel : null
            currentIndex: control.highlightedIndex
            ScrollIndicator.vertical: ScrollIndicator {}
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
        }
    }

    delegate: ItemDelegate {
        id: option
        required property var modelData
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        height: Theme.controlHeight
        highlighted: ListView.isCurrentItem
        contentItem: Text {
            text: option.modelData.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            radius: Theme.radius - 2
            color: option.highlighted ? Theme.selection : option.hovered ? Theme.surfaceHover : "transparent"
        }
    }
}
