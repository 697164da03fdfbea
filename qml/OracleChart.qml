import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Nexus

// The selected feed over time: the published price (steps), the aggregated median, the band of
// every source's quotes, publications, and the breaker's trips, resets and manual prices. The
// series are filled from C++ (Oracle.history.fill) in one go; hovering shows the bucket's values.
Card {
    id: card

    readonly property var history: Oracle.history
    property var readout: ({})
    readonly property bool hasReadout: readout.time !== undefined

    function fillSeries() {
        card.history.fill(bandHigh, "bandHigh")
        card.history.fill(bandLow, "bandLow")
        card.history.fill(median, "median")
        card.history.fill(published, "published")
        card.history.fill(publications, "publications")
        card.history.fill(trips, "trips")
        card.history.fill(events, "events")
    }

    function band(c: color): color {
        return Qt.rgba(c.r, c.g, c.b, Theme.dark ? 0.26 : 0.18)
    }

    Connections {
        target: Oracle.history
        function onChanged() {
            card.readout = ({})
            card.fillSeries()
        }
    }
    Component.onCompleted: fillSeries()

    // One history point per pixel of the plot.
    Binding {
        target: Oracle
        property: "chartWidth"
        value: Math.round(chart.plotArea.width)
        when: chart.plotArea.width > 40
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: Oracle.selectedPair.length > 0 ? qsTr("%1 price history").arg(Oracle.selectedPair) : qsTr("Price history")
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: card.history.loaded ? card.history.summary : (card.history.loading ? qsTr("Loading…") : "")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }

            Row {
                objectName: "oracleRanges"
                spacing: 2
                Repeater {
                    model: [{ value: "1h", text: qsTr("1 h") }, { value: "24h", text: qsTr("24 h") },
                            { value: "7d", text: qsTr("7 d") }, { value: "30d", text: qsTr("30 d") }]
                    delegate: SegmentButton {
                        required property var modelData
                        text: modelData.text
                        selected: Oracle.range === modelData.value
                        onClicked: Oracle.range = modelData.value
                        Accessible.name: qsTr("Show the last %1").arg(modelData.text)
                    }
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing + 4
            LegendItem { text: qsTr("Published price"); color: Theme.accent }
            LegendItem { text: qsTr("Median"); color: Theme.textFaint }
            LegendItem { text: qsTr("Source quotes, outliers cut"); color: Theme.info; shape: "band" }
            LegendItem { text: qsTr("Publication"); color: Theme.accent; shape: "dot"; visible: card.history.showPublications && card.history.publicationCount > 0 }
            LegendItem { text: qsTr("Breaker trip"); color: Theme.danger; shape: "triangle" }
            LegendItem { text: qsTr("Reset, manual price"); color: Theme.warning; shape: "diamond" }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160

            ChartView {
                id: chart
                objectName: "oracleChart"
                anchors.fill: parent
                anchors.leftMargin: -Theme.spacing
                anchors.rightMargin: -Theme.spacing
                antialiasing: true
                legend.visible: false
                backgroundColor: "transparent"
                plotAreaColor: "transparent"
                backgroundRoundness: 0
                dropShadowEnabled: false
                localizeNumbers: true // the application's locale: grouped axis labels
                margins.top: 4
                margins.bottom: 0
                margins.left: 0
                margins.right: 0
                visible: card.history.loaded && !card.history.empty

                AreaSeries {
                    id: area
                    axisX: DateTimeAxis {
                        id: xAxis
                        min: card.history.from
                        max: card.history.to
                        format: card.history.timeFormat
                        tickCount: 7
                        labelsColor: Theme.textMuted
                        labelsFont.pixelSize: Theme.fontSmall
                        labelsFont.family: Theme.uiFamily
                        gridLineColor: Theme.border
                        color: Theme.borderStrong
                        lineVisible: true
                    }
                    axisY: ValuesAxis { // = ValueAxis (QValueAxis); qmllint 6.4 only resolves this export name
                        id: yAxis
                        min: card.history.yMin
                        max: card.history.yMax
                        tickCount: card.history.yTickCount
                        labelFormat: card.history.yLabelFormat
                        labelsColor: Theme.textMuted
                        labelsFont.pixelSize: Theme.fontSmall
                        labelsFont.family: Theme.uiFamily
                        gridLineColor: Theme.border
                        lineVisible: false
                        minorGridVisible: false
                    }
                    color: card.band(Theme.info)
                    borderColor: "transparent"
                    borderWidth: 0
                    upperSeries: LineSeries { id: bandHigh }
                    lowerSeries: LineSeries { id: bandLow }
                }
                LineSeries {
                    id: median
                    axisX: xAxis
                    axisY: yAxis
                    color: Theme.textFaint
                    width: 1
                }
                LineSeries {
                    id: published
                    axisX: xAxis
                    axisY: yAxis
                    color: Theme.accent
                    width: 2
                }
                ScatterSeries {
                    id: publications
                    axisX: xAxis
                    axisY: yAxis
                    visible: card.history.showPublications
                    color: Theme.accent
                    borderColor: Theme.surface
                    borderWidth: 1
                    markerSize: 6
                    markerShape: ScatterSeries.MarkerShapeCircle
                }
                ScatterSeries {
                    id: events
                    axisX: xAxis
                    axisY: yAxis
                    color: Theme.warning
                    borderColor: Theme.surface
                    borderWidth: 1
                    markerSize: 11
                    markerShape: ScatterSeries.MarkerShapeRotatedRectangle
                }
                ScatterSeries {
                    id: trips
                    axisX: xAxis
                    axisY: yAxis
                    color: Theme.danger
                    borderColor: Theme.surface
                    borderWidth: 1
                    markerSize: 14
                    markerShape: ScatterSeries.MarkerShapeTriangle
                }
            }

            // The hover readout: a guide line and the values of the bucket under the pointer.
            MouseArea {
                id: hover
                x: chart.x + chart.plotArea.x
                y: chart.y + chart.plotArea.y
                width: chart.plotArea.width
                height: chart.plotArea.height
                visible: chart.visible
                hoverEnabled: true
                acceptedButtons: Qt.NoButton
                onPositionChanged: (mouse) => {
                    const value = chart.mapToValue(Qt.point(mouse.x + hover.x - chart.x, mouse.y + hover.y - chart.y), published)
                    card.readout = card.history.at(value.x)
                }
                onExited: card.readout = ({})

                Rectangle {
                    visible: card.hasReadout && hover.containsMouse
                    x: hover.mouseX
                    width: 1
                    height: parent.height
                    color: Theme.borderStrong
                }

                Rectangle {
                    id: readoutBox
                    visible: card.hasReadout && hover.containsMouse
                    x: hover.mouseX + 12 + width > hover.width ? hover.mouseX - width - 12 : hover.mouseX + 12
                    y: 6
                    width: readoutColumn.implicitWidth + 2 * Theme.spacing
                    height: readoutColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.borderStrong

                    ColumnLayout {
                        id: readoutColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 2
                        Text {
                            text: card.readout.time ?? ""
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                        }
                        Text {
                            text: qsTr("Published: %1").arg(card.readout.published || "—")
                            color: Theme.accent
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                        }
                        Text {
                            text: qsTr("Median: %1").arg(card.readout.median || "—")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                        }
                        Text {
                            text: qsTr("All quotes: %1 – %2").arg(card.readout.low || "—").arg(card.readout.high || "—")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                        }
                        Text {
                            text: (card.readout.failed ?? 0) > 0
                                  ? qsTr("%1 rounds, %2 without a consistent rate").arg(card.readout.rounds ?? 0).arg(card.readout.failed ?? 0)
                                  : qsTr("%1 rounds").arg(card.readout.rounds ?? 0)
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontSmall
                        }
                        Repeater {
                            model: card.readout.alerts ?? []
                            delegate: Text {
                                required property string modelData
                                text: "⚠ " + modelData
                                color: Theme.danger
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: card.history.loading && !card.history.loaded
                visible: running
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingLarge, 380)
                visible: card.history.loaded && card.history.empty && !card.history.loading
                glyph: "∿"
                title: qsTr("No rounds in this range")
                detail: qsTr("The feed recorded nothing in the last %1. Pick a longer range, or check its sources.")
                            .arg(Oracle.range === "1h" ? qsTr("hour") : Oracle.range === "24h" ? qsTr("24 hours")
                                 : Oracle.range === "7d" ? qsTr("7 days") : qsTr("30 days"))
            }
        }
    }
}
