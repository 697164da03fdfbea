import QtQuick
import QtQuick.Layouts
import Nexus

// Which swaps the list shows: by state group, and the active identity's own or everyone's.
RowLayout {
    spacing: 2

    SegmentButton {
        objectName: "swapFilterActive"
        text: qsTr("Active")
        count: Swaps.countActive
        selected: Swaps.filter === "active"
        onClicked: Swaps.filter = "active"
    }
    SegmentButton {
        objectName: "swapFilterAction"
        text: qsTr("Needs action")
        count: Swaps.countAction
        selected: Swaps.filter === "action"
        onClicked: Swaps.filter = "action"
    }
    SegmentButton {
        objectName: "swapFilterApprovals"
        text: qsTr("Approvals")
        count: Swaps.countApprovals
        visible: Swaps.canManage
        selected: Swaps.filter === "approvals"
        onClicked: Swaps.filter = "approvals"
    }
    SegmentButton {
        objectName: "swapFilterDisputes"
        text: qsTr("Disputes")
        count: Swaps.countDisputes
        selected: Swaps.filter === "disputes"
        onClicked: Swaps.filter = "disputes"
    }
    SegmentButton {
        objectName: "swapFilterFinished"
        text: qsTr("Finished")
        count: Swaps.countFinished
        selected: Swaps.filter === "finished"
        onClicked: Swaps.filter = "finished"
    }
    SegmentButton {
        objectName: "swapFilterAll"
        text: qsTr("All")
        count: Swaps.countAll
        selected: Swaps.filter === "all"
        onClicked: Swaps.filter = "all"
    }
    Rectangle {
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        implicitWidth: 1
        implicitHeight: 18
        color: Theme.border
    }
    SegmentButton {
        objectName: "swapScopeMine"
        text: qsTr("Mine")
        // "Needs action" is always the identity's own swaps.
        selected: Swaps.mine || Swaps.filter === "action"
        onClicked: Swaps.mine = true
    }
    SegmentButton {
        objectName: "swapScopeAll"
        text: qsTr("Everyone's")
        enabled: Swaps.filter !== "action"
        selected: !Swaps.mine && Swaps.filter !== "action"
        onClicked: Swaps.mine = false
    }
    Item { Layout.fillWidth: true }
}
