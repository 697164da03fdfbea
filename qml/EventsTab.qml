import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nexus

// Events and tickets: every event with its dates, status and places; registering mints a
// ticket; your tickets; and for the organiser the participants, passes (QR), check-in and the
// event's status. Any pass can be verified here, offline.
RowLayout {
    id: tab

    readonly property var ev: Events.selected
    readonly property bool hasEvent: ev.event_id !== undefined

    spacing: Theme.spacing

    ColumnLayout {
        Layout.preferredWidth: 380
        Layout.fillWidth: false // a layout fills by default; the event pane takes the rest
        Layout.fillHeight: true
        spacing: Theme.spacingSmall

        SectionHeader {
            Layout.fillWidth: true
            title: qsTr("Events")
            subtitle: qsTr("%n event(s)", "", Events.events.length)
        }
        ListView {
            objectName: "eventsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            clip: true
            model: Events.events
            spacing: Theme.spacingTiny
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: eventRow
                required property var modelData
                width: ListView.view.width
                height: 58
                radius: Theme.radius
                color: Events.selectedId === eventRow.modelData.event_id ? Theme.selection : rowHover.hovered ? Theme.surfaceHover : Theme.surface
                border.color: Theme.border
                HoverHandler {
                    id: rowHover
                }
                TapHandler {
                    onTapped: Events.select(eventRow.modelData.event_id)
                }
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: eventRow.modelData.name
                            color: Theme.text
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Chip {
                            text: eventRow.modelData.statusText
                            tone: eventRow.modelData.status === "active" ? (eventRow.modelData.ended ? "neutral" : "success")
                                  : eventRow.modelData.status === "cancelled" ? "danger" : eventRow.modelData.status === "draft" ? "warning" : "neutral"
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 of %3 places taken").arg(eventRow.modelData.startsText).arg(eventRow.modelData.registered).arg(eventRow.modelData.capacity)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
            }
        }

        SectionHeader {
            Layout.fillWidth: true
            title: qsTr("My tickets")
            subtitle: qsTr("%n ticket(s)", "", Events.tickets.length)
        }
        ListView {
            objectName: "ticketsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            clip: true
            model: Events.tickets
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                height: 30
                Text {
                    Layout.preferredWidth: 110
                    text: parent.modelData.token_id
                    color: Theme.text
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    Layout.fillWidth: true
                    text: parent.modelData.event_name
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            EmptyState {
                anchors.centerIn: parent
                visible: Events.tickets.length === 0
                glyph: "▤"
                title: qsTr("No tickets")
                detail: qsTr("Register for an open event to get one.")
            }
        }
    }

    // The selected event.
    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radiusLarge
        border.color: Theme.border

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacingSmall
            visible: tab.hasEvent

            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: tab.hasEvent ? tab.ev.name : ""
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                NButton {
                    objectName: "eventRegister"
                    visible: tab.hasEvent && tab.ev.canRegister
                    text: qsTr("Register")
                    variant: "primary"
                    enabled: !Events.busy && !Session.emergency
                    onClicked: Events.registerFor(tab.ev.event_id)
                }
            }
            Text {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontBody * 3
                text: tab.hasEvent ? tab.ev.description : ""
                color: Theme.textMuted
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("When")
                value: tab.hasEvent ? qsTr("%1 – %2").arg(tab.ev.startsText).arg(tab.ev.endsText) : ""
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Organiser")
                value: !tab.hasEvent ? "" : tab.ev.organiserName.length > 0 ? qsTr("%1 (%2)").arg(tab.ev.organiserName).arg(tab.ev.organiserShort) : tab.ev.organiserShort
            }
            DetailRow {
                Layout.fillWidth: true
                label: qsTr("Places")
                value: tab.hasEvent ? qsTr("%1 registered, %2 left of %3").arg(tab.ev.registered).arg(tab.ev.places_left).arg(tab.ev.capacity) : ""
            }

            // The organiser moves the event on: draft → open | cancelled, open → completed | cancelled.
            RowLayout {
                Layout.fillWidth: true
                visible: tab.hasEvent && tab.ev.mine
                spacing: Theme.spacingSmall
                FieldLabel { text: qsTr("Status") }
                NButton {
                    visible: tab.hasEvent && tab.ev.status === "draft"
                    text: qsTr("Open registration")
                    onClicked: Events.setStatus(tab.ev.event_id, "active")
                }
                NButton {
                    visible: tab.hasEvent && tab.ev.status === "active"
                    text: qsTr("Mark completed")
                    onClicked: Events.setStatus(tab.ev.event_id, "completed")
                }
                NButton {
                    objectName: "eventCancel"
                    visible: tab.hasEvent && (tab.ev.status === "active" || tab.ev.status === "draft")
                    text: qsTr("Cancel event…")
                    variant: "danger"
                    onClicked: cancelEvent.open()
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                visible: Events.participants.length > 0
                title: qsTr("Participants")
                subtitle: qsTr("%n registered", "", Events.participants.length)
            }
            ListView {
                objectName: "participantsList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: Events.participants.length > 0
                clip: true
                model: Events.participants
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: participant
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    height: 42
                    color: index % 2 ? Theme.surfaceAlt : Theme.surface
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingSmall
                        anchors.rightMargin: Theme.spacingSmall
                        Text {
                            Layout.preferredWidth: 110
                            text: participant.modelData.token_id
                            color: Theme.text
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        Text {
                            Layout.fillWidth: true
                            text: participant.modelData.holderText
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Chip {
                            text: participant.modelData.checkedIn ? qsTr("checked in") : qsTr("not yet")
                            tone: participant.modelData.checkedIn ? "success" : "neutral"
                        }
                        NButton {
                            visible: Events.selectedIsMine && !Events.selectedEnded
                            text: qsTr("Pass…")
                            enabled: !Events.busy
                            onClicked: Events.requestPass(participant.modelData.ticket_id)
                        }
                    }
                }
            }
            Item {
                Layout.fillHeight: true
                visible: Events.participants.length === 0
            }

            // Verify a pass (anyone) and check it in (the organiser).
            SectionHeader {
                Layout.fillWidth: true
                title: qsTr("Check a pass")
            }
            RowLayout {
                Layout.fillWidth: true
                NTextField {
                    id: passField
                    objectName: "passField"
                    Layout.fillWidth: true
                    mono: true
                    placeholderText: "NXP1.…"
                    onAccepted: Events.verifyPass(text)
                }
                NButton {
                    objectName: "passVerify"
                    text: qsTr("Verify")
                    onClicked: Events.verifyPass(passField.text)
                }
                NButton {
                    objectName: "passCheckIn"
                    visible: tab.hasEvent && tab.ev.mine
                    text: qsTr("Check in")
                    enabled: passField.text.length > 0 && !Events.busy
                    onClicked: Events.checkIn(passField.text)
                }
            }
            Text {
                id: verdict
                objectName: "passVerdict"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontBody * 3
                color: Theme.textMuted
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }

        EmptyState {
            anchors.centerIn: parent
            visible: !tab.hasEvent
            glyph: "▤"
            title: qsTr("No event selected")
            detail: qsTr("Pick an event on the left.")
        }
    }

    ConfirmDialog {
        id: cancelEvent
        title: qsTr("Cancel this event?")
        message: qsTr("Registration closes and every ticket holder sees the event as cancelled. This cannot be undone.")
        confirmText: qsTr("Cancel event")
        cancelText: qsTr("Keep it")
        destructive: true
        onAccepted: Events.setStatus(tab.ev.event_id, "cancelled")
    }

    Connections {
        target: Events
        function onPassVerified(result: var) {
            if (!result.ok) {
                verdict.color = Theme.danger
                verdict.text = qsTr("Not valid: %1").arg(result.message)
            } else if (!result.valid) {
                verdict.color = Theme.danger
                verdict.text = qsTr("Not valid: %1").arg(result.reason || result.message || "")
            } else {
                verdict.color = Theme.success
                verdict.text = qsTr("Valid pass for %1, ticket %2, held by %3.%4").arg(result.event_name).arg(result.token_id).arg(result.holder)
                                   .arg(result.checked_in_at !== undefined ? qsTr(" Already checked in.") : "")
            }
        }
        function onActionFinished(action: string, ok: bool, message: string, hint: string) {
            if (action === "checkin") {
                verdict.color = ok ? Theme.success : Theme.danger
                verdict.text = ok ? message : message + " " + hint
            }
        }
    }
}
