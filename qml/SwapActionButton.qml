import QtQuick
import QtQuick.Controls
import Nexus

// An action on the selected swap: shown when the swap's state offers it, enabled when the active
// identity may take it now; the tooltip says why not. The panel answers the request.
NButton {
    id: button

    property string swapAction
    property var decision: ({})

    visible: decision.shown === true
    enabled: decision.enabled === true && !Swaps.busy && !Session.emergency && !Session.maintenance
    onClicked: Swaps.request(button.swapAction)
    ToolTip.visible: hovered && (decision.reason || "").length > 0
    ToolTip.text: decision.reason || ""
    ToolTip.delay: 400
}
