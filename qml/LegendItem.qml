import QtQuick
import QtQuick.Layouts

// A chart legend entry: a swatch (line, band or dot) and its label.
RowLayout {
    id: item

    property string text
    property color color: Theme.accent
    property string shape: "line" // line, band, dot, triangle, diamond

    spacing: Theme.spacingSmall

    Item {
        implicitWidth: 18
        implicitHeight: 12
        Rectangle {
            visible: item.shape === "line"
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: 2
            radius: 1
            color: item.color
        }
        Rectangle {
            visible: item.shape === "band"
            anchors.fill: parent
            radius: 2
            color: Qt.rgba(item.color.r, item.color.g, item.color.b, 0.25)
            border.color: Qt.rgba(item.color.r, item.color.g, item.color.b, 0.5)
        }
        Rectangle {
            visible: item.shape === "dot" || item.shape === "diamond"
            anchors.centerIn: parent
            width: item.shape === "dot" ? 7 : 8
            height: width
            radius: item.shape === "dot" ? width / 2 : 0
            rotation: item.shape === "diamond" ? 45 : 0
            color: item.color
        }
        Text {
            visible: item.shape === "triangle"
            anchors.centerIn: parent
            text: "▲"
            color: item.color
            font.pixelSize: 11
        }
    }
    Text {
        text: item.text
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
}
