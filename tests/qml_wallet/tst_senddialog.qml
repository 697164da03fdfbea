import QtQuick
import QtTest
import Nexus

// The Send dialog's validation, step by step, against the real ledger: the recipient is checked
// as it is typed (checksum errors named, one's own account refused), the amount too (decimals,
// sign, balance), Review only opens for a valid form, and sending shows the block index.
Item {
    id: root
    width: 900
    height: 760

    SendDialog {
        id: dialog
    }

    TestCase {
        name: "SendDialog"
        when: windowShown

        function item(name: string): Item {
            const found = findChild(dialog.contentItem, name)
            verify(found !== null, "no item " + name)
            return found
        }
        function typeInto(name: string, text: string) {
            const field = item(name)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        // The same principal text with one character changed: still well-formed, bad checksum.
        function corrupted(text: string): string {
            const i = 2
            return text.substring(0, i) + (text[i] === "a" ? "b" : "a") + text.substring(i + 1)
        }

        function initTestCase() {
            tryVerify(() => Wallet.assets.length >= 3 && Wallet.balanceText("ICP") === "12.5", 10000,
                      "the wallet loads ada's 12.5 ICP")
        }

        function init() {
            failOnWarning(/.*/) // layout loops, binding errors: any warning fails the test
            dialog.openFresh()
            tryCompare(dialog, "opened", true)
        }
        function cleanup() {
            dialog.close()
            tryCompare(dialog, "visible", false)
        }

        function test_emptyFormCannotBeReviewed() {
            compare(dialog.step, 0)
            verify(!item("sendReview").enabled)
            compare(item("sendToMessage").visible, false)
        }

        function test_recipientChecksumIsReported() {
            typeInto("sendTo", corrupted(Wallet.selectedAccount))
            const message = item("sendToMessage")
            tryVerify(() => message.visible)
            verify(/checksum/i.test(message.text), message.text)
            verify(item("sendTo").invalid)
            typeInto("sendAmount", "1")
            verify(!item("sendReview").enabled, "a bad recipient blocks review")
        }

        function test_garbageRecipientIsRefused() {
            typeInto("sendTo", "not a principal")
            verify(item("sendTo").invalid)
            verify(item("sendToMessage").text.length > 0)
        }

        function test_ownAccountIsRefused() {
            typeInto("sendTo", Wallet.selectedAccount)
            verify(item("sendTo").invalid)
            typeInto("sendAmount", "1")
            verify(!item("sendReview").enabled, "sending to oneself is refused")
        }

        function test_amountRules() {
            typeInto("sendTo", Wallet.accountForSubaccount(1))
            verify(!item("sendTo").invalid, item("sendToMessage").text)
            const message = item("sendAmountMessage")
            const cases = [["0.123456789", "decimal"], ["-1", ""], ["abc", ""], ["13", "balance"], ["0", ""]]
            for (const [text, word] of cases) {
                typeInto("sendAmount", text)
                verify(item("sendAmount").invalid, text + " is refused")
                verify(!item("sendReview").enabled, text + " blocks review")
                verify(message.text.length > 0)
                if (word.length > 0)
                    verify(new RegExp(word, "i").test(message.text), text + ": " + message.text)
            }
            typeInto("sendAmount", "0.1")
            verify(!item("sendAmount").invalid)
            verify(/fee 0\.0001 ICP/i.test(message.text), message.text)
            verify(item("sendReview").enabled)
        }

        function test_maxLeavesTheFee() {
            mouseClick(item("sendMax"))
            compare(item("sendAmount").text, "12.4999")
        }

        function test_reviewThenSendShowsTheBlock() {
            typeInto("sendTo", Wallet.accountForSubaccount(1))
            typeInto("sendAmount", "0.25")
            typeInto("sendMemo", "rent")
            mouseClick(item("sendReview"))
            compare(dialog.step, 1)
            const confirm = item("sendConfirm")
            verify(/0\.25 ICP/.test(confirm.text), confirm.text)
            mouseClick(confirm)
            tryCompare(dialog, "step", 2, 10000)
            verify(dialog.resultOk, item("sendResult").text)
            verify(/block ICP:\d+/.test(dialog.resultDetail), dialog.resultDetail)
            tryVerify(() => Wallet.balanceText("ICP") === "12.2499", 10000, "amount and fee leave the account")
        }
    }
}
