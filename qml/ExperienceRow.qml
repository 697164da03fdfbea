import QtQuick
import QtQuick.Layouts
import Nexus

// One published experience in the browser: title, visibility, who published it and its tags.
Rectangle {
    id: row

    required property var modelData
    required property int index
    property bool current: false
    signal chosen()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius
    color: current ? Theme.accentSoft : (hover.hovered ? Theme.surfaceAlt : "transparent")
    Accessible.role: Accessible.ListItem
    Accessible.name: modelData.title

    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: row.chosen()
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: 2

        RowLayout {
            spacing: Theme.spacingSmall
            Text {
                Layout.fillWidth: true
                text: row.modelData.title
                color: row.current ? Theme.accentOnSoft : Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Chip {
                visible: row.modelData.visibility !== "public"
                text: row.modelData.visibility === "private" ? qsTr("private") : qsTr("unlisted")
                tone: row.modelData.visibility === "private" ? "warning" : "info"
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(row.modelData.ownerName).arg(row.modelData.tagsText || qsTr("no tags"))
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
