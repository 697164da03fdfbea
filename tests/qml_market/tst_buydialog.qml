import QtQuick
import QtTest
import Nexus

// The buy dialog against the real marketplace: the review shows price, ledger fees, the total and
// the balance after for both ways of paying; Buy is refused up front when funds are short; a
// listing sold to someone else while the review is open ends in a clear refusal; a purchase moves
// the token to the buyer and takes exactly price + fees.
Item {
    id: root
    width: 900
    height: 760

    BuyDialog {
        id: dialog
    }

    TestCase {
        name: "BuyDialog"
        when: windowShown

        function item(name: string): Item {
            const found = findChild(dialog.contentItem, name)
            verify(found !== null, "no item " + name)
            return found
        }
        function openReviewed(key: string) {
            dialog.openFor(driver.listings[key].id)
            tryCompare(dialog, "opened", true)
            tryVerify(() => dialog.reviewed, 10000, "the review arrives")
            // The review makes the payment rows visible; click them only once the layout has
            // placed them, or a click can land where the row is about to be.
            waitForItemPolished(item("buyAllowance").parent)
        }
        // 8-decimal ICP text of base units, as the app prints it (no trailing zeros).
        function icp(units: real): string {
            let whole = Math.floor(units / 1e8)
            let frac = String(units % 1e8).padStart(8, "0").replace(/0+$/, "")
            return frac.length > 0 ? whole + "." + frac : String(whole)
        }

        function initTestCase() {
            tryVerify(() => Market.assetChoices.length >= 3, 10000, "the marketplace loads its assets")
        }
        function init() {
            failOnWarning(/.*/) // binding errors, layout loops: any warning fails the test
        }
        function cleanup() {
            dialog.close()
            tryCompare(dialog, "visible", false)
        }

        function test_reviewShowsPriceFeesAndBalanceAfter() {
            openReviewed("pricey") // never bought, so the figures do not depend on test order
            const balance = driver.adaBalance()
            verify(dialog.review.ok)
            compare(item("buyPrice").value, "50 ICP")
            compare(dialog.payment, "direct")
            compare(item("buyTotal").value, "50.0002 ICP") // price + two ledger fees
            mouseClick(item("buyAllowance"))
            compare(dialog.payment, "allowance")
            compare(item("buyTotal").value, "50.0003 ICP") // + the approve's fee
        }

        function test_shortOfFundsCannotBuy() {
            openReviewed("pricey")
            verify(driver.adaBalance() < 50e8)
            verify(item("buyBalanceAfter").value.indexOf("Not enough") === 0, item("buyBalanceAfter").value)
            verify(!item("buyConfirm").enabled)
        }

        function test_directPurchaseMovesTokenAndPaysPricePlusFees() {
            openReviewed("cheap")
            const before = driver.adaBalance()
            compare(item("buyBalanceAfter").value, icp(before - 250000000 - 2 * 10000) + " ICP")
            verify(item("buyConfirm").enabled)
            mouseClick(item("buyConfirm"))
            tryCompare(dialog, "step", 1, 10000)
            verify(dialog.resultOk, dialog.resultTitle)
            verify(item("buyResult").text.indexOf("You own") === 0, item("buyResult").text)
            compare(driver.ownerOf(driver.listings.cheap.token), driver.ada)
            compare(driver.adaBalance(), before - 250000000 - 2 * 10000)
        }

        function test_allowancePurchaseApprovesThenBuys() {
            openReviewed("allowance")
            const before = driver.adaBalance()
            mouseClick(item("buyAllowance"))
            compare(dialog.payment, "allowance")
            mouseClick(item("buyConfirm"))
            tryCompare(dialog, "step", 1, 10000)
            verify(dialog.resultOk, dialog.resultTitle)
            compare(driver.ownerOf(driver.listings.allowance.token), driver.ada)
            compare(driver.adaBalance(), before - 100000000 - 3 * 10000) // approve + two transfer_from
        }

        function test_lostRaceSaysSoAndChargesNothing() {
            openReviewed("raced")
            verify(item("buyConfirm").enabled)
            const before = driver.adaBalance()
            verify(driver.buyAsOther(driver.listings.raced.id), "Olga buys it first")
            mouseClick(item("buyConfirm"))
            tryCompare(dialog, "step", 1, 10000)
            verify(!dialog.resultOk)
            compare(dialog.title, "Not bought")
            verify(item("buyResult").text.length > 0)
            verify(item("buyResult").text.indexOf("sold") >= 0 || item("buyResult").text.indexOf("no longer") >= 0, item("buyResult").text)
            compare(driver.adaBalance(), before)
            verify(driver.ownerOf(driver.listings.raced.token) !== driver.ada)
        }

        function test_soldListingOffersNoBuy() {
            // Reviewing a listing that is gone says why instead of offering Buy.
            driver.buyAsOther(driver.listings.raced.id) // false when the race test sold it already
            openReviewed("raced")
            verify(!dialog.review.ok)
            verify(item("buyRefused").visible)
            verify(!item("buyConfirm").enabled)
        }
    }
}
