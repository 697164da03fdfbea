import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// One price feed as a selectable tile: its price, breaker state, freshness and sources.
AbstractButton {
    id: tile

    required property var feed
    property bool selected: false

    implicitWidth: 236
    padding: Theme.spacing + 2
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: tile.clicked()
    Keys.onEnterPressed: tile.clicked()
    Accessible.role: Accessible.RadioButton
    Accessible.checked: selected
    Accessible.name: qsTr("%1, %2 %3, breaker %4").arg(feed.pair).arg(feed.served).arg(feed.quote).arg(feed.breakerLabel)

    background: Rectangle {
        radius: Theme.radiusLarge
        color: tile.selected ? Theme.selection : tile.hovered ? Theme.surfaceHover : Theme.surface
        border.width: tile.visualFocus || tile.selected ? 2 : 1
        border.color: tile.visualFocus || tile.selected ? Theme.accent : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Text {
                Layout.fillWidth: true
                text: tile.feed.pair
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Chip {
                visible: tile.feed.breaker !== "ok"
                text: tile.feed.breakerLabel
                tone: tile.feed.breakerTone
                strong: tile.feed.breaker === "tripped"
            }
            Chip {
                visible: tile.feed.breaker === "ok" && tile.feed.stale
                text: qsTr("Stale")
                tone: "warning"
            }
        }
        RowLayout {
            spacing: Theme.spacingSmall
            Text {
                text: tile.feed.served.length > 0 ? tile.feed.served : "—"
                color: tile.feed.breaker === "tripped" ? Theme.textMuted : Theme.text
                font.pixelSize: Theme.fontTitle
                font.family: Theme.monoFamily
                font.weight: Font.DemiBold
            }
            Text {
                Layout.alignment: Qt.AlignBaseline
                text: tile.feed.quote
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            Layout.fillWidth: true
            text: tile.feed.hasRate
                  ? qsTr("published %1 ago · %2 sources").arg(tile.feed.publishedAge).arg(tile.feed.sources)
                  : qsTr("not published yet · %1 sources").arg(tile.feed.sources)
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
