// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad-input table shared by the core reader test (exact pointer) and the command-line test
// (exact pointer and exit code). Each row is a whole scenario file.

#include <QTest>

#include <string>

namespace gridshare::testing {

inline std::string withParameters(const std::string& parameters, const std::string& extra = {})
{
    return R"({"format": "gridshare-scenario", "version": 1, "name": "t", "region": "US")" + extra
           + R"(, "parameters": {)" + parameters + "}}";
}

inline std::string nested(int depth)
{
    return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
}

// Columns: file bytes, the pointer of the first issue, the exit code of `gridshare evaluate FILE`,
// and a fragment of the reason a person reads.
inline void addBadInputRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    auto row = [](const char* name, const std::string& bytes, const char* pointer, const char* reason) {
        QTest::newRow(name) << QByteArray::fromStdString(bytes) << QString::fromUtf8(pointer) << 3
                            << QString::fromUtf8(reason);
    };
    row("pue is a string", withParameters(R"("pue": "1.2")"), "/parameters/pue", "must be a number, not a string");
    row("pue below minimum", withParameters(R"("pue": 0.5)"), "/parameters/pue", "0.5 is below the minimum 1");
    row("growth above maximum", withParameters(R"("query_growth": 6)"), "/parameters/query_growth",
        "6 is above the maximum 5");
    row("negative queries", withParameters(R"("queries_per_day": -1)"), "/parameters/queries_per_day",
        "-1 is below the minimum 0");
    row("pue is null (a stored NaN)", withParameters(R"("pue": null)"), "/parameters/pue",
        "must be a number, not null");
    row("pue is the text NaN", withParameters(R"("pue": "NaN")"), "/parameters/pue", "must be a number");
    row("NaN literal", withParameters(R"("pue": NaN)"), "", "not valid JSON");
    row("Infinity literal", withParameters(R"("pue": Infinity)"), "", "not valid JSON");
    row("number overflows a double", withParameters(R"("pue": 1e999)"), "", "number overflow");
    row("negative overflow", withParameters(R"("national_twh": -1e400)"), "", "number overflow");
    row("parameter is a list", withParameters(R"("pue": [1.2])"), "/parameters/pue", "must be a number, not a list");
    row("parameters is a list", R"({"format": "gridshare-scenario", "version": 1, "parameters": []})", "/parameters",
        "must be an object");
    row("unknown parameter", withParameters(R"("pue_": 1.2)"), "/parameters/pue_", "did you mean \"pue\"?");
    row("unknown field", R"({"format": "gridshare-scenario", "version": 1, "colour": "red"})", "/colour",
        "unknown field");
    row("missing format", R"({"version": 1})", "/format", "missing");
    row("wrong format", R"({"format": "gridshare-regions", "version": 1})", "/format", "not a GridShare scenario");
    row("missing version", R"({"format": "gridshare-scenario"})", "/version", "missing");
    row("newer version", R"({"format": "gridshare-scenario", "version": 3})", "/version",
        "written by a newer GridShare");
    row("version is text", R"({"format": "gridshare-scenario", "version": "1"})", "/version",
        "must be a number, not a string");
    row("version is fractional", R"({"format": "gridshare-scenario", "version": 1.5})", "/version",
        "not a whole number");
    row("name is a number", R"({"format": "gridshare-scenario", "version": 1, "name": 7})", "/name",
        "must be text, not a number");
    row("name has control characters", R"({"format": "gridshare-scenario", "version": 1, "name": "a\u0001b"})", "/name",
        "control characters");
    row("base year too late", withParameters("", R"(, "base_year": 2031)"), "/base_year",
        "outside the valid range 2015 .. 2030");
    row("base year fractional", withParameters("", R"(, "base_year": 2024.5)"), "/base_year", "not a whole number");
    row("end year too late", withParameters("", R"(, "end_year": 2051)"), "/end_year",
        "outside the valid range 2016 .. 2050");
    row("end year before base", withParameters("", R"(, "base_year": 2025, "end_year": 2025)"), "/end_year",
        "not after the base year 2025");
    row("preset is a number", R"({"format": "gridshare-scenario", "version": 1, "preset": 3})", "/preset",
        "must be text, not a number");
    row("unknown region", R"({"format": "gridshare-scenario", "version": 1, "region": "Mars"})", "/region",
        "unknown region \"Mars\"");
    row("unknown currency", withParameters("", R"(, "currency": "XYZ")"), "/currency", "unknown currency");
    row("lower-case currency", withParameters("", R"(, "currency": "usd")"), "/currency", "not an ISO currency code");
    row("data centres above national", withParameters(R"("national_twh": 100)"), "/parameters/national_twh",
        "not above the base-year data-centre total");
    row("training share at maximum+", withParameters(R"("training_share": 0.99)"), "/parameters/training_share",
        "above the maximum 0.95");
    row("range misses central value", withParameters(R"("pue": 1.2}, "ranges": {"pue": [1.3, 1.5])"), "/ranges/pue",
        "does not contain the central value 1.2");
    row("range has one number", withParameters("", R"(, "ranges": {"pue": [1.3]})"), "/ranges/pue",
        "list of two numbers");
    row("range reversed", withParameters("", R"(, "ranges": {"pue": [1.5, 1.1]})"), "/ranges/pue",
        "low 1.5 is above high 1.1");
    row("range leaves valid range", withParameters("", R"(, "ranges": {"pue": [0.9, 1.5]})"), "/ranges/pue/0",
        "0.9 is below the minimum 1");
    row("samples zero", withParameters("", R"(, "monte_carlo": {"samples": 0})"), "/monte_carlo/samples",
        "outside the valid range 1 .. 1000000");
    row("negative seed", withParameters("", R"(, "monte_carlo": {"seed": -1})"), "/monte_carlo/seed",
        "must not be negative");
    row("duplicate key", withParameters(R"("pue": 1.2, "pue": 1.3)"), "/parameters/pue", "duplicate key");
    row("not an object", "[1, 2, 3]", "", "must be a JSON object");
    row("empty file", "", "", "not valid JSON");
    row("truncated JSON", R"({"format": "gridshare-scenario", "version": 1, "parameters": {"pue": 1.)", "",
        "not valid JSON");
    row("invalid UTF-8", "{\"format\": \"gridshare-scenario\", \"version\": 1, \"name\": \"\xC3\x28\"}", "",
        "invalid UTF-8");
    row("overlong UTF-8", "{\"format\": \"gridshare-scenario\", \"version\": 1, \"name\": \"\xC0\xAF\"}", "",
        "invalid UTF-8");
    row("nested 10,000 deep", nested(10000), "", "nesting deeper than 64 levels");
    row("50 MB file", withParameters("", ", \"description\": \"" + std::string(50 * 1024 * 1024, 'x') + "\""), "",
        "at most 1048576 bytes");
}

} // namespace gridshare::testing
