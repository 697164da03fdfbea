// The experience browser's controller against a real profile: search (typed, debounced) over
// what was published, "only mine" with private ones, the selection's thumbnail, its world's
// telemetry per type in hourly and daily buckets, and opening its world in the preview.

#include "appfixture.h"
#include "experiencescontroller.h"
#include "worldscontroller.h"

#include <QBuffer>
#include <QImage>

using namespace nexus;
using namespace nexus::test;

class TestExperiencesController : public QObject
{
    Q_OBJECT

    AppFixture m_fixture;
    std::unique_ptr<WorldsController> m_worlds;
    std::unique_ptr<ExperiencesController> m_browse;
    qint64 m_castleWorld = 0;
    Principal m_emil;

    qint64 generate(const Principal &as, const QString &prompt)
    {
        auto r = m_fixture.call(as, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), prompt}, {QStringLiteral("seed"), 5}});
        return r ? r->toObject().value(QStringLiteral("world_id")).toInteger() : 0;
    }
    bool publish(const Principal &as, qint64 world, const QString &title, const QJsonArray &tags, const QString &visibility, const QString &png = {})
    {
        QJsonObject args{{QStringLiteral("world_id"), world}, {QStringLiteral("title"), title}, {QStringLiteral("tags"), tags},
                         {QStringLiteral("visibility"), visibility}, {QStringLiteral("description"), title + QStringLiteral(" for the tests")}};
        if (!png.isEmpty())
            args.insert(QStringLiteral("thumbnail_png"), png);
        const auto r = m_fixture.call(as, QStringLiteral("experiences.publish"), args);
        if (!r)
            qWarning() << describe(r);
        return bool(r);
    }
    // Waits for a search that the controller started to land.
    bool searched()
    {
        QSignalSpy items(m_browse.get(), &ExperiencesController::itemsChanged);
        return items.wait(5000) && !m_browse->loading();
    }
    QStringList titles() const
    {
        QStringList out;
        for (const QVariant &v : m_browse->items())
            out << v.toMap().value(QStringLiteral("title")).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        QVERIFY(m_fixture.startSession());
        m_emil = m_fixture.createUser(5, QStringLiteral("Emil"), QStringLiteral("creator"));
        m_worlds = std::make_unique<WorldsController>(*m_fixture.session);
        m_browse = std::make_unique<ExperiencesController>(*m_fixture.session, *m_worlds);

        QImage thumb(64, 40, QImage::Format_RGB32);
        thumb.fill(QColor(0x33, 0x66, 0x99));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        thumb.save(&buffer, "PNG");

        m_castleWorld = generate(m_fixture.controller, QStringLiteral("a castle on a hill"));
        QVERIFY(m_castleWorld > 0);
        QVERIFY(publish(m_fixture.controller, m_castleWorld, QStringLiteral("Hill Castle"), {QStringLiteral("castle"), QStringLiteral("fantasy")}, QStringLiteral("public"),
                        QString::fromLatin1(png.toBase64())));
        const qint64 city = generate(m_emil, QStringLiteral("a city at night"));
        QVERIFY(publish(m_emil, city, QStringLiteral("Night Town"), {QStringLiteral("city")}, QStringLiteral("public")));
        const qint64 lab = generate(m_fixture.controller, QStringLiteral("an alien planet"));
        QVERIFY(publish(m_fixture.controller, lab, QStringLiteral("Secret Lab"), {QStringLiteral("scifi")}, QStringLiteral("private")));

        // Telemetry for the castle's world now: 3 visits and 5 jumps; one event elsewhere.
        QJsonArray events;
        for (int i = 0; i < 3; ++i)
            events.append(QJsonObject{{QStringLiteral("event_type"), QStringLiteral("world_enter")}, {QStringLiteral("world_id"), m_castleWorld}});
        for (int i = 0; i < 5; ++i)
            events.append(QJsonObject{{QStringLiteral("event_type"), QStringLiteral("jump")}, {QStringLiteral("world_id"), m_castleWorld}});
        events.append(QJsonObject{{QStringLiteral("event_type"), QStringLiteral("world_enter")}, {QStringLiteral("world_id"), city}});
        QVERIFY(m_fixture.call(m_emil, QStringLiteral("telemetry.ingest_batch"), {{QStringLiteral("events"), events}}));
    }

    void searchFindsPublicOnesAndMineAddsPrivate()
    {
        m_browse->refresh();
        QVERIFY(searched());
        QCOMPARE(m_browse->total(), 2);
        QVERIFY(titles().contains(QStringLiteral("Hill Castle")) && titles().contains(QStringLiteral("Night Town")));
        QVERIFY(!titles().contains(QStringLiteral("Secret Lab")));

        m_browse->setQuery(QStringLiteral("cast")); // typed: the search runs after a pause, "cast" as a prefix
        QCOMPARE(m_browse->items().size(), 2);
        QVERIFY(searched());
        QCOMPARE(titles(), QStringList{QStringLiteral("Hill Castle")});
        QCOMPARE(m_browse->selected().value(QStringLiteral("title")).toString(), QStringLiteral("Hill Castle"));

        m_browse->setQuery(QStringLiteral("zebra"));
        QVERIFY(searched());
        QVERIFY(m_browse->items().isEmpty());
        QVERIFY(m_browse->selected().isEmpty());
        QVERIFY(m_browse->telemetry().isEmpty());

        m_browse->setQuery(QString());
        m_browse->setMine(true);
        QVERIFY(searched());
        QCOMPARE(titles().size(), 2);
        QVERIFY(titles().contains(QStringLiteral("Secret Lab")) && titles().contains(QStringLiteral("Hill Castle")));
        m_browse->setMine(false);
        QVERIFY(searched());
    }

    void selectionBringsThumbnailAndTelemetry()
    {
        double castle = 0;
        for (const QVariant &v : m_browse->items())
            if (v.toMap().value(QStringLiteral("title")) == QLatin1String("Hill Castle"))
                castle = v.toMap().value(QStringLiteral("id")).toDouble();
        QVERIFY(castle > 0);
        QSignalSpy telemetry(m_browse.get(), &ExperiencesController::telemetryChanged);
        m_browse->select(castle);
        QTRY_VERIFY(m_browse->selected().value(QStringLiteral("thumbnail")).toString().startsWith(QStringLiteral("data:image/png;base64,")));
        const QByteArray png = QByteArray::fromBase64(m_browse->selected().value(QStringLiteral("thumbnail")).toString().mid(22).toLatin1());
        QCOMPARE(QImage::fromData(png, "PNG").size(), QSize(64, 40));

        QTRY_COMPARE(m_browse->telemetry().size(), 2);
        const QVariantMap top = m_browse->telemetry().first().toMap(), second = m_browse->telemetry().last().toMap();
        QCOMPARE(top.value(QStringLiteral("type")).toString(), QStringLiteral("jump")); // most events first
        QCOMPARE(top.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(second.value(QStringLiteral("total")).toInt(), 3); // the city's visit is not counted
        const QVariantList counts = top.value(QStringLiteral("counts")).toList();
        QCOMPARE(counts.size(), 24);
        // This hour is the last bar (or the one before, had the hour just turned).
        QCOMPARE(counts.last().toInt() + counts[22].toInt(), 5);
        QCOMPARE(m_browse->telemetryMax(), 5);
        const auto highest = [](const QVariantMap &row) {
            double h = 0;
            for (const QVariant &l : row.value(QStringLiteral("levels")).toList())
                h = std::max(h, l.toDouble());
            return h;
        };
        QCOMPARE(highest(top), 1.0);
        QCOMPARE(highest(second), 0.6);
        QCOMPARE(m_browse->bucketLabels().size(), 3);

        m_browse->setRange(QStringLiteral("month"));
        QTRY_COMPARE(m_browse->telemetry().first().toMap().value(QStringLiteral("counts")).toList().size(), 30);
        const QVariantList days = m_browse->telemetry().first().toMap().value(QStringLiteral("counts")).toList();
        QCOMPARE(days.last().toInt() + days[28].toInt(), 5);
        m_browse->setRange(QStringLiteral("year")); // not a range: ignored
        QCOMPARE(m_browse->range(), QStringLiteral("month"));
    }

    void openWorldShowsItInThePreview()
    {
        QCOMPARE(m_browse->selected().value(QStringLiteral("worldId")).toLongLong(), m_castleWorld);
        QSignalSpy scene(m_worlds.get(), &WorldsController::sceneChanged);
        m_browse->openWorld();
        QTRY_COMPARE(qint64(m_worlds->worldId()), m_castleWorld);
        QTRY_VERIFY(!m_worlds->busy());
        QCOMPARE(m_worlds->prompt(), QStringLiteral("a castle on a hill"));
        QCOMPARE(m_worlds->seed(), 5.0);
        QVERIFY(m_worlds->instanceCount() > 0);
    }
};

QTEST_MAIN(TestExperiencesController)
#include "tst_experiencescontroller.moc"
