import QtQuick
import Nexus

// The swap's steps, left to right: done (filled), current (ringed), still to come (faint); a step
// off the happy path (refund, dispute) in its warning or danger tone.
ListView {
    id: timeline

    orientation: ListView.Horizontal
    interactive: false
    implicitHeight: 52
    spacing: 0

    delegate: Item {
        id: step
        required property var modelData
        required property int index
        readonly property bool done: step.modelData.status === "done"
        readonly property bool current: step.modelData.status === "current"
        readonly property color tint: step.modelData.tone === "accent" ? Theme.accent : Theme.toneColor(step.modelData.tone)

        width: Math.max(110, step.ListView.view.width / Math.max(1, step.ListView.view.count))
        height: step.ListView.view.height

        Rectangle { // the line to the previous step
            visible: step.index > 0
            x: 0
            y: 8
            width: step.width / 2 - 8
            height: 2
            color: step.done || step.current ? step.tint : Theme.border
        }
        Rectangle {
            visible: step.index < step.ListView.view.count - 1
            x: step.width / 2 + 8
            y: 8
            width: step.width / 2 - 8
            height: 2
            color: step.done ? step.tint : Theme.border
        }
        Rectangle {
            x: step.width / 2 - 8
            width: 18
            height: 18
            radius: 9
            color: step.done ? step.tint : Theme.surface
            border.width: 2
            border.color: step.done || step.current ? step.tint : Theme.borderStrong
            Text {
                anchors.centerIn: parent
                visible: step.done
                text: "✓"
                color: Theme.surface
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
            }
        }
        Text {
            y: 22
            width: step.width - 4
            x: 2
            horizontalAlignment: Text.AlignHCenter
            text: step.modelData.label
            color: step.done || step.current ? Theme.text : Theme.textFaint
            font.pixelSize: Theme.fontSmall
            font.weight: step.current ? Font.DemiBold : Font.Normal
            elide: Text.ElideRight
        }
        Text {
            y: 36
            width: step.width - 4
            x: 2
            horizontalAlignment: Text.AlignHCenter
            text: step.modelData.time
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall - 1
            elide: Text.ElideRight
        }
    }
}
