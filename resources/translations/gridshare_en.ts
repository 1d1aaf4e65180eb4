<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AtomicFile</name>
        <message>
            <source>%1; the previous file is unchanged</source>
            <translation>%1; the previous file is unchanged</translation>
        </message>
        <message>
            <source>%1; nothing was written</source>
            <translation>%1; nothing was written</translation>
        </message>
        <message>
            <source>the disk may be full</source>
            <translation>the disk may be full</translation>
        </message>
    </context>
    <context>
        <name>ChartViews</name>
        <message>
            <source>Grid share</source>
            <translation>Grid share</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Energy per request</source>
            <translation>Energy per request</translation>
        </message>
        <message>
            <source>Water and CO₂</source>
            <translation>Water and CO₂</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensitivity</translation>
        </message>
        <message>
            <source>How forecasts moved</source>
            <translation>How forecasts moved</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Power</translation>
        </message>
        <message>
            <source>Compare regions</source>
            <translation>Compare regions</translation>
        </message>
    </context>
    <context>
        <name>Citations</name>
        <message>
            <source>Assumption: %1</source>
            <translation>Assumption: %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>(yours)</source>
            <translation>(yours)</translation>
        </message>
        <message>
            <source>Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited figures; NV not verified. Defaults marked "assumption" have no source; their controls say why.</source>
            <translation>Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited figures; NV not verified. Defaults marked "assumption" have no source; their controls say why.</translation>
        </message>
        <message>
            <source>Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited figures; NV not verified.</source>
            <translation>Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited figures; NV not verified.</translation>
        </message>
        <message>
            <source>GridShare has no published projections for %1.</source>
            <translation>GridShare has no published projections for %1.</translation>
        </message>
        <message>
            <source>assumption</source>
            <translation>assumption</translation>
        </message>
        <message>
            <source>Default from %1 (%2)</source>
            <translation>Default from %1 (%2)</translation>
        </message>
        <message>
            <source>default from [%1] %2 (%3)</source>
            <translation>default from [%1] %2 (%3)</translation>
        </message>
        <message>
            <source>default is an assumption: %1</source>
            <translation>default is an assumption: %1</translation>
        </message>
        <message>
            <source>%1. %2, %3 (%4).</source>
            <translation>%1. %2, %3 (%4).</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>%1: cannot be written: %2</source>
            <translation>%1: cannot be written: %2</translation>
        </message>
        <message>
            <source>try 'gridshare --help'</source>
            <translation>try 'gridshare --help'</translation>
        </message>
        <message>
            <source>the window opens one scenario file at a time</source>
            <translation>the window opens one scenario file at a time</translation>
        </message>
        <message>
            <source>no display to open the window on; `gridshare evaluate` prints the scenario and `gridshare --screenshot FILE` renders the window to a PNG</source>
            <translation>no display to open the window on; `gridshare evaluate` prints the scenario and `gridshare --screenshot FILE` renders the window to a PNG</translation>
        </message>
        <message>
            <source>--theme: "%1" is not one of system, light, dark, high-contrast</source>
            <translation>--theme: "%1" is not one of system, light, dark, high-contrast</translation>
        </message>
        <message>
            <source>--size: "%1" is not WIDTHxHEIGHT between 640x400 and 8000x8000</source>
            <translation>--size: "%1" is not WIDTHxHEIGHT between 640x400 and 8000x8000</translation>
        </message>
        <message>
            <source>--lang: "%1" is not one of %2</source>
            <translation>--lang: "%1" is not one of %2</translation>
        </message>
        <message>
            <source>%1 takes at most one scenario file</source>
            <translation>%1 takes at most one scenario file</translation>
        </message>
        <message>
            <source>%1 needs --out PATH</source>
            <translation>%1 needs --out PATH</translation>
        </message>
        <message>
            <source>--out %1: the report is a PDF; name the file *.pdf</source>
            <translation>--out %1: the report is a PDF; name the file *.pdf</translation>
        </message>
        <message>
            <source>--out %1: the extension picks the format; use .png, .svg, .pdf or .csv</source>
            <translation>--out %1: the extension picks the format; use .png, .svg, .pdf or .csv</translation>
        </message>
        <message>
            <source>--size: "%1" is not WIDTHxHEIGHT between 320x200 and 8000x8000</source>
            <translation>--size: "%1" is not WIDTHxHEIGHT between 320x200 and 8000x8000</translation>
        </message>
        <message>
            <source>--scale: "%1" is not a number from 0.25 to 8</source>
            <translation>--scale: "%1" is not a number from 0.25 to 8</translation>
        </message>
        <message>
            <source>--size and --scale give %1x%2 pixels; the largest image is 16000x16000</source>
            <translation>--size and --scale give %1x%2 pixels; the largest image is 16000x16000</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>warning: the charts&apos; typeface could not be loaded; charts use the system&apos;s font</source>
            <translation>warning: the charts&apos; typeface could not be loaded; charts use the system&apos;s font</translation>
        </message>
        <message>
            <source>GridShare %1 — how much of a country's electricity will AI use?</source>
            <translation>GridShare %1 — how much of a country's electricity will AI use?</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Usage:</translation>
        </message>
        <message>
            <source>the window</source>
            <translation>the window</translation>
        </message>
        <message>
            <source>the window, offscreen</source>
            <translation>the window, offscreen</translation>
        </message>
        <message>
            <source>evaluate prints one row per year of a scenario file (*.gridshare.json), a preset, or a region's
defaults (US when nothing is named). json and csv give shares as fractions with 17 significant
digits; table is for people.</source>
            <translation>evaluate prints one row per year of a scenario file (*.gridshare.json), a preset, or a region's
defaults (US when nothing is named). json and csv give shares as fractions with 17 significant
digits; table is for people.</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options:</translation>
        </message>
        <message>
            <source>start from a preset (see `gridshare presets`)</source>
            <translation>start from a preset (see `gridshare presets`)</translation>
        </message>
        <message>
            <source>change one parameter; repeatable. KEY is a parameter below, or region,
currency, base_year, end_year</source>
            <translation>change one parameter; repeatable. KEY is a parameter below, or region,
