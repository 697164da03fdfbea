import QtQuick
import QtQuick.Layouts
import Nexus

// One API token in the Local API dialog: name, prefix, state, and revoke while it is active.
RowLayout {
    id: row

    required property var modelData
    signal revokeRequested(var token)

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Text {
            Layout.fillWidth: true
            text: row.modelData.name
            color: Theme.text
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Text {
            text: row.modelData.prefix + "…"
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
        }
    }
    Chip {
        text: row.modelData.state === "active" ? qsTr("active") : row.modelData.state === "revoked" ? qsTr("revoked") : qsTr("expired")
        tone: row.modelData.state === "active" ? "success" : "neutral"
    }
    NButton {
        text: qsTr("Revoke…")
        variant: "ghost"
        visible: row.modelData.state === "active"
        onClicked: row.revokeRequested(row.modelData)
    }
}
