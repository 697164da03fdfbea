import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// The selected feed's sources: last quote, age, deviation from the round's median, and whether
// the aggregation used it (and why not).
Item {
    id: table

    readonly property var columns: Theme.oracleSourceColumns

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: title.length > 0
            title: Oracle.sources.error.title
            cause: Oracle.sources.error.cause
            hint: Oracle.sources.error.hint
            onDismissed: Oracle.sources.error.clear()
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 30
            color: Theme.surfaceAlt

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingLarge
                anchors.rightMargin: Theme.spacingLarge
                spacing: Theme.spacing
                FieldLabel { Layout.preferredWidth: table.columns.name; Layout.minimumWidth: table.columns.name; text: qsTr("Source") }
                FieldLabel { Layout.preferredWidth: table.columns.status; Layout.minimumWidth: table.columns.status; text: qsTr("Status") }
                FieldLabel { Layout.preferredWidth: table.columns.rate; Layout.minimumWidth: table.columns.rate; text: qsTr("Last quote"); horizontalAlignment: Text.AlignRight }
                FieldLabel { Layout.preferredWidth: table.columns.deviation; Layout.minimumWidth: table.columns.deviation; text: qsTr("vs. median"); horizontalAlignment: Text.AlignRight }
                FieldLabel { Layout.preferredWidth: table.columns.age; Layout.minimumWidth: table.columns.age; text: qsTr("Age"); horizontalAlignment: Text.AlignRight }
                FieldLabel { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Why"); elide: Text.ElideRight }
            }
        }

        ListView {
            id: list
            objectName: "oracleSourcesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Oracle.sources
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: OracleSourceRow {
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
            }

            EmptyState {
                parent: list // not its content item, which is empty
                anchors.centerIn: parent
                visible: list.count === 0 && Oracle.sources.ready && !Oracle.sources.loading
                glyph: "⌁"
                title: qsTr("No sources")
                detail: qsTr("Add one with oracle.add_source (an HTTP JSON URL, or simulated in the demo).")
            }

            BusyIndicator {
                parent: list
                anchors.centerIn: parent
                running: Oracle.sources.loading && list.count === 0
                visible: running
            }
        }
    }
}
