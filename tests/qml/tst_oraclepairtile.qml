import QtQuick
import QtTest
import Nexus

// The Oracle panel's feed tile: price, breaker and staleness chips, selection by keyboard.
Item {
    id: root
    width: 400
    height: 200

    readonly property var okFeed: ({ pair: "BTC/USD", quote: "USD", served: "68,865.30", rate: "68,865.30", hasRate: true,
                                     publishedAge: "3 min", sources: 9, breaker: "ok", breakerLabel: "Normal",
                                     breakerTone: "success", stale: false })
    readonly property var trippedFeed: ({ pair: "ICP/USD", quote: "USD", served: "8.05", rate: "8.05", hasRate: true,
                                          publishedAge: "2 h 10 min", sources: 5, breaker: "tripped",
                                          breakerLabel: "Tripped: stale price", breakerTone: "danger", stale: true })

    OraclePairTile {
        id: tile
        feed: root.okFeed
    }

    SignalSpy {
        id: clicked
        target: tile
        signalName: "clicked"
    }

    TestCase {
        name: "OraclePairTile"
        when: windowShown

        function chips(item: Item): var {
            const out = []
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c instanceof Chip && c.visible)
                    out.push(c.text)
                out.push(...chips(c))
            }
            return out
        }

        function texts(item: Item): var {
            const out = []
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c instanceof Text && c.visible)
                    out.push(c.text)
                out.push(...texts(c))
            }
            return out
        }

        function init() {
            tile.feed = root.okFeed
            tile.selected = false
            clicked.clear()
        }

        function test_showsThePriceAndNoChipWhenHealthy() {
            verify(texts(tile).indexOf("68,865.30") >= 0)
            verify(texts(tile).indexOf("USD") >= 0)
            compare(chips(tile).length, 0)
            verify(tile.implicitWidth > 0 && tile.implicitHeight > 40)
        }

        function test_trippedShowsTheBreakerNotStale() {
            tile.feed = root.trippedFeed
            compare(chips(tile), ["Tripped: stale price"])
        }

        function test_staleChipWhileTheBreakerIsOk() {
            const f = Object.assign({}, root.okFeed)
            f.stale = true
            tile.feed = f
            compare(chips(tile).length, 1)
        }

        function test_keyboardSelects() {
            tile.forceActiveFocus()
            keyClick(Qt.Key_Return)
            keyClick(Qt.Key_Space)
            compare(clicked.count, 2)
        }
    }
}
