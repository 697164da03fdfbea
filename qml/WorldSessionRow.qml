import QtQuick
import QtQuick.Layouts
import Nexus

// One open VR session of the world on screen: host, how full it is, and what you can do.
RowLayout {
    id: row

    required property var modelData

    spacing: Theme.spacingSmall

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Text {
            Layout.fillWidth: true
            text: qsTr("Session %1 · hosted by %2").arg(row.modelData.session_id).arg(row.modelData.hostName)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Text {
            text: qsTr("%1 of %2 people").arg(row.modelData.participants).arg(row.modelData.max)
                  + (row.modelData.joined ? qsTr(" · you are in it") : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
    NButton {
        text: qsTr("Join")
        variant: "ghost"
        visible: !row.modelData.joined
        enabled: !WorldHub.busy && row.modelData.participants < row.modelData.max
        onClicked: WorldHub.join(row.modelData.session_id)
    }
    NButton {
        text: qsTr("Leave")
        variant: "ghost"
        visible: row.modelData.joined && !row.modelData.hosting
        enabled: !WorldHub.busy
        onClicked: WorldHub.leave(row.modelData.session_id)
    }
    NButton {
        text: qsTr("End")
        variant: "ghost"
        visible: row.modelData.hosting
        enabled: !WorldHub.busy
        onClicked: WorldHub.end(row.modelData.session_id)
    }
}
