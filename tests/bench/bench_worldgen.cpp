// World generation speed: a 500-object world (target ≤ 5 ms) and a few typical prompts, each
// generated `runs` times with different seeds; prints p50 / p99 of generate alone and of
// generate + canonical JSON. Usage: bench_worldgen [runs]

#include "worldgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace nexus::worlds;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min(v.size() - 1, qsizetype(p * double(v.size())))];
}

void run(const char *label, const QString &prompt, int objectCount, int runs)
{
    QList<double> gen, total;
    qsizetype instances = 0, bytes = 0;
    generateWorld(prompt, {}); // warm the catalog and vocabulary
    for (int k = 0; k < runs; ++k) {
        GenerateOptions o;
        o.seed = quint64(k + 1);
        o.objectCount = objectCount;
        QElapsedTimer t;
        t.start();
        const Blueprint b = generateWorld(prompt, o);
        const double g = double(t.nsecsElapsed()) / 1e6;
        const QByteArray json = b.toCanonicalJson();
        total << double(t.nsecsElapsed()) / 1e6;
        gen << g;
        instances += b.instances.size();
        bytes += json.size();
    }
    std::printf("%-44s %6.0f objects  generate p50 %6.3f ms  p99 %6.3f ms   + JSON p50 %6.3f ms  p99 %6.3f ms  (%.0f KB)\n", label,
                double(instances) / runs, percentile(gen, 0.5), percentile(gen, 0.99), percentile(total, 0.5), percentile(total, 0.99),
                double(bytes) / runs / 1024);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    std::printf("bench_worldgen: %d runs each, seeds 1..%d (target: a 500-object world in <= 5 ms)\n", runs, runs);
    run("500-object forest (object_count 500)", QStringLiteral("a forest"), 500, runs);
    run("500-object city (object_count 500)", QStringLiteral("a city at night with cars and street lamps"), 500, runs);
    run("three towers around a lake, misty forest", QStringLiteral("three towers around a lake in a misty forest at dusk"), 0, runs);
    run("castle on a hill surrounded by trees", QStringLiteral("a castle on a hill surrounded by trees at sunset"), 0, runs);
    run("village with cottages, a well and a river", QStringLiteral("a snowy village with five cottages, a well and a river"), 0, runs);
    run("2,000-object jungle (object_count 2000)", QStringLiteral("a jungle"), 2000, std::max(1, runs / 10));
    return 0;
}
