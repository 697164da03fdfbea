import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Audit: the hash-chained log, paged from the backend, with filters, entry detail, chain
// verification and export.
Rectangle {
    id: panel

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            large: true
            title: qsTr("Audit log")
            subtitle: Audit.entries.loaded
                      ? (Audit.entries.filtered
                         ? qsTr("%1 matching entries · newest first").arg(Number(Audit.entries.total).toLocaleString(Qt.locale(), "f", 0))
                         : qsTr("%1 entries, each hash-chained to the one before · newest first").arg(Number(Audit.entries.total).toLocaleString(Qt.locale(), "f", 0)))
                      : qsTr("Loading…")

            NButton {
                objectName: "verifyButton"
                text: Audit.verifying ? qsTr("Verifying…") : qsTr("Verify chain")
                variant: "primary"
                enabled: !Audit.verifying
                onClicked: Audit.startVerify()
            }
            NButton {
                objectName: "exportButton"
                text: qsTr("Export…")
                onClicked: exportDialog.openFor()
            }
        }

        VerifyBar {
            Layout.fillWidth: true
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Audit.error.title
            cause: Audit.error.cause
            hint: Audit.error.hint
            onDismissed: Audit.error.clear()
        }

        ErrorBanner {
            Layout.fillWidth: true
            title: Audit.entries.error.title
            cause: Audit.entries.error.cause
            hint: Audit.entries.error.hint
            onDismissed: Audit.entries.error.clear()
        }

        AuditFilterBar {
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            Card {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    // Column headers
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 34
                        color: Theme.surfaceAlt
                        radius: Theme.radiusLarge

                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            spacing: Theme.spacing
                            FieldLabel { Layout.preferredWidth: Theme.auditColumns.seq; Layout.minimumWidth: Theme.auditColumns.seq; text: qsTr("Seq"); horizontalAlignment: Text.AlignRight }
                            FieldLabel { Layout.preferredWidth: Theme.auditColumns.time; Layout.minimumWidth: Theme.auditColumns.time; text: qsTr("Time") }
                            FieldLabel { Layout.preferredWidth: Theme.auditColumns.caller; Layout.minimumWidth: Theme.auditColumns.caller; text: qsTr("Caller") }
                            FieldLabel { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Method and summary") }
                            FieldLabel { Layout.preferredWidth: Theme.auditColumns.outcome; Layout.minimumWidth: Theme.auditColumns.outcome; text: qsTr("Outcome") }
                        }
                    }

                    ListView {
                        id: list
                        objectName: "auditList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: Audit.entries
                        reuseItems: true
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        currentIndex: -1
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }

                        onCurrentIndexChanged: {
                            const seq = Audit.entries.seqAt(currentIndex)
                            if (seq > 0)
                                Audit.select(seq)
                        }
                        // Blocks skipped during a fast fling load once the view rests.
                        onContentYChanged: visibleRowsTimer.restart()
                        onHeightChanged: visibleRowsTimer.restart()

                        delegate: AuditRow {
                            width: ListView.view.width
                            onClicked: (row) => {
                                list.forceActiveFocus()
                                list.currentIndex = row
                            }
                        }

                        EmptyState {
                            parent: list // not its content item, which is empty
                            anchors.centerIn: parent
                            visible: list.count === 0 && Audit.entries.loaded && !Audit.entries.loading && !Audit.entries.error.active
                            glyph: "☰"
                            title: Audit.entries.filtered ? qsTr("No entries match these filters") : qsTr("The audit log is empty")
                            detail: Audit.entries.filtered ? qsTr("Loosen or clear the filters to see more.")
                                                           : qsTr("Every call through the gateway adds an entry here.")
                        }

                        BusyIndicator {
                            parent: list // not its content item, which is empty
                            anchors.centerIn: parent
                            running: Audit.entries.loading && list.count === 0
                            visible: running
                        }
                    }
                }

                Timer {
                    id: visibleRowsTimer
                    interval: 120
                    onTriggered: Audit.entries.ensureLoaded(list.indexAt(10, list.contentY),
                                                            list.indexAt(10, list.contentY + list.height - 1))
                }

                Connections {
                    target: Audit
                    function onPositionRequested(row: int) {
                        list.positionViewAtIndex(row, ListView.Center)
                        list.currentIndex = row
                    }
                }
            }

            AuditDetail {
                Layout.preferredWidth: 380
                Layout.fillHeight: true
            }
        }
    }

    ExportDialog {
        id: exportDialog
        objectName: "exportDialog"
    }
}
