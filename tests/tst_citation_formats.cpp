// SPDX-License-Identifier: GPL-3.0-or-later
// The sources for reference managers: BibTeX that parses (balanced braces, unique keys, LaTeX's
// special characters escaped, UTF-8 kept whole), CSL-JSON with the fields CSL names, RIS with a
// TY and an ER for each record; every source in each, with its level. And CITATION.cff for
// GridShare itself, its version the project's.

#include "gridshare/citation_formats.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace gridshare;

namespace {

struct BibEntry {
    std::string type, key;
    std::map<std::string, std::string> fields; // values without their outer braces
};

// A strict reader of the BibTeX this writes: @type{key, name = {value} or name = word, ...}.
// Fails the test on anything unbalanced.
std::vector<BibEntry> parseBibtex(const std::string& text)
{
    std::vector<BibEntry> entries;
    std::size_t i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
    };
    while ((i = text.find('@', i)) != std::string::npos) {
        BibEntry e;
        const std::size_t open = text.find('{', i);
        e.type = text.substr(i + 1, open - i - 1);
        const std::size_t comma = text.find(',', open);
        e.key = text.substr(open + 1, comma - open - 1);
        i = comma + 1;
        for (;;) {
            skipSpace();
            if (text.at(i) == '}') {
                ++i;
                break;
            }
            const std::size_t equals = text.find('=', i);
            std::string name = text.substr(i, equals - i);
            name.erase(name.find_last_not_of(' ') + 1);
            i = equals + 1;
            skipSpace();
            std::string value;
            if (text.at(i) == '{') {
                int depth = 0;
                const std::size_t start = i;
                do {
                    if (text.at(i) == '\\') {
                        i += 2;
                        continue;
                    }
                    depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                    ++i;
                } while (depth > 0);
                value = text.substr(start + 1, i - start - 2);
            } else {
                const std::size_t end = text.find_first_of(",}\n", i);
                value = text.substr(i, end - i);
                i = end;
            }
            e.fields[name] = value;
            skipSpace();
            if (text.at(i) == ',')
                ++i;
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

// The sources of the data and two that test the writers: LaTeX's special characters and a date
// given only as a year.
std::vector<Source> sources()
{
    std::vector<Source> all = Dataset::builtin().sources;
    Source odd;
    odd.id = "odd & key";
    odd.title = "Costs & benefits: 5% of 100_000 {braces} #1 $2 ~ ^ \\ 电力";
    odd.publisher = "A & B";
    odd.date = "2025";
    odd.url = "https://example.org/a_b?x=1%20y#frag";
    odd.level = "NV";
    all.push_back(odd);
    return all;
}

} // namespace

class TestCitationFormats : public QObject {
    Q_OBJECT

private slots:
    void formatKeys()
    {
        for (const char* key : {"bibtex", "csl-json", "ris"})
            QCOMPARE(citationFormatKey(*citationFormatFromKey(key)), std::string_view(key));
        QVERIFY(!citationFormatFromKey("endnote"));
    }

    void bibtexParsesWithEverySource()
    {
        const auto all = sources();
        const std::string text = sourcesInFormat(CitationFormat::Bibtex, all, Dataset::builtin().levelMeanings);
        const auto entries = parseBibtex(text);
        QCOMPARE(entries.size(), all.size());
        std::set<std::string> keys;
        const QRegularExpression keyChars(QStringLiteral("^[A-Za-z0-9_:.-]+$"));
        for (std::size_t n = 0; n < entries.size(); ++n) {
            const BibEntry& e = entries[n];
            QCOMPARE(e.type, std::string("misc"));
            QVERIFY2(keys.insert(e.key).second, e.key.c_str());
            QVERIFY2(keyChars.match(QString::fromStdString(e.key)).hasMatch(), e.key.c_str());
            for (const char* field : {"title", "publisher", "note"})
                QVERIFY2(e.fields.count(field), (e.key + " lacks " + field).c_str());
            QVERIFY(e.fields.at("note").find("verification level: " + all[n].level) != std::string::npos);
            if (!all[n].url.empty())
                QCOMPARE(e.fields.at("url"), all[n].url);
            // Every special character is escaped: no bare & % $ # _ outside a command.
            for (const char* field : {"title", "publisher", "note"}) {
                const std::string& v = e.fields.at(field);
                for (std::size_t c = 0; c < v.size(); ++c)
                    if (std::string("&%$#_").find(v[c]) != std::string::npos)
                        QVERIFY2(c > 0 && v[c - 1] == '\\', (e.key + ": " + v).c_str());
            }
        }
        const BibEntry& odd = entries.back();
        QCOMPARE(odd.key, std::string("odd---key"));
        QCOMPARE(odd.fields.at("title"), std::string("{Costs \\& benefits: 5\\% of 100\\_000 \\{braces\\} \\#1 \\$2 "
                                                     "\\textasciitilde{} \\textasciicircum{} \\textbackslash{} 电力}"));
        QCOMPARE(odd.fields.at("year"), std::string("2025"));
        // The seed article's Chinese title is kept whole, as UTF-8.
        QVERIFY(text.find("ChatGPT一年电费高达2亿元") != std::string::npos);
        const BibEntry& epri =
            *std::find_if(entries.begin(), entries.end(), [](const BibEntry& e) { return e.key == "epri-2026"; });
        QCOMPARE(epri.fields.at("date"), Dataset::builtin().source("epri-2026")->date);
    }

    void cslJsonHasTheCslFields()
    {
        const auto all = sources();
        const auto items =
            nlohmann::json::parse(sourcesInFormat(CitationFormat::CslJson, all, Dataset::builtin().levelMeanings));
        QVERIFY(items.is_array());
        QCOMPARE(items.size(), all.size());
        for (std::size_t n = 0; n < all.size(); ++n) {
            const auto& item = items[n];
            QCOMPARE(item.at("id").get<std::string>(), all[n].id);
            QCOMPARE(item.at("type").get<std::string>(), std::string("document"));
            QCOMPARE(item.at("title").get<std::string>(), all[n].title);
            QCOMPARE(item.at("publisher").get<std::string>(), all[n].publisher);
            if (!all[n].url.empty())
                QCOMPARE(item.at("URL").get<std::string>(), all[n].url);
            QVERIFY(item.at("note").get<std::string>().find("verification level: " + all[n].level)
                    != std::string::npos);
            const auto& parts = item.at("issued").at("date-parts");
            QCOMPARE(parts.size(), std::size_t{1});
            QCOMPARE(std::to_string(parts[0][0].get<int>()), all[n].date.substr(0, 4));
            if (all[n].date.size() >= 7)
                QCOMPARE(parts[0][1].get<int>(), std::stoi(all[n].date.substr(5, 2)));
        }
        const auto& epri =
            *std::find_if(items.begin(), items.end(), [](const auto& i) { return i.at("id") == "epri-2026"; });
        QVERIFY(epri.at("issued").at("date-parts") == nlohmann::json::parse("[[2026, 2, 26]]"));
    }

    void risHasOneRecordPerSource()
    {
        const auto all = sources();
        const std::string text = sourcesInFormat(CitationFormat::Ris, all, Dataset::builtin().levelMeanings);
        const QStringList lines = QString::fromStdString(text).split(QStringLiteral("\r\n"));
        int open = 0, records = 0;
        QStringList ids;
        for (const QString& line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][A-Z0-9]  - ")).match(line).hasMatch(), qPrintable(line));
            if (line.startsWith(QStringLiteral("TY  - "))) {
                QCOMPARE(open, 0);
                open = 1;
            } else if (line.startsWith(QStringLiteral("ER  - "))) {
                QCOMPARE(open, 1);
                open = 0;
                ++records;
            } else {
                QCOMPARE(open, 1);
                if (line.startsWith(QStringLiteral("ID  - ")))
                    ids.append(line.mid(6));
            }
        }
        QCOMPARE(open, 0);
        QCOMPARE(records, int(all.size()));
        for (const Source& s : all)
            QVERIFY2(ids.contains(QString::fromStdString(s.id)), s.id.c_str());
        QVERIFY(text.find("DA  - 2026/02/26/\r\n") != std::string::npos);
        QVERIFY(text.find("N1  - GridShare verification level: V1 (primary text read)") != std::string::npos);
    }

    // CITATION.cff: the keys CFF 1.2.0 requires, and the version and licence of the project.
    void citationFileMatchesTheProject()
    {
        QFile file(QStringLiteral(GRIDSHARE_SOURCE_DIR "/CITATION.cff"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::map<std::string, QString> top;
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const auto m = QRegularExpression(QStringLiteral("^([a-z-]+):\\s*(.*)$")).match(line);
            if (m.hasMatch())
                top[m.captured(1).toStdString()] = m.captured(2).remove(QLatin1Char('"'));
        }
        QCOMPARE(top["cff-version"], QStringLiteral("1.2.0"));
        QCOMPARE(top["version"], QStringLiteral(GRIDSHARE_VERSION));
        QCOMPARE(top["license"], QStringLiteral("GPL-3.0-or-later"));
        QVERIFY(top["title"].startsWith(QStringLiteral("GridShare")));
        QVERIFY(top.count("message"));
        QVERIFY(top.count("authors"));
    }
};

QTEST_GUILESS_MAIN(TestCitationFormats)
#include "tst_citation_formats.moc"
