import QtQuick
import QtQuick.Controls
import QtTest
import Nexus

Item {
    id: root
    width: 800
    height: 600

    ConfirmDialog {
        id: dialog
        title: "Remove Bob?"
        message: "This cannot be undone."
        confirmText: "Remove"
        destructive: true
    }

    SignalSpy {
        id: accepted
        target: dialog
        signalName: "accepted"
    }

    SignalSpy {
        id: rejected
        target: dialog
        signalName: "rejected"
    }

    TestCase {
        name: "ConfirmDialog"
        when: windowShown

        function init() {
            accepted.clear()
            rejected.clear()
            dialog.inputRequired = false
            dialog.inputVisible = false
            dialog.inputEchoMode = TextInput.Normal
        }

        function openDialog() {
            dialog.ask()
            tryCompare(dialog, "opened", true)
        }

        function test_enterConfirms() {
            openDialog()
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(rejected.count, 0)
            tryCompare(dialog, "visible", false)
        }

        function test_escapeCancels() {
            openDialog()
            keyClick(Qt.Key_Escape)
            compare(rejected.count, 1)
            compare(accepted.count, 0)
            tryCompare(dialog, "visible", false)
        }

        function test_requiredInputBlocksConfirm() {
            dialog.inputRequired = true
            dialog.inputLabel = "Reason"
            openDialog()
            verify(!dialog.canAccept)
            keyClick(Qt.Key_Return)
            compare(accepted.count, 0)
            verify(dialog.visible)
            keyClick(Qt.Key_D)
            keyClick(Qt.Key_R)
            keyClick(Qt.Key_I)
            keyClick(Qt.Key_L)
            keyClick(Qt.Key_L)
            verify(dialog.canAccept)
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(dialog.inputText, "drill")
        }

        function test_askClearsThePreviousInput() {
            dialog.inputVisible = true
            openDialog()
            keyClick(Qt.Key_X)
            keyClick(Qt.Key_Escape)
            openDialog()
            compare(dialog.inputText, "")
            keyClick(Qt.Key_Escape)
        }
    
        // A passphrase prompt masks what is typed but hands the real text to the caller.
        function test_passwordInputIsMaskedButAccepted() {
            dialog.inputRequired = true
            dialog.inputEchoMode = TextInput.Password
            openDialog()
            const input = findChild(dialog.contentItem, "confirmInput")
            keyClick(Qt.Key_S)
            keyClick(Qt.Key_E)
            compare(input.echoMode, TextInput.Password)
            verify(input.displayText !== "se", "typed text is shown in clear: " + input.displayText)
            compare(input.displayText.length, 2)
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(dialog.inputText, "se")
        }
    }
}
