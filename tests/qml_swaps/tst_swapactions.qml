import QtQuick
import QtTest
import Nexus
import NexusTest

// The Swaps panel's actions against the real gateway: which buttons are enabled for which state
// and role, redeem's live secret check, confirmation before refund and dispute, and the wizard
// showing the secret exactly once.
Item {
    id: root
    width: 1280
    height: 800

    SwapsPanel {
        id: panel
        anchors.fill: parent
    }

    TestCase {
        name: "SwapActions"
        when: windowShown

        function item(name: string): Item {
            const found = findChild(panel, name)
            verify(found !== null, "no item " + name)
            return found
        }
        function popup(name: string): var {
            const found = findChild(panel, name)
            verify(found !== null, "no popup " + name)
            return found
        }
        function typeInto(field: Item, text: string) {
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function show(key: string) {
            const id = SwapFixture.ids[key]
            Swaps.select(id)
            tryVerify(() => Swaps.selected.id === id, 10000, "swap " + key + " loads")
        }
        function actAs(name: string) {
            Session.switchIdentity(name)
            tryVerify(() => Session.activeName === name && Session.activePermissions !== undefined, 5000)
            // the access reload refreshes the selected swap for the new identity
            tryVerify(() => Swaps.selected.id !== undefined && Swaps.selected.role !== undefined, 10000)
            wait(300)
        }
        // [button, visible, enabled] rows for the selected swap.
        function expectButtons(rows: var, what: string) {
            for (const [name, shown, enabled] of rows) {
                const b = item(name)
                tryCompare(b, "visible", shown, 3000, what + ": " + name + " visible")
                if (shown)
                    compare(b.enabled, enabled, what + ": " + name + " enabled")
            }
        }

        function initTestCase() {
            tryVerify(() => Session.hasCaller && Session.activeName === "ada", 10000)
            tryVerify(() => Swaps.canManage, 10000, "ada holds manage_swaps")
        }
        function init() {
            failOnWarning(/.*/)
        }
        function cleanup() {
            for (const name of ["swapConfirm", "redeemDialog", "swapWizard"]) {
                const p = findChild(panel, name)
                if (p && p.visible) {
                    p.close()
                    tryCompare(p, "visible", false)
                }
            }
            if (Session.activeName !== "ada")
                actAs("ada")
        }

        function test_buttonsFollowStateAndRole() {
            show("participate") // initiated; ada is the participant
            expectButtons([["swapParticipate", true, true], ["swapRedeem", false, false], ["swapRefund", false, false],
                           ["swapDispute", true, true], ["swapApprove", false, false], ["swapResolveRefund", false, false]],
                          "initiated, participant")
            show("redeem") // participated; ada initiated it
            expectButtons([["swapParticipate", false, false], ["swapRedeem", true, true], ["swapRefund", false, false],
                           ["swapDispute", true, true]], "participated, initiator")
            show("pending") // awaiting approval; ada is no party and holds manage_swaps
            expectButtons([["swapApprove", true, true], ["swapReject", true, true], ["swapCancel", true, false],
                           ["swapParticipate", false, false]], "pending, approver")
            show("disputed") // ada resolves
            expectButtons([["swapResolveRefund", true, true], ["swapResolveRelease", true, true], ["swapDispute", false, false],
                           ["swapRedeem", false, false]], "disputed, approver")
            show("theirs") // initiated between ivy and jon: ada may look, not act
            expectButtons([["swapParticipate", true, false], ["swapDispute", true, false]], "initiated, not a party")
            show("refund") // T1 passed
            expectButtons([["swapRefund", true, true], ["swapParticipate", false, false]], "initiated, timelock passed")
            verify(/passed/i.test(item("swapDeadline").text), item("swapDeadline").text)
        }

        function test_roleChangesWithTheIdentity() {
            show("participate2") // jon initiated, ada participates
            compare(Swaps.selected.role, "participant")
            tryCompare(item("swapParticipate"), "enabled", true)
            actAs("jon")
            show("participate2")
            compare(Swaps.selected.role, "initiator")
            tryCompare(item("swapParticipate"), "enabled", false)
            verify(/participant/i.test(Swaps.selected.can.participate.reason), Swaps.selected.can.participate.reason)
            show("pending") // jon is a party to it, and holds no manage_swaps
            compare(item("swapApprove").enabled, false)
            verify(item("swapCancel").visible && !item("swapCancel").enabled, "only ivy may withdraw her swap")
        }

        function test_redeemChecksTheSecretLive() {
            show("redeem")
            mouseClick(item("swapRedeem"))
            const dialog = popup("redeemDialog")
            tryCompare(dialog, "opened", true)
            const field = item("redeemSecret")
            const confirm = item("redeemConfirm")
            const message = item("redeemMessage")
            verify(!confirm.enabled, "empty")
            typeInto(field, "abc123")
            verify(!confirm.enabled)
            verify(field.invalid)
            verify(/64 hex/.test(message.text), message.text)
            typeInto(field, SwapFixture.redeemSecret.substring(0, 63) + "z")
            verify(!confirm.enabled, "not hex")
            const wrong = (SwapFixture.redeemSecret[0] === "0" ? "1" : "0") + SwapFixture.redeemSecret.substring(1)
            typeInto(field, wrong)
            verify(!confirm.enabled, "well-formed but not the preimage")
            verify(/does not match/.test(message.text), message.text)
            typeInto(field, SwapFixture.redeemSecret.toUpperCase())
            verify(confirm.enabled, message.text)
            verify(!field.invalid)
            mouseClick(confirm)
            tryCompare(dialog, "visible", false, 10000)
            tryVerify(() => Swaps.selected.state === "redeemed", 10000, "becomes redeemed")
        }

        function test_redeemThenParticipantIsPrefilled() {
            // test_redeemChecksTheSecretLive (alphabetically before) revealed the secret; jon redeems
            show("redeem")
            if (Swaps.selected.state !== "redeemed")
                skip("runs after the initiator's redeem")
            actAs("jon")
            show("redeem")
            tryCompare(item("swapRedeem"), "enabled", true)
            mouseClick(item("swapRedeem"))
            tryCompare(popup("redeemDialog"), "opened", true)
            tryCompare(item("redeemSecret"), "text", SwapFixture.redeemSecret, 10000, "extract_secret fills it in")
            tryCompare(item("redeemConfirm"), "enabled", true)
            mouseClick(item("redeemConfirm"))
            tryVerify(() => Swaps.selected.state === "completed", 10000, "becomes completed")
        }

        function test_refundAsksFirst() {
            show("refund")
            mouseClick(item("swapRefund"))
            const confirm = popup("swapConfirm")
            tryCompare(confirm, "opened", true)
            verify(/refund/i.test(confirm.title), confirm.title)
            mouseClick(item("confirmCancel"))
            tryCompare(confirm, "visible", false)
            wait(500)
            compare(Swaps.selected.state, "initiated", "cancelling the confirmation changes nothing")
            mouseClick(item("swapRefund"))
            tryCompare(confirm, "opened", true)
            mouseClick(item("confirmAccept"))
            tryVerify(() => Swaps.selected.state === "refunded", 10000, "becomes refunded")
            tryCompare(item("swapRefund"), "visible", false)
        }

        function test_disputeAsksForAReason() {
            show("participate2")
            mouseClick(item("swapDispute"))
            const confirm = popup("swapConfirm")
            tryCompare(confirm, "opened", true)
            const accept = item("confirmAccept")
            verify(!accept.enabled, "a dispute needs a reason")
            typeInto(item("confirmInput"), "changed my mind")
            verify(accept.enabled)
            mouseClick(item("confirmCancel"))
            tryCompare(confirm, "visible", false)
            wait(500)
            compare(Swaps.selected.state, "initiated")
        }

        function test_participateLocksTheCounterAsset() {
            show("participate")
            mouseClick(item("swapParticipate"))
            tryVerify(() => Swaps.selected.state === "participated", 10000, "becomes participated")
            tryCompare(item("swapParticipate"), "visible", false)
            compare(item("swapRedeem").enabled, false, "the initiator redeems first")
        }

        function test_wizardShowsTheSecretOnce() {
            mouseClick(item("newSwapButton"))
            const wizard = popup("swapWizard")
            tryCompare(wizard, "opened", true)
            verify(wizard.giveAsset.length > 0 && wizard.giveAsset !== wizard.getAsset, wizard.giveAsset + " for " + wizard.getAsset)
            compare(item("wizardGetAsset").currentValue, wizard.getAsset, "the combo shows the asset asked for")
            compare(wizard.hours, 48)
            verify(!item("wizardReview").enabled)
            typeInto(item("wizardParticipant"), SwapFixture.jon)
            typeInto(item("wizardGiveAmount"), "1.5")
            verify(!item("wizardReview").enabled, "no amount in return yet")
            typeInto(item("wizardGetAmount"), "0.001")
            tryVerify(() => item("wizardReview").enabled, 3000)
            mouseClick(item("wizardReview"))
            compare(wizard.step, 1)
            mouseClick(item("wizardCreate"))
            tryCompare(wizard, "step", 2, 10000)
            verify(wizard.resultOk, item("wizardResult").text)
            const secret = item("secretText").text
            verify(/^[0-9a-f]{64}$/.test(secret), secret)
            verify(item("secretWarning").visible)
            tryVerify(() => Swaps.selected.id === wizard.createdId, 10000, "the new swap is selected")
            verify(Swaps.checkSecret(secret, Swaps.selected.hashlock).ok, "the hashlock is SHA-256 of the secret shown")
            compare(Swaps.selected.secret_revealed, false)
            // Escape does not lose it; Done needs the confirmation that it was saved.
            keyClick(Qt.Key_Escape)
            verify(wizard.visible)
            verify(!item("wizardDone").enabled)
            mouseClick(item("secretSaved"))
            verify(item("wizardDone").enabled)
            mouseClick(item("wizardDone"))
            tryCompare(wizard, "visible", false)
            compare(wizard.secret, "", "forgotten on close")
            mouseClick(item("newSwapButton"))
            tryCompare(wizard, "opened", true)
            compare(wizard.step, 0)
            compare(item("secretText").text, "", "never shown again")
        }

        function test_filters() {
            Swaps.filter = "approvals"
            tryVerify(() => !Swaps.loading && Swaps.swaps.length > 0, 10000)
            for (const s of Swaps.swaps)
                compare(s.state, "pending_approval")
            Swaps.filter = "action"
            tryVerify(() => !Swaps.loading, 10000)
            for (const s of Swaps.swaps)
                verify(s.needsMe, "swap " + s.id + " needs ada")
            Swaps.filter = "finished"
            tryVerify(() => !Swaps.loading, 10000)
            for (const s of Swaps.swaps)
                verify(s.final, "swap " + s.id + " is finished")
            Swaps.filter = "active"
            tryVerify(() => !Swaps.loading && Swaps.swaps.length > 0, 10000)
            for (const s of Swaps.swaps)
                verify(!s.final)
        }

        // Each filter's badge counts what the filter lists, in either scope.
        function test_filterCounts() {
            const rows = [["active", "swapFilterActive", "countActive"], ["action", "swapFilterAction", "countAction"],
                          ["approvals", "swapFilterApprovals", "countApprovals"], ["disputes", "swapFilterDisputes", "countDisputes"],
                          ["finished", "swapFilterFinished", "countFinished"], ["all", "swapFilterAll", "countAll"]]
            for (const mine of [false, true]) {
                Swaps.mine = mine
                for (const [filter, button, count] of rows) {
                    Swaps.filter = filter
                    tryVerify(() => !Swaps.loading && Swaps[count] === Swaps.total, 10000,
                              filter + (mine ? " (mine)" : "") + ": badge " + Swaps[count] + ", list " + Swaps.total)
                    const b = item(button)
                    compare(b.count, Swaps[count])
                    verify(findChild(b, "segmentCount").visible)
                }
            }
            Swaps.mine = false
            Swaps.filter = "all"
            tryVerify(() => !Swaps.loading && Swaps.countAll >= 7 && Swaps.countApprovals >= 1 && Swaps.countDisputes >= 1, 10000)
            verify(Swaps.countAction >= 1, "ada has swaps to participate in")
            compare(Swaps.countActive + Swaps.countFinished, Swaps.countAll)
            Swaps.filter = "active"
        }
    }
}