currency, base_year, end_year</translation>
        </message>
        <message>
            <source>the window: system (default), light, dark or high-contrast, for this run</source>
            <translation>the window: system (default), light, dark or high-contrast, for this run</translation>
        </message>
        <message>
            <source>language of the window and messages: en or zh_CN (default: the system's)</source>
            <translation>language of the window and messages: en or zh_CN (default: the system's)</translation>
        </message>
        <message>
            <source>solve: the parameter to change</source>
            <translation>solve: the parameter to change</translation>
        </message>
        <message>
            <source>solve: the output (a key of the json output) and the value it should reach</source>
            <translation>solve: the output (a key of the json output) and the value it should reach</translation>
        </message>
        <message>
            <source>solve: the year of the target (default: the end year)</source>
            <translation>solve: the year of the target (default: the end year)</translation>
        </message>
        <message>
            <source>Parameters:</source>
            <translation>Parameters:</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of table, json, csv</source>
            <translation>--format: "%1" is not one of table, json, csv</translation>
        </message>
        <message>
            <source>%1 takes no arguments</source>
            <translation>%1 takes no arguments</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(default)</translation>
        </message>
        <message>
            <source>Evaluate one with: gridshare evaluate --preset ID</source>
            <translation>Evaluate one with: gridshare evaluate --preset ID</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>National TWh</source>
            <translation>National TWh</translation>
        </message>
        <message>
            <source>Data-centre TWh</source>
            <translation>Data-centre TWh</translation>
        </message>
        <message>
            <source>Evaluate one with: gridshare evaluate --region ID</source>
            <translation>Evaluate one with: gridshare evaluate --region ID</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>Verification levels:</source>
            <translation>Verification levels:</translation>
        </message>
        <message>
            <source>preset %1</source>
            <translation>preset %1</translation>
        </message>
        <message>
            <source>%1 defaults</source>
            <translation>%1 defaults</translation>
        </message>
        <message>
            <source>defaults of %1</source>
            <translation>defaults of %1</translation>
        </message>
        <message>
            <source>solve needs --vary KEY and --target OUTPUT=VALUE</source>
            <translation>solve needs --vary KEY and --target OUTPUT=VALUE</translation>
        </message>
        <message>
            <source>--vary: unknown parameter "%1"; did you mean "%2"?</source>
            <translation>--vary: unknown parameter "%1"; did you mean "%2"?</translation>
        </message>
        <message>
            <source>--vary: unknown parameter "%1"</source>
            <translation>--vary: unknown parameter "%1"</translation>
        </message>
        <message>
            <source>--target: expected OUTPUT=VALUE with OUTPUT a key of the evaluate output (ai_share, datacenter_share, ai_twh, cost, ...) and VALUE a number, got "%1"</source>
            <translation>--target: expected OUTPUT=VALUE with OUTPUT a key of the evaluate output (ai_share, datacenter_share, ai_twh, cost, ...) and VALUE a number, got "%1"</translation>
        </message>
        <message>
            <source>--year: "%1" is not a year from %2 to %3</source>
            <translation>--year: "%1" is not a year from %2 to %3</translation>
        </message>
        <message>
            <source>no value of %1 from %2 to %3 gives %4 = %5 in %6; reachable: %7 .. %8</source>
            <translation>no value of %1 from %2 to %3 gives %4 = %5 in %6; reachable: %7 .. %8</translation>
        </message>
        <message>
            <source>(%1 = %2 in %3; the scenario has %4 = %5 %6)</source>
            <translation>(%1 = %2 in %3; the scenario has %4 = %5 %6)</translation>
        </message>
        <message>
            <source>--region: no region has the id "%1"; regions: %2</source>
            <translation>--region: no region has the id "%1"; regions: %2</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>replaced by %1</source>
            <translation>replaced by %1</translation>
        </message>
        <message>
            <source>data edition %1, as of %2</source>
            <translation>data edition %1, as of %2</translation>
        </message>
        <message>
            <source>… and %1 more problems</source>
            <translation>… and %1 more problems</translation>
        </message>
        <message>
            <source>standard output cannot be written: %1; the output is incomplete</source>
            <translation>standard output cannot be written: %1; the output is incomplete</translation>
        </message>
        <message>
            <source>--%1 applies to %2, not the window</source>
            <translation>--%1 applies to %2, not the window</translation>
        </message>
        <message>
            <source>--%1 applies to %2 and the window, not %3</source>
            <translation>--%1 applies to %2 and the window, not %3</translation>
        </message>
        <message>
            <source>--%1 applies to %2, not %3</source>
            <translation>--%1 applies to %2, not %3</translation>
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation>Unknown option '%1'.</translation>
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation>Unexpected value after '%1'.</translation>
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation>Missing value after '%1'.</translation>
        </message>
        <message>
            <source>--%1 needs a value</source>
            <translation>--%1 needs a value</translation>
        </message>
        <message>
            <source>--%1 is given twice; give it once (--set may be repeated)</source>
            <translation>--%1 is given twice; give it once (--set may be repeated)</translation>
        </message>
        <message>
            <source>unknown command "%1"; commands: %2</source>
            <translation>unknown command "%1"; commands: %2</translation>
        </message>
        <message>
            <source>FILE, --preset, --region and --set mean the same in every command and the window: a scenario
file or a preset (not both), else a region's defaults; then each --set in order. The window
makes the --set of parameters one step that Undo takes back. An option given twice (other
than --set) or with an empty value is refused.</source>
            <translation>FILE, --preset, --region and --set mean the same in every command and the window: a scenario
file or a preset (not both), else a region's defaults; then each --set in order. The window
makes the --set of parameters one step that Undo takes back. An option given twice (other
than --set) or with an empty value is refused.</translation>
        </message>
        <message>
            <source>Exit codes: 0 success, 2 bad command-line usage, 3 invalid scenario, 4 a file that cannot be read
(missing, unreadable, a folder, a device or a pipe) or written, standard output included, 5 solve
found no value (it prints the reachable interval).</source>
            <translation>Exit codes: 0 success, 2 bad command-line usage, 3 invalid scenario, 4 a file that cannot be read
(missing, unreadable, a folder, a device or a pipe) or written, standard output included, 5 solve
found no value (it prints the reachable interval).</translation>
        </message>
        <message>
            <source>Files in %1 with the names of the built-in data files (regions.json, sources.json, currencies.json,
presets.json, projections.json) replace them. Each stands alone: one that cannot be used is
reported with where and why, and the built-in file is used in its place.</source>
            <translation>Files in %1 with the names of the built-in data files (regions.json, sources.json, currencies.json,
presets.json, projections.json) replace them. Each stands alone: one that cannot be used is
reported with where and why, and the built-in file is used in its place.</translation>
        </message>
        <message>
            <source>use this region's data: an id or a name, any case (see `gridshare regions`)</source>
            <translation>use this region's data: an id or a name, any case (see `gridshare regions`)</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of table, json</source>
            <translation>--format: "%1" is not one of table, json</translation>
        </message>
        <message>
            <source>implies says what the scenario implies in its base and end years: accelerators in service,
generated tokens and requests a day, and the average data-centre load in GW, each beside the
cited figures people know (worldwide or for the region, with the source id). A value more than
twice a cited total of its year or a later one is flagged as far outside what is known.</source>
            <translation>implies says what the scenario implies in its base and end years: accelerators in service,
generated tokens and requests a day, and the average data-centre load in GW, each beside the
cited figures people know (worldwide or for the region, with the source id). A value more than
twice a cited total of its year or a later one is flagged as far outside what is known.</translation>
        </message>
        <message>
            <source>What %1 implies (%2)</source>
            <translation>What %1 implies (%2)</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>In %1</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of table, bibtex, csl-json, ris</source>
            <translation>--format: "%1" is not one of table, bibtex, csl-json, ris</translation>
        </message>
        <message>
            <source>projections lists the published projections the charts draw, for one region or all: region,
source, publication date, target year, scope (all data centres or AI only), measure (energy,
capacity, average load or peak), share, TWh or GW as a value or range, verification level, the
series that joins a publisher's editions and the edition that replaced it. json adds the
measured and estimated energy per request. projections --import FILE.csv adds your own:
each row is checked, a bad one skipped with its row and column, and the rest stored in
your data folder beside what you imported before; they are drawn marked as yours.</source>
            <translation>projections lists the published projections the charts draw, for one region or all: region,
source, publication date, target year, scope (all data centres or AI only), measure (energy,
capacity, average load or peak), share, TWh or GW as a value or range, verification level, the
series that joins a publisher's editions and the edition that replaced it. json adds the
measured and estimated energy per request. projections --import FILE.csv adds your own:
each row is checked, a bad one skipped with its row and column, and the rest stored in
your data folder beside what you imported before; they are drawn marked as yours.</translation>
        </message>
        <message>
            <source>sources lists every cited source; --format bibtex, csl-json or ris writes them for a reference
manager, each with its title, publisher, URL, date and verification level (in a note).</source>
            <translation>sources lists every cited source; --format bibtex, csl-json or ris writes them for a reference
manager, each with its title, publisher, URL, date and verification level (in a note).</translation>
        </message>
        <message>
            <source>table (default), json or csv; for sources: table, bibtex, csl-json or ris</source>
            <translation>table (default), json or csv; for sources: table, bibtex, csl-json or ris</translation>
        </message>
        <message>
            <source>projections: add your own projections from a CSV file (README: columns)</source>
            <translation>projections: add your own projections from a CSV file (README: columns)</translation>
        </message>
        <message>
            <source>--import takes no --region or --format</source>
            <translation>--import takes no --region or --format</translation>
        </message>
        <message>
            <source>%1 of %2 rows imported into %3</source>
            <translation>%1 of %2 rows imported into %3</translation>
        </message>
        <message>
            <source>(yours)</source>
            <translation>(yours)</translation>
        </message>
        <message>
            <source>Shares are of each region's own electricity use (a country's, or a state's for a sub-national grid); ~ marks an approximate figure. --format json or csv gives every field.</source>
            <translation>Shares are of each region's own electricity use (a country's, or a state's for a sub-national grid); ~ marks an approximate figure. --format json or csv gives every field.</translation>
        </message>
        <message>
            <source>--view: "%1" is not one of share, energy, cost, per-query, water, sensitivity, forecasts, power, regions</source>
            <translation>--view: "%1" is not one of share, energy, cost, per-query, water, sensitivity, forecasts, power, regions</translation>
        </message>
        <message>
            <source>export writes one chart with a footer (scenario, changed assumptions, the sources on the chart);
the extension of PATH picks the format: .png, .svg, .pdf, or .csv for the yearly table as
evaluate prints it (--view regions: a row a region). --size is the figure in logical pixels
(default 1600x900) and --scale multiplies a PNG's pixels (2 for a sharp figure on high-DPI
screens and in print).
report writes a PDF: the share, energy, forecasts, per-request, power, regions and
sensitivity charts, the key figures (in GW if the window shows them so), what the scenario
implies, which range's uncertainty explains the bands' spread, every parameter and every
source.
Neither needs a display; an existing file is replaced whole or left as it was.</source>
            <translation>export writes one chart with a footer (scenario, changed assumptions, the sources on the chart);
the extension of PATH picks the format: .png, .svg, .pdf, or .csv for the yearly table as
evaluate prints it (--view regions: a row a region). --size is the figure in logical pixels
(default 1600x900) and --scale multiplies a PNG's pixels (2 for a sharp figure on high-DPI
screens and in print).
report writes a PDF: the share, energy, forecasts, per-request, power, regions and
sensitivity charts, the key figures (in GW if the window shows them so), what the scenario
implies, which range's uncertainty explains the bands' spread, every parameter and every
source.
Neither needs a display; an existing file is replaced whole or left as it was.</translation>
        </message>
        <message>
            <source>share (default), energy, cost, per-query, water, sensitivity, forecasts, power or regions</source>
            <translation>share (default), energy, cost, per-query, water, sensitivity, forecasts, power or regions</translation>
        </message>
    </context>
    <context>
        <name>CompareRegions</name>
        <message>
            <source>Compare &amp;Regions</source>
            <translation>Compare &amp;Regions</translation>
        </message>
        <message>
            <source>&amp;AI's Share</source>
            <translation>&amp;AI's Share</translation>
        </message>
        <message>
            <source>&amp;Data Centres' Share</source>
            <translation>&amp;Data Centres' Share</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>"%1" is not a number (use a dot for decimals: 0.12, 2.5e9)</source>
            <translation>"%1" is not a number (use a dot for decimals: 0.12, 2.5e9)</translation>
        </message>
        <message>
            <source>unknown key "%1"; did you mean "%2"? (see `gridshare --help` for the keys)</source>
            <translation>unknown key "%1"; did you mean "%2"? (see `gridshare --help` for the keys)</translation>
        </message>
        <message>
            <source>unknown key "%1" (see `gridshare --help` for the keys)</source>
            <translation>unknown key "%1" (see `gridshare --help` for the keys)</translation>
        </message>
        <message>
            <source>give a scenario file or --preset, not both</source>
            <translation>give a scenario file or --preset, not both</translation>
        </message>
        <message>
            <source>unknown preset "%1"; known presets: %2</source>
            <translation>unknown preset "%1"; known presets: %2</translation>
        </message>
        <message>
            <source>unknown region "%1"; known regions: %2</source>
            <translation>unknown region "%1"; known regions: %2</translation>
        </message>
        <message>
            <source>expected KEY=VALUE, got "%1"</source>
            <translation>expected KEY=VALUE, got "%1"</translation>
        </message>
        <message>
            <source>not a GridShare autosave record</source>
            <translation>not a GridShare autosave record</translation>
        </message>
        <message>
            <source>this GridShare reads autosave version 1</source>
            <translation>this GridShare reads autosave version 1</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>lists no currency; the US dollar at least is needed</source>
            <translation>lists no currency; the US dollar at least is needed</translation>
        </message>
        <message>
            <source>%1: needs either a source with a level or an assumption saying why</source>
            <translation>%1: needs either a source with a level or an assumption saying why</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>must be an object</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>must be a finite number</translation>
        </message>
        <message>
            <source>needs either a "source" with a "level" or an "assumption" saying why</source>
            <translation>needs either a "source" with a "level" or an "assumption" saying why</translation>
        </message>
        <message>
            <source>missing; say how far the figure was verified (V1, V2, D, NV)</source>
            <translation>missing; say how far the figure was verified (V1, V2, D, NV)</translation>
        </message>
        <message>
            <source>expected "%1"</source>
            <translation>expected "%1"</translation>
        </message>
        <message>
            <source>this GridShare reads version 1</source>
            <translation>this GridShare reads version 1</translation>
        </message>
        <message>
            <source>missing; every region gives every parameter</source>
            <translation>missing; every region gives every parameter</translation>
        </message>
        <message>
            <source>%1 is outside the valid range %2 .. %3</source>
            <translation>%1 is outside the valid range %2 .. %3</translation>
        </message>
        <message>
            <source>unknown parameter</source>
            <translation>unknown parameter</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>must be "ai" or "datacenters"</source>
            <translation>must be "ai" or "datacenters"</translation>
        </message>
        <message>
            <source>must be [low, high] as fractions</source>
            <translation>must be [low, high] as fractions</translation>
        </message>
        <message>
            <source>no source has the id "%1"</source>
            <translation>no source has the id "%1"</translation>
        </message>
        <message>
            <source>"%1" is not a verification level</source>
            <translation>"%1" is not a verification level</translation>
        </message>
        <message>
            <source>"%1" appears twice</source>
            <translation>"%1" appears twice</translation>
        </message>
        <message>
            <source>not a verification level</source>
            <translation>not a verification level</translation>
        </message>
        <message>
            <source>no currency has the code "%1"</source>
            <translation>no currency has the code "%1"</translation>
        </message>
        <message>
            <source>missing; every value a preset sets needs a source or an assumption</source>
            <translation>missing; every value a preset sets needs a source or an assumption</translation>
        </message>
        <message>
            <source>missing; every range a preset sets needs a source or an assumption</source>
            <translation>missing; every range a preset sets needs a source or an assumption</translation>
        </message>
        <message>
            <source>no preset has the id "%1"</source>
            <translation>no preset has the id "%1"</translation>
        </message>
        <message>
            <source>no region has the id "%1"</source>
            <translation>no region has the id "%1"</translation>
        </message>
        <message>
            <source>%1; using the built-in %2</source>
            <translation>%1; using the built-in %2</translation>
        </message>
        <message>
            <source>AI inference requests served per day from data centres on this grid, in the base year</source>
            <translation>AI inference requests served per day from data centres on this grid, in the base year</translation>
        </message>
        <message>
            <source>annual growth of requests</source>
            <translation>annual growth of requests</translation>
        </message>
        <message>
            <source>active parameters per generated token of the serving model (model size)</source>
            <translation>active parameters per generated token of the serving model (model size)</translation>
        </message>
        <message>
            <source>annual growth of active parameters</source>
            <translation>annual growth of active parameters</translation>
        </message>
        <message>
            <source>generated (output) tokens per request</source>
            <translation>generated (output) tokens per request</translation>
        </message>
        <message>
            <source>annual growth of tokens per request (longer answers, reasoning)</source>
            <translation>annual growth of tokens per request (longer answers, reasoning)</translation>
        </message>
        <message>
            <source>peak dense throughput of one accelerator</source>
            <translation>peak dense throughput of one accelerator</translation>
        </message>
        <message>
            <source>power of one accelerator including its share of the server</source>
            <translation>power of one accelerator including its share of the server</translation>
        </message>
        <message>
            <source>achieved FLOP/s divided by peak while serving</source>
            <translation>achieved FLOP/s divided by peak while serving</translation>
        </message>
        <message>
            <source>average power draw divided by maximum power</source>
            <translation>average power draw divided by maximum power</translation>
        </message>
        <message>
            <source>annual improvement of FLOP per joule (hardware and software)</source>
            <translation>annual improvement of FLOP per joule (hardware and software)</translation>
        </message>
        <message>
            <source>power usage effectiveness of the data centres</source>
            <translation>power usage effectiveness of the data centres</translation>
        </message>
        <message>
            <source>share of AI electricity that goes to training</source>
            <translation>share of AI electricity that goes to training</translation>
        </message>
        <message>
            <source>non-AI data-centre consumption in the base year</source>
            <translation>non-AI data-centre consumption in the base year</translation>
        </message>
        <message>
            <source>annual growth of non-AI data-centre consumption</source>
            <translation>annual growth of non-AI data-centre consumption</translation>
        </message>
        <message>
            <source>national electricity consumption in the base year, data centres included</source>
            <translation>national electricity consumption in the base year, data centres included</translation>
        </message>
        <message>
            <source>annual growth of national consumption other than data centres</source>
            <translation>annual growth of national consumption other than data centres</translation>
        </message>
        <message>
            <source>electricity price paid by data centres, in the scenario's currency</source>
            <translation>electricity price paid by data centres, in the scenario's currency</translation>
        </message>
        <message>
            <source>annual change of that price</source>
            <translation>annual change of that price</translation>
        </message>
        <message>
            <source>water consumed per kWh (on-site cooling plus generation)</source>
            <translation>water consumed per kWh (on-site cooling plus generation)</translation>
        </message>
        <message>
            <source>carbon intensity of the grid</source>
            <translation>carbon intensity of the grid</translation>
        </message>
        <message>
            <source>annual decline of that intensity</source>
            <translation>annual decline of that intensity</translation>
        </message>
        <message>
            <source>at the ends of the ranges the base-year data centres (%1 TWh) reach national consumption (%2 TWh); narrow the ranges</source>
            <translation>at the ends of the ranges the base-year data centres (%1 TWh) reach national consumption (%2 TWh); narrow the ranges</translation>
        </message>
        <message>
            <source>unknown currency "%1"; known: %2</source>
            <translation>unknown currency "%1"; known: %2</translation>
        </message>
        <message>
            <source>%1 is not after the base year %2</source>
            <translation>%1 is not after the base year %2</translation>
        </message>
        <message>
            <source>[%1, %2] does not contain the central value %3</source>
            <translation>[%1, %2] does not contain the central value %3</translation>
        </message>
        <message>
            <source>%1 TWh is not above the base-year data-centre total of %2 TWh</source>
            <translation>%1 TWh is not above the base-year data-centre total of %2 TWh</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>a string</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>a list</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>must be text, not %1</source>
            <translation>must be text, not %1</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>contains control characters</translation>
        </message>
        <message>
            <source>is %1 bytes long; at most %2 are accepted</source>
            <translation>is %1 bytes long; at most %2 are accepted</translation>
        </message>
        <message>
            <source>must be a number, not %1</source>
            <translation>must be a number, not %1</translation>
        </message>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 is not a whole number</translation>
        </message>
        <message>
            <source>must be an object, not %1</source>
            <translation>must be an object, not %1</translation>
        </message>
        <message>
            <source>unknown parameter; did you mean "%1"?</source>
            <translation>unknown parameter; did you mean "%1"?</translation>
        </message>
        <message>
            <source>must be a list of two numbers [low, high]</source>
            <translation>must be a list of two numbers [low, high]</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to 18446744073709551615</source>
            <translation>must be a whole number from 0 to 18446744073709551615</translation>
        </message>
        <message>
            <source>unknown field; expected "samples" or "seed"</source>
            <translation>unknown field; expected "samples" or "seed"</translation>
        </message>
        <message>
            <source>%1 is below the minimum %2</source>
            <translation>%1 is below the minimum %2</translation>
        </message>
        <message>
            <source>%1 is above the maximum %2</source>
            <translation>%1 is above the maximum %2</translation>
        </message>
        <message>
            <source>low %1 is above high %2</source>
            <translation>low %1 is above high %2</translation>
        </message>
        <message>
            <source>a scenario file must be a JSON object, not %1</source>
            <translation>a scenario file must be a JSON object, not %1</translation>
        </message>
        <message>
            <source>missing; a scenario file starts with "format": "gridshare-scenario"</source>
            <translation>missing; a scenario file starts with "format": "gridshare-scenario"</translation>
        </message>
        <message>
            <source>is %1, not "gridshare-scenario"; this is not a GridShare scenario</source>
            <translation>is %1, not "gridshare-scenario"; this is not a GridShare scenario</translation>
        </message>
        <message>
            <source>missing; expected 1</source>
            <translation>missing; expected 1</translation>
        </message>
        <message>
            <source>version %1 was written by a newer GridShare; this one reads versions up to %2</source>
            <translation>version %1 was written by a newer GridShare; this one reads versions up to %2</translation>
        </message>
        <message>
            <source>"%1" is not an ISO currency code such as "USD"</source>
            <translation>"%1" is not an ISO currency code such as "USD"</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>unknown field</translation>
        </message>
        <message>
            <source>cannot be read: no such file</source>
            <translation>cannot be read: no such file</translation>
        </message>
        <message>
            <source>cannot be read: it is a folder, not a file</source>
            <translation>cannot be read: it is a folder, not a file</translation>
        </message>
        <message>
            <source>the file is %1 bytes; at most %2 bytes are accepted</source>
            <translation>the file is %1 bytes; at most %2 bytes are accepted</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>cannot be read: %1</translation>
        </message>
        <message>
            <source>cannot be read: the read failed</source>
            <translation>cannot be read: the read failed</translation>
        </message>
        <message>
            <source>line %1, column %2: nesting deeper than %3 levels; a GridShare file is never nested this deep</source>
            <translation>line %1, column %2: nesting deeper than %3 levels; a GridShare file is never nested this deep</translation>
        </message>
        <message>
            <source>line %1, column %2: invalid UTF-8 (byte %3); save the file as UTF-8</source>
            <translation>line %1, column %2: invalid UTF-8 (byte %3); save the file as UTF-8</translation>
        </message>
        <message>
            <source>duplicate key; each key may appear once</source>
            <translation>duplicate key; each key may appear once</translation>
        </message>
        <message>
            <source>line %1, column %2: not valid JSON: %3</source>
            <translation>line %1, column %2: not valid JSON: %3</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>%1 — %2, %3–%4, costs in %5</source>
            <translation>%1 — %2, %3–%4, costs in %5</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Requests/day</source>
            <translation>Requests/day</translation>
        </message>
        <message>
            <source>Wh/request</source>
            <translation>Wh/request</translation>
        </message>
        <message>
            <source>AI TWh/yr</source>
            <translation>AI TWh/yr</translation>
        </message>
        <message>
            <source>DC TWh/yr</source>
            <translation>DC TWh/yr</translation>
        </message>
        <message>
            <source>National TWh</source>
            <translation>National TWh</translation>
        </message>
        <message>
            <source>AI share</source>
            <translation>AI share</translation>
        </message>
        <message>
            <source>DC share</source>
            <translation>DC share</translation>
        </message>
        <message>
            <source>Cost, million %1/yr</source>
            <translation>Cost, million %1/yr</translation>
        </message>
        <message>
            <source>Water, million m³</source>
            <translation>Water, million m³</translation>
        </message>
        <message>
            <source>CO2, Mt</source>
            <translation>CO2, Mt</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Uncertainty (P10 / P50 / P90 of AI share):</source>
            <translation>Uncertainty (P10 / P50 / P90 of AI share):</translation>
        </message>
        <message>
            <source>this GridShare reads versions 1 to %1</source>
            <translation>this GridShare reads versions 1 to %1</translation>
        </message>
        <message>
            <source>must be a number or [low, high]</source>
            <translation>must be a number or [low, high]</translation>
        </message>
        <message>
            <source>must satisfy 0 &lt;= low &lt;= high &lt;= %1</source>
            <translation>must satisfy 0 &lt;= low &lt;= high &lt;= %1</translation>
        </message>
        <message>
            <source>must be a date: YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>must be a date: YYYY, YYYY-MM or YYYY-MM-DD</translation>
        </message>
        <message>
            <source>must be "energy", "capacity", "average_load" or "peak"</source>
            <translation>must be "energy", "capacity", "average_load" or "peak"</translation>
        </message>
        <message>
            <source>an energy projection gives "share" or "twh", not "gw"</source>
            <translation>an energy projection gives "share" or "twh", not "gw"</translation>
        </message>
        <message>
            <source>a power projection gives "gw" only</source>
            <translation>a power projection gives "gw" only</translation>
        </message>
        <message>
            <source>must be "measurement", "estimate" or "company_statement"</source>
            <translation>must be "measurement", "estimate" or "company_statement"</translation>
        </message>
        <message>
            <source>%1: the rate must be a number from %2 to %3</source>
            <translation>%1: the rate must be a number from %2 to %3</translation>
        </message>
        <message>
            <source>must be an object naming each verification level, such as {"V1": "primary text read"}</source>
            <translation>must be an object naming each verification level, such as {"V1": "primary text read"}</translation>
        </message>
        <message>
            <source>%1 needs what this file lacks or changes: %2</source>
            <translation>%1 needs what this file lacks or changes: %2</translation>
        </message>
        <message>
            <source>%1 needs what this file lacks or changes: %2: %3</source>
            <translation>%1 needs what this file lacks or changes: %2: %3</translation>
        </message>
        <message>
            <source>using the built-in %1 instead</source>
            <translation>using the built-in %1 instead</translation>
        </message>
        <message>
            <source>average data-centre load divided by connected capacity</source>
            <translation>average data-centre load divided by connected capacity</translation>
        </message>
        <message>
            <source>the region's electricity price in %1 is %2 per kWh, outside the valid range %3 .. %4; check the exchange rate</source>
            <translation>the region's electricity price in %1 is %2 per kWh, outside the valid range %3 .. %4; check the exchange rate</translation>
        </message>
        <message>
            <source>the file gives more than %1 bytes; at most %1 bytes are accepted</source>
            <translation>the file gives more than %1 bytes; at most %1 bytes are accepted</translation>
        </message>
        <message>
            <source>cannot be read: the symbolic links in its path form a loop</source>
            <translation>cannot be read: the symbolic links in its path form a loop</translation>
        </message>
        <message>
            <source>cannot be read: the path is too long</source>
            <translation>cannot be read: the path is too long</translation>
        </message>
        <message>
            <source>cannot be read: it is a device, a pipe or a socket, not a file</source>
            <translation>cannot be read: it is a device, a pipe or a socket, not a file</translation>
        </message>
        <message>
            <source>cannot be read: it is a symbolic link, which is not followed here</source>
            <translation>cannot be read: it is a symbolic link, which is not followed here</translation>
        </message>
        <message>
            <source>Power and what the scenario implies:</source>
            <translation>Power and what the scenario implies:</translation>
        </message>
        <message>
            <source>AI GW (average)</source>
            <translation>AI GW (average)</translation>
        </message>
        <message>
            <source>DC GW (average)</source>
            <translation>DC GW (average)</translation>
        </message>
        <message>
            <source>DC GW (capacity)</source>
            <translation>DC GW (capacity)</translation>
        </message>
        <message>
            <source>Accelerators</source>
            <translation>Accelerators</translation>
        </message>
        <message>
            <source>Tokens/day</source>
            <translation>Tokens/day</translation>
        </message>
        <message>
            <source>skipped; the built-in "%1" is used in its place</source>
            <translation>skipped; the built-in "%1" is used in its place</translation>
        </message>
        <message>
            <source>skipped; the file's other entries are used</source>
            <translation>skipped; the file's other entries are used</translation>
        </message>
        <message>
            <source>%1 more entries skipped</source>
            <translation>%1 more entries skipped</translation>
        </message>
        <message>
            <source>gives one of "requests_per_day", "tokens_per_month", "accelerators" or "twh_per_year"</source>
            <translation>gives one of "requests_per_day", "tokens_per_month", "accelerators" or "twh_per_year"</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>row %1: %2</translation>
        </message>
        <message>
            <source>is not a CSV text file (UTF-8): it holds bytes that are not text</source>
            <translation>is not a CSV text file (UTF-8): it holds bytes that are not text</translation>
        </message>
        <message>
            <source>more than %1 columns</source>
            <translation>more than %1 columns</translation>
        </message>
        <message>
            <source>more than %1 rows; split the file</source>
            <translation>more than %1 rows; split the file</translation>
        </message>
        <message>
            <source>a quote inside a field that is not in quotes; put the field in quotes and double the quote ("")</source>
            <translation>a quote inside a field that is not in quotes; put the field in quotes and double the quote ("")</translation>
        </message>
        <message>
            <source>text after the closing quote of a field</source>
            <translation>text after the closing quote of a field</translation>
        </message>
        <message>
            <source>a field longer than %1 bytes</source>
            <translation>a field longer than %1 bytes</translation>
        </message>
        <message>
            <source>a quoted field is not closed</source>
            <translation>a quoted field is not closed</translation>
        </message>
        <message>
            <source>row %1, column %2: %3</source>
            <translation>row %1, column %2: %3</translation>
        </message>
        <message>
            <source>is empty; it is required</source>
            <translation>is empty; it is required</translation>
        </message>
        <message>
            <source>is longer than %1 bytes</source>
            <translation>is longer than %1 bytes</translation>
        </message>
        <message>
            <source>holds a line break or a control character</source>
            <translation>holds a line break or a control character</translation>
        </message>
        <message>
            <source>"%1" is not a number such as 0.22 or 22%</source>
            <translation>"%1" is not a number such as 0.22 or 22%</translation>
        </message>
        <message>
            <source>"%1" is not a number such as 42.5</source>
            <translation>"%1" is not a number such as 42.5</translation>
        </message>
        <message>
            <source>%1 is more than 1: write a share as a fraction (0.22) or with a percent sign (22%)</source>
            <translation>%1 is more than 1: write a share as a fraction (0.22) or with a percent sign (22%)</translation>
        </message>
        <message>
            <source>give either %1 or %2 and %3, not both</source>
            <translation>give either %1 or %2 and %3, not both</translation>
        </message>
        <message>
            <source>is empty; a range needs both %1 and %2</source>
            <translation>is empty; a range needs both %1 and %2</translation>
        </message>
        <message>
            <source>must be more than 0 and at most %1</source>
            <translation>must be more than 0 and at most %1</translation>
        </message>
        <message>
            <source>%1 is below %2's %3</source>
            <translation>%1 is below %2's %3</translation>
        </message>
        <message>
            <source>no region is called "%1" (gridshare regions lists them)</source>
            <translation>no region is called "%1" (gridshare regions lists them)</translation>
        </message>
        <message>
            <source>"%1" is not a web address starting with https:// or http://</source>
            <translation>"%1" is not a web address starting with https:// or http://</translation>
        </message>
        <message>
            <source>"%1" is not a date: YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>"%1" is not a date: YYYY, YYYY-MM or YYYY-MM-DD</translation>
        </message>
        <message>
            <source>"%1" is not a year from %2 to %3</source>
            <translation>"%1" is not a year from %2 to %3</translation>
        </message>
        <message>
            <source>"%1" is not "datacenters" or "ai"</source>
            <translation>"%1" is not "datacenters" or "ai"</translation>
        </message>
        <message>
            <source>"%1" is not "energy", "capacity", "average_load" or "peak"</source>
            <translation>"%1" is not "energy", "capacity", "average_load" or "peak"</translation>
        </message>
        <message>
            <source>"%1" is not a verification level (V1, V2, D or NV)</source>
            <translation>"%1" is not a verification level (V1, V2, D or NV)</translation>
        </message>
        <message>
            <source>an energy projection gives share or twh; set measure to capacity, average_load or peak for GW</source>
            <translation>an energy projection gives share or twh; set measure to capacity, average_load or peak for GW</translation>
        </message>
        <message>
            <source>is empty, and so is twh: give at least one of them</source>
            <translation>is empty, and so is twh: give at least one of them</translation>
        </message>
        <message>
            <source>a power projection gives gw only</source>
            <translation>a power projection gives gw only</translation>
        </message>
        <message>
            <source>is empty; a power projection needs gw</source>
            <translation>is empty; a power projection needs gw</translation>
        </message>
        <message>
            <source>is not a GridShare %1 file</source>
            <translation>is not a GridShare %1 file</translation>
        </message>
        <message>
            <source>is empty: the first row names the columns</source>
            <translation>is empty: the first row names the columns</translation>
        </message>
        <message>
            <source>row 1, column %1: not a column of this format; the columns are %2</source>
            <translation>row 1, column %1: not a column of this format; the columns are %2</translation>
        </message>
        <message>
            <source>row 1, column %1: named twice</source>
            <translation>row 1, column %1: named twice</translation>
        </message>
        <message>
            <source>row 1: the column %1 is missing</source>
            <translation>row 1: the column %1 is missing</translation>
        </message>
        <message>
            <source>row %1: the same source, region, year, scope and measure as row %2</source>
            <translation>row %1: the same source, region, year, scope and measure as row %2</translation>
        </message>
        <message>
            <source>row %1: skipped; the other rows are imported</source>
            <translation>row %1: skipped; the other rows are imported</translation>
        </message>
        <message>
            <source>is version %1; imported projections need version %2</source>
            <translation>is version %1; imported projections need version %2</translation>
        </message>
        <message>
            <source>is "%1", but the scenario's region is "%2"</source>
            <translation>is "%1", but the scenario's region is "%2"</translation>
        </message>
        <message>
            <source>must be a list, not %1</source>
            <translation>must be a list, not %1</translation>
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>CNY</source>
            <translation>CNY</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
    </context>
    <context>
        <name>CurrencySelector</name>
        <message>
            <source>1 USD = %1 %2 · %3</source>
            <translation>1 USD = %1 %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>Data</name>
        <message>
            <source>US 2024 baseline</source>
            <translation>US 2024 baseline</translation>
        </message>
        <message>
            <source>ChatGPT 2024 (seed article)</source>
            <translation>ChatGPT 2024 (seed article)</translation>
        </message>
        <message>
            <source>Efficient inference 2025</source>
            <translation>Efficient inference 2025</translation>
        </message>
        <message>
            <source>Arm CEO's 20-25% claim</source>
            <translation>Arm CEO's 20-25% claim</translation>
        </message>
        <message>
            <source>China 2024</source>
            <translation>China 2024</translation>
        </message>
        <message>
            <source>AI in every Google search (de Vries)</source>
            <translation>AI in every Google search (de Vries)</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>United States</translation>
        </message>
        <message>
            <source>China</source>
            <translation>China</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>European Union</translation>
        </message>
        <message>
            <source>World</source>
            <translation>World</translation>
        </message>
        <message>
            <source>LBNL 2024 report</source>
            <translation>LBNL 2024 report</translation>
        </message>
        <message>
            <source>EPRI Powering Intelligence 2024</source>
            <translation>EPRI Powering Intelligence 2024</translation>
        </message>
        <message>
            <source>BCG 2023</source>
            <translation>BCG 2023</translation>
        </message>
        <message>
            <source>Goldman Sachs 2024</source>
            <translation>Goldman Sachs 2024</translation>
        </message>
        <message>
            <source>Arm CEO Rene Haas, Apr 2024</source>
            <translation>Arm CEO Rene Haas, Apr 2024</translation>
        </message>
        <message>
            <source>IEA Electricity 2024</source>
            <translation>IEA Electricity 2024</translation>
        </message>
        <message>
            <source>IEA Energy and AI 2025</source>
            <translation>IEA Energy and AI 2025</translation>
        </message>
        <message>
            <source>primary text read</source>
            <translation>primary text read</translation>
        </message>
        <message>
            <source>secondary text quoting the primary</source>
            <translation>secondary text quoting the primary</translation>
        </message>
        <message>
            <source>derived from cited figures</source>
            <translation>derived from cited figures</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>not verified</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>US dollar</translation>
        </message>
        <message>
            <source>Chinese yuan</source>
            <translation>Chinese yuan</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>EPRI 2026 range (9-17%)</source>
            <translation>EPRI 2026 range (9-17%)</translation>
        </message>
        <message>
            <source>LBNL 2025 update</source>
            <translation>LBNL 2025 update</translation>
        </message>
        <message>
            <source>EPRI analysis, February 2026</source>
            <translation>EPRI analysis, February 2026</translation>
        </message>
        <message>
            <source>Goldman Sachs 2025</source>
            <translation>Goldman Sachs 2025</translation>
        </message>
        <message>
            <source>McKinsey 2024</source>
            <translation>McKinsey 2024</translation>
        </message>
        <message>
            <source>Gartner 2025</source>
            <translation>Gartner 2025</translation>
        </message>
        <message>
            <source>BloombergNEF, April 2025</source>
            <translation>BloombergNEF, April 2025</translation>
        </message>
        <message>
            <source>BloombergNEF, December 2025</source>
            <translation>BloombergNEF, December 2025</translation>
        </message>
        <message>
            <source>Grid Strategies 2025</source>
            <translation>Grid Strategies 2025</translation>
        </message>
        <message>
            <source>State Grid Energy Research Institute 2021</source>
            <translation>State Grid Energy Research Institute 2021</translation>
        </message>
        <message>
            <source>China government figures (via Carbon Brief)</source>
            <translation>China government figures (via Carbon Brief)</translation>
        </message>
        <message>
            <source>Goldman Sachs via Bloomberg (Carbon Brief)</source>
            <translation>Goldman Sachs via Bloomberg (Carbon Brief)</translation>
        </message>
        <message>
            <source>S&amp;P Global 2025</source>
            <translation>S&amp;P Global 2025</translation>
        </message>
        <message>
            <source>BloombergNEF, March 2025</source>
            <translation>BloombergNEF, March 2025</translation>
        </message>
        <message>
            <source>Greenpeace East Asia and NCEPU 2019</source>
            <translation>Greenpeace East Asia and NCEPU 2019</translation>
        </message>
        <message>
            <source>Greenpeace East Asia 2021</source>
            <translation>Greenpeace East Asia 2021</translation>
        </message>
        <message>
            <source>JRC 2024</source>
            <translation>JRC 2024</translation>
        </message>
        <message>
            <source>European Commission study 2020</source>
            <translation>European Commission study 2020</translation>
        </message>
        <message>
            <source>European Commission 2025 (IEA estimate)</source>
            <translation>European Commission 2025 (IEA estimate)</translation>
        </message>
        <message>
            <source>Kiel Institute 2025</source>
            <translation>Kiel Institute 2025</translation>
        </message>
        <message>
            <source>IEA Key Questions 2026</source>
            <translation>IEA Key Questions 2026</translation>
        </message>
        <message>
            <source>de Vries 2023</source>
            <translation>de Vries 2023</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI (Altman)</source>
            <translation>OpenAI (Altman)</translation>
        </message>
        <message>
            <source>Epoch AI</source>
            <translation>Epoch AI</translation>
        </message>
        <message>
            <source>Microsoft (Oviedo et al.)</source>
            <translation>Microsoft (Oviedo et al.)</translation>
        </message>
        <message>
            <source>Microsoft (Oviedo et al.), long reasoning</source>
            <translation>Microsoft (Oviedo et al.), long reasoning</translation>
        </message>
        <message>
            <source>Jegham et al.</source>
            <translation>Jegham et al.</translation>
        </message>
        <message>
            <source>de Vries</source>
            <translation>de Vries</translation>
        </message>
        <message>
            <source>Seed article</source>
            <translation>Seed article</translation>
        </message>
        <message>
            <source>ChatGPT prompts</source>
            <translation>ChatGPT prompts</translation>
        </message>
        <message>
            <source>ChatGPT prompts from the US</source>
            <translation>ChatGPT prompts from the US</translation>
        </message>
        <message>
            <source>Google AI tokens</source>
            <translation>Google AI tokens</translation>
        </message>
        <message>
            <source>The reference currency.</source>
            <translation>The reference currency.</translation>
        </message>
        <message>
            <source>2023 annual average.</source>
            <translation>2023 annual average.</translation>
        </message>
        <message>
            <source>"每天需要处理超过2亿次请求"; de Vries (2023) gives 195 million.</source>
            <translation>"每天需要处理超过2亿次请求"; de Vries (2023) gives 195 million.</translation>
        </message>
        <message>
            <source>Chosen so the engine gives the article's 2.5 Wh per request (500,000 kWh / 200 million) on Epoch's hardware: about 8 times Epoch's 500-token answer.</source>
            <translation>Chosen so the engine gives the article's 2.5 Wh per request (500,000 kWh / 200 million) on Epoch's hardware: about 8 times Epoch's 500-token answer.</translation>
        </message>
        <message>
            <source>The article's 500,000 kWh a day is serving only.</source>
            <translation>The article's 500,000 kWh a day is serving only.</translation>
        </message>
        <message>
            <source>US commercial 0.147 USD = 1.06 CNY per kWh, the article's conversion.</source>
            <translation>US commercial 0.147 USD = 1.06 CNY per kWh, the article's conversion.</translation>
        </message>
        <message>
            <source>Google reported 33x in one year; 50% a year is a sustained pace well below that (assumption).</source>
            <translation>Google reported 33x in one year; 50% a year is a sustained pace well below that (assumption).</translation>
        </message>
        <message>
            <source>From a slow 20% a year to a doubling every year.</source>
            <translation>From a slow 20% a year to a doubling every year.</translation>
        </message>
        <message>
            <source>From 25% to 100% a year.</source>
            <translation>From 25% to 100% a year.</translation>
        </message>
        <message>
            <source>Chosen so the engine gives 8.9 Wh per search (the high end of de Vries's 6.9-8.9 Wh) on Epoch's hardware.</source>
            <translation>Chosen so the engine gives 8.9 Wh per search (the high end of de Vries's 6.9-8.9 Wh) on Epoch's hardware.</translation>
        </message>
        <message>
            <source>Held flat: the case is a what-if for one year, repeated.</source>
            <translation>Held flat: the case is a what-if for one year, repeated.</translation>
        </message>
        <message>
            <source>Held flat, as above.</source>
            <translation>Held flat, as above.</translation>
        </message>
        <message>
            <source>The estimate counts serving only.</source>
            <translation>The estimate counts serving only.</translation>
        </message>
        <message>
            <source>just under 3%</source>
            <translation>just under 3%</translation>
        </message>
        <message>
            <source>Active parameters held flat: mixture-of-experts models grow in total, not active, size.</source>
            <translation>Active parameters held flat: mixture-of-experts models grow in total, not active, size.</translation>
        </message>
        <message>
            <source>Answers grow 20% longer a year as reasoning models spread.</source>
            <translation>Answers grow 20% longer a year as reasoning models spread.</translation>
        </message>
        <message>
            <source>NVIDIA H100, dense BF16.</source>
            <translation>NVIDIA H100, dense BF16.</translation>
        </message>
        <message>
            <source>H100 (700 W TDP) plus its share of the server.</source>
            <translation>H100 (700 W TDP) plus its share of the server.</translation>
        </message>
        <message>
            <source>FLOP per joule improves 30% a year; NVIDIA's 25x for GB200 and Google's 33x in one year are one-off steps, not trends.</source>
            <translation>FLOP per joule improves 30% a year; NVIDIA's 25x for GB200 and Google's 33x in one year are one-off steps, not trends.</translation>
        </message>
        <message>
            <source>Retail sales plus direct use, 2024.</source>
            <translation>Retail sales plus direct use, 2024.</translation>
        </message>
        <message>
            <source>Low end of EIA's 0.9-1.6% a year, because EIA's total includes the data centres grown separately here.</source>
            <translation>Low end of EIA's 0.9-1.6% a year, because EIA's total includes the data centres grown separately here.</translation>
        </message>
        <message>
            <source>Industrial price, 2023: what large data centres pay.</source>
            <translation>Industrial price, 2023: what large data centres pay.</translation>
        </message>
        <message>
            <source>Real prices held flat: costs are in 2023 money.</source>
            <translation>Real prices held flat: costs are in 2023 money.</translation>
        </message>
        <message>
            <source>The grid's carbon intensity falls 2% a year as renewables grow.</source>
            <translation>The grid's carbon intensity falls 2% a year as renewables grow.</translation>
        </message>
        <message>
            <source>Active parameters held flat, as for the US.</source>
            <translation>Active parameters held flat, as for the US.</translation>
        </message>
        <message>
            <source>As for the US: answers grow 20% longer a year.</source>
            <translation>As for the US: answers grow 20% longer a year.</translation>
        </message>
        <message>
            <source>H100-class accelerator.</source>
            <translation>H100-class accelerator.</translation>
        </message>
        <message>
            <source>As for the US: 30% a year.</source>
            <translation>As for the US: 30% a year.</translation>
        </message>
        <message>
            <source>0.088 USD per kWh at 7.0809 CNY per USD (Federal Reserve G.5A, 2023).</source>
            <translation>0.088 USD per kWh at 7.0809 CNY per USD (Federal Reserve G.5A, 2023).</translation>
        </message>
        <message>
            <source>Real prices held flat.</source>
            <translation>Real prices held flat.</translation>
        </message>
        <message>
            <source>Falls 3% a year with rapid wind and solar build-out.</source>
            <translation>Falls 3% a year with rapid wind and solar build-out.</translation>
        </message>
        <message>
            <source>A typical EU household's use; not checked here.</source>
            <translation>A typical EU household's use; not checked here.</translation>
        </message>
        <message>
            <source>2024 generation, used for consumption (net imports are small).</source>
            <translation>2024 generation, used for consumption (net imports are small).</translation>
        </message>
        <message>
            <source>EU demand has been flat for a decade; electrification adds about 1% a year.</source>
            <translation>EU demand has been flat for a decade; electrification adds about 1% a year.</translation>
        </message>
        <message>
            <source>Large non-household users in 2024 paid roughly 0.12-0.20 EUR/kWh; not checked here.</source>
            <translation>Large non-household users in 2024 paid roughly 0.12-0.20 EUR/kWh; not checked here.</translation>
        </message>
        <message>
            <source>Falls 5% a year as coal closes.</source>
            <translation>Falls 5% a year as coal closes.</translation>
        </message>
        <message>
            <source>A rough world-average household; the comparison is for talks only.</source>
            <translation>A rough world-average household; the comparison is for talks only.</translation>
        </message>
        <message>
            <source>A round world figure between China's 0.088 and the EU's 0.15-0.20 per kWh.</source>
            <translation>A round world figure between China's 0.088 and the EU's 0.15-0.20 per kWh.</translation>
        </message>
        <message>
            <source>Falls 2% a year as renewables grow, the pace assumed for the US.</source>
            <translation>Falls 2% a year as renewables grow, the pace assumed for the US.</translation>
        </message>
        <message>
            <source>The article says GPT-3's training took "128.7 度"; its source (Patterson et al. 2021) says 1,287 MWh, that is 128.7 万度.</source>
            <translation>The article says GPT-3's training took "128.7 度"; its source (Patterson et al. 2021) says 1,287 MWh, that is 128.7 万度.</translation>
        </message>
        <message>
            <source>"Just under 3%".</source>
            <translation>"Just under 3%".</translation>
        </message>
        <message>
            <source>"Nearly 600 TWh" by 2030, reported in early 2025 (month not verified).</source>
            <translation>"Nearly 600 TWh" by 2030, reported in early 2025 (month not verified).</translation>
        </message>
        <message>
            <source>"Over 8%", from 4% in 2023; dated by the press report (September 2025).</source>
            <translation>"Over 8%", from 4% in 2023; dated by the press report (September 2025).</translation>
        </message>
        <message>
            <source>0.43 Wh in the paper's second version; 0.42 Wh in the revised one.</source>
            <translation>0.43 Wh in the paper's second version; 0.42 Wh in the revised one.</translation>
        </message>
        <message>
            <source>14,942亿 kWh of residential use in 2024 (NEA) over 494.16 million family households (2020 census).</source>
            <translation>14,942亿 kWh of residential use in 2024 (NEA) over 494.16 million family households (2020 census).</translation>
        </message>
        <message>
            <source>140 TWh growing about 20% a year, as S&amp;P Global expects.</source>
            <translation>140 TWh growing about 20% a year, as S&amp;P Global expects.</translation>
        </message>
        <message>
            <source>15 GW of 470 GW average demand in 2023, 45 GW of 567 GW in 2030.</source>
            <translation>15 GW of 470 GW average demand in 2023, 45 GW of 567 GW in 2030.</translation>
        </message>
        <message>
            <source>330 million of them from the United States.</source>
            <translation>330 million of them from the United States.</translation>
        </message>
        <message>
            <source>36% above the April 2025 outlook; about 40 GW now.</source>
            <translation>36% above the April 2025 outlook; about 40 GW now.</translation>
        </message>
        <message>
            <source>39% and 73% a year give about 9% and 17% in 2030.</source>
            <translation>39% and 73% a year give about 9% and 17% in 2030.</translation>
        </message>
        <message>
            <source>399 and 565 tokens give 0.24 Wh (Google, measured) and 0.34 Wh (OpenAI, stated) on Epoch's hardware.</source>
            <translation>399 and 565 tokens give 0.24 Wh (Google, measured) and 0.34 Wh (OpenAI, stated) on Epoch's hardware.</translation>
        </message>
        <message>
            <source>415 TWh plus the 17% rise IEA reports for 2025.</source>
            <translation>415 TWh plus the 17% rise IEA reports for 2025.</translation>
        </message>
        <message>
            <source>782 TWh for data centres and 5G base stations less 297 TWh for the base stations.</source>
            <translation>782 TWh for data centres and 5G base stations less 297 TWh for the base stations.</translation>
        </message>
        <message>
            <source>8.6% of US electricity demand in 2035.</source>
            <translation>8.6% of US electricity demand in 2035.</translation>
        </message>
        <message>
            <source>A conditional warning ("if progress isn't made"), not a forecast.</source>
            <translation>A conditional warning ("if progress isn't made"), not a forecast.</translation>
        </message>
        <message>
            <source>A conditional warning, not a forecast; its "4% today" is the share of all data centres, not of AI alone.</source>
            <translation>A conditional warning, not a forecast; its "4% today" is the share of all data centres, not of AI alone.</translation>
        </message>
        <message>
            <source>AI servers worldwide.</source>
            <translation>AI servers worldwide.</translation>
        </message>
        <message>
            <source>AI-optimised servers.</source>
            <translation>AI-optimised servers.</translation>
        </message>
        <message>
            <source>About 9 billion Google searches a day, worldwide.</source>
            <translation>About 9 billion Google searches a day, worldwide.</translation>
        </message>
        <message>
            <source>Abstract read; the release month (June 2026) comes from a press report.</source>
            <translation>Abstract read; the release month (June 2026) comes from a press report.</translation>
        </message>
        <message>
            <source>As for the US: below Google's 2019-2021 40% because IEA (2026) says AI's energy has shifted decisively to inference.</source>
            <translation>As for the US: below Google's 2019-2021 40% because IEA (2026) says AI's energy has shifted decisively to inference.</translation>
        </message>
        <message>
            <source>Average residential customer, 2022; the seed article's "17,000 households" matches it. EIA gave 10,715 kWh for 2020.</source>
            <translation>Average residential customer, 2022; the seed article's "17,000 households" matches it. EIA gave 10,715 kWh for 2020.</translation>
        </message>
        <message>
            <source>China's grid, 2024 (Ember); not found in the text read here. Ember's 2023 figure, 582 g, was read and the intensity is falling.</source>
            <translation>China's grid, 2024 (Ember); not found in the text read here. Ember's 2023 figure, 582 g, was read and the intensity is falling.</translation>
        </message>
        <message>
            <source>Chosen so AI electricity grows 30% a year, IEA's rate for accelerated servers, with answers 20% longer and FLOP per joule 30% better each year.</source>
            <translation>Chosen so AI electricity grows 30% a year, IEA's rate for accelerated servers, with answers 20% longer and FLOP per joule 30% better each year.</translation>
        </message>
        <message>
            <source>Chosen so AI electricity grows about 36% a year, the pace of Gartner's AI-optimised servers (93 to 432 TWh, 2025-2030), with answers 20% longer and FLOP per joule 30% better each year. IEA's worldwide 30% would leave the US below LBNL's 2028 low case (325 TWh).</source>
            <translation>Chosen so AI electricity grows about 36% a year, the pace of Gartner's AI-optimised servers (93 to 432 TWh, 2025-2030), with answers 20% longer and FLOP per joule 30% better each year. IEA's worldwide 30% would leave the US below LBNL's 2028 low case (325 TWh).</translation>
        </message>
        <message>
            <source>Data centres, cryptocurrencies and AI together.</source>
            <translation>Data centres, cryptocurrencies and AI together.</translation>
        </message>
        <message>
            <source>Data centres, cryptocurrencies and AI together; base case just over 800 TWh.</source>
            <translation>Data centres, cryptocurrencies and AI together; base case just over 800 TWh.</translation>
        </message>
        <message>
            <source>Data-centre power demand; average hourly demand 16 GWh.</source>
            <translation>Data-centre power demand; average hourly demand 16 GWh.</translation>
        </message>
        <message>
            <source>Data-centre shares are of China's whole-society consumption (NEA). There is no official metered data-centre series: estimates for 2024 run from about 100 TWh (IEA) to 140 TWh (S&amp;P Global).</source>
            <translation>Data-centre shares are of China's whole-society consumption (NEA). There is no official metered data-centre series: estimates for 2024 run from about 100 TWh (IEA) to 140 TWh (S&amp;P Global).</translation>
        </message>
        <message>
            <source>Data-centre shares are of EU generation (about 2,730 TWh in 2024, Ember), used for consumption because net imports are small.</source>
            <translation>Data-centre shares are of EU generation (about 2,730 TWh in 2024, Ember), used for consumption because net imports are small.</translation>
        </message>
        <message>
            <source>Data-centre shares are of US consumption (retail sales plus direct use, EIA), the denominator LBNL and EPRI use.</source>
            <translation>Data-centre shares are of US consumption (retail sales plus direct use, EIA), the denominator LBNL and EPRI use.</translation>
        </message>
        <message>
            <source>Data-centre shares are of world end-use consumption on IEA's basis (about 27,700 TWh in 2024), so they match IEA's published shares; Ember's generation-based 30,856 TWh is larger.</source>
            <translation>Data-centre shares are of world end-use consumption on IEA's basis (about 27,700 TWh in 2024), so they match IEA's published shares; Ember's generation-based 30,856 TWh is larger.</translation>
        </message>
        <message>
            <source>EEA: EU electricity in 2023 was 58% less carbon-intensive than in 1990 (510 g/kWh); 2024 is lower still.</source>
            <translation>EEA: EU electricity in 2023 was 58% less carbon-intensive than in 1990 (510 g/kWh); 2024 is lower still.</translation>
        </message>
        <message>
            <source>EIA's FAQ gave 10,715 kWh for 2020 (read); the 2022 figure was not found in the text read here.</source>
            <translation>EIA's FAQ gave 10,715 kWh for 2020 (read); the 2022 figure was not found in the text read here.</translation>
        </message>
        <message>
            <source>EIA's forecast for 2025 (October 2025 edition).</source>
            <translation>EIA's forecast for 2025 (October 2025 edition).</translation>
        </message>
        <message>
            <source>Ember's demand is generation plus net imports, so it is larger than the end-use consumption IEA divides by. The 2023 and 2024 demand figures come from two editions, which is why they imply +4.7% rather than the +4.0% Ember reports.</source>
            <translation>Ember's demand is generation plus net imports, so it is larger than the end-use consumption IEA divides by. The 2023 and 2024 demand figures come from two editions, which is why they imply +4.7% rather than the +4.0% Ember reports.</translation>
        </message>
        <message>
            <source>Epoch's assumption for AI data centres; China's average was 1.48 in 2023 (BloombergNEF, via Caixin).</source>
            <translation>Epoch's assumption for AI data centres; China's average was 1.48 in 2023 (BloombergNEF, via Caixin).</translation>
        </message>
        <message>
            <source>Epoch's assumption for hyperscale AI data centres; the industry average is 1.54-1.58 (Uptime 2023, 2025), Google's fleet 1.09.</source>
            <translation>Epoch's assumption for hyperscale AI data centres; the industry average is 1.54-1.58 (Uptime 2023, 2025), Google's fleet 1.09.</translation>
        </message>
        <message>
            <source>Epoch's assumption, not a measurement.</source>
            <translation>Epoch's assumption, not a measurement.</translation>
        </message>
        <message>
            <source>Epoch's assumption: average power is 70% of peak.</source>
            <translation>Epoch's assumption: average power is 70% of peak.</translation>
        </message>
        <message>
            <source>Europe, a wider region than the EU.</source>
            <translation>Europe, a wider region than the EU.</translation>
        </message>
        <message>
            <source>Europe.</source>
            <translation>Europe.</translation>
        </message>
        <message>
            <source>Found by goal seek: with every other US default, 60% a year puts data centres at about 13% of US electricity in 2030, the middle of EPRI's 9-17%.</source>
            <translation>Found by goal seek: with every other US default, 60% a year puts data centres at about 13% of US electricity in 2030, the middle of EPRI's 9-17%.</translation>
        </message>
        <message>
            <source>Found by goal seek: with every other US default, 96% a year puts AI at about 22.5% of US electricity in 2030, the middle of 20-25%.</source>
            <translation>Found by goal seek: with every other US default, 96% a year puts AI at about 22.5% of US electricity in 2030, the middle of 20-25%.</translation>
        </message>
        <message>
            <source>Four scenarios, 3.7-15% growth a year from about 152 TWh in 2023.</source>
            <translation>Four scenarios, 3.7-15% growth a year from about 152 TWh in 2023.</translation>
        </message>
        <message>
            <source>From 1-2% in 2023; dated by the press report (September 2025).</source>
            <translation>From 1-2% in 2023; dated by the press report (September 2025).</translation>
        </message>
        <message>
            <source>Google's 2019-2021 split was about 40% training (Patterson et al. 2022; the split itself not verified here); IEA (2026) says AI's energy has "shifted decisively from training to inference", and no measured 2024 share exists.</source>
            <translation>Google's 2019-2021 split was about 40% training (Patterson et al. 2022; the split itself not verified here); IEA (2026) says AI's energy has "shifted decisively from training to inference", and no measured 2024 share exists.</translation>
        </message>
        <message>
            <source>IEA expects world demand to grow 3.9% a year in 2025-2027, data centres included; without them about 3.7%.</source>
            <translation>IEA expects world demand to grow 3.9% a year in 2025-2027, data centres included; without them about 3.7%.</translation>
        </message>
        <message>
            <source>IEA's 102 TWh for China's data centres in 2024 less the default AI load (20.39 TWh).</source>
            <translation>IEA's 102 TWh for China's data centres in 2024 less the default AI load (20.39 TWh).</translation>
        </message>
        <message>
            <source>IEA's 183 TWh for US data centres in 2024 less the default AI load (36.08 TWh).</source>
            <translation>IEA's 183 TWh for US data centres in 2024 less the default AI load (36.08 TWh).</translation>
        </message>
        <message>
            <source>IEA's 415 TWh for 2024 less the default AI load (83.13 TWh).</source>
            <translation>IEA's 415 TWh for 2024 less the default AI load (83.13 TWh).</translation>
        </message>
        <message>
            <source>IEA's 70 TWh for EU data centres in 2024, as the Commission quotes it, less the default AI load (10.51 TWh).</source>
            <translation>IEA's 70 TWh for EU data centres in 2024, as the Commission quotes it, less the default AI load (10.51 TWh).</translation>
        </message>
        <message>
            <source>IEA's denominator: its 415 TWh is "around 1.5%" of global electricity consumption, so about 27,700 TWh of end-use consumption. Ember's 30,856 TWh counts generation plus imports and would make every share about 10% smaller than IEA's.</source>
            <translation>IEA's denominator: its 415 TWh is "around 1.5%" of global electricity consumption, so about 27,700 TWh of end-use consumption. Ember's 30,856 TWh counts generation plus imports and would make every share about 10% smaller than IEA's.</translation>
        </message>
        <message>
            <source>IEA: conventional servers grow about 9% a year (52% from 2025 to 2030).</source>
            <translation>IEA: conventional servers grow about 9% a year (52% from 2025 to 2030).</translation>
        </message>
        <message>
            <source>IEA: conventional servers' electricity grows 52% from 2025 to 2030, about 9% a year; EPRI's old 5% was the rate of all data-centre load, not of the non-AI part.</source>
            <translation>IEA: conventional servers' electricity grows 52% from 2025 to 2030, about 9% a year; EPRI's old 5% was the rate of all data-centre load, not of the non-AI part.</translation>
        </message>
        <message>
            <source>LBNL 2024 pairs 325 TWh with 74 GW and 580 TWh with 132 GW of capacity for US data centres in 2028: 325 / 8.76 / 74 = 0.50 and 580 / 8.76 / 132 = 0.50.</source>
            <translation>LBNL 2024 pairs 325 TWh with 74 GW and 580 TWh with 132 GW of capacity for US data centres in 2028: 325 / 8.76 / 74 = 0.50 and 580 / 8.76 / 132 = 0.50.</translation>
        </message>
        <message>
            <source>LBNL 2024's US ratio of average load to capacity (325 TWh with 74 GW, 580 TWh with 132 GW: 0.50); no figure for this region in the sources.</source>
            <translation>LBNL 2024's US ratio of average load to capacity (325 TWh with 74 GW, 580 TWh with 132 GW: 0.50); no figure for this region in the sources.</translation>
        </message>
        <message>
            <source>Measured by Google in its own fleet; Google says the figures are not verified by an independent third party. Water is on-site only.</source>
            <translation>Measured by Google in its own fleet; Google says the figures are not verified by an independent third party. Water is on-site only.</translation>
        </message>
        <message>
            <source>Measured by Google in its own fleet; not verified by a third party. 0.10 Wh for the accelerators alone.</source>
            <translation>Measured by Google in its own fleet; not verified by a third party. 0.10 Wh for the accelerators alone.</translation>
        </message>
        <message>
            <source>Medium scenario.</source>
            <translation>Medium scenario.</translation>
        </message>
        <message>
            <source>NEA publishes growth rates for internet and IT services but no data-centre total.</source>
            <translation>NEA publishes growth rates for internet and IT services but no data-centre total.</translation>
        </message>
        <message>
            <source>National consumption grew 5.0% in 2025 (103,682亿 kWh).</source>
            <translation>National consumption grew 5.0% in 2025 (103,682亿 kWh).</translation>
        </message>
        <message>
            <source>No EU figure was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>No EU figure was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</translation>
        </message>
        <message>
            <source>No figure for China was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>No figure for China was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</translation>
        </message>
        <message>
            <source>No world figure was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>No world figure was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on China's grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 20% of China's 102 TWh of data centres, the middle of the published shares; no China-specific share was found.</source>
            <translation>Not a count of requests: all AI work on China's grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 20% of China's 102 TWh of data centres, the middle of the published shares; no China-specific share was found.</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on the EU grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 15% of the EU's 70 TWh of data centres: the low end of the published shares (IEA's accelerated servers without overhead), as Europe hosts fewer accelerators than the US.</source>
            <translation>Not a count of requests: all AI work on the EU grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 15% of the EU's 70 TWh of data centres: the low end of the published shares (IEA's accelerated servers without overhead), as Europe hosts fewer accelerators than the US.</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on the US grid in 2024 (chat, search, recommendation, enterprise use, idle capacity) expressed as typical 0.3 Wh requests, chosen so AI is 20% of the 183 TWh of US data centres. Published AI shares run from 10-20% (EPRI, US, 2024) and 14% (Goldman Sachs) to 21% (Gartner, 2025); 20% is their middle. For scale, ChatGPT served 2.5 billion prompts a day worldwide in July 2025.</source>
            <translation>Not a count of requests: all AI work on the US grid in 2024 (chat, search, recommendation, enterprise use, idle capacity) expressed as typical 0.3 Wh requests, chosen so AI is 20% of the 183 TWh of US data centres. Published AI shares run from 10-20% (EPRI, US, 2024) and 14% (Goldman Sachs) to 21% (Gartner, 2025); 20% is their middle. For scale, ChatGPT served 2.5 billion prompts a day worldwide in July 2025.</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work worldwide in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 20% of the world's 415 TWh of data centres, the middle of the published shares (14% Goldman Sachs, 21% Gartner for 2025).</source>
            <translation>Not a count of requests: all AI work worldwide in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 20% of the world's 415 TWh of data centres, the middle of the published shares (14% Goldman Sachs, 21% Gartner for 2025).</translation>
        </message>
        <message>
            <source>Over 1.3 quadrillion tokens a month across Google's AI products, input and output together.</source>
            <translation>Over 1.3 quadrillion tokens a month across Google's AI products, input and output together.</translation>
        </message>
        <message>
            <source>Over 2.5 billion prompts a day worldwide, OpenAI to Axios, July 2025.</source>
            <translation>Over 2.5 billion prompts a day worldwide, OpenAI to Axios, July 2025.</translation>
        </message>
        <message>
            <source>Planned data centres; up to about 5% of EU consumption.</source>
            <translation>Planned data centres; up to about 5% of EU consumption.</translation>
        </message>
        <message>
            <source>Published by Carbon Brief in April 2025; the government document's own date is not verified.</source>
            <translation>Published by Carbon Brief in April 2025; the government document's own date is not verified.</translation>
        </message>
        <message>
            <source>Read in a syndicated copy; the underlying government document was not read.</source>
            <translation>Read in a syndicated copy; the underlying government document was not read.</translation>
        </message>
        <message>
            <source>Read in press reports of the April 2026 release; EIA's own pages were not read.</source>
            <translation>Read in press reports of the April 2026 release; EIA's own pages were not read.</translation>
        </message>
        <message>
            <source>Read in press reports of the October 2025 and earlier editions (Reuters); the 2024 total is the same in each.</source>
            <translation>Read in press reports of the October 2025 and earlier editions (Reuters); the 2024 total is the same in each.</translation>
        </message>
        <message>
            <source>Read in press reprints of the release (The Nation, CRN India, Express Computer).</source>
            <translation>Read in press reprints of the release (The Nation, CRN India, Express Computer).</translation>
        </message>
        <message>
            <source>Read in press summaries (eFXdata, Axios). The year of the "3%" starting point is not verified.</source>
            <translation>Read in press summaries (eFXdata, Axios). The year of the "3%" starting point is not verified.</translation>
        </message>
        <message>
            <source>Read in secondary reports (Current Climate, IET, Sipoch).</source>
            <translation>Read in secondary reports (Current Climate, IET, Sipoch).</translation>
        </message>
        <message>
            <source>Reference case 11.8% (649 TWh); the range comes from sensitivity scenarios of 578-782 TWh.</source>
            <translation>Reference case 11.8% (649 TWh); the range comes from sensitivity scenarios of 578-782 TWh.</translation>
        </message>
        <message>
            <source>Regional figures read in a reproduction of the IEA chart (Graphic News); growth figures in secondary reports (Statista, IT Prime News).</source>
            <translation>Regional figures read in a reproduction of the IEA chart (Graphic News); growth figures in secondary reports (Statista, IT Prime News).</translation>
        </message>
        <message>
            <source>S&amp;P Global expects China's data centres to grow about 20% a year to 2030; with AI at 30% a year the rest grows 16.7% a year. China's internet services used 21.7% more electricity in 2024 (NEA).</source>
            <translation>S&amp;P Global expects China's data centres to grow about 20% a year to 2030; with AI at 30% a year the rest grows 16.7% a year. China's internet services used 21.7% more electricity in 2024 (NEA).</translation>
        </message>
        <message>
            <source>Share of US electricity generation; "60% higher than EPRI's prior 2024 estimates".</source>
            <translation>Share of US electricity generation; "60% higher than EPRI's prior 2024 estimates".</translation>
        </message>
        <message>
            <source>Superseded by EPRI's February 2026 analysis (9–17% by 2030).</source>
            <translation>Superseded by EPRI's February 2026 analysis (9–17% by 2030).</translation>
        </message>
        <message>
            <source>The 165% is on Goldman's own page; the shares were read in press reports of September 2025 (RCR Wireless, Glance). The month of the research note is not verified.</source>
            <translation>The 165% is on Goldman's own page; the shares were read in press reports of September 2025 (RCR Wireless, Glance). The month of the research note is not verified.</translation>
        </message>
        <message>
            <source>The US default for 2024 grown one year at IEA's 9% for conventional servers; IEA says data-centre use rose 17% worldwide in 2025.</source>
            <translation>The US default for 2024 grown one year at IEA's 9% for conventional servers; IEA says data-centre use rose 17% worldwide in 2025.</translation>
        </message>
        <message>
            <source>The US default for 2024 grown one year at its default pace (47%).</source>
            <translation>The US default for 2024 grown one year at its default pace (47%).</translation>
        </message>
        <message>
            <source>The article's 500 mL per 50 answers at its 2.5 Wh per answer: 10 mL per request. Li et al., its source, assumed 4 Wh per response, which would be 2.5 L/kWh.</source>
            <translation>The article's 500 mL per 50 answers at its 2.5 Wh per answer: 10 mL per request. Li et al., its source, assumed 4 Wh per response, which would be 2.5 L/kWh.</translation>
        </message>
        <message>
            <source>The capacity the 325-580 TWh need.</source>
            <translation>The capacity the 325-580 TWh need.</translation>
        </message>
        <message>
            <source>The emissions chapter was read; the release month is not verified.</source>
            <translation>The emissions chapter was read; the release month is not verified.</translation>
        </message>
        <message>
            <source>The increase in US peak demand from data centres over five years (of +166 GW in all), not a level.</source>
            <translation>The increase in US peak demand from data centres over five years (of +166 GW in all), not a level.</translation>
        </message>
        <message>
            <source>The month of publication is not verified.</source>
            <translation>The month of publication is not verified.</translation>
        </message>
        <message>
            <source>The primary source is Patterson et al. 2022 (patterson-2022).</source>
            <translation>The primary source is Patterson et al. 2022 (patterson-2022).</translation>
        </message>
        <message>
            <source>The study itself was not read; its exact title is not verified.</source>
            <translation>The study itself was not read; its exact title is not verified.</translation>
        </message>
        <message>
            <source>US grid average, 2024 (Ember); not found in the text read here, but EIA's 2020 figure, 854 lb/MWh = 387 g/kWh, agrees. Data-centre-weighted intensity is higher (548 g in one study).</source>
            <translation>US grid average, 2024 (Ember); not found in the text read here, but EIA's 2020 figure, 854 lb/MWh = 387 g/kWh, agrees. Data-centre-weighted intensity is higher (548 g in one study).</translation>
        </message>
        <message>
            <source>Water consumed on site for cooling (64 billion L) plus in generating the electricity (800 billion L), over 176 TWh of US data centres in 2023. Google's on-site figure alone is about 1.1 L/kWh.</source>
            <translation>Water consumed on site for cooling (64 billion L) plus in generating the electricity (800 billion L), over 176 TWh of US data centres in 2023. Google's on-site figure alone is about 1.1 L/kWh.</translation>
        </message>
        <message>
            <source>Water figures read in a press summary (dailywise.app).</source>
            <translation>Water figures read in a press summary (dailywise.app).</translation>
        </message>
        <message>
            <source>World average CO2 per kWh generated, 2024 (IEA), falling to 400 g by 2027. Ember's life-cycle figure, which counts methane and supply chains, is higher (480 g in 2023).</source>
            <translation>World average CO2 per kWh generated, 2024 (IEA), falling to 400 g by 2027. Ember's life-cycle figure, which counts methane and supply chains, is higher (480 g in 2023).</translation>
        </message>
        <message>
            <source>Read in AsianFin's article as reposted by top168.com, which shows no date; it reports the BloombergNEF Summit in Beijing of March 2025.</source>
            <translation>Read in AsianFin's article as reposted by top168.com, which shows no date; it reports the BloombergNEF Summit in Beijing of March 2025.</translation>
        </message>
        <message>
            <source>Power demand as BloombergNEF counts it: beside its 400 TWh for 2035 (46 GW on average) it is capacity, not average load.</source>
            <translation>Power demand as BloombergNEF counts it: beside its 400 TWh for 2035 (46 GW on average) it is capacity, not average load.</translation>
        </message>
        <message>
            <source>Median consumption of a residential meter, 2024 (a median, not a mean).</source>
            <translation>Median consumption of a residential meter, 2024 (a median, not a mean).</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on this grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 15% of its data centres' electricity, IEA's global share for accelerated servers (2024); no share for this grid was found.</source>
            <translation>Not a count of requests: all AI work on this grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 15% of its data centres' electricity, IEA's global share for accelerated servers (2024); no share for this grid was found.</translation>
        </message>
        <message>
            <source>The CSO's metered 6,969 GWh for data centres in 2024 less the default AI load (1.04 TWh).</source>
            <translation>The CSO's metered 6,969 GWh for data centres in 2024 less the default AI load (1.04 TWh).</translation>
        </message>
        <message>
            <source>Chosen so data centres reach 30% of metered consumption in 2034, just under EirGrid's 31% for data centres and other new large loads together; the CSO measured 10% growth in 2024, but grid limits around Dublin slow new connections.</source>
            <translation>Chosen so data centres reach 30% of metered consumption in 2034, just under EirGrid's 31% for data centres and other new large loads together; the CSO measured 10% growth in 2024, but grid limits around Dublin slow new connections.</translation>
        </message>
        <message>
            <source>Chosen so AI electricity grows 7.5% a year, as fast as Ireland's other data centres, with answers 20% longer and FLOP per joule 30% better each year: grid limits hold back new connections.</source>
            <translation>Chosen so AI electricity grows 7.5% a year, as fast as Ireland's other data centres, with answers 20% longer and FLOP per joule 30% better each year: grid limits hold back new connections.</translation>
        </message>
        <message>
            <source>Metered consumption, 2024: 31,900 GWh.</source>
            <translation>Metered consumption, 2024: 31,900 GWh.</translation>
        </message>
        <message>
            <source>Consumption by all users other than data centres grew 3% in 2024 (CSO).</source>
            <translation>Consumption by all users other than data centres grew 3% in 2024 (CSO).</translation>
        </message>
        <message>
            <source>Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); large data centres may pay less.</source>
            <translation>Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); large data centres may pay less.</translation>
        </message>
        <message>
            <source>No figure for this grid was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>No figure for this grid was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</translation>
        </message>
        <message>
            <source>Ireland's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data).</source>
            <translation>Ireland's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data).</translation>
        </message>
        <message>
            <source>Data-centre shares are of Ireland's metered electricity consumption (CSO), the denominator of the CSO's 22%.</source>
            <translation>Data-centre shares are of Ireland's metered electricity consumption (CSO), the denominator of the CSO's 22%.</translation>
        </message>
        <message>
            <source>Electricity delivered by the grid to an average dwelling, 2024 (provisional); own solar not counted.</source>
            <translation>Electricity delivered by the grid to an average dwelling, 2024 (provisional); own solar not counted.</translation>
        </message>
        <message>
            <source>CBS's 5,100 GWh of data centres in 2024 less the default AI load (0.77 TWh).</source>
            <translation>CBS's 5,100 GWh of data centres in 2024 less the default AI load (0.77 TWh).</translation>
        </message>
        <message>
            <source>CBS's 5,100 GWh of data centres are 4.6% of Dutch consumption: 5.1 / 0.046 = 110.9 TWh. The energy balance's 407 PJ (113.1 TWh) is a little larger.</source>
            <translation>CBS's 5,100 GWh of data centres are 4.6% of Dutch consumption: 5.1 / 0.046 = 110.9 TWh. The energy balance's 407 PJ (113.1 TWh) is a little larger.</translation>
        </message>
        <message>
            <source>Dutch consumption grew 2% in 2024 with data centres included (CBS); 1% a year for the rest.</source>
            <translation>Dutch consumption grew 2% in 2024 with data centres included (CBS); 1% a year for the rest.</translation>
        </message>
        <message>
            <source>No price for large users in this country was found: the EU's rough 0.15 EUR per kWh stands in.</source>
            <translation>No price for large users in this country was found: the EU's rough 0.15 EUR per kWh stands in.</translation>
        </message>
        <message>
            <source>No Dutch figure was found in the sources read: the EU's 2023 figure (EEA, derived) stands in. The Dutch grid burns more gas than the EU average, so this is likely low.</source>
            <translation>No Dutch figure was found in the sources read: the EU's 2023 figure (EEA, derived) stands in. The Dutch grid burns more gas than the EU average, so this is likely low.</translation>
        </message>
        <message>
            <source>Data-centre shares are of Dutch electricity consumption as CBS counts it; CBS's data centres are connections whose main activity is a data centre, so in-house server rooms are left out.</source>
            <translation>Data-centre shares are of Dutch electricity consumption as CBS counts it; CBS's data centres are connections whose main activity is a data centre, so in-house server rooms are left out.</translation>
        </message>
        <message>
            <source>No German figure was found: a typical EU household's use stands in; not checked here.</source>
            <translation>No German figure was found: a typical EU household's use stands in; not checked here.</translation>
        </message>
        <message>
            <source>Bitkom's AI capacity grows from 530 MW (2024) to 2,020 MW (2030), 25% a year; with answers 20% longer and FLOP per joule 30% better each year, requests grow 35.3% a year.</source>
            <translation>Bitkom's AI capacity grows from 530 MW (2024) to 2,020 MW (2030), 25% a year; with answers 20% longer and FLOP per joule 30% better each year, requests grow 35.3% a year.</translation>
        </message>
        <message>
            <source>Bitkom's 21.3 TWh for 2025 was 6.5% more than in 2024: 21.3 / 1.065 = 20.0 TWh in 2024, less the default AI load (3.00 TWh).</source>
            <translation>Bitkom's 21.3 TWh for 2025 was 6.5% more than in 2024: 21.3 / 1.065 = 20.0 TWh in 2024, less the default AI load (3.00 TWh).</translation>
        </message>
        <message>
            <source>Bitkom: IT capacity grows from 2.7 GW (2024) to 4.8 GW (2030), of which AI from 0.53 to 2.02 GW; the rest, 2.17 to 2.78 GW, grows 4.2% a year.</source>
            <translation>Bitkom: IT capacity grows from 2.7 GW (2024) to 4.8 GW (2030), of which AI from 0.53 to 2.02 GW; the rest, 2.17 to 2.78 GW, grows 4.2% a year.</translation>
        </message>
        <message>
            <source>Gross consumption, 2024, including grid losses and power stations' own use.</source>
            <translation>Gross consumption, 2024, including grid losses and power stations' own use.</translation>
        </message>
        <message>
            <source>German consumption fell in 2023; electrification of heat and transport adds about 1% a year.</source>
            <translation>German consumption fell in 2023; electrification of heat and transport adds about 1% a year.</translation>
        </message>
        <message>
            <source>Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); BNetzA gives 0.2016 EUR for 24 GWh a year in April 2024.</source>
            <translation>Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); BNetzA gives 0.2016 EUR for 24 GWh a year in April 2024.</translation>
        </message>
        <message>
            <source>CO2 per kWh consumed, 2024 (Umweltbundesamt estimate); Ember's life-cycle figure for 2023 was 381 g.</source>
            <translation>CO2 per kWh consumed, 2024 (Umweltbundesamt estimate); Ember's life-cycle figure for 2023 was 381 g.</translation>
        </message>
        <message>
            <source>Data-centre shares are of Germany's gross electricity consumption (about 512 TWh in 2024, AGEB via Statista).</source>
            <translation>Data-centre shares are of Germany's gross electricity consumption (about 512 TWh in 2024, AGEB via Statista).</translation>
        </message>
        <message>
            <source>Ofgem's typical domestic consumption value for a medium household in Great Britain.</source>
            <translation>Ofgem's typical domestic consumption value for a medium household in Great Britain.</translation>
        </message>
        <message>
            <source>Data centres use 2.5% of Britain's electricity (Electric Insights): 0.025 x 266 = 6.65 TWh in 2024, less the default AI load (1.00 TWh).</source>
            <translation>Data centres use 2.5% of Britain's electricity (Electric Insights): 0.025 x 266 = 6.65 TWh in 2024, less the default AI load (1.00 TWh).</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 23 TWh in 2030, between the Tony Blair Institute's 19.6 TWh and NESO's upper 26.2 TWh.</source>
            <translation>Chosen so data centres reach about 23 TWh in 2030, between the Tony Blair Institute's 19.6 TWh and NESO's upper 26.2 TWh.</translation>
        </message>
        <message>
            <source>Electricity use in 2024, as reported by Electric Insights.</source>
            <translation>Electricity use in 2024, as reported by Electric Insights.</translation>
        </message>
        <message>
            <source>Britain's demand grew 1.7-3% in 2025 with data centres, heat pumps and electric cars included; 1.5% a year for the rest.</source>
            <translation>Britain's demand grew 1.7-3% in 2025 with data centres, heat pumps and electric cars included; 1.5% a year for the rest.</translation>
        </message>
        <message>
            <source>About 0.25 GBP per kWh: UK industrial prices were nearly double the IEA median in the second half of 2024 (EIUG, on DESNZ's figures); DESNZ's own table was not read.</source>
            <translation>About 0.25 GBP per kWh: UK industrial prices were nearly double the IEA median in the second half of 2024 (EIUG, on DESNZ's figures); DESNZ's own table was not read.</translation>
        </message>
        <message>
            <source>Average CO2 per kWh generated in Britain, 2024.</source>
            <translation>Average CO2 per kWh generated in Britain, 2024.</translation>
        </message>
        <message>
            <source>Data-centre shares are of Britain's electricity demand as Electric Insights (Imperial College for Drax) counts it: 266 TWh in 2024.</source>
            <translation>Data-centre shares are of Britain's electricity demand as Electric Insights (Imperial College for Drax) counts it: 266 TWh in 2024.</translation>
        </message>
        <message>
            <source>No Danish figure was found: a typical EU household's use stands in; not checked here.</source>
            <translation>No Danish figure was found: a typical EU household's use stands in; not checked here.</translation>
        </message>
        <message>
            <source>About 4% of Denmark's 39 TWh in data centres (1.56 TWh) less the default AI load (0.23 TWh).</source>
            <translation>About 4% of Denmark's 39 TWh in data centres (1.56 TWh) less the default AI load (0.23 TWh).</translation>
        </message>
        <message>
            <source>6,572 kWh per person (Ember data via LowCarbonPower) times about 5.96 million people; Energistyrelsen's own total was not read.</source>
            <translation>6,572 kWh per person (Ember data via LowCarbonPower) times about 5.96 million people; Energistyrelsen's own total was not read.</translation>
        </message>
        <message>
            <source>Heat pumps and electric cars add about 2% a year; consumption set a record in early 2024.</source>
            <translation>Heat pumps and electric cars add about 2% a year; consumption set a record in early 2024.</translation>
        </message>
        <message>
            <source>No Danish price for large users was found: the EU's rough 0.15 EUR per kWh stands in (1.12 DKK at the cited rates).</source>
            <translation>No Danish price for large users was found: the EU's rough 0.15 EUR per kWh stands in (1.12 DKK at the cited rates).</translation>
        </message>
        <message>
            <source>Denmark's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data).</source>
            <translation>Denmark's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data).</translation>
        </message>
        <message>
            <source>Data-centre shares are of Danish electricity consumption, derived from consumption per person; the share of about 4% comes from the Danish energy authorities via TV 2.</source>
            <translation>Data-centre shares are of Danish electricity consumption, derived from consumption per person; the share of about 4% comes from the Danish energy authorities via TV 2.</translation>
        </message>
        <message>
            <source>Average electricity use of a household, fiscal 2021 (Ministry of the Environment).</source>
            <translation>Average electricity use of a household, fiscal 2021 (Ministry of the Environment).</translation>
        </message>
        <message>
            <source>Wood Mackenzie's 19 TWh for 2024 less the default AI load (2.85 TWh).</source>
            <translation>Wood Mackenzie's 19 TWh for 2024 less the default AI load (2.85 TWh).</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 61.5 TWh in 2034, the middle of Wood Mackenzie's 57-66 TWh.</source>
            <translation>Chosen so data centres reach about 61.5 TWh in 2034, the middle of Wood Mackenzie's 57-66 TWh.</translation>
        </message>
        <message>
            <source>Demand in fiscal 2024.</source>
            <translation>Demand in fiscal 2024.</translation>
        </message>
        <message>
            <source>OCCTO expects 852.4 TWh in fiscal 2034; less Wood Mackenzie's 57-66 TWh of data centres, the rest stays about flat.</source>
            <translation>OCCTO expects 852.4 TWh in fiscal 2034; less Wood Mackenzie's 57-66 TWh of data centres, the rest stays about flat.</translation>
        </message>
        <message>
            <source>About 20 JPY per kWh for large users; no Japanese price was found in the sources read.</source>
            <translation>About 20 JPY per kWh for large users; no Japanese price was found in the sources read.</translation>
        </message>
        <message>
            <source>CO2 per kWh sold by 61 utilities, fiscal 2023.</source>
            <translation>CO2 per kWh sold by 61 utilities, fiscal 2023.</translation>
        </message>
        <message>
            <source>Data-centre shares are of Japan's electricity demand on OCCTO's basis (805.9 TWh in fiscal 2024); Wood Mackenzie does not state its denominator.</source>
            <translation>Data-centre shares are of Japan's electricity demand on OCCTO's basis (805.9 TWh in fiscal 2024); Wood Mackenzie does not state its denominator.</translation>
        </message>
        <message>
            <source>A rough figure for an Indian household; not checked here.</source>
            <translation>A rough figure for an Indian household; not checked here.</translation>
        </message>
        <message>
            <source>S&amp;P Global's 13 TWh for 2024 less the default AI load (1.94 TWh).</source>
            <translation>S&amp;P Global's 13 TWh for 2024 less the default AI load (1.94 TWh).</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 48.5 TWh in 2030, the middle of Deloitte's 40-45 and S&amp;P Global's 57 TWh.</source>
            <translation>Chosen so data centres reach about 48.5 TWh in 2030, the middle of Deloitte's 40-45 and S&amp;P Global's 57 TWh.</translation>
        </message>
        <message>
            <source>Energy supplied in fiscal 2024-25: 1,692,369 million kWh.</source>
            <translation>Energy supplied in fiscal 2024-25: 1,692,369 million kWh.</translation>
        </message>
        <message>
            <source>Energy supplied grew 4.3% from fiscal 2023-24 to 2024-25.</source>
            <translation>Energy supplied grew 4.3% from fiscal 2023-24 to 2024-25.</translation>
        </message>
        <message>
            <source>About 8 INR per kWh for industrial users; no Indian price was found in the sources read.</source>
            <translation>About 8 INR per kWh for industrial users; no Indian price was found in the sources read.</translation>
        </message>
        <message>
            <source>CEA's all-India weighted average emission factor, fiscal 2024-25: 0.7117 t CO2 per MWh.</source>
            <translation>CEA's all-India weighted average emission factor, fiscal 2024-25: 0.7117 t CO2 per MWh.</translation>
        </message>
        <message>
            <source>Data-centre shares are of the energy India supplied in fiscal 2024-25 (1,692 TWh); S&amp;P Global's and Deloitte's shares use other denominators, so compare TWh.</source>
            <translation>Data-centre shares are of the energy India supplied in fiscal 2024-25 (1,692 TWh); S&amp;P Global's and Deloitte's shares use other denominators, so compare TWh.</translation>
        </message>
        <message>
            <source>A rough figure for a Singapore household; not checked here.</source>
            <translation>A rough figure for a Singapore household; not checked here.</translation>
        </message>
        <message>
            <source>7% of 57 TWh (3.99 TWh) less the default AI load (0.60 TWh).</source>
            <translation>7% of 57 TWh (3.99 TWh) less the default AI load (0.60 TWh).</translation>
        </message>
        <message>
            <source>Gross electricity output, 2023, used for 2024 consumption.</source>
            <translation>Gross electricity output, 2023, used for 2024 consumption.</translation>
        </message>
        <message>
            <source>EMA expects consumption to grow 2-5% a year to 2035; the low end, because data centres are grown separately here.</source>
            <translation>EMA expects consumption to grow 2-5% a year to 2035; the low end, because data centres are grown separately here.</translation>
        </message>
        <message>
            <source>Average regulated tariff, July 2024 to June 2025: 28.1 cents per kWh; data centres buy in the open market and may pay less.</source>
            <translation>Average regulated tariff, July 2024 to June 2025: 28.1 cents per kWh; data centres buy in the open market and may pay less.</translation>
        </message>
        <message>
            <source>Grid emission factor, 2022: 0.42 kg CO2 per kWh.</source>
            <translation>Grid emission factor, 2022: 0.42 kg CO2 per kWh.</translation>
        </message>
        <message>
            <source>Data-centre shares are of Singapore's gross electricity output (57 TWh in 2023, EMA); the 7% comes from a minister's statement in May 2024. A 12% for 2030 often quoted has no named source.</source>
            <translation>Data-centre shares are of Singapore's gross electricity output (57 TWh in 2023, EMA); the 7% comes from a minister's statement in May 2024. A 12% for 2030 often quoted has no named source.</translation>
        </message>
        <message>
            <source>1,165 kWh a month (EIA data for 2018, via iPropertyManagement) times 12.</source>
            <translation>1,165 kWh a month (EIA data for 2018, via iPropertyManagement) times 12.</translation>
        </message>
        <message>
            <source>EPRI's 25% of 125.1 TWh (31.28 TWh) less the default AI load (4.69 TWh).</source>
            <translation>EPRI's 25% of 125.1 TWh (31.28 TWh) less the default AI load (4.69 TWh).</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 48% of Virginia's consumption in 2030, the middle of EPRI's 39-57%.</source>
            <translation>Chosen so data centres reach about 48% of Virginia's consumption in 2030, the middle of EPRI's 39-57%.</translation>
        </message>
        <message>
            <source>An aggregator's total of EIA data, year not stated; EIA's own state table was not read.</source>
            <translation>An aggregator's total of EIA data, year not stated; EIA's own state table was not read.</translation>
        </message>
        <message>
            <source>Near EIA's 0.9-1.6% a year for the US; data centres are grown separately here.</source>
            <translation>Near EIA's 0.9-1.6% a year for the US; data centres are grown separately here.</translation>
        </message>
        <message>
            <source>Commercial price in Virginia, 2023: 8.95 cents per kWh; data centres are mostly billed as commercial customers.</source>
            <translation>Commercial price in Virginia, 2023: 8.95 cents per kWh; data centres are mostly billed as commercial customers.</translation>
        </message>
        <message>
            <source>Carbon intensity of the electricity consumed in Virginia, June 2024 to May 2025, imports included (Ember data via LowCarbonPower).</source>
            <translation>Carbon intensity of the electricity consumed in Virginia, June 2024 to May 2025, imports included (Ember data via LowCarbonPower).</translation>
        </message>
        <message>
            <source>A state inside the US grid: data-centre shares are of Virginia's electricity consumption. EPRI puts data centres at about 25% of it.</source>
            <translation>A state inside the US grid: data-centre shares are of Virginia's electricity consumption. EPRI puts data centres at about 25% of it.</translation>
        </message>
        <message>
            <source>1 / 1.2440 USD per GBP, the 2023 annual average.</source>
            <translation>1 / 1.2440 USD per GBP, the 2023 annual average.</translation>
        </message>
        <message>
            <source>2023 annual average: 6.8900.</source>
            <translation>2023 annual average: 6.8900.</translation>
        </message>
        <message>
            <source>Metered consumption.</source>
            <translation>Metered consumption.</translation>
        </message>
        <message>
            <source>"Up to 32%" of Ireland's electricity, an upper bound (via Energy Live News).</source>
            <translation>"Up to 32%" of Ireland's electricity, an upper bound (via Energy Live News).</translation>
        </message>
        <message>
            <source>Data centres and other new technology loads together; 27% now.</source>
            <translation>Data centres and other new technology loads together; 27% now.</translation>
        </message>
        <message>
            <source>Connections whose main activity is a data centre.</source>
            <translation>Connections whose main activity is a data centre.</translation>
        </message>
        <message>
            <source>"Could reach": the top of NESO's scenarios.</source>
            <translation>"Could reach": the top of NESO's scenarios.</translation>
        </message>
        <message>
            <source>Share of electricity generated, on S&amp;P Global's own total.</source>
            <translation>Share of electricity generated, on S&amp;P Global's own total.</translation>
        </message>
        <message>
            <source>"Currently" about 25%.</source>
            <translation>"Currently" about 25%.</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Ireland</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>Netherlands</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Germany</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>United Kingdom</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Denmark</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japan</translation>
        </message>
        <message>
            <source>India</source>
            <translation>India</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Singapore</translation>
        </message>
        <message>
            <source>Virginia (US state)</source>
            <translation>Virginia (US state)</translation>
        </message>
        <message>
            <source>CSO 2023</source>
            <translation>CSO 2023</translation>
        </message>
        <message>
            <source>CSO 2025</source>
            <translation>CSO 2025</translation>
        </message>
        <message>
            <source>EirGrid 2025</source>
            <translation>EirGrid 2025</translation>
        </message>
        <message>
            <source>CBS 2020</source>
            <translation>CBS 2020</translation>
        </message>
        <message>
            <source>CBS 2025</source>
            <translation>CBS 2025</translation>
        </message>
        <message>
            <source>Dutch government steering group 2021</source>
            <translation>Dutch government steering group 2021</translation>
        </message>
        <message>
            <source>Bitkom 2025</source>
            <translation>Bitkom 2025</translation>
        </message>
        <message>
            <source>Borderstep 2022</source>
            <translation>Borderstep 2022</translation>
        </message>
        <message>
            <source>NESO</source>
            <translation>NESO</translation>
        </message>
        <message>
            <source>Tony Blair Institute 2024</source>
            <translation>Tony Blair Institute 2024</translation>
        </message>
        <message>
            <source>Electric Insights 2025</source>
            <translation>Electric Insights 2025</translation>
        </message>
        <message>
            <source>Danish energy authorities (TV 2)</source>
            <translation>Danish energy authorities (TV 2)</translation>
        </message>
        <message>
            <source>Wood Mackenzie 2025</source>
            <translation>Wood Mackenzie 2025</translation>
        </message>
        <message>
            <source>Deloitte 2026</source>
            <translation>Deloitte 2026</translation>
        </message>
        <message>
            <source>Singapore government 2024</source>
            <translation>Singapore government 2024</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>Pound sterling</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <translation>Japanese yen</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <translation>Indian rupee</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>Singapore dollar</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>Danish krone</translation>
        </message>
        <message>
            <source>3.2 quadrillion tokens a month across Google's surfaces, input and output together.</source>
            <translation>3.2 quadrillion tokens a month across Google's surfaces, input and output together.</translation>
        </message>
        <message>
            <source>About 480 trillion tokens a month at Google I/O 2025.</source>
            <translation>About 480 trillion tokens a month at Google I/O 2025.</translation>
        </message>
        <message>
            <source>Every accelerator sold by NVIDIA, Google, Amazon, AMD and Huawei up to the end of 2025, counted in H100s of the same peak 8-bit compute.</source>
            <translation>Every accelerator sold by NVIDIA, Google, Amazon, AMD and Huawei up to the end of 2025, counted in H100s of the same peak 8-bit compute.</translation>
        </message>
        <message>
            <source>One year's shipments, not the installed base.</source>
            <translation>One year's shipments, not the installed base.</translation>
        </message>
        <message>
            <source>About 415 TWh in 2024, an average of 47 GW.</source>
            <translation>About 415 TWh in 2024, an average of 47 GW.</translation>
        </message>
        <message>
            <source>415 TWh plus the 17% rise IEA reports for 2025: about 485 TWh, an average of 55 GW.</source>
            <translation>415 TWh plus the 17% rise IEA reports for 2025: about 485 TWh, an average of 55 GW.</translation>
        </message>
        <message>
            <source>Read in a copy of Epoch AI's post and of the explorer's FAQ, not on epoch.ai itself.</source>
            <translation>Read in a copy of Epoch AI's post and of the explorer's FAQ, not on epoch.ai itself.</translation>
        </message>
        <message>
            <source>Pichai: "Some out there might call this tokenmaxxing, and there's probably some truth to it."</source>
            <translation>Pichai: "Some out there might call this tokenmaxxing, and there's probably some truth to it."</translation>
        </message>
        <message>
            <source>AI accelerators installed (H100-equivalents)</source>
            <translation>AI accelerators installed (H100-equivalents)</translation>
        </message>
        <message>
            <source>NVIDIA data-centre GPUs shipped in 2023</source>
            <translation>NVIDIA data-centre GPUs shipped in 2023</translation>
        </message>
        <message>
            <source>the world's data centres</source>
            <translation>the world's data centres</translation>
        </message>
        <message>
            <source>1 / 1.0817 USD per EUR, the 2023 annual average.</source>
            <translation>1 / 1.0817 USD per EUR, the 2023 annual average.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>AI only</source>
            <translation>AI only</translation>
        </message>
        <message>
            <source>all data centres</source>
            <translation>all data centres</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>energy</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>capacity</translation>
        </message>
        <message>
            <source>average load</source>
            <translation>average load</translation>
        </message>
        <message>
            <source>peak demand</source>
            <translation>peak demand</translation>
        </message>
        <message>
            <source>measurement</source>
            <translation>measurement</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>estimate</translation>
        </message>
        <message>
            <source>company statement</source>
            <translation>company statement</translation>
        </message>
        <message>
            <source>%1 TWh</source>
            <translation>%1 TWh</translation>
        </message>
        <message>
            <source>%1 GW</source>
            <translation>%1 GW</translation>
        </message>
        <message>
            <source>%1 of %2 in %3</source>
            <translation>%1 of %2 in %3</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>%1 (%2) of electricity use in %3</source>
            <translation>%1 (%2) of electricity use in %3</translation>
        </message>
        <message>
            <source>%1 of electricity use in %2</source>
            <translation>%1 of electricity use in %2</translation>
        </message>
    </context>
    <context>
        <name>ExchangeRates</name>
        <message>
            <source>The rates cannot be saved: %1.</source>
            <translation>The rates cannot be saved: %1.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2. Nothing was changed.</source>
            <translation>Cannot read %1: %2. Nothing was changed.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1. Nothing was changed.</source>
            <translation>Cannot create the folder %1. Nothing was changed.</translation>
        </message>
        <message>
            <source>Your %1 cannot be used (%2), so GridShare shows the built-in rates. Fix or remove that file to save rates of your own; it is never overwritten.</source>
            <translation>Your %1 cannot be used (%2), so GridShare shows the built-in rates. Fix or remove that file to save rates of your own; it is never overwritten.</translation>
        </message>
        <message>
            <source>Cannot remove %1. It is unchanged.</source>
            <translation>Cannot remove %1. It is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Screen, 1600 × 900</source>
            <translation>Screen, 1600 × 900</translation>
        </message>
        <message>
            <source>Slide, 1920 × 1080</source>
            <translation>Slide, 1920 × 1080</translation>
        </message>
        <message>
            <source>A4 column, 88 mm at 300 dpi</source>
            <translation>A4 column, 88 mm at 300 dpi</translation>
        </message>
        <message>
            <source>A4 page width, 180 mm at 300 dpi</source>
            <translation>A4 page width, 180 mm at 300 dpi</translation>
        </message>
    </context>
    <context>
        <name>FigureFooter</name>
        <message>
            <source>%1 %2 (default %3)</source>
            <translation>%1 %2 (default %3)</translation>
        </message>
        <message>
            <source>All assumptions at their defaults.</source>
            <translation>All assumptions at their defaults.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changed from the defaults:&lt;/b&gt; %1.</source>
            <translation>&lt;b&gt;Changed from the defaults:&lt;/b&gt; %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dashed:&lt;/b&gt; pinned scenarios %1.</source>
            <translation>&lt;b&gt;Dashed:&lt;/b&gt; pinned scenarios %1.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Made with GridShare %1; the assumptions behind every default are listed with their sources in its report.</source>
            <translation>Made with GridShare %1; the assumptions behind every default are listed with their sources in its report.</translation>
        </message>
        <message>
            <source>Shaded: P10–P90 of %1 Monte Carlo samples (seed %2); dotted: their medians (P50).</source>
            <translation>Shaded: P10–P90 of %1 Monte Carlo samples (seed %2); dotted: their medians (P50).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Scenario:&lt;/b&gt; %1 · %2–%3.</source>
            <translation>&lt;b&gt;Scenario:&lt;/b&gt; %1 · %2–%3.</translation>
        </message>
        <message>
            <source>Values at their defaults.</source>
            <translation>Values at their defaults.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ranges:&lt;/b&gt; %1.</source>
            <translation>&lt;b&gt;Ranges:&lt;/b&gt; %1.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>About GridShare</source>
            <translation>About GridShare</translation>
        </message>
        <message>
            <source>&lt;h3&gt;GridShare %1&lt;/h3&gt;&lt;p&gt;How much of a country's electricity will AI use? GridShare computes the share of the national grid year by year from AI requests, model size and the assumptions behind them, beside the published projections, with every default traced to a numbered source.&lt;/p&gt;&lt;p&gt;Data edition %3, as of %4: every default and published projection is the evidence of that date, each with its source and how far it was verified.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;GridShare %1&lt;/h3&gt;&lt;p&gt;How much of a country's electricity will AI use? GridShare computes the share of the national grid year by year from AI requests, model size and the assumptions behind them, beside the published projections, with every default traced to a numbered source.&lt;/p&gt;&lt;p&gt;Data edition %3, as of %4: every default and published projection is the evidence of that date, each with its source and how far it was verified.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>PageDown, Right, Space</source>
            <translation>PageDown, Right, Space</translation>
        </message>
        <message>
            <source>next scenario</source>
            <translation>next scenario</translation>
        </message>
        <message>
            <source>PageUp, Left, Backspace</source>
            <translation>PageUp, Left, Backspace</translation>
        </message>
        <message>
            <source>previous scenario</source>
            <translation>previous scenario</translation>
        </message>
        <message>
            <source>show or hide the published projections</source>
            <translation>show or hide the published projections</translation>
        </message>
        <message>
            <source>show or hide the sources strip</source>
            <translation>show or hide the sources strip</translation>
        </message>
        <message>
            <source>larger or smaller type</source>
            <translation>larger or smaller type</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>leave presentation mode</source>
            <translation>leave presentation mode</translation>
        </message>
        <message>
            <source>While presenting (F5)</source>
            <translation>While presenting (F5)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>&amp;About GridShare</source>
            <translation>&amp;About GridShare</translation>
        </message>
    </context>
    <context>
        <name>Implications</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2 a day</source>
            <translation>%1 %2 a day</translation>
        </message>
        <message>
            <source>%1 on average for %2</source>
            <translation>%1 on average for %2</translation>
        </message>
        <message>
            <source>Accelerators in service</source>
            <translation>Accelerators in service</translation>
        </message>
        <message>
            <source>Generated tokens a day</source>
            <translation>Generated tokens a day</translation>
        </message>
        <message>
            <source>Requests a day</source>
            <translation>Requests a day</translation>
        </message>
        <message>
            <source>Data-centre load (average)</source>
            <translation>Data-centre load (average)</translation>
        </message>
        <message>
            <source>%1 (AI: %2)</source>
            <translation>%1 (AI: %2)</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>%1 % of</source>
            <translation>%1 % of</translation>
        </message>
        <message>
            <source>worldwide</source>
            <translation>worldwide</translation>
        </message>
        <message>
            <source>this region</source>
            <translation>this region</translation>
        </message>
        <message>
            <source>%1 %2 (%3, %4)%5</source>
            <translation>%1 %2 (%3, %4)%5</translation>
        </message>
        <message>
            <source>Far outside what is known (%1, %2): %3.</source>
            <translation>Far outside what is known (%1, %2): %3.</translation>
        </message>
        <message>
            <source>A value is flagged when it is more than %1 times a cited total (for the world or this region) of the year or a later one: those totals have only grown.</source>
            <translation>A value is flagged when it is more than %1 times a cited total (for the world or this region) of the year or a later one: those totals have only grown.</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>In %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (= %2)</source>
            <translation>%1 (= %2)</translation>
        </message>
    </context>
    <context>
        <name>KeyFigures</name>
        <message>
            <source>of national use</source>
            <translation>of national use</translation>
        </message>
        <message>
            <source>P10–P90 %1–%2 %</source>
            <translation>P10–P90 %1–%2 %</translation>
        </message>
        <message>
            <source>AI share</source>
            <translation>AI share</translation>
        </message>
        <message>
            <source>Data-centre share</source>
            <translation>Data-centre share</translation>
        </message>
        <message>
            <source>AI electricity</source>
            <translation>AI electricity</translation>
        </message>
        <message>
            <source>%1 kWh/day</source>
            <translation>%1 kWh/day</translation>
        </message>
        <message>
            <source>AI power bill</source>
            <translation>AI power bill</translation>
        </message>
        <message>
            <source>%1 per year</source>
            <translation>%1 per year</translation>
        </message>
        <message>
            <source>Per request</source>
            <translation>Per request</translation>
        </message>
        <message>
            <source>%1 Wh in %2</source>
            <translation>%1 Wh in %2</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>homes' electricity</source>
            <translation>homes' electricity</translation>
        </message>
        <message>
            <source> points</source>
            <translation> points</translation>
        </message>
        <message>
            <source>%1 TWh</source>
            <translation>%1 TWh</translation>
        </message>
        <message>
            <source>%1 Wh</source>
            <translation>%1 Wh</translation>
        </message>
        <message>
            <source>AI average load</source>
            <translation>AI average load</translation>
        </message>
        <message>
            <source>Data-centre capacity</source>
            <translation>Data-centre capacity</translation>
        </message>
        <message>
            <source>average %1</source>
            <translation>average %1</translation>
        </message>
        <message>
            <source>of the region's use</source>
            <translation>of the region's use</translation>
        </message>
    </context>
    <context>
        <name>MarkerTooltips</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Replaced by a newer edition [%1].</source>
            <translation>Replaced by a newer edition [%1].</translation>
        </message>
        <message>
            <source>Replaced by a newer edition.</source>
            <translation>Replaced by a newer edition.</translation>
        </message>
        <message>
            <source>Verification: %1</source>
            <translation>Verification: %1</translation>
        </message>
    </context>
    <context>
        <name>Parameters</name>
        <message>
            <source>%/yr</source>
            <translation>%/yr</translation>
        </message>
        <message>
            <source>requests/day</source>
            <translation>requests/day</translation>
        </message>
        <message>
            <source>Request growth</source>
            <translation>Request growth</translation>
        </message>
        <message>
            <source>Model size (active parameters)</source>
            <translation>Model size (active parameters)</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>parameters</translation>
        </message>
        <message>
            <source>Model size growth</source>
            <translation>Model size growth</translation>
        </message>
        <message>
            <source>Output tokens per request</source>
            <translation>Output tokens per request</translation>
        </message>
        <message>
            <source>tokens</source>
            <translation>tokens</translation>
        </message>
        <message>
            <source>Answer length growth</source>
            <translation>Answer length growth</translation>
        </message>
        <message>
            <source>Accelerator peak throughput</source>
            <translation>Accelerator peak throughput</translation>
        </message>
        <message>
            <source>FLOP/s</source>
            <translation>FLOP/s</translation>
        </message>
        <message>
            <source>Accelerator power (with server)</source>
            <translation>Accelerator power (with server)</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Utilization of peak throughput</source>
            <translation>Utilization of peak throughput</translation>
        </message>
        <message>
            <source>Average power / maximum power</source>
            <translation>Average power / maximum power</translation>
        </message>
        <message>
            <source>Efficiency gain (FLOP per joule)</source>
            <translation>Efficiency gain (FLOP per joule)</translation>
        </message>
        <message>
            <source>PUE (power usage effectiveness)</source>
            <translation>PUE (power usage effectiveness)</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>ratio</translation>
        </message>
        <message>
            <source>Training share of AI electricity</source>
            <translation>Training share of AI electricity</translation>
        </message>
        <message>
            <source>Other data centres, base year</source>
            <translation>Other data centres, base year</translation>
        </message>
        <message>
            <source>TWh/yr</source>
            <translation>TWh/yr</translation>
        </message>
        <message>
            <source>Other data-centre growth</source>
            <translation>Other data-centre growth</translation>
        </message>
        <message>
            <source>National consumption, base year</source>
            <translation>National consumption, base year</translation>
        </message>
        <message>
            <source>Growth of other demand</source>
            <translation>Growth of other demand</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>Electricity price</translation>
        </message>
        <message>
            <source>Price change</source>
            <translation>Price change</translation>
        </message>
        <message>
            <source>Water per kWh</source>
            <translation>Water per kWh</translation>
        </message>
        <message>
            <source>L/kWh</source>
            <translation>L/kWh</translation>
        </message>
        <message>
            <source>Grid carbon intensity</source>
            <translation>Grid carbon intensity</translation>
        </message>
        <message>
            <source>gCO₂e/kWh</source>
            <translation>gCO₂e/kWh</translation>
        </message>
        <message>
            <source>Carbon intensity decline</source>
            <translation>Carbon intensity decline</translation>
        </message>
        <message>
            <source>{currency}/kWh</source>
            <translation>{currency}/kWh</translation>
        </message>
        <message>
            <source>AI work, in typical requests a day</source>
            <translation>AI work, in typical requests a day</translation>
        </message>
        <message>
            <source>Data-centre load factor (average / capacity)</source>
            <translation>Data-centre load factor (average / capacity)</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
    </context>
    <context>
        <name>ProjectionImport</name>
        <message>
            <source>Projections imported: %1, for %2. They are drawn marked “(yours)”, with their sources.</source>
            <translation>Projections imported: %1, for %2. They are drawn marked “(yours)”, with their sources.</translation>
        </message>
        <message>
            <source>Rows skipped: %1. Each is listed below with its column and why.</source>
            <translation>Rows skipped: %1. Each is listed below with its column and why.</translation>
        </message>
        <message>
            <source>Import Projections</source>
            <translation>Import Projections</translation>
        </message>
        <message>
            <source>… and %1 more (Show Details…)</source>
            <translation>… and %1 more (Show Details…)</translation>
        </message>
        <message>
            <source>&amp;Import Projections…</source>
            <translation>&amp;Import Projections…</translation>
        </message>
        <message>
            <source>Add your own projections from a CSV file; they are drawn marked as yours</source>
            <translation>Add your own projections from a CSV file; they are drawn marked as yours</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>%1 cannot be imported: %2</source>
            <translation>%1 cannot be imported: %2</translation>
        </message>
        <message>
            <source>No projection was imported from %1: no row is valid.</source>
            <translation>No projection was imported from %1: no row is valid.</translation>
        </message>
        <message>
            <source>Your %1 cannot be used as it is, so nothing was imported: fix it first (GridShare says what is wrong in it at start); it was not changed.</source>
            <translation>Your %1 cannot be used as it is, so nothing was imported: fix it first (GridShare says what is wrong in it at start); it was not changed.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2. Nothing was imported.</source>
            <translation>Cannot read %1: %2. Nothing was imported.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1.</source>
            <translation>Nothing was imported: %1.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1. Nothing was imported.</source>
            <translation>Cannot create the folder %1. Nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>RegionSelector</name>
        <message>
            <source>Global</source>
            <translation>Global</translation>
        </message>
        <message>
            <source>Large grids</source>
            <translation>Large grids</translation>
        </message>
        <message>
            <source>High-share countries</source>
            <translation>High-share countries</translation>
        </message>
        <message>
            <source>Grids inside a country</source>
            <translation>Grids inside a country</translation>
        </message>
        <message>
            <source>Your regions</source>
            <translation>Your regions</translation>
        </message>
        <message>
            <source>Type to find a region</source>
            <translation>Type to find a region</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>GridShare report: %1</source>
            <translation>GridShare report: %1</translation>
        </message>
        <message>
            <source>%1 · %2–%3 · written %4 by GridShare %5</source>
            <translation>%1 · %2–%3 · written %4 by GridShare %5</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 vs %2</translation>
        </message>
        <message>
            <source>Figures for %1. Numbers in brackets refer to the sources listed at the end; the parameter table gives every value behind them.</source>
            <translation>Figures for %1. Numbers in brackets refer to the sources listed at the end; the parameter table gives every value behind them.</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Values in bold differ from the defaults; the source is the default's.</source>
            <translation>Values in bold differ from the defaults; the source is the default's.</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Source of the default</source>
            <translation>Source of the default</translation>
        </message>
        <message>
            <source>Dashed lines on the charts: the pinned scenarios %1; the key figures compare with %2.</source>
            <translation>Dashed lines on the charts: the pinned scenarios %1; the key figures compare with %2.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Data edition %1, as of %2: the defaults and published projections are the evidence of that date.</source>
            <translation>Data edition %1, as of %2: the defaults and published projections are the evidence of that date.</translation>
        </message>
        <message>
            <source>Energy per request: published figures</source>
            <translation>Energy per request: published figures</translation>
        </message>
        <message>
            <source>Drawn beside the scenario on the Energy per request chart. Only a measurement is called measured.</source>
            <translation>Drawn beside the scenario on the Energy per request chart. Only a measurement is called measured.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Wh per request</source>
            <translation>Wh per request</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>What it counts</translation>
        </message>
        <message>
            <source>Published, level</source>
            <translation>Published, level</translation>
        </message>
        <message>
            <source>Shaded bands: P10–P90 of %1 Monte Carlo samples, seed %2, over the ranges set in the scenario; the dotted line in each band is its median (P50).</source>
            <translation>Shaded bands: P10–P90 of %1 Monte Carlo samples, seed %2, over the ranges set in the scenario; the dotted line in each band is its median (P50).</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>page %1 of %2</translation>
        </message>
        <message>
            <source>GridShare report: %1 · %2</source>
            <translation>GridShare report: %1 · %2</translation>
        </message>
        <message>
            <source>What this scenario implies</source>
            <translation>What this scenario implies</translation>
        </message>
        <message>
            <source>In things people can check, beside the figures they know. %1</source>
            <translation>In things people can check, beside the figures they know. %1</translation>
        </message>
        <message>
            <source>Which uncertainty matters</source>
            <translation>Which uncertainty matters</translation>
        </message>
        <message>
            <source>How much of the spread of AI's %1 share in the shaded bands (its variance) each range explains: alone, and together with its interactions with the other ranges. Sobol indices from %2 rows of samples, each ± its standard error.</source>
            <translation>How much of the spread of AI's %1 share in the shaded bands (its variance) each range explains: alone, and together with its interactions with the other ranges. Sobol indices from %2 rows of samples, each ± its standard error.</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Range</translation>
        </message>
        <message>
            <source>Explains alone</source>
            <translation>Explains alone</translation>
        </message>
        <message>
            <source>With interactions</source>
            <translation>With interactions</translation>
        </message>
        <message>
            <source>%1 ± %2</source>
            <translation>%1 ± %2</translation>
        </message>
    </context>
    <context>
        <name>RequestContext</name>
        <message>
            <source>The volume of all AI work on this grid (chat, search, recommendation, enterprise use, idle capacity), expressed as typical requests of the size set below. It is not a count of any one service's prompts.</source>
            <translation>The volume of all AI work on this grid (chat, search, recommendation, enterprise use, idle capacity), expressed as typical requests of the size set below. It is not a count of any one service's prompts.</translation>
        </message>
        <message>
            <source>In %1: %2 requests and %3 generated tokens a day</source>
            <translation>In %1: %2 requests and %3 generated tokens a day</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>a file with these values could not be opened again: %1. Change them, then save; nothing was written</source>
            <translation>a file with these values could not be opened again: %1. Change them, then save; nothing was written</translation>
        </message>
    </context>
    <context>
        <name>SourcesExport</name>
        <message>
            <source>BibTeX (*.bib)</source>
            <translation>BibTeX (*.bib)</translation>
        </message>
        <message>
            <source>CSL-JSON for Zotero, Mendeley and pandoc (*.json)</source>
            <translation>CSL-JSON for Zotero, Mendeley and pandoc (*.json)</translation>
        </message>
        <message>
            <source>RIS for EndNote and Zotero (*.ris)</source>
            <translation>RIS for EndNote and Zotero (*.ris)</translation>
        </message>
        <message>
            <source>Export Sour&amp;ces…</source>
            <translation>Export Sour&amp;ces…</translation>
        </message>
        <message>
            <source>Save every cited source for a reference manager: BibTeX, CSL-JSON or RIS</source>
            <translation>Save every cited source for a reference manager: BibTeX, CSL-JSON or RIS</translation>
        </message>
        <message>
            <source>Export Sources</source>
            <translation>Export Sources</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 could not be written: %2</translation>
        </message>
    </context>
    <context>
        <name>StartupNotices</name>
        <message>
            <source>An autosaved scenario cannot be read</source>
            <translation>An autosaved scenario cannot be read</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. It is kept; delete it if it holds nothing you need.</source>
            <translation>%1 cannot be read: %2. It is kept; delete it if it holds nothing you need.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>no values changed</source>
            <translation>no values changed</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 and %2 more</translation>
        </message>
        <message>
            <source>Some of your data files are not used</source>
            <translation>Some of your data files are not used</translation>
        </message>
        <message>
            <source>GridShare uses its built-in data in place of these files of yours in %1. Fix or remove them; they are never overwritten.</source>
            <translation>GridShare uses its built-in data in place of these files of yours in %1. Fix or remove them; they are never overwritten.</translation>
        </message>
        <message>
            <source>Autosave is off</source>
            <translation>Autosave is off</translation>
        </message>
        <message>
            <source>Unsaved changes cannot be autosaved: %1. They would be lost in a crash; save your work to keep it.</source>
            <translation>Unsaved changes cannot be autosaved: %1. They would be lost in a crash; save your work to keep it.</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>never saved</translation>
        </message>
        <message>
            <source>GridShare did not close normally. Recover the unsaved changes to "%1" (%2), autosaved %3?</source>
            <translation>GridShare did not close normally. Recover the unsaved changes to "%1" (%2), autosaved %3?</translation>
        </message>
        <message>
            <source>Other autosaved scenarios (%1) are offered at the next start.</source>
            <translation>Other autosaved scenarios (%1) are offered at the next start.</translation>
        </message>
        <message>
            <source>Recover unsaved changes?</source>
            <translation>Recover unsaved changes?</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recover</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>UserRegions</name>
        <message>
            <source>Cannot read %1: %2. Nothing was changed.</source>
            <translation>Cannot read %1: %2. Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 is not a regions file (%2), so it is not overwritten. Fix or move it, then save again.</source>
            <translation>%1 is not a regions file (%2), so it is not overwritten. Fix or move it, then save again.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1. Nothing was changed.</source>
            <translation>Cannot create the folder %1. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::AssumptionRow</name>
        <message>
            <source>Valid range</source>
            <translation>Valid range</translation>
        </message>
        <message>
            <source>Reset %1 to its default</source>
            <translation>Reset %1 to its default</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>Reset %1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::Autosaver</name>
        <message>
            <source>the folder %1 cannot be created</source>
            <translation>the folder %1 cannot be created</translation>
        </message>
        <message>
            <source>%1 cannot be written</source>
            <translation>%1 cannot be written</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ChartPage</name>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Pinned: %1</source>
            <translation>Pinned: %1</translation>
        </message>
        <message>
            <source>P10–P90 range</source>
            <translation>P10–P90 range</translation>
        </message>
        <message>
            <source>Median (P50)</source>
            <translation>Median (P50)</translation>
        </message>
        <message>
            <source>[%1] (yours)</source>
            <translation>[%1] (yours)</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::CitationsPanel</name>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::CompareMenu</name>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <source>Unpin "%1"</source>
            <translation>Unpin "%1"</translation>
        </message>
        <message>
            <source>Unpin &amp;All</source>
            <translation>Unpin &amp;All</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ControlsPanel</name>
        <message>
            <source>Growth per year</source>
            <translation>Growth per year</translation>
        </message>
        <message>
            <source>Growth, assumptions and uncertainty</source>
            <translation>Growth, assumptions and uncertainty</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Headline</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Assumptions</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Uncertainty</translation>
        </message>
        <message>
            <source>Monte Carlo samples</source>
            <translation>Monte Carlo samples</translation>
        </message>
        <message>
            <source>How many scenarios are drawn from the ranges for the P10–P90 bands</source>
            <translation>How many scenarios are drawn from the ranges for the P10–P90 bands</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Random seed</translation>
        </message>
        <message>
            <source>The same seed and samples give the same bands</source>
            <translation>The same seed and samples give the same bands</translation>
        </message>
        <message>
            <source>Give a parameter a range with ± to draw P10–P90 bands. The seed makes them repeatable; both are saved with the scenario.</source>
            <translation>Give a parameter a range with ± to draw P10–P90 bands. The seed makes them repeatable; both are saved with the scenario.</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Samples</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::CostChartPage</name>
        <message>
            <source>AI electricity cost</source>
            <translation>AI electricity cost</translation>
        </message>
        <message>
            <source>%1 per year</source>
            <translation>%1 per year</translation>
        </message>
        <message>
            <source>What AI's electricity costs each year</source>
            <translation>What AI's electricity costs each year</translation>
        </message>
        <message>
            <source>%1 · %2 %3</source>
            <translation>%1 · %2 %3</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::DocumentActions</name>
        <message>
            <source>Open scenario</source>
            <translation>Open scenario</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Save scenario</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Save the changes to "%1" first?</source>
            <translation>Save the changes to "%1" first?</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>Cannot open %1</source>
            <translation>Cannot open %1</translation>
        </message>
        <message>
            <source>The scenario open now is unchanged.

%1</source>
            <translation>The scenario open now is unchanged.

%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Cannot revert</source>
            <translation>Cannot revert</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <source>%1 no longer exists.</source>
            <translation>%1 no longer exists.</translation>
        </message>
        <message>
            <source>Keep the saved values</source>
            <translation>Keep the saved values</translation>
        </message>
        <message>
            <source>Use the new values</source>
            <translation>Use the new values</translation>
        </message>
        <message>
            <source>an assumption</source>
            <translation>an assumption</translation>
        </message>
        <message>
            <source>new source: %1 (%2)</source>
            <translation>new source: %1 (%2)</translation>
        </message>
        <message>
            <source>an earlier edition of GridShare's data</source>
            <translation>an earlier edition of GridShare's data</translation>
        </message>
        <message>
            <source>GridShare's data of %1</source>
            <translation>GridShare's data of %1</translation>
        </message>
        <message>
            <source>Keep the saved values to reproduce the file's numbers (one step that Undo takes back), or use the new values.</source>
            <translation>Keep the saved values to reproduce the file's numbers (one step that Undo takes back), or use the new values.</translation>
        </message>
        <message>
            <source>Defaults have moved since this file was saved</source>
            <translation>Defaults have moved since this file was saved</translation>
        </message>
        <message>
            <source>This file was saved with %1. The data now is edition %2, as of %3. Defaults the file used that have moved since (%4):</source>
            <translation>This file was saved with %1. The data now is edition %2, as of %3. Defaults the file used that have moved since (%4):</translation>
        </message>
        <message>
            <source>%1 was not saved: %2.</source>
            <translation>%1 was not saved: %2.</translation>
        </message>
        <message>
            <source>Re&amp;vert to Saved</source>
            <translation>Re&amp;vert to Saved</translation>
        </message>
        <message>
            <source>GridShare scenarios (*.gridshare.json);;JSON files (*.json);;All files (*)</source>
            <translation>GridShare scenarios (*.gridshare.json);;JSON files (*.json);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::EnergyChartPage</name>
        <message>
            <source>Other data centres</source>
            <translation>Other data centres</translation>
        </message>
        <message>
            <source>AI training</source>
            <translation>AI training</translation>
        </message>
        <message>
            <source>AI serving requests</source>
            <translation>AI serving requests</translation>
        </message>
        <message>
            <source>TWh per year</source>
            <translation>TWh per year</translation>
        </message>
        <message>
            <source>Data-centre electricity by use</source>
            <translation>Data-centre electricity by use</translation>
        </message>
        <message>
            <source>%1 · serving %2 · training %3 · other %4 TWh</source>
            <translation>%1 · serving %2 · training %3 · other %4 TWh</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ExchangeRatesDialog</name>
        <message>
            <source>&amp;Restore cited rates</source>
            <translation>&amp;Restore cited rates</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Exchange rates</translation>
        </message>
        <message>
            <source>Costs in another currency are converted at these rates. A rate you change becomes your own assumption: it is used at once and saved in %1. A price you typed stays as typed, in its currency.</source>
            <translation>Costs in another currency are converted at these rates. A rate you change becomes your own assumption: it is used at once and saved in %1. A price you typed stays as typed, in its currency.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Per US dollar</source>
            <translation>Per US dollar</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>Where it comes from</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>1 (the reference)</source>
            <translation>1 (the reference)</translation>
        </message>
        <message>
            <source>%1 per US dollar</source>
            <translation>%1 per US dollar</translation>
        </message>
        <message>
            <source>Put back the rates built into GridShare, with their sources; OK then removes your saved rates</source>
            <translation>Put back the rates built into GridShare, with their sources; OK then removes your saved rates</translation>
        </message>
        <message>
            <source>%1 per US dollar is empty; type a rate above 0, for example %2</source>
            <translation>%1 per US dollar is empty; type a rate above 0, for example %2</translation>
        </message>
        <message>
            <source>%1 per US dollar: "%2" is not a number</source>
            <translation>%1 per US dollar: "%2" is not a number</translation>
        </message>
        <message>
            <source>The rates were not saved: %1</source>
            <translation>The rates were not saved: %1</translation>
        </message>
        <message>
            <source>E&amp;xchange Rates…</source>
            <translation>E&amp;xchange Rates…</translation>
        </message>
        <message>
            <source>Rates…</source>
            <translation>Rates…</translation>
        </message>
        <message>
            <source>See where each exchange rate comes from, and change it</source>
            <translation>See where each exchange rate comes from, and change it</translation>
        </message>
        <message>
            <source>%1 per US dollar: %2 is outside the valid range %3 to %4</source>
            <translation>%1 per US dollar: %2 is outside the valid range %3 to %4</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ExportActions</name>
        <message>
            <source>&amp;Export Chart…</source>
            <translation>&amp;Export Chart…</translation>
        </message>
        <message>
            <source>Write the chart as PNG, SVG or PDF, with a footer naming its sources (Ctrl+E)</source>
            <translation>Write the chart as PNG, SVG or PDF, with a footer naming its sources (Ctrl+E)</translation>
        </message>
        <message>
            <source>Export &amp;Table (CSV)…</source>
            <translation>Export &amp;Table (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Copy Chart</source>
            <translation>&amp;Copy Chart</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG vector image (*.svg);;PDF vector document (*.pdf)</source>
            <translation>PNG image (*.png);;SVG vector image (*.svg);;PDF vector document (*.pdf)</translation>
        </message>
        <message>
            <source>%1: the name must end in .png, .svg or .pdf, which picks the format.</source>
            <translation>%1: the name must end in .png, .svg or .pdf, which picks the format.</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>%1: the report is a PDF; the name must end in .pdf.</source>
            <translation>%1: the report is a PDF; the name must end in .pdf.</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Export table</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2.</source>
            <translation>%1 could not be written: %2.</translation>
        </message>
        <message>
            <source>E&amp;xport Report…</source>
            <translation>E&amp;xport Report…</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ExportDialog</name>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>&amp;Size</source>
            <translation>&amp;Size</translation>
        </message>
        <message>
            <source>&amp;Width</source>
            <translation>&amp;Width</translation>
        </message>
        <message>
            <source>&amp;Height</source>
            <translation>&amp;Height</translation>
        </message>
        <message>
            <source>S&amp;cale (PNG pixels per pixel)</source>
            <translation>S&amp;cale (PNG pixels per pixel)</translation>
        </message>
        <message>
            <source>&amp;Resolution written in the PNG</source>
            <translation>&amp;Resolution written in the PNG</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>PNG: %1 × %2 pixels, %3 × %4 mm when printed. SVG and PDF are vectors at this size.</source>
            <translation>PNG: %1 × %2 pixels, %3 × %4 mm when printed. SVG and PDF are vectors at this size.</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ForecastsChartPage</name>
        <message>
            <source>Target &amp;year</source>
            <translation>Target &amp;year</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translation>&amp;Measure</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Target year</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Energy (TWh)</source>
            <translation>Energy (TWh)</translation>
        </message>
        <message>
            <source>Power (GW)</source>
            <translation>Power (GW)</translation>
        </message>
        <message>
            <source>Published: %1, %2</source>
            <translation>Published: %1, %2</translation>
        </message>
        <message>
            <source>Published: %1</source>
            <translation>Published: %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Published as a share: %1 with this scenario's national consumption.</source>
            <translation>Published as a share: %1 with this scenario's national consumption.</translation>
        </message>
        <message>
            <source>Verification: %1</source>
            <translation>Verification: %1</translation>
        </message>
        <message>
            <source>One publisher's editions, joined</source>
            <translation>One publisher's editions, joined</translation>
        </message>
        <message>
            <source>GW</source>
            <translation>GW</translation>
        </message>
        <message>
            <source>TWh</source>
            <translation>TWh</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>Publication date</translation>
        </message>
        <message>
            <source>This scenario, all data centres</source>
            <translation>This scenario, all data centres</translation>
        </message>
        <message>
            <source>This scenario, AI</source>
            <translation>This scenario, AI</translation>
        </message>
        <message>
            <source>This scenario's average load</source>
            <translation>This scenario's average load</translation>
        </message>
        <message>
            <source>GW in %1</source>
            <translation>GW in %1</translation>
        </message>
        <message>
            <source>TWh in %1</source>
            <translation>TWh in %1</translation>
        </message>
        <message>
            <source>Data-centre power</source>
            <translation>Data-centre power</translation>
        </message>
        <message>
            <source>Data-centre electricity</source>
            <translation>Data-centre electricity</translation>
        </message>
        <message>
            <source>How forecasts moved — %1</source>
            <translation>How forecasts moved — %1</translation>
        </message>
        <message>
            <source>%1 in %2 · no published projection for this year</source>
            <translation>%1 in %2 · no published projection for this year</translation>
        </message>
        <message>
            <source>%1 in %2 · lines join a publisher's editions · numbers in brackets are sources</source>
            <translation>%1 in %2 · lines join a publisher's editions · numbers in brackets are sources</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ImplicationsPanel</name>
        <message>
            <source>What this implies</source>
            <translation>What this implies</translation>
        </message>
        <message>
            <source>What this scenario implies (%1), beside figures people know. %2</source>
            <translation>What this scenario implies (%1), beside figures people know. %2</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::KeyFiguresStrip</name>
        <message>
            <source>In
%1</source>
            <translation>In
%1</translation>
        </message>
        <message>
            <source>%1 vs pinned</source>
            <translation>%1 vs pinned</translation>
        </message>
        <message>
            <source>%1 compared with %2</source>
            <translation>%1 compared with %2</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>%1[*] — GridShare</source>
            <translation>%1[*] — GridShare</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ParameterControl</name>
        <message>
            <source>Drag to change %1</source>
            <translation>Drag to change %1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PerQueryChartPage</name>
        <message>
            <source>Energy per request (this scenario)</source>
            <translation>Energy per request (this scenario)</translation>
        </message>
        <message>
            <source>Wh per request (log scale)</source>
            <translation>Wh per request (log scale)</translation>
        </message>
        <message>
            <source>Electricity per AI request</source>
            <translation>Electricity per AI request</translation>
        </message>
        <message>
            <source>Published: measured</source>
            <translation>Published: measured</translation>
        </message>
        <message>
            <source>Published: estimated</source>
            <translation>Published: estimated</translation>
        </message>
        <message>
            <source>Published: a company's statement, no method</source>
            <translation>Published: a company's statement, no method</translation>
        </message>
        <message>
            <source>Published %1; about %2</source>
            <translation>Published %1; about %2</translation>
        </message>
        <message>
            <source>Verification: %1</source>
            <translation>Verification: %1</translation>
        </message>
        <message>
            <source>%1 · %2 Wh per request</source>
            <translation>%1 · %2 Wh per request</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PlaylistDialog</name>
        <message>
            <source>Presentation playlist</source>
            <translation>Presentation playlist</translation>
        </message>
        <message>
            <source>Scenarios in the playlist</source>
            <translation>Scenarios in the playlist</translation>
        </message>
        <message>
            <source>Preset to add</source>
            <translation>Preset to add</translation>
        </message>
        <message>
            <source>Add &amp;preset</source>
            <translation>Add &amp;preset</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Add &amp;files…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>Presentation mode shows the open scenario first, then these in order.</source>
            <translation>Presentation mode shows the open scenario first, then these in order.</translation>
        </message>
        <message>
            <source>Add scenarios</source>
            <translation>Add scenarios</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PowerChartPage</name>
        <message>
            <source>Data-centre capacity (this scenario)</source>
            <translation>Data-centre capacity (this scenario)</translation>
        </message>
        <message>
            <source>Data-centre average load (this scenario)</source>
            <translation>Data-centre average load (this scenario)</translation>
        </message>
        <message>
            <source>AI average load (this scenario)</source>
            <translation>AI average load (this scenario)</translation>
        </message>
        <message>
            <source>Gigawatts (GW)</source>
            <translation>Gigawatts (GW)</translation>
        </message>
        <message>
            <source>%1 · %2–%3 · capacity is the average load ÷ load factor %4</source>
            <translation>%1 · %2–%3 · capacity is the average load ÷ load factor %4</translation>
        </message>
        <message>
            <source>%1 · numbers in brackets are sources</source>
            <translation>%1 · numbers in brackets are sources</translation>
        </message>
        <message>
            <source>%1 · no published projection in GW for %2</source>
            <translation>%1 · no published projection in GW for %2</translation>
        </message>
        <message>
            <source>Data-centre power — %1</source>
            <translation>Data-centre power — %1</translation>
        </message>
        <message>
            <source>AI %1</source>
            <translation>AI %1</translation>
        </message>
        <message>
            <source>Published: %1</source>
            <translation>Published: %1</translation>
        </message>
        <message>
            <source>Replaced edition (faded)</source>
            <translation>Replaced edition (faded)</translation>
        </message>
        <message>
            <source>%1 · capacity %2 · average load %3 · AI %4</source>
            <translation>%1 · capacity %2 · average load %3 · AI %4</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PresentationActions</name>
        <message>
            <source>P&amp;resent</source>
            <translation>P&amp;resent</translation>
        </message>
        <message>
            <source>Full screen with the playlist: PageDown/PageUp step, P shows projections, Esc leaves (F5)</source>
            <translation>Full screen with the playlist: PageDown/PageUp step, P shows projections, Esc leaves (F5)</translation>
        </message>
        <message>
            <source>Presentation Pl&amp;aylist…</source>
            <translation>Presentation Pl&amp;aylist…</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PresentationWindow</name>
        <message>
            <source>GridShare presentation</source>
            <translation>GridShare presentation</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 / %2 · cannot show: %3</source>
            <translation>%1 / %2 · cannot show: %3</translation>
        </message>
        <message>
            <source>%1 (modified) · %2</source>
            <translation>%1 (modified) · %2</translation>
        </message>
        <message>
            <source>Sources: %1</source>
            <translation>Sources: %1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ProblemBanner</name>
        <message>
            <source>These values cannot be evaluated: %1. The charts show the last valid scenario.</source>
            <translation>These values cannot be evaluated: %1. The charts show the last valid scenario.</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::QuantityEdit</name>
        <message>
            <source>%1. From %2 to %3 %4.</source>
            <translation>%1. From %2 to %3 %4.</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>currency</translation>
        </message>
        <message>
            <source>2.5B, 200M or 2.5e9</source>
            <translation>2.5B, 200M or 2.5e9</translation>
        </message>
        <message>
            <source>12 or 12%</source>
            <translation>12 or 12%</translation>
        </message>
        <message>
            <source>"%1" is not a number; type for example %2</source>
            <translation>"%1" is not a number; type for example %2</translation>
        </message>
        <message>
            <source>%1 is outside the valid range %2 to %3</source>
            <translation>%1 is outside the valid range %2 to %3</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::RangeEditor</name>
        <message>
            <source>Give %1 an uncertainty range (P10–P90 bands)</source>
            <translation>Give %1 an uncertainty range (P10–P90 bands)</translation>
        </message>
        <message>
            <source>Uncertainty range of %1</source>
            <translation>Uncertainty range of %1</translation>
        </message>
        <message>
            <source>Low end of %1</source>
            <translation>Low end of %1</translation>
        </message>
        <message>
            <source>High end of %1</source>
            <translation>High end of %1</translation>
        </message>
        <message>
            <source>range</source>
            <translation>range</translation>
        </message>
        <message>
            <source>The range must contain the current value %1.</source>
            <translation>The range must contain the current value %1.</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::RegionDialog</name>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>Make a region of your own from any region: change its values and say where each comes from, a source or an assumption with its reason. It is saved in %1 and listed under Your regions; a scenario that uses it carries its values.</source>
            <translation>Make a region of your own from any region: change its values and say where each comes from, a source or an assumption with its reason. It is saved in %1 and listed under Your regions; a scenario that uses it carries its values.</translation>
        </message>
        <message>
            <source>&amp;Start from</source>
            <translation>&amp;Start from</translation>
        </message>
        <message>
            <source>A short id for files and the command line, such as Ireland-high</source>
            <translation>A short id for files and the command line, such as Ireland-high</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>&amp;Id</translation>
        </message>
        <message>
            <source>&amp;Name (English)</source>
            <translation>&amp;Name (English)</translation>
        </message>
        <message>
            <source>Optional; shown when GridShare speaks Chinese</source>
            <translation>Optional; shown when GridShare speaks Chinese</translation>
        </message>
        <message>
            <source>Name (&amp;Chinese)</source>
            <translation>Name (&amp;Chinese)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>C&amp;urrency</translation>
        </message>
        <message>
            <source>&amp;Data year</source>
            <translation>&amp;Data year</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Why (an assumption) or note</source>
            <translation>Why (an assumption) or note</translation>
        </message>
        <message>
            <source>A household's use (kWh a year)</source>
            <translation>A household's use (kWh a year)</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>currency</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Assumption</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Source of %1</source>
            <translation>Source of %1</translation>
        </message>
        <message>
            <source>Verification level of %1</source>
            <translation>Verification level of %1</translation>
        </message>
        <message>
            <source>Why or note for %1</source>
            <translation>Why or note for %1</translation>
        </message>
        <message>
            <source>Why this value (required)</source>
            <translation>Why this value (required)</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>%1: "%2" is not a number</source>
            <translation>%1: "%2" is not a number</translation>
        </message>
        <message>
            <source>%1: %2 is outside the valid range %3 to %4</source>
            <translation>%1: %2 is outside the valid range %3 to %4</translation>
        </message>
        <message>
            <source>%1: choose its source, or say why it is assumed</source>
            <translation>%1: choose its source, or say why it is assumed</translation>
        </message>
        <message>
            <source>Id: give the region a short id of its own</source>
            <translation>Id: give the region a short id of its own</translation>
        </message>
        <message>
            <source>Name (English): give the region a name</source>
            <translation>Name (English): give the region a name</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>and %1 more</translation>
        </message>
        <message>
            <source>The region was not saved: %1</source>
            <translation>The region was not saved: %1</translation>
        </message>
        <message>
            <source>Re&amp;gions…</source>
            <translation>Re&amp;gions…</translation>
        </message>
        <message>
            <source>Regions…</source>
            <translation>Regions…</translation>
        </message>
        <message>
            <source>Make a region of your own from any region, each value with its source</source>
            <translation>Make a region of your own from any region, each value with its source</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::RegionsChartPage</name>
        <message>
            <source>In %1</source>
            <translation>In %1</translation>
        </message>
        <message>
            <source>%1 (%2: %3)</source>
            <translation>%1 (%2: %3)</translation>
        </message>
        <message>
            <source>AI share of each region's electricity (%)</source>
            <translation>AI share of each region's electricity (%)</translation>
        </message>
        <message>
            <source>Data-centre share of each region's electricity (%)</source>
            <translation>Data-centre share of each region's electricity (%)</translation>
        </message>
        <message>
            <source>AI's share of electricity in %1, region by region</source>
            <translation>AI's share of electricity in %1, region by region</translation>
        </message>
        <message>
            <source>Data centres' share of electricity in %1, region by region</source>
            <translation>Data centres' share of electricity in %1, region by region</translation>
        </message>
        <message>
            <source>Left out: %1 (these settings would give data centres more than the region's electricity)</source>
            <translation>Left out: %1 (these settings would give data centres more than the region's electricity)</translation>
        </message>
        <message>
            <source>This scenario's region</source>
            <translation>This scenario's region</translation>
        </message>
        <message>
            <source>The assumptions of %1 for every region: each keeps its own consumption, data centres, AI use in %2, prices and carbon; growth and per-request settings are the scenario's</source>
            <translation>The assumptions of %1 for every region: each keeps its own consumption, data centres, AI use in %2, prices and carbon; growth and per-request settings are the scenario's</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ScenarioDocument</name>
        <message>
            <source>Change %1</source>
            <translation>Change %1</translation>
        </message>
        <message>
            <source>Range of %1</source>
            <translation>Range of %1</translation>
        </message>
        <message>
            <source>Remove the range of %1</source>
            <translation>Remove the range of %1</translation>
        </message>
        <message>
            <source>Uncertainty samples and seed</source>
            <translation>Uncertainty samples and seed</translation>
        </message>
        <message>
            <source>Reset all values</source>
            <translation>Reset all values</translation>
        </message>
        <message>
            <source>Load preset %1</source>
            <translation>Load preset %1</translation>
        </message>
        <message>
            <source>Switch to %1</source>
            <translation>Switch to %1</translation>
        </message>
        <message>
            <source>%1 defaults</source>
            <translation>%1 defaults</translation>
        </message>
        <message>
            <source>Costs in %1</source>
            <translation>Costs in %1</translation>
        </message>
        <message>
            <source>Keep the values saved in the file</source>
            <translation>Keep the values saved in the file</translation>
        </message>
        <message>
            <source>%1 %2 is outside the uncertainty range %3–%4 %2; widen or remove the range first (±).</source>
            <translation>%1 %2 is outside the uncertainty range %3–%4 %2; widen or remove the range first (±).</translation>
        </message>
        <message>
            <source>Values from the command line</source>
            <translation>Values from the command line</translation>
        </message>
        <message>
            <source>The range must contain the current value %1.</source>
            <translation>The range must contain the current value %1.</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ScenarioToolBar</name>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preset</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>The currency of prices and costs; rates are cited in the tooltip of each</source>
            <translation>The currency of prices and costs; rates are cited in the tooltip of each</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Region</translation>
        </message>
        <message>
            <source>&amp;Preset</source>
            <translation>&amp;Preset</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>C&amp;urrency</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>Reset all</translation>
        </message>
        <message>
            <source>Return every value to the preset or region defaults (Ctrl+Shift+R)</source>
            <translation>Return every value to the preset or region defaults (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Pin as baseline</source>
            <translation>Pin as baseline</translation>
        </message>
        <message>
            <source>Keep this scenario on the charts as a dashed line to compare with (Ctrl+B); up to %1</source>
            <translation>Keep this scenario on the charts as a dashed line to compare with (Ctrl+B); up to %1</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::SensitivityChartPage</name>
        <message>
            <source>Parameter at its low end</source>
            <translation>Parameter at its low end</translation>
        </message>
        <message>
            <source>Parameter at its high end</source>
            <translation>Parameter at its high end</translation>
        </message>
        <message>
            <source>AI share of national electricity in %1 (%)</source>
            <translation>AI share of national electricity in %1 (%)</translation>
        </message>
        <message>
            <source>What moves AI's share in %1</source>
            <translation>What moves AI's share in %1</translation>
        </message>
        <message>
            <source>%1 · now %2 · * no range set: levels ±20%, growth rates ±10 points</source>
            <translation>%1 · now %2 · * no range set: levels ±20%, growth rates ±10 points</translation>
        </message>
        <message>
            <source>The range on “%1” explains %2 of the spread of AI's %3 share</source>
            <translation>The range on “%1” explains %2 of the spread of AI's %3 share</translation>
        </message>
        <message>
            <source>%1 of the spread, %2 with interactions</source>
            <translation>%1 of the spread, %2 with interactions</translation>
        </message>
        <message>
            <source>%1 of the spread</source>
            <translation>%1 of the spread</translation>
        </message>
        <message>
            <source>AI share of the region's electricity in %1 (%)</source>
            <translation>AI share of the region's electricity in %1 (%)</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ShareChartPage</name>
        <message>
            <source>All data centres (this scenario)</source>
            <translation>All data centres (this scenario)</translation>
        </message>
        <message>
            <source>AI (this scenario)</source>
            <translation>AI (this scenario)</translation>
        </message>
        <message>
            <source>Share of national electricity (%)</source>
            <translation>Share of national electricity (%)</translation>
        </message>
        <message>
            <source>Share of electricity used by AI and data centres — %1</source>
            <translation>Share of electricity used by AI and data centres — %1</translation>
        </message>
        <message>
            <source>%1 · %2–%3 · numbers in brackets are sources</source>
            <translation>%1 · %2–%3 · numbers in brackets are sources</translation>
        </message>
        <message>
            <source>Published: all data centres</source>
            <translation>Published: all data centres</translation>
        </message>
        <message>
            <source>Published: AI only</source>
            <translation>Published: AI only</translation>
        </message>
        <message>
            <source>Published in TWh only: placed at %1 with this scenario's national consumption of %2 in %3.</source>
            <translation>Published in TWh only: placed at %1 with this scenario's national consumption of %2 in %3.</translation>
        </message>
        <message>
            <source>Published range: AI only</source>
            <translation>Published range: AI only</translation>
        </message>
        <message>
            <source>Published range: all data centres</source>
            <translation>Published range: all data centres</translation>
        </message>
        <message>
            <source>%1 · AI %2 · all data centres %3</source>
            <translation>%1 · AI %2 · all data centres %3</translation>
        </message>
        <message>
            <source>Replaced edition (faded)</source>
            <translation>Replaced edition (faded)</translation>
        </message>
        <message>
            <source>Published in TWh only (placed)</source>
            <translation>Published in TWh only (placed)</translation>
        </message>
        <message>
            <source>Share of the region's electricity (%)</source>
            <translation>Share of the region's electricity (%)</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::SidePanels</name>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>What it takes</source>
            <translation>What it takes</translation>
        </message>
        <message>
            <source>Implies</source>
            <translation>Implies</translation>
        </message>
        <message>
            <source>What this implies: accelerators, tokens, requests and GW beside figures people know</source>
            <translation>What this implies: accelerators, tokens, requests and GW beside figures people know</translation>
        </message>
        <message>
            <source>Sources, what it takes and what this implies</source>
            <translation>Sources, what it takes and what this implies</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ViewActions</name>
        <message>
            <source>Published &amp;projections</source>
            <translation>Published &amp;projections</translation>
        </message>
        <message>
            <source>Key Figures in &amp;GW</source>
            <translation>Key Figures in &amp;GW</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Light</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dark</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <source>&amp;System (%1)</source>
            <translation>&amp;System (%1)</translation>
        </message>
        <message>
            <source>The language changes when GridShare next starts.</source>
            <translation>The language changes when GridShare next starts.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::WaterChartPage</name>
        <message>
            <source>Water (left axis)</source>
            <translation>Water (left axis)</translation>
        </message>
        <message>
            <source>CO₂ (right axis)</source>
            <translation>CO₂ (right axis)</translation>
        </message>
        <message>
            <source>Water, million m³ per year</source>
            <translation>Water, million m³ per year</translation>
        </message>
        <message>
            <source>CO₂, million tonnes per year</source>
            <translation>CO₂, million tonnes per year</translation>
        </message>
        <message>
            <source>Water and CO₂ of AI's electricity</source>
            <translation>Water and CO₂ of AI's electricity</translation>
        </message>
        <message>
            <source>%1 · water %2 million m³ · CO₂ %3 Mt</source>
            <translation>%1 · water %2 million m³ · CO₂ %3 Mt</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::WhatItTakesPanel</name>
        <message>
            <source>Apply this value</source>
            <translation>Apply this value</translation>
        </message>
        <message>
            <source>AI share of electricity (%)</source>
            <translation>AI share of electricity (%)</translation>
        </message>
        <message>
            <source>Data-centre share (%)</source>
            <translation>Data-centre share (%)</translation>
        </message>
        <message>
            <source>AI electricity (TWh)</source>
            <translation>AI electricity (TWh)</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Target value</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>reaches</source>
            <translation>reaches</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>by changing</source>
            <translation>by changing</translation>
        </message>
        <message>
            <source>&lt;h3&gt;What it takes&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;What it takes&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b style="font-size:large"&gt;%1: %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Now %3; %4.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b style="font-size:large"&gt;%1: %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Now %3; %4.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No value of %1 reaches it.&lt;/b&gt; Across its valid range the result in %2 stays between %3 and %4.&lt;/p&gt;&lt;p&gt;Now %5; %6.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;No value of %1 reaches it.&lt;/b&gt; Across its valid range the result in %2 stays between %3 and %4.&lt;/p&gt;&lt;p&gt;Now %5; %6.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What each published projection needs&lt;/b&gt; of %1, everything else as it is now:&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;What each published projection needs&lt;/b&gt; of %1, everything else as it is now:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>AI</source>
            <translation>AI</translation>
        </message>
        <message>
            <source>data centres</source>
            <translation>data centres</translation>
        </message>
        <message>
            <source>outside %1–%2</source>
            <translation>outside %1–%2</translation>
        </message>
        <message>
            <source>out of reach (%1 to %2 possible)</source>
            <translation>out of reach (%1 to %2 possible)</translation>
        </message>
        <message>
            <source>%1 TWh</source>
            <translation>%1 TWh</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>"%1" is not a number.</translation>
        </message>
    </context>
</TS>
