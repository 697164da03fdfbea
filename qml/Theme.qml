pragma Singleton
import QtQuick

// Colours, sizes and type for the whole UI, in a light and a dark variant.
QtObject {
    id: theme

    property bool dark: false

    // Surfaces
    readonly property color background: dark ? "#101318" : "#f3f4f7"
    readonly property color surface: dark ? "#181c22" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#1f242c" : "#f7f8fa"
    readonly property color surfaceHover: dark ? "#252b34" : "#eef1f6"
    readonly property color selection: dark ? "#263055" : "#e7ecff"
    readonly property color border: dark ? "#2b313b" : "#dfe3e9"
    readonly property color borderStrong: dark ? "#3a4250" : "#c3cad4"
    readonly property color shadow: dark ? "#66000000" : "#1f1b2330"

    // Text
    readonly property color text: dark ? "#e6e9ef" : "#1a1f27"
    readonly property color textMuted: dark ? "#a0a9b7" : "#57616e"
    readonly property color textFaint: dark ? "#727c8a" : "#8a929e"

    // Accent and tones (each with a soft background and a readable foreground on it)
    readonly property color accent: dark ? "#8c9eff" : "#3b55e6"
    readonly property color accentHover: dark ? "#a3b1ff" : "#2f47cc"
    readonly property color accentText: dark ? "#0e1330" : "#ffffff"
    readonly property color accentSoft: dark ? "#242c52" : "#e8ecff"
    readonly property color accentOnSoft: dark ? "#b9c4ff" : "#2c43c2"
    readonly property color success: dark ? "#5fd08a" : "#1f8a4c"
    readonly property color successSoft: dark ? "#173426" : "#e3f5ea"
    readonly property color successOnSoft: dark ? "#86e0a8" : "#176b3a"
    readonly property color warning: dark ? "#f2b33d" : "#c77800"
    readonly property color warningSoft: dark ? "#3a2c10" : "#fff3da"
    readonly property color warningOnSoft: dark ? "#f6c96e" : "#8a5200"
    readonly property color danger: dark ? "#ff7b7b" : "#cf2e2e"
    readonly property color dangerHover: dark ? "#ff9696" : "#b12222"
    readonly property color dangerSoft: dark ? "#3d1c1f" : "#fde8e8"
    readonly property color dangerOnSoft: dark ? "#ffa3a3" : "#a11d1d"
    readonly property color info: dark ? "#5ec4e6" : "#0b7ea3"
    readonly property color infoSoft: dark ? "#13313c" : "#e1f3f9"
    readonly property color infoOnSoft: dark ? "#8ad6ef" : "#08627f"
    readonly property color neutralSoft: dark ? "#272d36" : "#eceff3"
    readonly property color neutralOnSoft: dark ? "#b7bfcb" : "#4b5562"

    // Banners across the window
    readonly property color maintenanceBar: dark ? "#4a3710" : "#ffe7a8"
    readonly property color maintenanceText: dark ? "#ffd98a" : "#5c3a00"
    readonly property color emergencyBar: dark ? "#7a1d22" : "#c62828"
    readonly property color emergencyText: "#ffffff"

    // Toasts (inverted against the window)
    readonly property color toastBackground: dark ? "#e6e9ef" : "#1f2530"
    readonly property color toastText: dark ? "#111418" : "#ffffff"
    readonly property color toastIcon: dark ? "#1f8a4c" : "#5fd08a"
    readonly property color scrim: dark ? "#99000000" : "#66101418"

    // Navigation rail (dark in both themes)
    readonly property color rail: dark ? "#0b0e12" : "#1b2130"
    readonly property color railHover: dark ? "#171c24" : "#262e40"
    readonly property color railSelected: dark ? "#1e2640" : "#2f3a58"
    readonly property color railText: "#e9ecf3"
    readonly property color railTextMuted: "#9aa4b8"
    readonly property color railIndicator: dark ? "#8c9eff" : "#8ea0ff"

    // Sizes
    readonly property int spacingTiny: 4
    readonly property int spacingSmall: 6
    readonly property int spacing: 10
    readonly property int spacingLarge: 16
    readonly property int spacingHuge: 24
    readonly property int radius: 6
    readonly property int radiusLarge: 10
    readonly property int controlHeight: 32
    readonly property int rowHeight: 34
    readonly property int topBarHeight: 52
    readonly property int railWidth: 92
    readonly property int matrixColumnWidth: 96
    readonly property var auditColumns: ({ seq: 52, time: 140, caller: 120, outcome: 118 })
    readonly property var walletColumns: ({ time: 136, type: 92, change: 150, fee: 76, balance: 124, fiat: 84 })
    readonly property int auditRowHeight: 44
    readonly property size marketTile: Qt.size(196, 240)
    readonly property size collectionTile: Qt.size(310, 170)
    readonly property var oracleSourceColumns: ({ name: 128, status: 86, rate: 116, deviation: 100, age: 76 })

    // Type
    readonly property int fontSmall: 11
    readonly property int fontBody: 13
    readonly property int fontLarge: 15
    readonly property int fontTitle: 18
    readonly property int fontHeading: 22
    readonly property string monoFamily: "DejaVu Sans Mono"
    readonly property string uiFamily: "DejaVu Sans" // fonts-dejavu-core, installed with the app

    function toneColor(tone: string): color {
        switch (tone) {
        case "accent": return accentOnSoft
        case "success": return successOnSoft
        case "warning": return warningOnSoft
        case "danger": return dangerOnSoft
        case "info": return infoOnSoft
        }
        return neutralOnSoft
    }

    function toneSoft(tone: string): color {
        switch (tone) {
        case "accent": return accentSoft
        case "success": return successSoft
        case "warning": return warningSoft
        case "danger": return dangerSoft
        case "info": return infoSoft
        }
        return neutralSoft
    }

    function roleTone(role: string): string {
        switch (role) {
        case "controller": return "danger"
        case "super_admin": return "accent"
        case "admin": return "info"
        case "creator": return "success"
        }
        return "neutral"
    }

    function kycTone(status: string): string {
        switch (status) {
        case "verified": return "success"
        case "pending": return "warning"
        case "rejected": return "danger"
        }
        return "neutral"
    }
}
