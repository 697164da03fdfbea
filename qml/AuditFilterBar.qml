import QtQuick
import QtQuick.Controls
import Nexus

// Filters of the audit log: caller, method (exact, or a service with "users."), outcome, text, dates.
Flow {
    id: bar

    spacing: Theme.spacing

    NTextField {
        id: callerField
        objectName: "auditCaller"
        width: 190
        placeholderText: qsTr("Caller (name or principal)")
        text: Audit.entries.caller
        onTextEdited: Audit.entries.caller = text
    }

    NTextField {
        objectName: "auditMethod"
        width: 190
        mono: true
        placeholderText: qsTr("Method, or service.")
        text: Audit.entries.method
        onTextEdited: Audit.entries.method = text
        ToolTip.visible: activeFocus && text.length === 0
        ToolTip.text: qsTr("An exact method such as users.set_role, or a whole service such as users.")
    }

    Row {
        spacing: 0
        Repeater {
            model: [{ value: "", text: qsTr("All") }, { value: "ok", text: qsTr("OK") }, { value: "error", text: qsTr("Errors") }]
            delegate: AbstractButton {
                id: segment
                required property var modelData
                required property int index
                readonly property bool checkedNow: Audit.entries.outcome === modelData.value
                leftPadding: Theme.spacingLarge
                rightPadding: Theme.spacingLarge
                implicitHeight: Theme.controlHeight
                focusPolicy: Qt.StrongFocus
                onClicked: Audit.entries.outcome = modelData.value
                Accessible.name: qsTr("Outcome: %1").arg(modelData.text)
                contentItem: Text {
                    text: segment.modelData.text
                    color: segment.checkedNow ? Theme.accentOnSoft : Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    font.weight: segment.checkedNow ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    color: segment.checkedNow ? Theme.accentSoft : segment.hovered ? Theme.surfaceHover : Theme.surface
                    border.color: segment.visualFocus ? Theme.accent : Theme.borderStrong
                    border.width: segment.visualFocus ? 2 : 1
                    radius: Theme.radius
                }
            }
        }
    }

    NTextField {
        objectName: "auditText"
        width: 200
        placeholderText: qsTr("Text in summary or method")
        text: Audit.entries.text
        onTextEdited: Audit.entries.text = text
    }

    NTextField {
        objectName: "auditFrom"
        width: 112
        placeholderText: qsTr("From date")
        ToolTip.visible: activeFocus
        ToolTip.text: qsTr("First day, as YYYY-MM-DD")
        text: Audit.entries.fromDate
        onTextEdited: Audit.entries.fromDate = text
    }

    NTextField {
        objectName: "auditTo"
        width: 112
        placeholderText: qsTr("To date")
        ToolTip.visible: activeFocus
        ToolTip.text: qsTr("Last day (included), as YYYY-MM-DD")
        text: Audit.entries.toDate
        onTextEdited: Audit.entries.toDate = text
    }

    NButton {
        text: qsTr("Clear filters")
        variant: "ghost"
        enabled: Audit.entries.filtered
        onClicked: Audit.entries.clearFilters()
    }
}
