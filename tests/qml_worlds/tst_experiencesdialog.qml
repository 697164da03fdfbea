import QtQuick
import QtTest
import Nexus

// The Experiences browser against the real gateway: typing searches, Up / Down move through the
// results, the chosen one's telemetry shows one row per event type, "Only mine" adds the private
// one, and "Open in preview" shows its world and closes the browser.
Item {
    id: root
    width: 1100
    height: 760

    ExperiencesDialog {
        id: dialog
    }

    TestCase {
        name: "ExperiencesDialog"
        when: windowShown

        function item(name: string): Item {
            const found = findChild(dialog.contentItem, name)
            verify(found !== null, "no item " + name)
            return found
        }
        function titles(): var {
            return Experiences.items.map(e => e.title)
        }

        function init() {
            failOnWarning(/.*/) // binding errors, layout loops: any warning fails the test
            dialog.openBrowser()
            tryCompare(dialog, "opened", true)
            tryVerify(() => !Experiences.loading && Experiences.items.length > 0, 5000, "the list arrives")
        }
        function cleanup() {
            Experiences.query = ""
            Experiences.mine = false
            dialog.close()
            tryCompare(dialog, "visible", false)
        }

        function test_typingSearchesAndArrowsMove() {
            compare(Experiences.total, 2)
            verify(titles().indexOf("Secret Lab") < 0, "private ones are not public")
            const search = item("experienceSearch")
            verify(search.activeFocus, "the search field has the focus")
            keyClick(Qt.Key_C); keyClick(Qt.Key_A); keyClick(Qt.Key_S); keyClick(Qt.Key_T)
            tryCompare(Experiences, "query", "cast")
            tryVerify(() => titles().length === 1 && titles()[0] === "Hill Castle", 5000, "only the castle matches the word being typed")
            compare(Experiences.selected.title, "Hill Castle")
            search.text = ""
            Experiences.query = ""
            tryVerify(() => Experiences.items.length === 2, 5000)
            Experiences.select(Experiences.items[0].id)
            keyClick(Qt.Key_Down)
            compare(Experiences.selected.id, Experiences.items[1].id, "Down selects the next result")
            keyClick(Qt.Key_Down) // at the end: stays
            compare(Experiences.selected.id, Experiences.items[1].id)
            keyClick(Qt.Key_Up)
            compare(Experiences.selected.id, Experiences.items[0].id)
        }

        function test_telemetryOfTheChosenWorld() {
            const castle = Experiences.items.find(e => e.title === "Hill Castle")
            Experiences.select(castle.id)
            const list = item("telemetryList")
            tryCompare(list, "count", 2, 5000) // world_enter and teleport
            compare(Experiences.telemetry[0].type, "world_enter")
            compare(Experiences.telemetry[0].total, 2)
            mouseClick(item("telemetryMonth"))
            compare(Experiences.range, "month")
            tryVerify(() => Experiences.telemetry.length > 0 && Experiences.telemetry[0].counts.length === 30, 5000, "daily buckets")
            mouseClick(item("telemetryDay"))
            const town = Experiences.items.find(e => e.title === "Night Town")
            Experiences.select(town.id)
            tryCompare(list, "count", 0, 5000) // no events in that world
        }

        function test_onlyMineAddsPrivate() {
            mouseClick(item("experienceMine"))
            tryVerify(() => titles().indexOf("Secret Lab") >= 0, 5000, "mine lists the private one")
            verify(titles().indexOf("Night Town") < 0, "Emil's is not mine")
        }

        function test_openInPreviewShowsTheWorld() {
            const castle = Experiences.items.find(e => e.title === "Hill Castle")
            Experiences.select(castle.id)
            mouseClick(item("experienceOpen"))
            tryCompare(dialog, "visible", false)
            tryCompare(Worlds, "worldId", worldIds["Hill Castle"], 5000)
            compare(Worlds.prompt, "a castle on a hill")
        }
    }
}
