import QtQuick
import QtQuick.Layouts
import Nexus

// The selected feed's circuit breaker: its state and settings, and (for manage_oracle holders)
// reset and manual price, each confirmed first. Refusals show in the card.
Card {
    id: card

    readonly property var feed: Oracle.selected
    readonly property string breaker: feed.breaker ?? ""
    signal resetRequested()
    signal manualPriceRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    border.color: breaker === "tripped" ? Theme.danger : breaker === "manual" ? Theme.warning : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Circuit breaker")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Chip {
                objectName: "breakerState"
                visible: card.breaker.length > 0
                text: card.feed.breakerLabel ?? ""
                tone: card.feed.breakerTone ?? "neutral"
                strong: card.breaker === "tripped"
            }
        }

        Text {
            Layout.fillWidth: true
            text: card.breaker === "tripped"
                  ? qsTr("Conversions with %1 are refused since %2. Reset the breaker once the sources look sound, or serve a manual price meanwhile.")
                        .arg(card.feed.pair).arg(card.feed.since)
                  : card.breaker === "manual"
                    ? qsTr("Serving the manual price %1 %2 since %3, until the breaker is reset.")
                          .arg(card.feed.manualRate).arg(card.feed.quote).arg(card.feed.since)
                    : card.breaker === "ok"
                      ? qsTr("Prices are served. The breaker trips on a jump over %1, an inconsistent round, or a price older than twice the heartbeat.")
                            .arg(card.feed.jumpLimit)
                      : qsTr("Pick a feed.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Text {
            Layout.fillWidth: true
            visible: card.feed.rebasePending === true
            text: qsTr("Reset: the next consistent round is published without the jump and staleness checks.")
            color: Theme.infoOnSoft
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 4

            Text { Layout.alignment: Qt.AlignTop; text: qsTr("Last published"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Text {
                    Layout.fillWidth: true
                    text: card.feed.hasRate ? qsTr("%1 %2, %3 ago").arg(card.feed.rate).arg(card.feed.quote).arg(card.feed.publishedAge) : qsTr("never")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
                Chip {
                    visible: card.feed.stale === true
                    text: qsTr("Stale")
                    tone: "warning"
                }
            }
            Text { Layout.alignment: Qt.AlignTop; text: qsTr("Publishes on"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            Text {
                Layout.fillWidth: true
                text: card.breaker.length > 0 ? qsTr("a %1 move, or every %2").arg(card.feed.deviation).arg(card.feed.heartbeat) : "—"
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text { Layout.alignment: Qt.AlignTop; text: qsTr("Latest round"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            Text {
                Layout.fillWidth: true
                text: (card.feed.lastRound ?? "").length > 0 ? qsTr("%1 ago").arg(card.feed.lastRoundAge) : qsTr("none yet")
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }

        ErrorBanner {
            objectName: "breakerError"
            Layout.fillWidth: true
            title: Oracle.actionError.title
            cause: Oracle.actionError.cause
            hint: Oracle.actionError.hint
            onDismissed: Oracle.actionError.clear()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            NButton {
                objectName: "breakerResetButton"
                Layout.fillWidth: true
                text: qsTr("Reset breaker…")
                variant: card.breaker === "tripped" ? "primary" : "secondary"
                enabled: Oracle.canManage && !Oracle.busy && (card.breaker === "tripped" || card.breaker === "manual")
                onClicked: card.resetRequested()
            }
            NButton {
                objectName: "manualPriceButton"
                Layout.fillWidth: true
                text: qsTr("Manual price…")
                enabled: Oracle.canManage && !Oracle.busy && card.breaker.length > 0
                onClicked: card.manualPriceRequested()
            }
        }

        Text {
            Layout.fillWidth: true
            visible: !Oracle.canManage
            text: qsTr("Acting as %1: resetting the breaker or setting a price needs the manage_oracle permission.").arg(Session.activeName)
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
