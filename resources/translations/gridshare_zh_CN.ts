<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AtomicFile</name>
        <message>
            <source>%1; the previous file is unchanged</source>
            <translation>%1；原有文件保持不变</translation>
        </message>
        <message>
            <source>%1; nothing was written</source>
            <translation>%1；未写入任何内容</translation>
        </message>
        <message>
            <source>the disk may be full</source>
            <translation>磁盘可能已满</translation>
        </message>
    </context>
    <context>
        <name>ChartViews</name>
        <message>
            <source>Grid share</source>
            <translation>占全国用电比例</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>电量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Energy per request</source>
            <translation>每次请求能耗</translation>
        </message>
        <message>
            <source>Water and CO₂</source>
            <translation>用水与 CO₂</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>敏感性</translation>
        </message>
        <message>
            <source>How forecasts moved</source>
            <translation>预测如何变化</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>功率</translation>
        </message>
        <message>
            <source>Compare regions</source>
            <translation>地区对比</translation>
        </message>
    </context>
    <context>
        <name>Citations</name>
        <message>
            <source>Assumption: %1</source>
            <translation>假设：%1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>(yours)</source>
            <translation>（您的）</translation>
        </message>
        <message>
            <source>Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited figures; NV not verified. Defaults marked "assumption" have no source; their controls say why.</source>
            <translation>核实等级：V1 已阅读原始文献；V2 引用原始文献的二手文献；D 由所引数据推算；NV 未核实。标记为“假设”的默认值没有来源，其控件中说明了原因。</translation>
        </message>
        <message>
            <source>Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited figures; NV not verified.</source>
            <translation>核实等级：V1 已阅读原始文献；V2 引用原始文献的二手文献；D 由所引数据推算；NV 未核实。</translation>
        </message>
        <message>
            <source>GridShare has no published projections for %1.</source>
            <translation>GridShare 暂无%1已发布的预测。</translation>
        </message>
        <message>
            <source>assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Default from %1 (%2)</source>
            <translation>默认值来自 %1（%2）</translation>
        </message>
        <message>
            <source>default from [%1] %2 (%3)</source>
            <translation>默认值来自 [%1] %2（%3）</translation>
        </message>
        <message>
            <source>default is an assumption: %1</source>
            <translation>默认值为假设：%1</translation>
        </message>
        <message>
            <source>%1. %2, %3 (%4).</source>
            <translation>%1。%2，%3（%4）。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>%1: cannot be written: %2</source>
            <translation>%1：无法写入：%2</translation>
        </message>
        <message>
            <source>try 'gridshare --help'</source>
            <translation>请尝试 'gridshare --help'</translation>
        </message>
        <message>
            <source>the window opens one scenario file at a time</source>
            <translation>窗口一次只能打开一个情景文件</translation>
        </message>
        <message>
            <source>no display to open the window on; `gridshare evaluate` prints the scenario and `gridshare --screenshot FILE` renders the window to a PNG</source>
            <translation>没有可用于打开窗口的显示器；`gridshare evaluate` 可输出情景，`gridshare --screenshot FILE` 可将窗口渲染为 PNG</translation>
        </message>
        <message>
            <source>--theme: "%1" is not one of system, light, dark, high-contrast</source>
            <translation>--theme：“%1”不是 system、light、dark、high-contrast 之一</translation>
        </message>
        <message>
            <source>--size: "%1" is not WIDTHxHEIGHT between 640x400 and 8000x8000</source>
            <translation>--size：“%1”不是介于 640x400 与 8000x8000 之间的 WIDTHxHEIGHT</translation>
        </message>
        <message>
            <source>--lang: "%1" is not one of %2</source>
            <translation>--lang：“%1”不是 %2 之一</translation>
        </message>
        <message>
            <source>%1 takes at most one scenario file</source>
            <translation>%1 最多接受一个情景文件</translation>
        </message>
        <message>
            <source>%1 needs --out PATH</source>
            <translation>%1 需要 --out PATH</translation>
        </message>
        <message>
            <source>--out %1: the report is a PDF; name the file *.pdf</source>
            <translation>--out %1：报告为 PDF 格式，请将文件命名为 *.pdf</translation>
        </message>
        <message>
            <source>--out %1: the extension picks the format; use .png, .svg, .pdf or .csv</source>
            <translation>--out %1：格式由扩展名决定，请使用 .png、.svg、.pdf 或 .csv</translation>
        </message>
        <message>
            <source>--size: "%1" is not WIDTHxHEIGHT between 320x200 and 8000x8000</source>
            <translation>--size：“%1”不是 320x200 至 8000x8000 之间的 WIDTHxHEIGHT</translation>
        </message>
        <message>
            <source>--scale: "%1" is not a number from 0.25 to 8</source>
            <translation>--scale：“%1”不是 0.25 至 8 之间的数字</translation>
        </message>
        <message>
            <source>--size and --scale give %1x%2 pixels; the largest image is 16000x16000</source>
            <translation>--size 与 --scale 得出 %1x%2 像素；图像最大为 16000x16000</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>warning: the charts&apos; typeface could not be loaded; charts use the system&apos;s font</source>
            <translation>警告：无法加载图表字体；图表改用系统字体</translation>
        </message>
        <message>
            <source>GridShare %1 — how much of a country's electricity will AI use?</source>
            <translation>GridShare %1 — 人工智能将占用一个国家多少电力？</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>the window</source>
            <translation>打开窗口</translation>
        </message>
        <message>
            <source>the window, offscreen</source>
            <translation>打开窗口（离屏）</translation>
        </message>
        <message>
            <source>evaluate prints one row per year of a scenario file (*.gridshare.json), a preset, or a region's
defaults (US when nothing is named). json and csv give shares as fractions with 17 significant
digits; table is for people.</source>
            <translation>evaluate 按年逐行输出情景文件（*.gridshare.json）、预设或某地区默认值的结果
（未指定时使用 US）。json 和 csv 以小数形式给出占比，保留 17 位有效
数字；table 供人阅读。</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <source>start from a preset (see `gridshare presets`)</source>
            <translation>从预设开始（参见 `gridshare presets`）</translation>
        </message>
        <message>
            <source>change one parameter; repeatable. KEY is a parameter below, or region,
currency, base_year, end_year</source>
            <translation>更改一个参数，可重复使用。KEY 为下列参数之一，或 region、
currency、base_year、end_year</translation>
        </message>
        <message>
            <source>the window: system (default), light, dark or high-contrast, for this run</source>
            <translation>窗口主题：system（默认）、light、dark 或 high-contrast，仅本次运行有效</translation>
        </message>
        <message>
            <source>language of the window and messages: en or zh_CN (default: the system's)</source>
            <translation>窗口和消息的语言：en 或 zh_CN（默认：跟随系统）</translation>
        </message>
        <message>
            <source>solve: the parameter to change</source>
            <translation>solve：要更改的参数</translation>
        </message>
        <message>
            <source>solve: the output (a key of the json output) and the value it should reach</source>
            <translation>solve：输出项（json 输出中的键）及其应达到的值</translation>
        </message>
        <message>
            <source>solve: the year of the target (default: the end year)</source>
            <translation>solve：目标年份（默认：结束年份）</translation>
        </message>
        <message>
            <source>Parameters:</source>
            <translation>参数：</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of table, json, csv</source>
            <translation>--format：“%1”不是 table、json、csv 之一</translation>
        </message>
        <message>
            <source>%1 takes no arguments</source>
            <translation>%1 不接受参数</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>（默认）</translation>
        </message>
        <message>
            <source>Evaluate one with: gridshare evaluate --preset ID</source>
            <translation>计算某一预设：gridshare evaluate --preset ID</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>National TWh</source>
            <translation>全国太瓦时</translation>
        </message>
        <message>
            <source>Data-centre TWh</source>
            <translation>数据中心太瓦时</translation>
        </message>
        <message>
            <source>Evaluate one with: gridshare evaluate --region ID</source>
            <translation>计算某一地区：gridshare evaluate --region ID</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>注：%1</translation>
        </message>
        <message>
            <source>Verification levels:</source>
            <translation>核实等级：</translation>
        </message>
        <message>
            <source>preset %1</source>
            <translation>预设 %1</translation>
        </message>
        <message>
            <source>%1 defaults</source>
            <translation>%1 默认值</translation>
        </message>
        <message>
            <source>defaults of %1</source>
            <translation>%1 的默认值</translation>
        </message>
        <message>
            <source>solve needs --vary KEY and --target OUTPUT=VALUE</source>
            <translation>solve 需要 --vary KEY 和 --target OUTPUT=VALUE</translation>
        </message>
        <message>
            <source>--vary: unknown parameter "%1"; did you mean "%2"?</source>
            <translation>--vary：未知参数“%1”；您是否指“%2”？</translation>
        </message>
        <message>
            <source>--vary: unknown parameter "%1"</source>
            <translation>--vary：未知参数“%1”</translation>
        </message>
        <message>
            <source>--target: expected OUTPUT=VALUE with OUTPUT a key of the evaluate output (ai_share, datacenter_share, ai_twh, cost, ...) and VALUE a number, got "%1"</source>
            <translation>--target：应为 OUTPUT=VALUE，其中 OUTPUT 为 evaluate 输出中的键（ai_share、datacenter_share、ai_twh、cost 等），VALUE 为数字，实际为“%1”</translation>
        </message>
        <message>
            <source>--year: "%1" is not a year from %2 to %3</source>
            <translation>--year：“%1”不是 %2 至 %3 之间的年份</translation>
        </message>
        <message>
            <source>no value of %1 from %2 to %3 gives %4 = %5 in %6; reachable: %7 .. %8</source>
            <translation>%1 在 %2 至 %3 之间的任何取值都无法使 %6 年 %4 = %5；可达范围：%7 .. %8</translation>
        </message>
        <message>
            <source>(%1 = %2 in %3; the scenario has %4 = %5 %6)</source>
            <translation>（%3 年 %1 = %2；情景中 %4 = %5 %6）</translation>
        </message>
        <message>
            <source>--region: no region has the id "%1"; regions: %2</source>
            <translation>--region：没有 id 为“%1”的地区；可用地区：%2</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>核实等级</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>replaced by %1</source>
            <translation>已被 %1 取代</translation>
        </message>
        <message>
            <source>data edition %1, as of %2</source>
            <translation>数据版本 %1，截至 %2</translation>
        </message>
        <message>
            <source>… and %1 more problems</source>
            <translation>… 另有 %1 个问题</translation>
        </message>
        <message>
            <source>standard output cannot be written: %1; the output is incomplete</source>
            <translation>无法写入标准输出：%1；输出不完整</translation>
        </message>
        <message>
            <source>--%1 applies to %2, not the window</source>
            <translation>--%1 用于 %2，不用于窗口</translation>
        </message>
        <message>
            <source>--%1 applies to %2 and the window, not %3</source>
            <translation>--%1 用于 %2 和窗口，不用于 %3</translation>
        </message>
        <message>
            <source>--%1 applies to %2, not %3</source>
            <translation>--%1 用于 %2，不用于 %3</translation>
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation>未知选项“%1”。</translation>
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation>“%1”后面不应有值。</translation>
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation>“%1”后面缺少值。</translation>
        </message>
        <message>
            <source>--%1 needs a value</source>
            <translation>--%1 需要一个值</translation>
        </message>
        <message>
            <source>--%1 is given twice; give it once (--set may be repeated)</source>
            <translation>--%1 给了两次；只能给一次（--set 可以重复）</translation>
        </message>
        <message>
            <source>unknown command "%1"; commands: %2</source>
            <translation>未知命令“%1”；可用命令：%2</translation>
        </message>
        <message>
            <source>FILE, --preset, --region and --set mean the same in every command and the window: a scenario
file or a preset (not both), else a region's defaults; then each --set in order. The window
makes the --set of parameters one step that Undo takes back. An option given twice (other
than --set) or with an empty value is refused.</source>
            <translation>FILE、--preset、--region 和 --set 在每个命令和窗口中含义相同：一个情景文件或一个预设（不能同时给出），
否则为某地区的默认值；然后依次应用每个 --set。窗口把参数的 --set 作为一步，撤销可将其收回。
给了两次的选项（--set 除外）或值为空的选项会被拒绝。</translation>
        </message>
        <message>
            <source>Exit codes: 0 success, 2 bad command-line usage, 3 invalid scenario, 4 a file that cannot be read
(missing, unreadable, a folder, a device or a pipe) or written, standard output included, 5 solve
found no value (it prints the reachable interval).</source>
            <translation>退出码：0 成功，2 命令行用法错误，3 情景无效，4 文件无法读取（不存在、不可读、是文件夹、设备或管道）
或无法写入（包括标准输出），5 solve 找不到值（会打印可达到的区间）。</translation>
        </message>
        <message>
            <source>Files in %1 with the names of the built-in data files (regions.json, sources.json, currencies.json,
presets.json, projections.json) replace them. Each stands alone: one that cannot be used is
reported with where and why, and the built-in file is used in its place.</source>
            <translation>%1 中与内置数据文件同名的文件（regions.json、sources.json、currencies.json、
presets.json、projections.json）会替换内置文件。每个文件各自独立：无法使用的文件会报告位置和原因，
并改用对应的内置文件。</translation>
        </message>
        <message>
            <source>use this region's data: an id or a name, any case (see `gridshare regions`)</source>
            <translation>使用该地区的数据：id 或名称，不区分大小写（见 `gridshare regions`）</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of table, json</source>
            <translation>--format：“%1”不是 table、json 之一</translation>
        </message>
        <message>
            <source>implies says what the scenario implies in its base and end years: accelerators in service,
generated tokens and requests a day, and the average data-centre load in GW, each beside the
cited figures people know (worldwide or for the region, with the source id). A value more than
twice a cited total of its year or a later one is flagged as far outside what is known.</source>
            <translation>implies 说明情景在基准年和终止年意味着什么：在用的加速器数量、每天生成的词元和请求数，
以及数据中心的平均负荷（万千瓦），每一项都与人们熟知的有出处的数字并列（全球或本地区，附来源 id）。
某个值若超过同年或更晚年份某个有出处的总量的两倍，即被标为远超已知范围。</translation>
        </message>
        <message>
            <source>What %1 implies (%2)</source>
            <translation>“%1”意味着什么（%2）</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>%1 年</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of table, bibtex, csl-json, ris</source>
            <translation>--format：“%1”不是 table、bibtex、csl-json、ris 之一</translation>
        </message>
        <message>
            <source>projections lists the published projections the charts draw, for one region or all: region,
source, publication date, target year, scope (all data centres or AI only), measure (energy,
capacity, average load or peak), share, TWh or GW as a value or range, verification level, the
series that joins a publisher's editions and the edition that replaced it. json adds the
measured and estimated energy per request. projections --import FILE.csv adds your own:
each row is checked, a bad one skipped with its row and column, and the rest stored in
your data folder beside what you imported before; they are drawn marked as yours.</source>
            <translation>projections 列出图表所绘的已发布预测（一个地区或全部）：地区、来源、发布日期、目标年份、
范围（全部数据中心或仅人工智能）、度量（电量、装机容量、平均负荷或峰值）、份额、太瓦时或
吉瓦（单值或区间）、核实等级、把同一机构历次版本连起来的系列，以及取代它的新版。json 还列出
每次请求的实测与估算能耗。projections --import FILE.csv 添加您自己的预测：逐行检查，
有误的行连同行号和列名一起跳过，其余存入您的数据文件夹，与以前导入的并存；图上标明为您的。</translation>
        </message>
        <message>
            <source>sources lists every cited source; --format bibtex, csl-json or ris writes them for a reference
manager, each with its title, publisher, URL, date and verification level (in a note).</source>
            <translation>sources 列出所有引用来源；--format bibtex、csl-json 或 ris 按文献管理软件的格式输出，
每条含标题、发布方、网址、日期和核实等级（写在注释中）。</translation>
        </message>
        <message>
            <source>table (default), json or csv; for sources: table, bibtex, csl-json or ris</source>
            <translation>table（默认）、json 或 csv；sources 命令可用 table、bibtex、csl-json 或 ris</translation>
        </message>
        <message>
            <source>projections: add your own projections from a CSV file (README: columns)</source>
            <translation>projections：从 CSV 文件添加您自己的预测（各列见 README）</translation>
        </message>
        <message>
            <source>--import takes no --region or --format</source>
            <translation>--import 不能与 --region 或 --format 同用</translation>
        </message>
        <message>
            <source>%1 of %2 rows imported into %3</source>
            <translation>%2 行中有 %1 行已导入 %3</translation>
        </message>
        <message>
            <source>(yours)</source>
            <translation>（您的）</translation>
        </message>
        <message>
            <source>Shares are of each region's own electricity use (a country's, or a state's for a sub-national grid); ~ marks an approximate figure. --format json or csv gives every field.</source>
            <translation>份额指占各地区自身用电量的比例（国家的用电量，或次国家级电网中该州的用电量）；~ 表示近似值。--format json 或 csv 给出全部字段。</translation>
        </message>
        <message>
            <source>--view: "%1" is not one of share, energy, cost, per-query, water, sensitivity, forecasts, power, regions</source>
            <translation>--view：“%1”不是 share、energy、cost、per-query、water、sensitivity、forecasts、power、regions 之一</translation>
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
            <translation>export 导出一张带脚注（情景、已更改的假设、图表所用来源）的图表；
格式由 PATH 的扩展名决定：.png、.svg、.pdf，或 .csv（与 evaluate 输出相同的
逐年表格；--view regions 时每个地区一行）。--size 为图的逻辑像素尺寸（默认 1600x900），
--scale 为 PNG 像素倍数（设为 2 可在高 DPI 屏幕和印刷中获得清晰的图）。
report 导出 PDF：包含占比、电量、预测变化、单次请求、功率、地区对比和敏感性图表、关键数字
（窗口以吉瓦显示时亦以吉瓦显示）、本情景意味着什么、哪个范围的不确定性解释了阴影带的
离散程度、全部参数和全部来源。
两者均无需显示器；已有文件要么被整体替换，要么保持原样。</translation>
        </message>
        <message>
            <source>share (default), energy, cost, per-query, water, sensitivity, forecasts, power or regions</source>
            <translation>share（默认）、energy、cost、per-query、water、sensitivity、forecasts、power 或 regions</translation>
        </message>
    </context>
    <context>
        <name>CompareRegions</name>
        <message>
            <source>Compare &amp;Regions</source>
            <translation>地区对比(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;AI's Share</source>
            <translation>人工智能占比(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Data Centres' Share</source>
            <translation>数据中心占比(&amp;D)</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>地区</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>"%1" is not a number (use a dot for decimals: 0.12, 2.5e9)</source>
            <translation>“%1”不是数字（小数请用点号：0.12、2.5e9）</translation>
        </message>
        <message>
            <source>unknown key "%1"; did you mean "%2"? (see `gridshare --help` for the keys)</source>
            <translation>未知键“%1”；您是否指“%2”？（可用的键参见 `gridshare --help`）</translation>
        </message>
        <message>
            <source>unknown key "%1" (see `gridshare --help` for the keys)</source>
            <translation>未知键“%1”（可用的键参见 `gridshare --help`）</translation>
        </message>
        <message>
            <source>give a scenario file or --preset, not both</source>
            <translation>请指定情景文件或 --preset，不能同时指定</translation>
        </message>
        <message>
            <source>unknown preset "%1"; known presets: %2</source>
            <translation>未知预设“%1”；已知预设：%2</translation>
        </message>
        <message>
            <source>unknown region "%1"; known regions: %2</source>
            <translation>未知地区“%1”；已知地区：%2</translation>
        </message>
        <message>
            <source>expected KEY=VALUE, got "%1"</source>
            <translation>应为 KEY=VALUE，实际为“%1”</translation>
        </message>
        <message>
            <source>not a GridShare autosave record</source>
            <translation>不是 GridShare 自动保存记录</translation>
        </message>
        <message>
            <source>this GridShare reads autosave version 1</source>
            <translation>此版本 GridShare 仅能读取第 1 版自动保存</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>lists no currency; the US dollar at least is needed</source>
            <translation>未列出任何货币；至少需要美元</translation>
        </message>
        <message>
            <source>%1: needs either a source with a level or an assumption saying why</source>
            <translation>%1：需要带核实等级的来源，或说明理由的假设</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>必须是对象</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>必须是有限数</translation>
        </message>
        <message>
            <source>needs either a "source" with a "level" or an "assumption" saying why</source>
            <translation>需要带 "level" 的 "source"，或说明理由的 "assumption"</translation>
        </message>
        <message>
            <source>missing; say how far the figure was verified (V1, V2, D, NV)</source>
            <translation>缺失；请说明该数字的核实程度（V1、V2、D、NV）</translation>
        </message>
        <message>
            <source>expected "%1"</source>
            <translation>应为“%1”</translation>
        </message>
        <message>
            <source>this GridShare reads version 1</source>
            <translation>此版本 GridShare 仅能读取第 1 版</translation>
        </message>
        <message>
            <source>missing; every region gives every parameter</source>
            <translation>缺失；每个地区都必须提供全部参数</translation>
        </message>
        <message>
            <source>%1 is outside the valid range %2 .. %3</source>
            <translation>%1 超出有效范围 %2 .. %3</translation>
        </message>
        <message>
            <source>unknown parameter</source>
            <translation>未知参数</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <source>must be "ai" or "datacenters"</source>
            <translation>必须是 "ai" 或 "datacenters"</translation>
        </message>
        <message>
            <source>must be [low, high] as fractions</source>
            <translation>必须是以小数表示的 [low, high]</translation>
        </message>
        <message>
            <source>no source has the id "%1"</source>
            <translation>没有 id 为“%1”的来源</translation>
        </message>
        <message>
            <source>"%1" is not a verification level</source>
            <translation>“%1”不是有效的核实等级</translation>
        </message>
        <message>
            <source>"%1" appears twice</source>
            <translation>“%1”出现了两次</translation>
        </message>
        <message>
            <source>not a verification level</source>
            <translation>不是有效的核实等级</translation>
        </message>
        <message>
            <source>no currency has the code "%1"</source>
            <translation>没有代码为“%1”的货币</translation>
        </message>
        <message>
            <source>missing; every value a preset sets needs a source or an assumption</source>
            <translation>缺失；预设设定的每个值都需要来源或假设</translation>
        </message>
        <message>
            <source>missing; every range a preset sets needs a source or an assumption</source>
            <translation>缺失；预设设定的每个范围都需要来源或假设</translation>
        </message>
        <message>
            <source>no preset has the id "%1"</source>
            <translation>没有 id 为“%1”的预设</translation>
        </message>
        <message>
            <source>no region has the id "%1"</source>
            <translation>没有 id 为“%1”的地区</translation>
        </message>
        <message>
            <source>%1; using the built-in %2</source>
            <translation>%1；改用内置的%2</translation>
        </message>
        <message>
            <source>AI inference requests served per day from data centres on this grid, in the base year</source>
            <translation>基准年该电网上的数据中心每天处理的人工智能推理请求数</translation>
        </message>
        <message>
            <source>annual growth of requests</source>
            <translation>请求数的年增长率</translation>
        </message>
        <message>
            <source>active parameters per generated token of the serving model (model size)</source>
            <translation>推理模型每生成一个 token 的激活参数（模型规模）</translation>
        </message>
        <message>
            <source>annual growth of active parameters</source>
            <translation>激活参数的年增长率</translation>
        </message>
        <message>
            <source>generated (output) tokens per request</source>
            <translation>每次请求生成的（输出）token 数</translation>
        </message>
        <message>
            <source>annual growth of tokens per request (longer answers, reasoning)</source>
            <translation>每次请求 token 数的年增长率（回答更长、推理过程）</translation>
        </message>
        <message>
            <source>peak dense throughput of one accelerator</source>
            <translation>单个加速器的峰值稠密算力</translation>
        </message>
        <message>
            <source>power of one accelerator including its share of the server</source>
            <translation>单个加速器的功率，含其分摊的服务器功率</translation>
        </message>
        <message>
            <source>achieved FLOP/s divided by peak while serving</source>
            <translation>推理时实际达到的 FLOP/s 与峰值之比</translation>
        </message>
        <message>
            <source>average power draw divided by maximum power</source>
            <translation>平均功耗与最大功率之比</translation>
        </message>
        <message>
            <source>annual improvement of FLOP per joule (hardware and software)</source>
            <translation>每焦耳 FLOP 的年提升率（硬件与软件）</translation>
        </message>
        <message>
            <source>power usage effectiveness of the data centres</source>
            <translation>数据中心的电能利用效率（PUE）</translation>
        </message>
        <message>
            <source>share of AI electricity that goes to training</source>
            <translation>人工智能用电中用于训练的比例</translation>
        </message>
        <message>
            <source>non-AI data-centre consumption in the base year</source>
            <translation>基准年非人工智能数据中心用电量</translation>
        </message>
        <message>
            <source>annual growth of non-AI data-centre consumption</source>
            <translation>非人工智能数据中心用电量的年增长率</translation>
        </message>
        <message>
            <source>national electricity consumption in the base year, data centres included</source>
            <translation>基准年全国用电量（含数据中心）</translation>
        </message>
        <message>
            <source>annual growth of national consumption other than data centres</source>
            <translation>数据中心以外全国用电量的年增长率</translation>
        </message>
        <message>
            <source>electricity price paid by data centres, in the scenario's currency</source>
            <translation>数据中心支付的电价，以情景所用货币计</translation>
        </message>
        <message>
            <source>annual change of that price</source>
            <translation>该电价的年变化率</translation>
        </message>
        <message>
            <source>water consumed per kWh (on-site cooling plus generation)</source>
            <translation>每度电的耗水量（现场冷却加发电）</translation>
        </message>
        <message>
            <source>carbon intensity of the grid</source>
            <translation>电网的碳排放强度</translation>
        </message>
        <message>
            <source>annual decline of that intensity</source>
            <translation>该强度的年下降率</translation>
        </message>
        <message>
            <source>at the ends of the ranges the base-year data centres (%1 TWh) reach national consumption (%2 TWh); narrow the ranges</source>
            <translation>在范围端点处，基准年数据中心用电量（%1 太瓦时）达到了全国用电量（%2 太瓦时）；请缩小范围</translation>
        </message>
        <message>
            <source>unknown currency "%1"; known: %2</source>
            <translation>未知货币“%1”；已知货币：%2</translation>
        </message>
        <message>
            <source>%1 is not after the base year %2</source>
            <translation>%1 不晚于基准年 %2</translation>
        </message>
        <message>
            <source>[%1, %2] does not contain the central value %3</source>
            <translation>[%1, %2] 不包含中心值 %3</translation>
        </message>
        <message>
            <source>%1 TWh is not above the base-year data-centre total of %2 TWh</source>
            <translation>%1 太瓦时不高于基准年数据中心总用电量 %2 太瓦时</translation>
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
            <translation>数字</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>字符串</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>must be text, not %1</source>
            <translation>必须是文本，而不是%1</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>包含控制字符</translation>
        </message>
        <message>
            <source>is %1 bytes long; at most %2 are accepted</source>
            <translation>长度为 %1 字节；最多接受 %2 字节</translation>
        </message>
        <message>
            <source>must be a number, not %1</source>
            <translation>必须是数字，而不是%1</translation>
        </message>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 不是整数</translation>
        </message>
        <message>
            <source>must be an object, not %1</source>
            <translation>必须是对象，而不是%1</translation>
        </message>
        <message>
            <source>unknown parameter; did you mean "%1"?</source>
            <translation>未知参数；您是否要输入“%1”？</translation>
        </message>
        <message>
            <source>must be a list of two numbers [low, high]</source>
            <translation>必须是由两个数字组成的列表 [low, high]</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to 18446744073709551615</source>
            <translation>必须是 0 到 18446744073709551615 之间的整数</translation>
        </message>
        <message>
            <source>unknown field; expected "samples" or "seed"</source>
            <translation>未知字段；应为“samples”或“seed”</translation>
        </message>
        <message>
            <source>%1 is below the minimum %2</source>
            <translation>%1 低于最小值 %2</translation>
        </message>
        <message>
            <source>%1 is above the maximum %2</source>
            <translation>%1 高于最大值 %2</translation>
        </message>
        <message>
            <source>low %1 is above high %2</source>
            <translation>下限 %1 高于上限 %2</translation>
        </message>
        <message>
            <source>a scenario file must be a JSON object, not %1</source>
            <translation>情景文件必须是 JSON 对象，而不是%1</translation>
        </message>
        <message>
            <source>missing; a scenario file starts with "format": "gridshare-scenario"</source>
            <translation>缺失；情景文件应以 "format": "gridshare-scenario" 开头</translation>
        </message>
        <message>
            <source>is %1, not "gridshare-scenario"; this is not a GridShare scenario</source>
            <translation>为 %1，而不是 "gridshare-scenario"；这不是 GridShare 情景文件</translation>
        </message>
        <message>
            <source>missing; expected 1</source>
            <translation>缺失；应为 1</translation>
        </message>
        <message>
            <source>version %1 was written by a newer GridShare; this one reads versions up to %2</source>
            <translation>版本 %1 由更新版本的 GridShare 写入；当前版本最多只能读取版本 %2</translation>
        </message>
        <message>
            <source>"%1" is not an ISO currency code such as "USD"</source>
            <translation>“%1”不是 ISO 货币代码（如“USD”）</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>未知字段</translation>
        </message>
        <message>
            <source>cannot be read: no such file</source>
            <translation>无法读取：文件不存在</translation>
        </message>
        <message>
            <source>cannot be read: it is a folder, not a file</source>
            <translation>无法读取：这是文件夹，不是文件</translation>
        </message>
        <message>
            <source>the file is %1 bytes; at most %2 bytes are accepted</source>
            <translation>文件大小为 %1 字节；最多接受 %2 字节</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>无法读取：%1</translation>
        </message>
        <message>
            <source>cannot be read: the read failed</source>
            <translation>无法读取：读取失败</translation>
        </message>
        <message>
            <source>line %1, column %2: nesting deeper than %3 levels; a GridShare file is never nested this deep</source>
            <translation>第 %1 行，第 %2 列：嵌套超过 %3 层；GridShare 文件不会有如此深的嵌套</translation>
        </message>
        <message>
            <source>line %1, column %2: invalid UTF-8 (byte %3); save the file as UTF-8</source>
            <translation>第 %1 行，第 %2 列：无效的 UTF-8（字节 %3）；请将文件另存为 UTF-8</translation>
        </message>
        <message>
            <source>duplicate key; each key may appear once</source>
            <translation>键重复；每个键只能出现一次</translation>
        </message>
        <message>
            <source>line %1, column %2: not valid JSON: %3</source>
            <translation>第 %1 行，第 %2 列：不是有效的 JSON：%3</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <source>%1 — %2, %3–%4, costs in %5</source>
            <translation>%1 — %2，%3–%4 年，成本以%5计</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Requests/day</source>
            <translation>请求/天</translation>
        </message>
        <message>
            <source>Wh/request</source>
            <translation>瓦时/请求</translation>
        </message>
        <message>
            <source>AI TWh/yr</source>
            <translation>AI 太瓦时/年</translation>
        </message>
        <message>
            <source>DC TWh/yr</source>
            <translation>数据中心 太瓦时/年</translation>
        </message>
        <message>
            <source>National TWh</source>
            <translation>全国 太瓦时</translation>
        </message>
        <message>
            <source>AI share</source>
            <translation>AI 占比</translation>
        </message>
        <message>
            <source>DC share</source>
            <translation>数据中心占比</translation>
        </message>
        <message>
            <source>Cost, million %1/yr</source>
            <translation>成本，百万%1/年</translation>
        </message>
        <message>
            <source>Water, million m³</source>
            <translation>用水，百万立方米</translation>
        </message>
        <message>
            <source>CO2, Mt</source>
            <translation>CO2，百万吨</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>家庭数</translation>
        </message>
        <message>
            <source>Uncertainty (P10 / P50 / P90 of AI share):</source>
            <translation>不确定性（AI 占比的 P10 / P50 / P90）：</translation>
        </message>
        <message>
            <source>this GridShare reads versions 1 to %1</source>
            <translation>本版 GridShare 可读取第 1 至 %1 版</translation>
        </message>
        <message>
            <source>must be a number or [low, high]</source>
            <translation>必须是一个数字或 [下限, 上限]</translation>
        </message>
        <message>
            <source>must satisfy 0 &lt;= low &lt;= high &lt;= %1</source>
            <translation>必须满足 0 &lt;= 下限 &lt;= 上限 &lt;= %1</translation>
        </message>
        <message>
            <source>must be a date: YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>必须是日期：YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>must be "energy", "capacity", "average_load" or "peak"</source>
            <translation>必须是 "energy"、"capacity"、"average_load" 或 "peak"</translation>
        </message>
        <message>
            <source>an energy projection gives "share" or "twh", not "gw"</source>
            <translation>能量类预测应给出 "share" 或 "twh"，而不是 "gw"</translation>
        </message>
        <message>
            <source>a power projection gives "gw" only</source>
            <translation>功率类预测只给出 "gw"</translation>
        </message>
        <message>
            <source>must be "measurement", "estimate" or "company_statement"</source>
            <translation>必须是 "measurement"、"estimate" 或 "company_statement"</translation>
        </message>
        <message>
            <source>%1: the rate must be a number from %2 to %3</source>
            <translation>%1：汇率必须是 %2 至 %3 之间的数字</translation>
        </message>
        <message>
            <source>must be an object naming each verification level, such as {"V1": "primary text read"}</source>
            <translation>必须是列出每个核实级别的对象，例如 {"V1": "primary text read"}</translation>
        </message>
        <message>
            <source>%1 needs what this file lacks or changes: %2</source>
            <translation>%1 需要此文件缺少或改动的内容：%2</translation>
        </message>
        <message>
            <source>%1 needs what this file lacks or changes: %2: %3</source>
            <translation>%1 需要此文件缺少或改动的内容：%2：%3</translation>
        </message>
        <message>
            <source>using the built-in %1 instead</source>
            <translation>改用内置的 %1</translation>
        </message>
        <message>
            <source>average data-centre load divided by connected capacity</source>
            <translation>数据中心平均负荷与接入容量之比</translation>
        </message>
        <message>
            <source>the region's electricity price in %1 is %2 per kWh, outside the valid range %3 .. %4; check the exchange rate</source>
            <translation>该地区以 %1 计的电价为每度 %2，超出有效范围 %3 .. %4；请检查汇率</translation>
        </message>
        <message>
            <source>the file gives more than %1 bytes; at most %1 bytes are accepted</source>
            <translation>文件超过 %1 字节；最多接受 %1 字节</translation>
        </message>
        <message>
            <source>cannot be read: the symbolic links in its path form a loop</source>
            <translation>无法读取：路径中的符号链接形成了循环</translation>
        </message>
        <message>
            <source>cannot be read: the path is too long</source>
            <translation>无法读取：路径太长</translation>
        </message>
        <message>
            <source>cannot be read: it is a device, a pipe or a socket, not a file</source>
            <translation>无法读取：这是设备、管道或套接字，不是文件</translation>
        </message>
        <message>
            <source>cannot be read: it is a symbolic link, which is not followed here</source>
            <translation>无法读取：这是符号链接，此处不跟随链接</translation>
        </message>
        <message>
            <source>Power and what the scenario implies:</source>
            <translation>功率及该情景隐含的规模：</translation>
        </message>
        <message>
            <source>AI GW (average)</source>
            <translation>AI 吉瓦（平均）</translation>
        </message>
        <message>
            <source>DC GW (average)</source>
            <translation>数据中心 吉瓦（平均）</translation>
        </message>
        <message>
            <source>DC GW (capacity)</source>
            <translation>数据中心 吉瓦（容量）</translation>
        </message>
        <message>
            <source>Accelerators</source>
            <translation>加速器数量</translation>
        </message>
        <message>
            <source>Tokens/day</source>
            <translation>token/天</translation>
        </message>
        <message>
            <source>skipped; the built-in "%1" is used in its place</source>
            <translation>已跳过；改用内置的“%1”</translation>
        </message>
        <message>
            <source>skipped; the file's other entries are used</source>
            <translation>已跳过；该文件的其他条目照常使用</translation>
        </message>
        <message>
            <source>%1 more entries skipped</source>
            <translation>另有 %1 个条目被跳过</translation>
        </message>
        <message>
            <source>gives one of "requests_per_day", "tokens_per_month", "accelerators" or "twh_per_year"</source>
            <translation>须给出 "requests_per_day"、"tokens_per_month"、"accelerators" 或 "twh_per_year" 中的一项</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>is not a CSV text file (UTF-8): it holds bytes that are not text</source>
            <translation>不是 CSV 文本文件（UTF-8）：其中含有非文本字节</translation>
        </message>
        <message>
            <source>more than %1 columns</source>
            <translation>超过 %1 列</translation>
        </message>
        <message>
            <source>more than %1 rows; split the file</source>
            <translation>超过 %1 行；请拆分文件</translation>
        </message>
        <message>
            <source>a quote inside a field that is not in quotes; put the field in quotes and double the quote ("")</source>
            <translation>未加引号的字段中出现了引号；请给该字段加上引号，并把其中的引号写两遍（""）</translation>
        </message>
        <message>
            <source>text after the closing quote of a field</source>
            <translation>字段的结束引号之后还有文字</translation>
        </message>
        <message>
            <source>a field longer than %1 bytes</source>
            <translation>有字段超过 %1 字节</translation>
        </message>
        <message>
            <source>a quoted field is not closed</source>
            <translation>带引号的字段没有结束引号</translation>
        </message>
        <message>
            <source>row %1, column %2: %3</source>
            <translation>第 %1 行，%2 列：%3</translation>
        </message>
        <message>
            <source>is empty; it is required</source>
            <translation>为空；此项必填</translation>
        </message>
        <message>
            <source>is longer than %1 bytes</source>
            <translation>超过 %1 字节</translation>
        </message>
        <message>
            <source>holds a line break or a control character</source>
            <translation>含有换行符或控制字符</translation>
        </message>
        <message>
            <source>"%1" is not a number such as 0.22 or 22%</source>
            <translation>“%1”不是数字（例如 0.22 或 22%）</translation>
        </message>
        <message>
            <source>"%1" is not a number such as 42.5</source>
            <translation>“%1”不是数字（例如 42.5）</translation>
        </message>
        <message>
            <source>%1 is more than 1: write a share as a fraction (0.22) or with a percent sign (22%)</source>
            <translation>%1 大于 1：占比请写成小数（0.22）或带百分号（22%）</translation>
        </message>
        <message>
            <source>give either %1 or %2 and %3, not both</source>
            <translation>请只给出 %1，或同时给出 %2 和 %3，不要都给</translation>
        </message>
        <message>
            <source>is empty; a range needs both %1 and %2</source>
            <translation>为空；范围需要同时给出 %1 和 %2</translation>
        </message>
        <message>
            <source>must be more than 0 and at most %1</source>
            <translation>必须大于 0 且不超过 %1</translation>
        </message>
        <message>
            <source>%1 is below %2's %3</source>
            <translation>%1 小于 %2 的 %3</translation>
        </message>
        <message>
            <source>no region is called "%1" (gridshare regions lists them)</source>
            <translation>没有名为“%1”的地区（gridshare regions 列出所有地区）</translation>
        </message>
        <message>
            <source>"%1" is not a web address starting with https:// or http://</source>
            <translation>“%1”不是以 https:// 或 http:// 开头的网址</translation>
        </message>
        <message>
            <source>"%1" is not a date: YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>“%1”不是日期：应为 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>"%1" is not a year from %2 to %3</source>
            <translation>“%1”不是 %2 至 %3 之间的年份</translation>
        </message>
        <message>
            <source>"%1" is not "datacenters" or "ai"</source>
            <translation>“%1”不是“datacenters”或“ai”</translation>
        </message>
        <message>
            <source>"%1" is not "energy", "capacity", "average_load" or "peak"</source>
            <translation>“%1”不是“energy”“capacity”“average_load”或“peak”</translation>
        </message>
        <message>
            <source>"%1" is not a verification level (V1, V2, D or NV)</source>
            <translation>“%1”不是核实等级（V1、V2、D 或 NV）</translation>
        </message>
        <message>
            <source>an energy projection gives share or twh; set measure to capacity, average_load or peak for GW</source>
            <translation>电量预测给出 share 或 twh；GW 数值请把 measure 设为 capacity、average_load 或 peak</translation>
        </message>
        <message>
            <source>is empty, and so is twh: give at least one of them</source>
            <translation>为空，twh 也为空：至少给出其中之一</translation>
        </message>
        <message>
            <source>a power projection gives gw only</source>
            <translation>功率预测只给出 gw</translation>
        </message>
        <message>
            <source>is empty; a power projection needs gw</source>
            <translation>为空；功率预测需要 gw</translation>
        </message>
        <message>
            <source>is not a GridShare %1 file</source>
            <translation>不是 GridShare 的 %1 文件</translation>
        </message>
        <message>
            <source>is empty: the first row names the columns</source>
            <translation>为空：第一行应列出各列名称</translation>
        </message>
        <message>
            <source>row 1, column %1: not a column of this format; the columns are %2</source>
            <translation>第 1 行，%1 列：不是此格式的列；可用的列为 %2</translation>
        </message>
        <message>
            <source>row 1, column %1: named twice</source>
            <translation>第 1 行，%1 列：名称重复</translation>
        </message>
        <message>
            <source>row 1: the column %1 is missing</source>
            <translation>第 1 行：缺少 %1 列</translation>
        </message>
        <message>
            <source>row %1: the same source, region, year, scope and measure as row %2</source>
            <translation>第 %1 行：来源、地区、年份、范围和度量与第 %2 行相同</translation>
        </message>
        <message>
            <source>row %1: skipped; the other rows are imported</source>
            <translation>第 %1 行：已跳过；其余各行已导入</translation>
        </message>
        <message>
            <source>is version %1; imported projections need version %2</source>
            <translation>是第 %1 版；导入的预测需要第 %2 版</translation>
        </message>
        <message>
            <source>is "%1", but the scenario's region is "%2"</source>
            <translation>为“%1”，但情景的地区是“%2”</translation>
        </message>
        <message>
            <source>must be a list, not %1</source>
            <translation>必须是列表，而不是%1</translation>
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>USD</source>
            <translation>美元</translation>
        </message>
        <message>
            <source>CNY</source>
            <translation>元</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>欧元</translation>
        </message>
    </context>
    <context>
        <name>CurrencySelector</name>
        <message>
            <source>1 USD = %1 %2 · %3</source>
            <translation>1 美元 = %1 %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>Data</name>
        <message>
            <source>US 2024 baseline</source>
            <translation>美国 2024 年基准</translation>
        </message>
        <message>
            <source>ChatGPT 2024 (seed article)</source>
            <translation>ChatGPT 2024（起始文章）</translation>
        </message>
        <message>
            <source>Efficient inference 2025</source>
            <translation>高效推理 2025</translation>
        </message>
        <message>
            <source>Arm CEO's 20-25% claim</source>
            <translation>Arm CEO 的 20-25% 说法</translation>
        </message>
        <message>
            <source>China 2024</source>
            <translation>中国 2024</translation>
        </message>
        <message>
            <source>AI in every Google search (de Vries)</source>
            <translation>每次 Google 搜索都用 AI（de Vries）</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>美国</translation>
        </message>
        <message>
            <source>China</source>
            <translation>中国</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>欧盟</translation>
        </message>
        <message>
            <source>World</source>
            <translation>全球</translation>
        </message>
        <message>
            <source>LBNL 2024 report</source>
            <translation>LBNL 2024 年报告</translation>
        </message>
        <message>
            <source>EPRI Powering Intelligence 2024</source>
            <translation>EPRI《Powering Intelligence》2024</translation>
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
            <translation>Arm CEO Rene Haas，2024 年 4 月</translation>
        </message>
        <message>
            <source>IEA Electricity 2024</source>
            <translation>IEA《Electricity 2024》</translation>
        </message>
        <message>
            <source>IEA Energy and AI 2025</source>
            <translation>IEA《Energy and AI》2025</translation>
        </message>
        <message>
            <source>primary text read</source>
            <translation>已阅读原始文献</translation>
        </message>
        <message>
            <source>secondary text quoting the primary</source>
            <translation>引用原始文献的二手文献</translation>
        </message>
        <message>
            <source>derived from cited figures</source>
            <translation>由所引数据推算</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>未核实</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>美元</translation>
        </message>
        <message>
            <source>Chinese yuan</source>
            <translation>人民币</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>欧元</translation>
        </message>
        <message>
            <source>EPRI 2026 range (9-17%)</source>
            <translation>EPRI 2026 区间（9-17%）</translation>
        </message>
        <message>
            <source>LBNL 2025 update</source>
            <translation>LBNL 2025 年更新</translation>
        </message>
        <message>
            <source>EPRI analysis, February 2026</source>
            <translation>EPRI 分析，2026 年 2 月</translation>
        </message>
        <message>
            <source>Goldman Sachs 2025</source>
            <translation>高盛 2025</translation>
        </message>
        <message>
            <source>McKinsey 2024</source>
            <translation>麦肯锡 2024</translation>
        </message>
        <message>
            <source>Gartner 2025</source>
            <translation>Gartner（高德纳）2025</translation>
        </message>
        <message>
            <source>BloombergNEF, April 2025</source>
            <translation>彭博新能源财经，2025 年 4 月</translation>
        </message>
        <message>
            <source>BloombergNEF, December 2025</source>
            <translation>彭博新能源财经，2025 年 12 月</translation>
        </message>
        <message>
            <source>Grid Strategies 2025</source>
            <translation>Grid Strategies 2025 年报告</translation>
        </message>
        <message>
            <source>State Grid Energy Research Institute 2021</source>
            <translation>国网能源研究院 2021</translation>
        </message>
        <message>
            <source>China government figures (via Carbon Brief)</source>
            <translation>中国政府数据（据 Carbon Brief）</translation>
        </message>
        <message>
            <source>Goldman Sachs via Bloomberg (Carbon Brief)</source>
            <translation>高盛，据彭博社（Carbon Brief）</translation>
        </message>
        <message>
            <source>S&amp;P Global 2025</source>
            <translation>标普全球 2025</translation>
        </message>
        <message>
            <source>BloombergNEF, March 2025</source>
            <translation>彭博新能源财经，2025 年 3 月</translation>
        </message>
        <message>
            <source>Greenpeace East Asia and NCEPU 2019</source>
            <translation>绿色和平东亚与华北电力大学 2019</translation>
        </message>
        <message>
            <source>Greenpeace East Asia 2021</source>
            <translation>绿色和平东亚 2021</translation>
        </message>
        <message>
            <source>JRC 2024</source>
            <translation>欧盟联合研究中心 2024</translation>
        </message>
        <message>
            <source>European Commission study 2020</source>
            <translation>欧盟委员会研究 2020</translation>
        </message>
        <message>
            <source>European Commission 2025 (IEA estimate)</source>
            <translation>欧盟委员会 2025（IEA 估算）</translation>
        </message>
        <message>
            <source>Kiel Institute 2025</source>
            <translation>基尔世界经济研究所 2025</translation>
        </message>
        <message>
            <source>IEA Key Questions 2026</source>
            <translation>IEA《Key Questions on Energy and AI》2026</translation>
        </message>
        <message>
            <source>de Vries 2023</source>
            <translation>德弗里斯 2023</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>谷歌 Gemini</translation>
        </message>
        <message>
            <source>OpenAI (Altman)</source>
            <translation>OpenAI（奥尔特曼）</translation>
        </message>
        <message>
            <source>Epoch AI</source>
            <translation>Epoch AI 研究所</translation>
        </message>
        <message>
            <source>Microsoft (Oviedo et al.)</source>
            <translation>微软（Oviedo 等）</translation>
        </message>
        <message>
            <source>Microsoft (Oviedo et al.), long reasoning</source>
            <translation>微软（Oviedo 等），长推理</translation>
        </message>
        <message>
            <source>Jegham et al.</source>
            <translation>Jegham 等</translation>
        </message>
        <message>
            <source>de Vries</source>
            <translation>德弗里斯</translation>
        </message>
        <message>
            <source>Seed article</source>
            <translation>种子文章</translation>
        </message>
        <message>
            <source>ChatGPT prompts</source>
            <translation>ChatGPT 提问</translation>
        </message>
        <message>
            <source>ChatGPT prompts from the US</source>
            <translation>来自美国的 ChatGPT 提问</translation>
        </message>
        <message>
            <source>Google AI tokens</source>
            <translation>谷歌人工智能词元（输入与输出）</translation>
        </message>
        <message>
            <source>The reference currency.</source>
            <translation>基准货币。</translation>
        </message>
        <message>
            <source>2023 annual average.</source>
            <translation>2023 年年均值。</translation>
        </message>
        <message>
            <source>1 / 1.0817 USD per EUR, the 2023 annual average.</source>
            <translation>1 / 1.0817 美元兑 1 欧元，2023 年年均值。</translation>
        </message>
        <message>
            <source>"每天需要处理超过2亿次请求"; de Vries (2023) gives 195 million.</source>
            <translation>“每天需要处理超过2亿次请求”；de Vries（2023）给出的是 1.95 亿次。</translation>
        </message>
        <message>
            <source>Chosen so the engine gives the article's 2.5 Wh per request (500,000 kWh / 200 million) on Epoch's hardware: about 8 times Epoch's 500-token answer.</source>
            <translation>取此值是为了让模型在 Epoch 的硬件假设下得出文章的每次请求 2.5 瓦时（50 万度 / 2 亿次）：约为 Epoch 500 token 回答的 8 倍。</translation>
        </message>
        <message>
            <source>The article's 500,000 kWh a day is serving only.</source>
            <translation>文章的每天 50 万度只计推理服务。</translation>
        </message>
        <message>
            <source>US commercial 0.147 USD = 1.06 CNY per kWh, the article's conversion.</source>
            <translation>美国商业电价每度 0.147 美元 = 1.06 元，按文章的换算。</translation>
        </message>
        <message>
            <source>Google reported 33x in one year; 50% a year is a sustained pace well below that (assumption).</source>
            <translation>谷歌报告一年提升 33 倍；每年 50% 是远低于此的可持续速度（假设）。</translation>
        </message>
        <message>
            <source>From a slow 20% a year to a doubling every year.</source>
            <translation>从每年缓慢增长 20% 到每年翻一番。</translation>
        </message>
        <message>
            <source>From 25% to 100% a year.</source>
            <translation>每年 25% 到 100%。</translation>
        </message>
        <message>
            <source>Chosen so the engine gives 8.9 Wh per search (the high end of de Vries's 6.9-8.9 Wh) on Epoch's hardware.</source>
            <translation>取此值是为了让模型在 Epoch 的硬件假设下得出每次搜索 8.9 瓦时（de Vries 6.9–8.9 瓦时的上限）。</translation>
        </message>
        <message>
            <source>Held flat: the case is a what-if for one year, repeated.</source>
            <translation>保持不变：该情形是对某一年的假设，逐年重复。</translation>
        </message>
        <message>
            <source>Held flat, as above.</source>
            <translation>保持不变，同上。</translation>
        </message>
        <message>
            <source>The estimate counts serving only.</source>
            <translation>该估计只计推理服务。</translation>
        </message>
        <message>
            <source>just under 3%</source>
            <translation>略低于 3%</translation>
        </message>
        <message>
            <source>Active parameters held flat: mixture-of-experts models grow in total, not active, size.</source>
            <translation>激活参数保持不变：混合专家模型增长的是总参数量，而非激活参数量。</translation>
        </message>
        <message>
            <source>Answers grow 20% longer a year as reasoning models spread.</source>
            <translation>随着推理模型普及，回答每年变长 20%。</translation>
        </message>
        <message>
            <source>NVIDIA H100, dense BF16.</source>
            <translation>英伟达 H100，稠密 BF16。</translation>
        </message>
        <message>
            <source>H100 (700 W TDP) plus its share of the server.</source>
            <translation>H100（700 瓦 TDP）加上其分摊的服务器功率。</translation>
        </message>
        <message>
            <source>FLOP per joule improves 30% a year; NVIDIA's 25x for GB200 and Google's 33x in one year are one-off steps, not trends.</source>
            <translation>每焦耳 FLOP 每年提高 30%；英伟达 GB200 的 25 倍和谷歌一年 33 倍是一次性跃升，不是趋势。</translation>
        </message>
        <message>
            <source>Retail sales plus direct use, 2024.</source>
            <translation>2024 年零售电量加直接用电。</translation>
        </message>
        <message>
            <source>Low end of EIA's 0.9-1.6% a year, because EIA's total includes the data centres grown separately here.</source>
            <translation>取 EIA 每年 0.9–1.6% 的下限，因为 EIA 的总量包含了此处单独计算增长的数据中心。</translation>
        </message>
        <message>
            <source>Industrial price, 2023: what large data centres pay.</source>
            <translation>2023 年工业电价：大型数据中心支付的价格。</translation>
        </message>
        <message>
            <source>Real prices held flat: costs are in 2023 money.</source>
            <translation>实际价格保持不变：费用按 2023 年币值计。</translation>
        </message>
        <message>
            <source>The grid's carbon intensity falls 2% a year as renewables grow.</source>
            <translation>随着可再生能源增长，电网碳强度每年下降 2%。</translation>
        </message>
        <message>
            <source>Active parameters held flat, as for the US.</source>
            <translation>激活参数保持不变，与美国相同。</translation>
        </message>
        <message>
            <source>As for the US: answers grow 20% longer a year.</source>
            <translation>与美国相同：回答每年变长 20%。</translation>
        </message>
        <message>
            <source>H100-class accelerator.</source>
            <translation>H100 级加速器。</translation>
        </message>
        <message>
            <source>As for the US: 30% a year.</source>
            <translation>与美国相同：每年 30%。</translation>
        </message>
        <message>
            <source>0.088 USD per kWh at 7.0809 CNY per USD (Federal Reserve G.5A, 2023).</source>
            <translation>每度 0.088 美元，按 1 美元兑 7.0809 元（美联储 G.5A，2023）。</translation>
        </message>
        <message>
            <source>Real prices held flat.</source>
            <translation>实际价格保持不变。</translation>
        </message>
        <message>
            <source>Falls 3% a year with rapid wind and solar build-out.</source>
            <translation>随着风电和光伏快速建设，每年下降 3%。</translation>
        </message>
        <message>
            <source>A typical EU household's use; not checked here.</source>
            <translation>欧盟典型家庭的用电量；此处未核对。</translation>
        </message>
        <message>
            <source>2024 generation, used for consumption (net imports are small).</source>
            <translation>以 2024 年发电量代替用电量（净进口很少）。</translation>
        </message>
        <message>
            <source>EU demand has been flat for a decade; electrification adds about 1% a year.</source>
            <translation>欧盟用电需求十年来基本持平；电气化每年增加约 1%。</translation>
        </message>
        <message>
            <source>Large non-household users in 2024 paid roughly 0.12-0.20 EUR/kWh; not checked here.</source>
            <translation>2024 年大型非居民用户电价约为每度 0.12–0.20 欧元；此处未核对。</translation>
        </message>
        <message>
            <source>Falls 5% a year as coal closes.</source>
            <translation>随着煤电关停，每年下降 5%。</translation>
        </message>
        <message>
            <source>A rough world-average household; the comparison is for talks only.</source>
            <translation>大致的世界平均家庭；该比较仅供演讲使用。</translation>
        </message>
        <message>
            <source>A round world figure between China's 0.088 and the EU's 0.15-0.20 per kWh.</source>
            <translation>介于中国每度 0.088 与欧盟每度 0.15–0.20 之间的一个世界整数值。</translation>
        </message>
        <message>
            <source>Falls 2% a year as renewables grow, the pace assumed for the US.</source>
            <translation>随着可再生能源增长每年下降 2%，与美国假设的速度相同。</translation>
        </message>
        <message>
            <source>The article says GPT-3's training took "128.7 度"; its source (Patterson et al. 2021) says 1,287 MWh, that is 128.7 万度.</source>
            <translation>文章称 GPT-3 训练耗电“128.7 度”；其来源（Patterson 等，2021）给出的是 1,287 兆瓦时，即 128.7 万度。</translation>
        </message>
        <message>
            <source>"Just under 3%".</source>
            <translation>“略低于 3%”。</translation>
        </message>
        <message>
            <source>"Nearly 600 TWh" by 2030, reported in early 2025 (month not verified).</source>
            <translation>2030 年“接近 600 太瓦时”，于 2025 年初报道（月份未核实）。</translation>
        </message>
        <message>
            <source>"Over 8%", from 4% in 2023; dated by the press report (September 2025).</source>
            <translation>“超过 8%”，2023 年为 4%；日期依据媒体报道（2025 年 9 月）。</translation>
        </message>
        <message>
            <source>0.43 Wh in the paper's second version; 0.42 Wh in the revised one.</source>
            <translation>论文第二版为 0.43 瓦时；修订版为 0.42 瓦时。</translation>
        </message>
        <message>
            <source>14,942亿 kWh of residential use in 2024 (NEA) over 494.16 million family households (2020 census).</source>
            <translation>2024 年居民用电 14,942亿度（国家能源局），除以 4.9416 亿家庭户（2020 年人口普查）。</translation>
        </message>
        <message>
            <source>140 TWh growing about 20% a year, as S&amp;P Global expects.</source>
            <translation>按标普全球的预期，140 太瓦时每年增长约 20%。</translation>
        </message>
        <message>
            <source>15 GW of 470 GW average demand in 2023, 45 GW of 567 GW in 2030.</source>
            <translation>2023 年平均需求 470 吉瓦中占 15 吉瓦，2030 年 567 吉瓦中占 45 吉瓦。</translation>
        </message>
        <message>
            <source>330 million of them from the United States.</source>
            <translation>其中 3.3 亿次来自美国。</translation>
        </message>
        <message>
            <source>36% above the April 2025 outlook; about 40 GW now.</source>
            <translation>比 2025 年 4 月的展望高 36%；目前约 40 吉瓦。</translation>
        </message>
        <message>
            <source>39% and 73% a year give about 9% and 17% in 2030.</source>
            <translation>每年 39% 和 73% 分别使 2030 年达到约 9% 和 17%。</translation>
        </message>
        <message>
            <source>399 and 565 tokens give 0.24 Wh (Google, measured) and 0.34 Wh (OpenAI, stated) on Epoch's hardware.</source>
            <translation>在 Epoch 的硬件假设下，399 和 565 个 token 分别对应 0.24 瓦时（谷歌，实测）和 0.34 瓦时（OpenAI，公布值）。</translation>
        </message>
        <message>
            <source>415 TWh plus the 17% rise IEA reports for 2025.</source>
            <translation>415 太瓦时，加上 IEA 报告的 2025 年 17% 的增幅。</translation>
        </message>
        <message>
            <source>782 TWh for data centres and 5G base stations less 297 TWh for the base stations.</source>
            <translation>数据中心与 5G 基站合计 782 太瓦时，减去基站的 297 太瓦时。</translation>
        </message>
        <message>
            <source>8.6% of US electricity demand in 2035.</source>
            <translation>2035 年占美国用电需求的 8.6%。</translation>
        </message>
        <message>
            <source>A conditional warning ("if progress isn't made"), not a forecast.</source>
            <translation>附带条件的警告（“如果不取得进展”），而非预测。</translation>
        </message>
        <message>
            <source>A conditional warning, not a forecast; its "4% today" is the share of all data centres, not of AI alone.</source>
            <translation>附带条件的警告，而非预测；其中的“目前 4%”是全部数据中心的占比，而非仅人工智能的占比。</translation>
        </message>
        <message>
            <source>AI servers worldwide.</source>
            <translation>全球人工智能服务器。</translation>
        </message>
        <message>
            <source>AI-optimised servers.</source>
            <translation>人工智能优化服务器。</translation>
        </message>
        <message>
            <source>About 9 billion Google searches a day, worldwide.</source>
            <translation>全球范围内谷歌每天约 90 亿次搜索。</translation>
        </message>
        <message>
            <source>Abstract read; the release month (June 2026) comes from a press report.</source>
            <translation>已阅读摘要；发布月份（2026 年 6 月）来自媒体报道。</translation>
        </message>
        <message>
            <source>As for the US: below Google's 2019-2021 40% because IEA (2026) says AI's energy has shifted decisively to inference.</source>
            <translation>与美国相同：低于谷歌 2019–2021 年的 40%，因为 IEA（2026）称人工智能能耗已决定性地转向推理。</translation>
        </message>
        <message>
            <source>Average residential customer, 2022; the seed article's "17,000 households" matches it. EIA gave 10,715 kWh for 2020.</source>
            <translation>2022 年居民用户平均值；与原文的“1.7 万户家庭”相符。EIA 给出的 2020 年数字为 10,715 度。</translation>
        </message>
        <message>
            <source>China's grid, 2024 (Ember); not found in the text read here. Ember's 2023 figure, 582 g, was read and the intensity is falling.</source>
            <translation>中国电网，2024 年（Ember）；在此处所读文本中未找到。已读到 Ember 的 2023 年数字 582 克，且碳强度在下降。</translation>
        </message>
        <message>
            <source>Chosen so AI electricity grows 30% a year, IEA's rate for accelerated servers, with answers 20% longer and FLOP per joule 30% better each year.</source>
            <translation>取此值使人工智能用电量每年增长 30%（IEA 给出的加速服务器增速），同时回答每年变长 20%、每焦耳 FLOP 每年提高 30%。</translation>
        </message>
        <message>
            <source>Chosen so AI electricity grows about 36% a year, the pace of Gartner's AI-optimised servers (93 to 432 TWh, 2025-2030), with answers 20% longer and FLOP per joule 30% better each year. IEA's worldwide 30% would leave the US below LBNL's 2028 low case (325 TWh).</source>
            <translation>取此值使人工智能用电量每年增长约 36%，即 Gartner 人工智能优化服务器的增速（2025–2030 年从 93 增至 432 太瓦时），同时回答每年变长 20%、每焦耳 FLOP 每年提高 30%。若取 IEA 的全球 30%，美国将低于 LBNL 2028 年的低情景（325 太瓦时）。</translation>
        </message>
        <message>
            <source>Data centres, cryptocurrencies and AI together.</source>
            <translation>数据中心、加密货币与人工智能合计。</translation>
        </message>
        <message>
            <source>Data centres, cryptocurrencies and AI together; base case just over 800 TWh.</source>
            <translation>数据中心、加密货币与人工智能合计；基准情景略高于 800 太瓦时。</translation>
        </message>
        <message>
            <source>Data-centre power demand; average hourly demand 16 GWh.</source>
            <translation>数据中心电力需求；平均每小时需求 16 吉瓦时。</translation>
        </message>
        <message>
            <source>Data-centre shares are of China's whole-society consumption (NEA). There is no official metered data-centre series: estimates for 2024 run from about 100 TWh (IEA) to 140 TWh (S&amp;P Global).</source>
            <translation>数据中心占比以中国全社会用电量（国家能源局）为分母。没有官方计量的数据中心用电序列：对 2024 年的估计从约 100 太瓦时（IEA）到 140 太瓦时（标普全球）不等。</translation>
        </message>
        <message>
            <source>Data-centre shares are of EU generation (about 2,730 TWh in 2024, Ember), used for consumption because net imports are small.</source>
            <translation>数据中心占比以欧盟发电量（2024 年约 2,730 太瓦时，Ember）为分母；因净进口很少，以发电量代替用电量。</translation>
        </message>
        <message>
            <source>Data-centre shares are of US consumption (retail sales plus direct use, EIA), the denominator LBNL and EPRI use.</source>
            <translation>数据中心占比以美国用电量（零售电量加直接用电，EIA）为分母，即 LBNL 和 EPRI 所用的分母。</translation>
        </message>
        <message>
            <source>Data-centre shares are of world end-use consumption on IEA's basis (about 27,700 TWh in 2024), so they match IEA's published shares; Ember's generation-based 30,856 TWh is larger.</source>
            <translation>数据中心占比以 IEA 口径的全球终端用电量（2024 年约 27,700 太瓦时）为分母，因此与 IEA 公布的占比一致；Ember 基于发电量的 30,856 太瓦时更大。</translation>
        </message>
        <message>
            <source>EEA: EU electricity in 2023 was 58% less carbon-intensive than in 1990 (510 g/kWh); 2024 is lower still.</source>
            <translation>EEA：欧盟 2023 年电力碳强度比 1990 年（510 克/度）低 58%；2024 年更低。</translation>
        </message>
        <message>
            <source>EIA's FAQ gave 10,715 kWh for 2020 (read); the 2022 figure was not found in the text read here.</source>
            <translation>EIA 常见问题给出 2020 年为 10,715 度（已阅读）；在此处所读文本中未找到 2022 年数字。</translation>
        </message>
        <message>
            <source>EIA's forecast for 2025 (October 2025 edition).</source>
            <translation>EIA 对 2025 年的预测（2025 年 10 月版）。</translation>
        </message>
        <message>
            <source>Ember's demand is generation plus net imports, so it is larger than the end-use consumption IEA divides by. The 2023 and 2024 demand figures come from two editions, which is why they imply +4.7% rather than the +4.0% Ember reports.</source>
            <translation>Ember 的需求为发电量加净进口，因此大于 IEA 作为分母的终端用电量。2023 年和 2024 年的需求数字来自两个版本，因此推算出的增幅为 +4.7%，而非 Ember 报告的 +4.0%。</translation>
        </message>
        <message>
            <source>Epoch's assumption for AI data centres; China's average was 1.48 in 2023 (BloombergNEF, via Caixin).</source>
            <translation>Epoch 对人工智能数据中心的假设；中国 2023 年平均为 1.48（彭博新能源财经，据财新）。</translation>
        </message>
        <message>
            <source>Epoch's assumption for hyperscale AI data centres; the industry average is 1.54-1.58 (Uptime 2023, 2025), Google's fleet 1.09.</source>
            <translation>Epoch 对超大规模人工智能数据中心的假设；行业平均为 1.54–1.58（Uptime 2023、2025），谷歌机群为 1.09。</translation>
        </message>
        <message>
            <source>Epoch's assumption, not a measurement.</source>
            <translation>Epoch 的假设，而非实测。</translation>
        </message>
        <message>
            <source>Epoch's assumption: average power is 70% of peak.</source>
            <translation>Epoch 的假设：平均功率为峰值的 70%。</translation>
        </message>
        <message>
            <source>Europe, a wider region than the EU.</source>
            <translation>欧洲，范围大于欧盟。</translation>
        </message>
        <message>
            <source>Europe.</source>
            <translation>欧洲。</translation>
        </message>
        <message>
            <source>Found by goal seek: with every other US default, 60% a year puts data centres at about 13% of US electricity in 2030, the middle of EPRI's 9-17%.</source>
            <translation>由反推求得：美国其他参数取默认值时，每年 60% 使数据中心在 2030 年约占美国用电量的 13%，即 EPRI 9–17% 的中间值。</translation>
        </message>
        <message>
            <source>Found by goal seek: with every other US default, 96% a year puts AI at about 22.5% of US electricity in 2030, the middle of 20-25%.</source>
            <translation>由反推求得：美国其他参数取默认值时，每年 96% 使人工智能在 2030 年约占美国用电量的 22.5%，即 20–25% 的中间值。</translation>
        </message>
        <message>
            <source>Four scenarios, 3.7-15% growth a year from about 152 TWh in 2023.</source>
            <translation>四种情景，从 2023 年约 152 太瓦时起每年增长 3.7–15%。</translation>
        </message>
        <message>
            <source>From 1-2% in 2023; dated by the press report (September 2025).</source>
            <translation>2023 年为 1–2%；日期依据媒体报道（2025 年 9 月）。</translation>
        </message>
        <message>
            <source>Google's 2019-2021 split was about 40% training (Patterson et al. 2022; the split itself not verified here); IEA (2026) says AI's energy has "shifted decisively from training to inference", and no measured 2024 share exists.</source>
            <translation>谷歌 2019–2021 年的能耗约 40% 用于训练（Patterson 等，2022；该比例本身此处未核实）；IEA（2026）称人工智能能耗已“从训练决定性地转向推理”，且没有 2024 年的实测占比。</translation>
        </message>
        <message>
            <source>IEA expects world demand to grow 3.9% a year in 2025-2027, data centres included; without them about 3.7%.</source>
            <translation>IEA 预计 2025–2027 年全球用电需求每年增长 3.9%（含数据中心）；不计数据中心约为 3.7%。</translation>
        </message>
        <message>
            <source>IEA's 102 TWh for China's data centres in 2024 less the default AI load (20.39 TWh).</source>
            <translation>IEA 给出的 2024 年中国数据中心 102 太瓦时，减去默认的人工智能负荷（20.39 太瓦时）。</translation>
        </message>
        <message>
            <source>IEA's 183 TWh for US data centres in 2024 less the default AI load (36.08 TWh).</source>
            <translation>IEA 给出的 2024 年美国数据中心 183 太瓦时，减去默认的人工智能负荷（36.08 太瓦时）。</translation>
        </message>
        <message>
            <source>IEA's 415 TWh for 2024 less the default AI load (83.13 TWh).</source>
            <translation>IEA 给出的 2024 年 415 太瓦时，减去默认的人工智能负荷（83.13 太瓦时）。</translation>
        </message>
        <message>
            <source>IEA's 70 TWh for EU data centres in 2024, as the Commission quotes it, less the default AI load (10.51 TWh).</source>
            <translation>IEA 给出的 2024 年欧盟数据中心 70 太瓦时（据欧盟委员会引用），减去默认的人工智能负荷（10.51 太瓦时）。</translation>
        </message>
        <message>
            <source>IEA's denominator: its 415 TWh is "around 1.5%" of global electricity consumption, so about 27,700 TWh of end-use consumption. Ember's 30,856 TWh counts generation plus imports and would make every share about 10% smaller than IEA's.</source>
            <translation>IEA 的分母：其 415 太瓦时占全球用电量“约 1.5%”，即终端用电量约 27,700 太瓦时。Ember 的 30,856 太瓦时计入发电量加进口，会使每个占比都比 IEA 的小约 10%。</translation>
        </message>
        <message>
            <source>IEA: conventional servers grow about 9% a year (52% from 2025 to 2030).</source>
            <translation>IEA：常规服务器每年增长约 9%（2025 至 2030 年增长 52%）。</translation>
        </message>
        <message>
            <source>IEA: conventional servers' electricity grows 52% from 2025 to 2030, about 9% a year; EPRI's old 5% was the rate of all data-centre load, not of the non-AI part.</source>
            <translation>IEA：常规服务器用电量 2025 至 2030 年增长 52%，约每年 9%；EPRI 以前的 5% 是全部数据中心负荷的增速，而非非人工智能部分的增速。</translation>
        </message>
        <message>
            <source>LBNL 2024 pairs 325 TWh with 74 GW and 580 TWh with 132 GW of capacity for US data centres in 2028: 325 / 8.76 / 74 = 0.50 and 580 / 8.76 / 132 = 0.50.</source>
            <translation>LBNL 2024 给出 2028 年美国数据中心 325 太瓦时对应 74 吉瓦容量、580 太瓦时对应 132 吉瓦容量：325 / 8.76 / 74 = 0.50，580 / 8.76 / 132 = 0.50。</translation>
        </message>
        <message>
            <source>LBNL 2024's US ratio of average load to capacity (325 TWh with 74 GW, 580 TWh with 132 GW: 0.50); no figure for this region in the sources.</source>
            <translation>采用 LBNL 2024 的美国平均负荷与容量之比（325 太瓦时对应 74 吉瓦，580 太瓦时对应 132 吉瓦：0.50）；来源中没有该地区的数字。</translation>
        </message>
        <message>
            <source>Measured by Google in its own fleet; Google says the figures are not verified by an independent third party. Water is on-site only.</source>
            <translation>由谷歌在自有机群中实测；谷歌称这些数字未经独立第三方核实。用水仅计现场用水。</translation>
        </message>
        <message>
            <source>Measured by Google in its own fleet; not verified by a third party. 0.10 Wh for the accelerators alone.</source>
            <translation>由谷歌在自有机群中实测；未经第三方核实。仅加速器为 0.10 瓦时。</translation>
        </message>
        <message>
            <source>Medium scenario.</source>
            <translation>中等情景。</translation>
        </message>
        <message>
            <source>NEA publishes growth rates for internet and IT services but no data-centre total.</source>
            <translation>国家能源局公布互联网和信息技术服务业的用电增速，但不公布数据中心总量。</translation>
        </message>
        <message>
            <source>National consumption grew 5.0% in 2025 (103,682亿 kWh).</source>
            <translation>2025 年全社会用电量增长 5.0%（103,682亿度）。</translation>
        </message>
        <message>
            <source>No EU figure was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>未找到欧盟的数字：以美国数字（现场冷却加发电，LBNL 2023）代替。发电用水取决于电源结构，因此该值不确定。</translation>
        </message>
        <message>
            <source>No figure for China was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>未找到中国的数字：以美国数字（现场冷却加发电，LBNL 2023）代替。发电用水取决于电源结构，因此该值不确定。</translation>
        </message>
        <message>
            <source>No world figure was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>未找到全球的数字：以美国数字（现场冷却加发电，LBNL 2023）代替。发电用水取决于电源结构，因此该值不确定。</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on China's grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 20% of China's 102 TWh of data centres, the middle of the published shares; no China-specific share was found.</source>
            <translation>并非请求次数：将 2024 年中国电网上的全部人工智能工作折合成每次 0.3 瓦时的典型请求，取此值使人工智能占中国数据中心 102 太瓦时的 20%，即已发布占比的中间值；未找到中国专门的占比。</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on the EU grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 15% of the EU's 70 TWh of data centres: the low end of the published shares (IEA's accelerated servers without overhead), as Europe hosts fewer accelerators than the US.</source>
            <translation>并非请求次数：将 2024 年欧盟电网上的全部人工智能工作折合成每次 0.3 瓦时的典型请求，取此值使人工智能占欧盟数据中心 70 太瓦时的 15%：即已发布占比的下限（IEA 的加速服务器，不含配套开销），因为欧洲部署的加速器少于美国。</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on the US grid in 2024 (chat, search, recommendation, enterprise use, idle capacity) expressed as typical 0.3 Wh requests, chosen so AI is 20% of the 183 TWh of US data centres. Published AI shares run from 10-20% (EPRI, US, 2024) and 14% (Goldman Sachs) to 21% (Gartner, 2025); 20% is their middle. For scale, ChatGPT served 2.5 billion prompts a day worldwide in July 2025.</source>
            <translation>并非请求次数：将 2024 年美国电网上的全部人工智能工作（对话、搜索、推荐、企业应用、闲置容量）折合成每次 0.3 瓦时的典型请求，取此值使人工智能占美国数据中心 183 太瓦时的 20%。已发布的人工智能占比从 10–20%（EPRI，美国，2024）和 14%（高盛）到 21%（Gartner，2025）不等；20% 为其中间值。作为参照，2025 年 7 月 ChatGPT 全球每天处理 25 亿次提问。</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work worldwide in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 20% of the world's 415 TWh of data centres, the middle of the published shares (14% Goldman Sachs, 21% Gartner for 2025).</source>
            <translation>并非请求次数：将 2024 年全球的全部人工智能工作折合成每次 0.3 瓦时的典型请求，取此值使人工智能占全球数据中心 415 太瓦时的 20%，即已发布占比的中间值（高盛 14%，Gartner 2025 年 21%）。</translation>
        </message>
        <message>
            <source>Over 1.3 quadrillion tokens a month across Google's AI products, input and output together.</source>
            <translation>谷歌各人工智能产品每月合计超过 1300 万亿 token，含输入与输出。</translation>
        </message>
        <message>
            <source>Over 2.5 billion prompts a day worldwide, OpenAI to Axios, July 2025.</source>
            <translation>全球每天超过 25 亿次提问，OpenAI 于 2025 年 7 月向 Axios 透露。</translation>
        </message>
        <message>
            <source>Planned data centres; up to about 5% of EU consumption.</source>
            <translation>规划中的数据中心；最多约占欧盟用电量的 5%。</translation>
        </message>
        <message>
            <source>Published by Carbon Brief in April 2025; the government document's own date is not verified.</source>
            <translation>由 Carbon Brief 于 2025 年 4 月发表；政府文件本身的日期未核实。</translation>
        </message>
        <message>
            <source>Read in a syndicated copy; the underlying government document was not read.</source>
            <translation>阅读的是转载版本；未阅读其所依据的政府文件。</translation>
        </message>
        <message>
            <source>Read in press reports of the April 2026 release; EIA's own pages were not read.</source>
            <translation>阅读的是 2026 年 4 月发布时的媒体报道；未阅读 EIA 自己的页面。</translation>
        </message>
        <message>
            <source>Read in press reports of the October 2025 and earlier editions (Reuters); the 2024 total is the same in each.</source>
            <translation>阅读的是关于 2025 年 10 月版及更早版本的媒体报道（路透社）；各版的 2024 年总量相同。</translation>
        </message>
        <message>
            <source>Read in press reprints of the release (The Nation, CRN India, Express Computer).</source>
            <translation>阅读的是新闻稿的媒体转载（The Nation、CRN India、Express Computer）。</translation>
        </message>
        <message>
            <source>Read in press summaries (eFXdata, Axios). The year of the "3%" starting point is not verified.</source>
            <translation>阅读的是媒体摘要（eFXdata、Axios）。“3%”这一起点所属年份未核实。</translation>
        </message>
        <message>
            <source>Read in secondary reports (Current Climate, IET, Sipoch).</source>
            <translation>阅读的是二手报道（Current Climate、IET、Sipoch）。</translation>
        </message>
        <message>
            <source>Reference case 11.8% (649 TWh); the range comes from sensitivity scenarios of 578-782 TWh.</source>
            <translation>参考情景为 11.8%（649 太瓦时）；区间来自 578–782 太瓦时的敏感性情景。</translation>
        </message>
        <message>
            <source>Regional figures read in a reproduction of the IEA chart (Graphic News); growth figures in secondary reports (Statista, IT Prime News).</source>
            <translation>地区数字读自 IEA 图表的转载（Graphic News）；增长数字读自二手报道（Statista、IT Prime News）。</translation>
        </message>
        <message>
            <source>S&amp;P Global expects China's data centres to grow about 20% a year to 2030; with AI at 30% a year the rest grows 16.7% a year. China's internet services used 21.7% more electricity in 2024 (NEA).</source>
            <translation>标普全球预计中国数据中心到 2030 年每年增长约 20%；人工智能每年增长 30% 时，其余部分每年增长 16.7%。2024 年中国互联网服务用电量增长 21.7%（国家能源局）。</translation>
        </message>
        <message>
            <source>Share of US electricity generation; "60% higher than EPRI's prior 2024 estimates".</source>
            <translation>占美国发电量的份额；“比 EPRI 此前 2024 年的估计高 60%”。</translation>
        </message>
        <message>
            <source>Superseded by EPRI's February 2026 analysis (9–17% by 2030).</source>
            <translation>已被 EPRI 2026 年 2 月的分析取代（到 2030 年为 9–17%）。</translation>
        </message>
        <message>
            <source>The 165% is on Goldman's own page; the shares were read in press reports of September 2025 (RCR Wireless, Glance). The month of the research note is not verified.</source>
            <translation>165% 见于高盛自己的页面；各占比读自 2025 年 9 月的媒体报道（RCR Wireless、Glance）。该研究报告的月份未核实。</translation>
        </message>
        <message>
            <source>The US default for 2024 grown one year at IEA's 9% for conventional servers; IEA says data-centre use rose 17% worldwide in 2025.</source>
            <translation>美国 2024 年默认值按 IEA 常规服务器的 9% 增长一年；IEA 称 2025 年全球数据中心用电量增长了 17%。</translation>
        </message>
        <message>
            <source>The US default for 2024 grown one year at its default pace (47%).</source>
            <translation>美国 2024 年默认值按其默认增速（47%）增长一年。</translation>
        </message>
        <message>
            <source>The article's 500 mL per 50 answers at its 2.5 Wh per answer: 10 mL per request. Li et al., its source, assumed 4 Wh per response, which would be 2.5 L/kWh.</source>
            <translation>按原文每次回答 2.5 瓦时，每 50 次回答 500 毫升：即每次请求 10 毫升。其来源 Li 等假设每次回答 4 瓦时，相当于 2.5 升/度。</translation>
        </message>
        <message>
            <source>The capacity the 325-580 TWh need.</source>
            <translation>325–580 太瓦时所需的容量。</translation>
        </message>
        <message>
            <source>The emissions chapter was read; the release month is not verified.</source>
            <translation>已阅读排放章节；发布月份未核实。</translation>
        </message>
        <message>
            <source>The increase in US peak demand from data centres over five years (of +166 GW in all), not a level.</source>
            <translation>五年内数据中心带来的美国峰值需求增量（在总增量 +166 吉瓦之中），而非绝对水平。</translation>
        </message>
        <message>
            <source>The month of publication is not verified.</source>
            <translation>发表月份未核实。</translation>
        </message>
        <message>
            <source>The primary source is Patterson et al. 2022 (patterson-2022).</source>
            <translation>原始来源为 Patterson 等 2022（patterson-2022）。</translation>
        </message>
        <message>
            <source>The study itself was not read; its exact title is not verified.</source>
            <translation>未阅读该研究本身；其确切标题未核实。</translation>
        </message>
        <message>
            <source>US grid average, 2024 (Ember); not found in the text read here, but EIA's 2020 figure, 854 lb/MWh = 387 g/kWh, agrees. Data-centre-weighted intensity is higher (548 g in one study).</source>
            <translation>美国电网平均值，2024 年（Ember）；在此处所读文本中未找到，但 EIA 的 2020 年数字 854 磅/兆瓦时 = 387 克/度与之相符。按数据中心加权的碳强度更高（一项研究为 548 克）。</translation>
        </message>
        <message>
            <source>Water consumed on site for cooling (64 billion L) plus in generating the electricity (800 billion L), over 176 TWh of US data centres in 2023. Google's on-site figure alone is about 1.1 L/kWh.</source>
            <translation>现场冷却耗水（640 亿升）加上发电耗水（8000 亿升），除以 2023 年美国数据中心的 176 太瓦时。谷歌仅计现场用水的数字约为 1.1 升/度。</translation>
        </message>
        <message>
            <source>Water figures read in a press summary (dailywise.app).</source>
            <translation>用水数字读自媒体摘要（dailywise.app）。</translation>
        </message>
        <message>
            <source>World average CO2 per kWh generated, 2024 (IEA), falling to 400 g by 2027. Ember's life-cycle figure, which counts methane and supply chains, is higher (480 g in 2023).</source>
            <translation>2024 年全球每度发电的平均 CO2 排放（IEA），到 2027 年降至 400 克。Ember 的全生命周期数字计入甲烷和供应链，因而更高（2023 年为 480 克）。</translation>
        </message>
        <message>
            <source>Read in AsianFin's article as reposted by top168.com, which shows no date; it reports the BloombergNEF Summit in Beijing of March 2025.</source>
            <translation>读自 top168.com 转载的 AsianFin 文章，转载页未注明日期；文章报道的是 2025 年 3 月在北京举行的彭博新能源财经峰会。</translation>
        </message>
        <message>
            <source>Power demand as BloombergNEF counts it: beside its 400 TWh for 2035 (46 GW on average) it is capacity, not average load.</source>
            <translation>彭博新能源财经口径的电力需求：与其 2035 年 400 太瓦时（平均 46 吉瓦）对照可知，这是装机容量，而非平均负荷。</translation>
        </message>
        <message>
            <source>Median consumption of a residential meter, 2024 (a median, not a mean).</source>
            <translation>居民电表的中位用电量，2024 年（中位数，不是平均数）。</translation>
        </message>
        <message>
            <source>Not a count of requests: all AI work on this grid in 2024 expressed as typical 0.3 Wh requests, chosen so AI is 15% of its data centres' electricity, IEA's global share for accelerated servers (2024); no share for this grid was found.</source>
            <translation>不是请求数：该电网 2024 年的全部 AI 工作量，折算为每次 0.3 Wh 的典型请求，取值使 AI 占其数据中心用电的 15%，即 IEA 给出的加速服务器全球占比（2024 年）；未找到该电网自己的占比。</translation>
        </message>
        <message>
            <source>The CSO's metered 6,969 GWh for data centres in 2024 less the default AI load (1.04 TWh).</source>
            <translation>CSO 计量的 2024 年数据中心用电 6,969 GWh，减去默认的 AI 用电（1.04 太瓦时）。</translation>
        </message>
        <message>
            <source>Chosen so data centres reach 30% of metered consumption in 2034, just under EirGrid's 31% for data centres and other new large loads together; the CSO measured 10% growth in 2024, but grid limits around Dublin slow new connections.</source>
            <translation>取值使数据中心在 2034 年达到计量用电的 30%，略低于 EirGrid 给出的数据中心与其他新增大负荷合计 31%；CSO 测得 2024 年增长 10%，但都柏林周边的电网限制放慢了新接入。</translation>
        </message>
        <message>
            <source>Chosen so AI electricity grows 7.5% a year, as fast as Ireland's other data centres, with answers 20% longer and FLOP per joule 30% better each year: grid limits hold back new connections.</source>
            <translation>取值使 AI 用电每年增长 7.5%，与爱尔兰其他数据中心一样快；回答每年长 20%、每焦耳 FLOP 每年提高 30%：电网限制阻碍了新接入。</translation>
        </message>
        <message>
            <source>Metered consumption, 2024: 31,900 GWh.</source>
            <translation>计量用电，2024 年：31,900 GWh。</translation>
        </message>
        <message>
            <source>Consumption by all users other than data centres grew 3% in 2024 (CSO).</source>
            <translation>数据中心以外的全部用户用电在 2024 年增长 3%（CSO）。</translation>
        </message>
        <message>
            <source>Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); large data centres may pay less.</source>
            <translation>年用电 500–1,999 MWh 的非居民用户，2024 年下半年（Eurostat）；大型数据中心的电价可能更低。</translation>
        </message>
        <message>
            <source>No figure for this grid was found: the US figure (on-site cooling plus generation, LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain.</source>
            <translation>未找到该电网的数字：以美国数字（现场冷却加发电，LBNL 2023）代替。发电用水取决于电源结构，因此该值不确定。</translation>
        </message>
        <message>
            <source>Ireland's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data).</source>
            <translation>爱尔兰电网，2023 年，全生命周期口径（Ember 与 Energy Institute，经 Our World in Data）。</translation>
        </message>
        <message>
            <source>Data-centre shares are of Ireland's metered electricity consumption (CSO), the denominator of the CSO's 22%.</source>
            <translation>数据中心占比以爱尔兰的计量用电（CSO）为分母，即 CSO 的 22% 所用的分母。</translation>
        </message>
        <message>
            <source>Electricity delivered by the grid to an average dwelling, 2024 (provisional); own solar not counted.</source>
            <translation>电网向一套普通住宅供应的电量，2024 年（初步数）；不含自家太阳能发电。</translation>
        </message>
        <message>
            <source>CBS's 5,100 GWh of data centres in 2024 less the default AI load (0.77 TWh).</source>
            <translation>CBS 统计的 2024 年数据中心用电 5,100 GWh，减去默认的 AI 用电（0.77 太瓦时）。</translation>
        </message>
        <message>
            <source>CBS's 5,100 GWh of data centres are 4.6% of Dutch consumption: 5.1 / 0.046 = 110.9 TWh. The energy balance's 407 PJ (113.1 TWh) is a little larger.</source>
            <translation>CBS 的 5,100 GWh 数据中心用电占荷兰用电的 4.6%：5.1 / 0.046 = 110.9 太瓦时。能源平衡表的 407 PJ（113.1 太瓦时）略大。</translation>
        </message>
        <message>
            <source>Dutch consumption grew 2% in 2024 with data centres included (CBS); 1% a year for the rest.</source>
            <translation>荷兰用电在 2024 年增长 2%（含数据中心，CBS）；其余部分按每年 1% 计。</translation>
        </message>
        <message>
            <source>No price for large users in this country was found: the EU's rough 0.15 EUR per kWh stands in.</source>
            <translation>未找到该国大用户的电价：以欧盟约 0.15 欧元/度的粗略数字代替。</translation>
        </message>
        <message>
            <source>No Dutch figure was found in the sources read: the EU's 2023 figure (EEA, derived) stands in. The Dutch grid burns more gas than the EU average, so this is likely low.</source>
            <translation>在所读来源中未找到荷兰的数字：以欧盟 2023 年的数字（EEA，推算）代替。荷兰电网燃气比例高于欧盟平均，因此该值可能偏低。</translation>
        </message>
        <message>
            <source>Data-centre shares are of Dutch electricity consumption as CBS counts it; CBS's data centres are connections whose main activity is a data centre, so in-house server rooms are left out.</source>
            <translation>数据中心占比以 CBS 口径的荷兰用电为分母；CBS 的数据中心指以数据中心为主要业务的电力接入点，不含机构内部的机房。</translation>
        </message>
        <message>
            <source>No German figure was found: a typical EU household's use stands in; not checked here.</source>
            <translation>未找到德国的数字：以典型欧盟家庭的用电代替；此处未核实。</translation>
        </message>
        <message>
            <source>Bitkom's AI capacity grows from 530 MW (2024) to 2,020 MW (2030), 25% a year; with answers 20% longer and FLOP per joule 30% better each year, requests grow 35.3% a year.</source>
            <translation>Bitkom：AI 容量从 530 MW（2024 年）增至 2,020 MW（2030 年），每年 25%；回答每年长 20%、每焦耳 FLOP 每年提高 30%，因此请求每年增长 35.3%。</translation>
        </message>
        <message>
            <source>Bitkom's 21.3 TWh for 2025 was 6.5% more than in 2024: 21.3 / 1.065 = 20.0 TWh in 2024, less the default AI load (3.00 TWh).</source>
            <translation>Bitkom 给出 2025 年 21.3 太瓦时，比 2024 年多 6.5%：21.3 / 1.065 = 2024 年 20.0 太瓦时，减去默认的 AI 用电（3.00 太瓦时）。</translation>
        </message>
        <message>
            <source>Bitkom: IT capacity grows from 2.7 GW (2024) to 4.8 GW (2030), of which AI from 0.53 to 2.02 GW; the rest, 2.17 to 2.78 GW, grows 4.2% a year.</source>
            <translation>Bitkom：IT 容量从 2.7 GW（2024 年）增至 4.8 GW（2030 年），其中 AI 从 0.53 增至 2.02 GW；其余部分从 2.17 增至 2.78 GW，每年增长 4.2%。</translation>
        </message>
        <message>
            <source>Gross consumption, 2024, including grid losses and power stations' own use.</source>
            <translation>总用电量，2024 年，含电网损耗和电厂自用电。</translation>
        </message>
        <message>
            <source>German consumption fell in 2023; electrification of heat and transport adds about 1% a year.</source>
            <translation>德国用电在 2023 年下降；供热和交通电气化每年增加约 1%。</translation>
        </message>
        <message>
            <source>Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); BNetzA gives 0.2016 EUR for 24 GWh a year in April 2024.</source>
            <translation>年用电 500–1,999 MWh 的非居民用户，2024 年下半年（Eurostat）；BNetzA 给出 2024 年 4 月年用电 24 GWh 的用户为 0.2016 欧元。</translation>
        </message>
        <message>
            <source>CO2 per kWh consumed, 2024 (Umweltbundesamt estimate); Ember's life-cycle figure for 2023 was 381 g.</source>
            <translation>每度消费电力的 CO2，2024 年（德国联邦环境署估计）；Ember 的 2023 年全生命周期数字为 381 克。</translation>
        </message>
        <message>
            <source>Data-centre shares are of Germany's gross electricity consumption (about 512 TWh in 2024, AGEB via Statista).</source>
            <translation>数据中心占比以德国总用电量为分母（2024 年约 512 太瓦时，AGEB，经 Statista）。</translation>
        </message>
        <message>
            <source>Ofgem's typical domestic consumption value for a medium household in Great Britain.</source>
            <translation>Ofgem 为英国（大不列颠）中等家庭设定的典型家庭用电量。</translation>
        </message>
        <message>
            <source>Data centres use 2.5% of Britain's electricity (Electric Insights): 0.025 x 266 = 6.65 TWh in 2024, less the default AI load (1.00 TWh).</source>
            <translation>数据中心用电占英国电力的 2.5%（Electric Insights）：0.025 × 266 = 2024 年 6.65 太瓦时，减去默认的 AI 用电（1.00 太瓦时）。</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 23 TWh in 2030, between the Tony Blair Institute's 19.6 TWh and NESO's upper 26.2 TWh.</source>
            <translation>取值使数据中心在 2030 年达到约 23 太瓦时，介于托尼·布莱尔研究所的 19.6 太瓦时与 NESO 的上限 26.2 太瓦时之间。</translation>
        </message>
        <message>
            <source>Electricity use in 2024, as reported by Electric Insights.</source>
            <translation>2024 年用电量，据 Electric Insights 的报道。</translation>
        </message>
        <message>
            <source>Britain's demand grew 1.7-3% in 2025 with data centres, heat pumps and electric cars included; 1.5% a year for the rest.</source>
            <translation>2025 年英国需求增长 1.7–3%（含数据中心、热泵和电动汽车）；其余部分按每年 1.5% 计。</translation>
        </message>
        <message>
            <source>About 0.25 GBP per kWh: UK industrial prices were nearly double the IEA median in the second half of 2024 (EIUG, on DESNZ's figures); DESNZ's own table was not read.</source>
            <translation>约 0.25 英镑/度：2024 年下半年英国工业电价接近 IEA 中位数的两倍（EIUG，基于 DESNZ 数据）；未读到 DESNZ 本身的表格。</translation>
        </message>
        <message>
            <source>Average CO2 per kWh generated in Britain, 2024.</source>
            <translation>英国每度发电的平均 CO2，2024 年。</translation>
        </message>
        <message>
            <source>Data-centre shares are of Britain's electricity demand as Electric Insights (Imperial College for Drax) counts it: 266 TWh in 2024.</source>
            <translation>数据中心占比以 Electric Insights（帝国理工学院为 Drax 编制）口径的英国电力需求为分母：2024 年 266 太瓦时。</translation>
        </message>
        <message>
            <source>No Danish figure was found: a typical EU household's use stands in; not checked here.</source>
            <translation>未找到丹麦的数字：以典型欧盟家庭的用电代替；此处未核实。</translation>
        </message>
        <message>
            <source>About 4% of Denmark's 39 TWh in data centres (1.56 TWh) less the default AI load (0.23 TWh).</source>
            <translation>丹麦 39 太瓦时中约 4% 用于数据中心（1.56 太瓦时），减去默认的 AI 用电（0.23 太瓦时）。</translation>
        </message>
        <message>
            <source>6,572 kWh per person (Ember data via LowCarbonPower) times about 5.96 million people; Energistyrelsen's own total was not read.</source>
            <translation>人均 6,572 度（Ember 数据，经 LowCarbonPower）乘以约 596 万人口；未读到丹麦能源署本身的总数。</translation>
        </message>
        <message>
            <source>Heat pumps and electric cars add about 2% a year; consumption set a record in early 2024.</source>
            <translation>热泵和电动汽车每年增加约 2%；2024 年初用电创下纪录。</translation>
        </message>
        <message>
            <source>No Danish price for large users was found: the EU's rough 0.15 EUR per kWh stands in (1.12 DKK at the cited rates).</source>
            <translation>未找到丹麦大用户的电价：以欧盟约 0.15 欧元/度的粗略数字代替（按所引汇率为 1.12 丹麦克朗）。</translation>
        </message>
        <message>
            <source>Denmark's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data).</source>
            <translation>丹麦电网，2023 年，全生命周期口径（Ember 与 Energy Institute，经 Our World in Data）。</translation>
        </message>
        <message>
            <source>Data-centre shares are of Danish electricity consumption, derived from consumption per person; the share of about 4% comes from the Danish energy authorities via TV 2.</source>
            <translation>数据中心占比以丹麦用电为分母，由人均用电推算；约 4% 的占比来自丹麦能源主管部门（经 TV 2）。</translation>
        </message>
        <message>
            <source>Average electricity use of a household, fiscal 2021 (Ministry of the Environment).</source>
            <translation>家庭平均用电，2021 财年（日本环境省）。</translation>
        </message>
        <message>
            <source>Wood Mackenzie's 19 TWh for 2024 less the default AI load (2.85 TWh).</source>
            <translation>Wood Mackenzie 给出的 2024 年 19 太瓦时，减去默认的 AI 用电（2.85 太瓦时）。</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 61.5 TWh in 2034, the middle of Wood Mackenzie's 57-66 TWh.</source>
            <translation>取值使数据中心在 2034 年达到约 61.5 太瓦时，即 Wood Mackenzie 57–66 太瓦时的中点。</translation>
        </message>
        <message>
            <source>Demand in fiscal 2024.</source>
            <translation>2024 财年的需求。</translation>
        </message>
        <message>
            <source>OCCTO expects 852.4 TWh in fiscal 2034; less Wood Mackenzie's 57-66 TWh of data centres, the rest stays about flat.</source>
            <translation>OCCTO 预计 2034 财年为 852.4 太瓦时；减去 Wood Mackenzie 的 57–66 太瓦时数据中心用电，其余部分大致持平。</translation>
        </message>
        <message>
            <source>About 20 JPY per kWh for large users; no Japanese price was found in the sources read.</source>
            <translation>大用户约 20 日元/度；在所读来源中未找到日本的电价。</translation>
        </message>
        <message>
            <source>CO2 per kWh sold by 61 utilities, fiscal 2023.</source>
            <translation>61 家电力公司每售出一度电的 CO2，2023 财年。</translation>
        </message>
        <message>
            <source>Data-centre shares are of Japan's electricity demand on OCCTO's basis (805.9 TWh in fiscal 2024); Wood Mackenzie does not state its denominator.</source>
            <translation>数据中心占比以 OCCTO 口径的日本电力需求为分母（2024 财年 805.9 太瓦时）；Wood Mackenzie 未说明其分母。</translation>
        </message>
        <message>
            <source>A rough figure for an Indian household; not checked here.</source>
            <translation>印度家庭的粗略数字；此处未核实。</translation>
        </message>
        <message>
            <source>S&amp;P Global's 13 TWh for 2024 less the default AI load (1.94 TWh).</source>
            <translation>S&amp;P Global 给出的 2024 年 13 太瓦时，减去默认的 AI 用电（1.94 太瓦时）。</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 48.5 TWh in 2030, the middle of Deloitte's 40-45 and S&amp;P Global's 57 TWh.</source>
            <translation>取值使数据中心在 2030 年达到约 48.5 太瓦时，位于德勤的 40–45 与 S&amp;P Global 的 57 太瓦时之间的中点。</translation>
        </message>
        <message>
            <source>Energy supplied in fiscal 2024-25: 1,692,369 million kWh.</source>
            <translation>2024–25 财年供电量：1,692,369 百万度。</translation>
        </message>
        <message>
            <source>Energy supplied grew 4.3% from fiscal 2023-24 to 2024-25.</source>
            <translation>供电量从 2023–24 财年到 2024–25 财年增长 4.3%。</translation>
        </message>
        <message>
            <source>About 8 INR per kWh for industrial users; no Indian price was found in the sources read.</source>
            <translation>工业用户约 8 卢比/度；在所读来源中未找到印度的电价。</translation>
        </message>
        <message>
            <source>CEA's all-India weighted average emission factor, fiscal 2024-25: 0.7117 t CO2 per MWh.</source>
            <translation>CEA 全印度加权平均排放因子，2024–25 财年：每 MWh 0.7117 吨 CO2。</translation>
        </message>
        <message>
            <source>Data-centre shares are of the energy India supplied in fiscal 2024-25 (1,692 TWh); S&amp;P Global's and Deloitte's shares use other denominators, so compare TWh.</source>
            <translation>数据中心占比以印度 2024–25 财年供电量（1,692 太瓦时）为分母；S&amp;P Global 和德勤的占比用的是其他分母，因此请比较太瓦时。</translation>
        </message>
        <message>
            <source>A rough figure for a Singapore household; not checked here.</source>
            <translation>新加坡家庭的粗略数字；此处未核实。</translation>
        </message>
        <message>
            <source>7% of 57 TWh (3.99 TWh) less the default AI load (0.60 TWh).</source>
            <translation>57 太瓦时的 7%（3.99 太瓦时），减去默认的 AI 用电（0.60 太瓦时）。</translation>
        </message>
        <message>
            <source>Gross electricity output, 2023, used for 2024 consumption.</source>
            <translation>总发电量，2023 年，用作 2024 年用电量。</translation>
        </message>
        <message>
            <source>EMA expects consumption to grow 2-5% a year to 2035; the low end, because data centres are grown separately here.</source>
            <translation>EMA 预计到 2035 年用电每年增长 2–5%；取低端，因为此处数据中心单独增长。</translation>
        </message>
        <message>
            <source>Average regulated tariff, July 2024 to June 2025: 28.1 cents per kWh; data centres buy in the open market and may pay less.</source>
            <translation>受管制电价平均值，2024 年 7 月至 2025 年 6 月：每度 28.1 新分；数据中心在开放市场购电，电价可能更低。</translation>
        </message>
        <message>
            <source>Grid emission factor, 2022: 0.42 kg CO2 per kWh.</source>
            <translation>电网排放因子，2022 年：每度 0.42 千克 CO2。</translation>
        </message>
        <message>
            <source>Data-centre shares are of Singapore's gross electricity output (57 TWh in 2023, EMA); the 7% comes from a minister's statement in May 2024. A 12% for 2030 often quoted has no named source.</source>
            <translation>数据中心占比以新加坡总发电量为分母（2023 年 57 太瓦时，EMA）；7% 来自一位部长 2024 年 5 月的表述。常被引用的 2030 年 12% 没有具名来源。</translation>
        </message>
        <message>
            <source>1,165 kWh a month (EIA data for 2018, via iPropertyManagement) times 12.</source>
            <translation>每月 1,165 度（EIA 2018 年数据，经 iPropertyManagement）乘以 12。</translation>
        </message>
        <message>
            <source>EPRI's 25% of 125.1 TWh (31.28 TWh) less the default AI load (4.69 TWh).</source>
            <translation>EPRI 的 125.1 太瓦时的 25%（31.28 太瓦时），减去默认的 AI 用电（4.69 太瓦时）。</translation>
        </message>
        <message>
            <source>Chosen so data centres reach about 48% of Virginia's consumption in 2030, the middle of EPRI's 39-57%.</source>
            <translation>取值使数据中心在 2030 年达到弗吉尼亚用电的约 48%，即 EPRI 39–57% 的中点。</translation>
        </message>
        <message>
            <source>An aggregator's total of EIA data, year not stated; EIA's own state table was not read.</source>
            <translation>汇总网站整理的 EIA 数据总数，年份未注明；未读到 EIA 本身的州级表格。</translation>
        </message>
        <message>
            <source>Near EIA's 0.9-1.6% a year for the US; data centres are grown separately here.</source>
            <translation>接近 EIA 给出的美国每年 0.9–1.6%；此处数据中心单独增长。</translation>
        </message>
        <message>
            <source>Commercial price in Virginia, 2023: 8.95 cents per kWh; data centres are mostly billed as commercial customers.</source>
            <translation>弗吉尼亚商业电价，2023 年：每度 8.95 美分；数据中心大多按商业用户计费。</translation>
        </message>
        <message>
            <source>Carbon intensity of the electricity consumed in Virginia, June 2024 to May 2025, imports included (Ember data via LowCarbonPower).</source>
            <translation>弗吉尼亚所消费电力的碳强度，2024 年 6 月至 2025 年 5 月，含外购电（Ember 数据，经 LowCarbonPower）。</translation>
        </message>
        <message>
            <source>A state inside the US grid: data-centre shares are of Virginia's electricity consumption. EPRI puts data centres at about 25% of it.</source>
            <translation>美国电网中的一个州：数据中心占比以弗吉尼亚用电为分母。EPRI 认为数据中心约占其中 25%。</translation>
        </message>
        <message>
            <source>1 / 1.2440 USD per GBP, the 2023 annual average.</source>
            <translation>1 / 1.2440 美元兑 1 英镑，2023 年年均值。</translation>
        </message>
        <message>
            <source>2023 annual average: 6.8900.</source>
            <translation>2023 年年均值：6.8900。</translation>
        </message>
        <message>
            <source>Metered consumption.</source>
            <translation>计量用电。</translation>
        </message>
        <message>
            <source>"Up to 32%" of Ireland's electricity, an upper bound (via Energy Live News).</source>
            <translation>爱尔兰电力的“最多 32%”，是一个上限（经 Energy Live News）。</translation>
        </message>
        <message>
            <source>Data centres and other new technology loads together; 27% now.</source>
            <translation>数据中心与其他新技术负荷合计；目前为 27%。</translation>
        </message>
        <message>
            <source>Connections whose main activity is a data centre.</source>
            <translation>以数据中心为主要业务的电力接入点。</translation>
        </message>
        <message>
            <source>"Could reach": the top of NESO's scenarios.</source>
            <translation>“可能达到”：NESO 各情景的最高值。</translation>
        </message>
        <message>
            <source>Share of electricity generated, on S&amp;P Global's own total.</source>
            <translation>占发电量的比例，按 S&amp;P Global 自己的总数计。</translation>
        </message>
        <message>
            <source>"Currently" about 25%.</source>
            <translation>“目前”约 25%。</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>爱尔兰</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>荷兰</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>德国</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>英国</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>丹麦</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>日本</translation>
        </message>
        <message>
            <source>India</source>
            <translation>印度</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>新加坡</translation>
        </message>
        <message>
            <source>Virginia (US state)</source>
            <translation>弗吉尼亚州（美国）</translation>
        </message>
        <message>
            <source>CSO 2023</source>
            <translation>爱尔兰中央统计局 2023</translation>
        </message>
        <message>
            <source>CSO 2025</source>
            <translation>爱尔兰中央统计局 2025</translation>
        </message>
        <message>
            <source>EirGrid 2025</source>
            <translation>EirGrid 2025</translation>
        </message>
        <message>
            <source>CBS 2020</source>
            <translation>荷兰统计局 2020</translation>
        </message>
        <message>
            <source>CBS 2025</source>
            <translation>荷兰统计局 2025</translation>
        </message>
        <message>
            <source>Dutch government steering group 2021</source>
            <translation>荷兰政府指导小组 2021</translation>
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
            <translation>NESO（英国国家能源系统运营商）</translation>
        </message>
        <message>
            <source>Tony Blair Institute 2024</source>
            <translation>托尼·布莱尔研究所 2024</translation>
        </message>
        <message>
            <source>Electric Insights 2025</source>
            <translation>Electric Insights 2025</translation>
        </message>
        <message>
            <source>Danish energy authorities (TV 2)</source>
            <translation>丹麦能源主管部门（TV 2）</translation>
        </message>
        <message>
            <source>Wood Mackenzie 2025</source>
            <translation>伍德麦肯兹 2025</translation>
        </message>
        <message>
            <source>Deloitte 2026</source>
            <translation>德勤 2026</translation>
        </message>
        <message>
            <source>Singapore government 2024</source>
            <translation>新加坡政府 2024</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>英镑</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <translation>日元</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <translation>印度卢比</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>新加坡元</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>丹麦克朗</translation>
        </message>
        <message>
            <source>3.2 quadrillion tokens a month across Google's surfaces, input and output together.</source>
            <translation>谷歌各产品每月处理 3200万亿个词元，输入与输出合计。</translation>
        </message>
        <message>
            <source>About 480 trillion tokens a month at Google I/O 2025.</source>
            <translation>2025 年谷歌 I/O 大会时约为每月 480万亿个词元。</translation>
        </message>
        <message>
            <source>Every accelerator sold by NVIDIA, Google, Amazon, AMD and Huawei up to the end of 2025, counted in H100s of the same peak 8-bit compute.</source>
            <translation>英伟达、谷歌、亚马逊、AMD 和华为截至 2025 年底售出的全部加速器，按峰值 8 位算力折合成 H100 计数。</translation>
        </message>
        <message>
            <source>One year's shipments, not the installed base.</source>
            <translation>一年的出货量，而非装机存量。</translation>
        </message>
        <message>
            <source>About 415 TWh in 2024, an average of 47 GW.</source>
            <translation>2024 年约 415 太瓦时，平均约 4700万千瓦。</translation>
        </message>
        <message>
            <source>415 TWh plus the 17% rise IEA reports for 2025: about 485 TWh, an average of 55 GW.</source>
            <translation>415 太瓦时加上 IEA 所报 2025 年 17% 的增幅：约 485 太瓦时，平均约 5500万千瓦。</translation>
        </message>
        <message>
            <source>Read in a copy of Epoch AI's post and of the explorer's FAQ, not on epoch.ai itself.</source>
            <translation>阅读的是 Epoch AI 文章及数据浏览器常见问题的转载，而非 epoch.ai 原页面。</translation>
        </message>
        <message>
            <source>Pichai: "Some out there might call this tokenmaxxing, and there's probably some truth to it."</source>
            <translation>皮查伊：“有人可能会说这是在刷词元量，这话大概有几分道理。”</translation>
        </message>
        <message>
            <source>AI accelerators installed (H100-equivalents)</source>
            <translation>已安装的人工智能加速器（H100 当量）</translation>
        </message>
        <message>
            <source>NVIDIA data-centre GPUs shipped in 2023</source>
            <translation>英伟达 2023 年出货的数据中心 GPU</translation>
        </message>
        <message>
            <source>the world's data centres</source>
            <translation>全球数据中心</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>MMMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>AI only</source>
            <translation>仅人工智能</translation>
        </message>
        <message>
            <source>all data centres</source>
            <translation>全部数据中心</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>电量</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>装机容量</translation>
        </message>
        <message>
            <source>average load</source>
            <translation>平均负荷</translation>
        </message>
        <message>
            <source>peak demand</source>
            <translation>峰值负荷</translation>
        </message>
        <message>
            <source>measurement</source>
            <translation>实测</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <source>company statement</source>
            <translation>公司声明</translation>
        </message>
        <message>
            <source>%1 TWh</source>
            <translation>%1 太瓦时</translation>
        </message>
        <message>
            <source>%1 GW</source>
            <translation>%1 吉瓦</translation>
        </message>
        <message>
            <source>%1 of %2 in %3</source>
            <translation>%3 年%2 %1</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2 年 %1</translation>
        </message>
        <message>
            <source>%1 (%2) of electricity use in %3</source>
            <translation>%3 年占用电量 %1（%2）</translation>
        </message>
        <message>
            <source>%1 of electricity use in %2</source>
            <translation>%2 年占用电量 %1</translation>
        </message>
    </context>
    <context>
        <name>ExchangeRates</name>
        <message>
            <source>The rates cannot be saved: %1.</source>
            <translation>无法保存汇率：%1。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2. Nothing was changed.</source>
            <translation>无法读取 %1：%2。未做任何更改。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1. Nothing was changed.</source>
            <translation>无法创建文件夹 %1。未做任何更改。</translation>
        </message>
        <message>
            <source>Your %1 cannot be used (%2), so GridShare shows the built-in rates. Fix or remove that file to save rates of your own; it is never overwritten.</source>
            <translation>你的 %1 无法使用（%2），因此 GridShare 显示内置汇率。请修正或删除该文件后再保存自己的汇率；它永远不会被覆盖。</translation>
        </message>
        <message>
            <source>Cannot remove %1. It is unchanged.</source>
            <translation>无法删除 %1。它保持不变。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Screen, 1600 × 900</source>
            <translation>屏幕，1600 × 900</translation>
        </message>
        <message>
            <source>Slide, 1920 × 1080</source>
            <translation>幻灯片，1920 × 1080</translation>
        </message>
        <message>
            <source>A4 column, 88 mm at 300 dpi</source>
            <translation>A4 单栏，88 毫米，300 dpi</translation>
        </message>
        <message>
            <source>A4 page width, 180 mm at 300 dpi</source>
            <translation>A4 页宽，180 毫米，300 dpi</translation>
        </message>
    </context>
    <context>
        <name>FigureFooter</name>
        <message>
            <source>%1 %2 (default %3)</source>
            <translation>%1 %2（默认值 %3）</translation>
        </message>
        <message>
            <source>All assumptions at their defaults.</source>
            <translation>所有假设均为默认值。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changed from the defaults:&lt;/b&gt; %1.</source>
            <translation>&lt;b&gt;与默认值不同：&lt;/b&gt;%1。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dashed:&lt;/b&gt; pinned scenarios %1.</source>
            <translation>&lt;b&gt;虚线：&lt;/b&gt;已固定的情景 %1。</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Made with GridShare %1; the assumptions behind every default are listed with their sources in its report.</source>
            <translation>由 GridShare %1 制作；各默认值所依据的假设及其来源均列于其报告中。</translation>
        </message>
        <message>
            <source>Shaded: P10–P90 of %1 Monte Carlo samples (seed %2); dotted: their medians (P50).</source>
            <translation>阴影：%1 个蒙特卡洛样本的 P10–P90（种子 %2）；点线：其中位数（P50）。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Scenario:&lt;/b&gt; %1 · %2–%3.</source>
            <translation>&lt;b&gt;情景：&lt;/b&gt;%1 · %2–%3 年。</translation>
        </message>
        <message>
            <source>Values at their defaults.</source>
            <translation>各参数取默认值。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ranges:&lt;/b&gt; %1.</source>
            <translation>&lt;b&gt;范围：&lt;/b&gt;%1。</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>About GridShare</source>
            <translation>关于 GridShare</translation>
        </message>
        <message>
            <source>&lt;h3&gt;GridShare %1&lt;/h3&gt;&lt;p&gt;How much of a country's electricity will AI use? GridShare computes the share of the national grid year by year from AI requests, model size and the assumptions behind them, beside the published projections, with every default traced to a numbered source.&lt;/p&gt;&lt;p&gt;Data edition %3, as of %4: every default and published projection is the evidence of that date, each with its source and how far it was verified.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;GridShare %1&lt;/h3&gt;&lt;p&gt;人工智能将用掉一个国家多少电？GridShare 根据人工智能请求量、模型规模及其背后的假设，逐年计算其占全国电网用电的比例，并与已发布的预测对照，每个默认值都追溯到有编号的来源。&lt;/p&gt;&lt;p&gt;数据版本 %3，截至 %4：每个默认值和已发布预测都是该日期的证据，并注明来源及核实程度。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 QCustomPlot 构建。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <source>PageDown, Right, Space</source>
            <translation>PageDown、右方向键、空格</translation>
        </message>
        <message>
            <source>next scenario</source>
            <translation>下一个情景</translation>
        </message>
        <message>
            <source>PageUp, Left, Backspace</source>
            <translation>PageUp、左方向键、Backspace</translation>
        </message>
        <message>
            <source>previous scenario</source>
            <translation>上一个情景</translation>
        </message>
        <message>
            <source>show or hide the published projections</source>
            <translation>显示或隐藏已发布的预测</translation>
        </message>
        <message>
            <source>show or hide the sources strip</source>
            <translation>显示或隐藏来源条</translation>
        </message>
        <message>
            <source>larger or smaller type</source>
            <translation>放大或缩小字号</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>leave presentation mode</source>
            <translation>退出演示模式</translation>
        </message>
        <message>
            <source>While presenting (F5)</source>
            <translation>演示时（F5）</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About GridShare</source>
            <translation>关于 GridShare(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>Implications</name>
        <message>
            <source>%1 %2</source>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>%1 %2 a day</source>
            <translation>每天 %1 %2</translation>
        </message>
        <message>
            <source>%1 on average for %2</source>
            <translation>%2平均 %1</translation>
        </message>
        <message>
            <source>Accelerators in service</source>
            <translation>在用加速器</translation>
        </message>
        <message>
            <source>Generated tokens a day</source>
            <translation>每天生成的词元</translation>
        </message>
        <message>
            <source>Requests a day</source>
            <translation>每天的请求</translation>
        </message>
        <message>
            <source>Data-centre load (average)</source>
            <translation>数据中心负荷（平均）</translation>
        </message>
        <message>
            <source>%1 (AI: %2)</source>
            <translation>%1（人工智能：%2）</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1 倍</translation>
        </message>
        <message>
            <source>%1 % of</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>worldwide</source>
            <translation>全球</translation>
        </message>
        <message>
            <source>this region</source>
            <translation>本地区</translation>
        </message>
        <message>
            <source>%1 %2 (%3, %4)%5</source>
            <translation>%2的%1（%3，%4）%5</translation>
        </message>
        <message>
            <source>Far outside what is known (%1, %2): %3.</source>
            <translation>远超已知范围（%1，%2 年）：%3。</translation>
        </message>
        <message>
            <source>A value is flagged when it is more than %1 times a cited total (for the world or this region) of the year or a later one: those totals have only grown.</source>
            <translation>某个值超过同年或更晚年份有出处的总量（全球或本地区）的 %1 倍时即被标出：这些总量只增不减。</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>%1 年</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 (= %2)</source>
            <translation>%1（= %2）</translation>
        </message>
    </context>
    <context>
        <name>KeyFigures</name>
        <message>
            <source>of national use</source>
            <translation>占全国用电量</translation>
        </message>
        <message>
            <source>P10–P90 %1–%2 %</source>
            <translation>P10–P90 %1–%2%</translation>
        </message>
        <message>
            <source>AI share</source>
            <translation>人工智能占比</translation>
        </message>
        <message>
            <source>Data-centre share</source>
            <translation>数据中心占比</translation>
        </message>
        <message>
            <source>AI electricity</source>
            <translation>人工智能用电量</translation>
        </message>
        <message>
            <source>%1 kWh/day</source>
            <translation>每天%1度</translation>
        </message>
        <message>
            <source>AI power bill</source>
            <translation>人工智能电费</translation>
        </message>
        <message>
            <source>%1 per year</source>
            <translation>%1/年</translation>
        </message>
        <message>
            <source>Per request</source>
            <translation>每次请求</translation>
        </message>
        <message>
            <source>%1 Wh in %2</source>
            <translation>%2年 %1 瓦时</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>家庭</translation>
        </message>
        <message>
            <source>homes' electricity</source>
            <translation>户家庭用电</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 个百分点</translation>
        </message>
        <message>
            <source>%1 TWh</source>
            <translation>%1 太瓦时</translation>
        </message>
        <message>
            <source>%1 Wh</source>
            <translation>%1 瓦时</translation>
        </message>
        <message>
            <source>AI average load</source>
            <translation>人工智能平均负荷</translation>
        </message>
        <message>
            <source>Data-centre capacity</source>
            <translation>数据中心容量</translation>
        </message>
        <message>
            <source>average %1</source>
            <translation>平均 %1</translation>
        </message>
        <message>
            <source>of the region's use</source>
            <translation>占该地区用电量</translation>
        </message>
    </context>
    <context>
        <name>MarkerTooltips</name>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Replaced by a newer edition [%1].</source>
            <translation>已被新版 [%1] 取代。</translation>
        </message>
        <message>
            <source>Replaced by a newer edition.</source>
            <translation>已被新版取代。</translation>
        </message>
        <message>
            <source>Verification: %1</source>
            <translation>核实等级：%1</translation>
        </message>
    </context>
    <context>
        <name>Parameters</name>
        <message>
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <source>requests/day</source>
            <translation>次请求/天</translation>
        </message>
        <message>
            <source>Request growth</source>
            <translation>请求增长</translation>
        </message>
        <message>
            <source>Model size (active parameters)</source>
            <translation>模型规模（激活参数）</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Model size growth</source>
            <translation>模型规模增长</translation>
        </message>
        <message>
            <source>Output tokens per request</source>
            <translation>每次请求输出 token</translation>
        </message>
        <message>
            <source>tokens</source>
            <translation>token</translation>
        </message>
        <message>
            <source>Answer length growth</source>
            <translation>回答长度增长</translation>
        </message>
        <message>
            <source>Accelerator peak throughput</source>
            <translation>加速器峰值算力</translation>
        </message>
        <message>
            <source>FLOP/s</source>
            <translation>FLOP/s</translation>
        </message>
        <message>
            <source>Accelerator power (with server)</source>
            <translation>加速器功率（含服务器）</translation>
        </message>
        <message>
            <source>W</source>
            <translation>瓦</translation>
        </message>
        <message>
            <source>Utilization of peak throughput</source>
            <translation>峰值算力利用率</translation>
        </message>
        <message>
            <source>Average power / maximum power</source>
            <translation>平均功率 / 最大功率</translation>
        </message>
        <message>
            <source>Efficiency gain (FLOP per joule)</source>
            <translation>能效提升（每焦耳 FLOP）</translation>
        </message>
        <message>
            <source>PUE (power usage effectiveness)</source>
            <translation>PUE（电能利用效率）</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>比值</translation>
        </message>
        <message>
            <source>Training share of AI electricity</source>
            <translation>训练占人工智能用电比例</translation>
        </message>
        <message>
            <source>Other data centres, base year</source>
            <translation>其他数据中心，基准年</translation>
        </message>
        <message>
            <source>TWh/yr</source>
            <translation>太瓦时/年</translation>
        </message>
        <message>
            <source>Other data-centre growth</source>
            <translation>其他数据中心增长</translation>
        </message>
        <message>
            <source>National consumption, base year</source>
            <translation>全国用电量，基准年</translation>
        </message>
        <message>
            <source>Growth of other demand</source>
            <translation>其他需求增长</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <source>Price change</source>
            <translation>价格变化</translation>
        </message>
        <message>
            <source>Water per kWh</source>
            <translation>每度电用水</translation>
        </message>
        <message>
            <source>L/kWh</source>
            <translation>升/度</translation>
        </message>
        <message>
            <source>Grid carbon intensity</source>
            <translation>电网碳排放强度</translation>
        </message>
        <message>
            <source>gCO₂e/kWh</source>
            <translation>克CO₂e/度</translation>
        </message>
        <message>
            <source>Carbon intensity decline</source>
            <translation>碳排放强度下降</translation>
        </message>
        <message>
            <source>{currency}/kWh</source>
            <translation>{currency}/度</translation>
        </message>
        <message>
            <source>AI work, in typical requests a day</source>
            <translation>人工智能工作量（折合每天典型请求数）</translation>
        </message>
        <message>
            <source>Data-centre load factor (average / capacity)</source>
            <translation>数据中心负荷率（平均负荷 / 容量）</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
    </context>
    <context>
        <name>ProjectionImport</name>
        <message>
            <source>Projections imported: %1, for %2. They are drawn marked “(yours)”, with their sources.</source>
            <translation>已导入预测：%1 项，地区：%2。图上以“（您的）”标出，并附来源。</translation>
        </message>
        <message>
            <source>Rows skipped: %1. Each is listed below with its column and why.</source>
            <translation>跳过的行：%1。下面逐行列出所在列及原因。</translation>
        </message>
        <message>
            <source>Import Projections</source>
            <translation>导入预测</translation>
        </message>
        <message>
            <source>… and %1 more (Show Details…)</source>
            <translation>……另有 %1 条（显示详细信息…）</translation>
        </message>
        <message>
            <source>&amp;Import Projections…</source>
            <translation>导入预测(&amp;I)…</translation>
        </message>
        <message>
            <source>Add your own projections from a CSV file; they are drawn marked as yours</source>
            <translation>从 CSV 文件添加您自己的预测；图上会标明为您的</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>%1 cannot be imported: %2</source>
            <translation>无法导入 %1：%2</translation>
        </message>
        <message>
            <source>No projection was imported from %1: no row is valid.</source>
            <translation>未从 %1 导入任何预测：没有有效的行。</translation>
        </message>
        <message>
            <source>Your %1 cannot be used as it is, so nothing was imported: fix it first (GridShare says what is wrong in it at start); it was not changed.</source>
            <translation>您的 %1 目前无法使用，因此没有导入任何内容：请先修正它（GridShare 启动时会说明问题所在）；该文件未被改动。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2. Nothing was imported.</source>
            <translation>无法读取 %1：%2。未导入任何内容。</translation>
        </message>
        <message>
            <source>Nothing was imported: %1.</source>
            <translation>未导入任何内容：%1。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1. Nothing was imported.</source>
            <translation>无法创建文件夹 %1。未导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>RegionSelector</name>
        <message>
            <source>Global</source>
            <translation>全球</translation>
        </message>
        <message>
            <source>Large grids</source>
            <translation>大型电网</translation>
        </message>
        <message>
            <source>High-share countries</source>
            <translation>占比已经很高的国家</translation>
        </message>
        <message>
            <source>Grids inside a country</source>
            <translation>一国之内的电网</translation>
        </message>
        <message>
            <source>Your regions</source>
            <translation>你的地区</translation>
        </message>
        <message>
            <source>Type to find a region</source>
            <translation>输入以查找地区</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>GridShare report: %1</source>
            <translation>GridShare 报告：%1</translation>
        </message>
        <message>
            <source>%1 · %2–%3 · written %4 by GridShare %5</source>
            <translation>%1 · %2–%3 · 由 GridShare %5 于 %4 生成</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 对比 %2</translation>
        </message>
        <message>
            <source>Figures for %1. Numbers in brackets refer to the sources listed at the end; the parameter table gives every value behind them.</source>
            <translation>%1 的数据。方括号中的编号对应文末所列来源；参数表列出了这些数据背后的所有取值。</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Values in bold differ from the defaults; the source is the default's.</source>
            <translation>粗体值与默认值不同；所列来源为默认值的来源。</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <source>Source of the default</source>
            <translation>默认值来源</translation>
        </message>
        <message>
            <source>Dashed lines on the charts: the pinned scenarios %1; the key figures compare with %2.</source>
            <translation>图表中的虚线：已固定的情景 %1；关键数据与 %2 比较。</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Data edition %1, as of %2: the defaults and published projections are the evidence of that date.</source>
            <translation>数据版本 %1，截至 %2：默认值与已发布预测均为该日期的证据。</translation>
        </message>
        <message>
            <source>Energy per request: published figures</source>
            <translation>每次请求能耗：已发布数据</translation>
        </message>
        <message>
            <source>Drawn beside the scenario on the Energy per request chart. Only a measurement is called measured.</source>
            <translation>与情景一同绘制在“每次请求能耗”图中。只有实测数据才称为实测。</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Wh per request</source>
            <translation>每次请求瓦时</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>统计范围</translation>
        </message>
        <message>
            <source>Published, level</source>
            <translation>发布日期、核实等级</translation>
        </message>
        <message>
            <source>Shaded bands: P10–P90 of %1 Monte Carlo samples, seed %2, over the ranges set in the scenario; the dotted line in each band is its median (P50).</source>
            <translation>阴影带：在情景设定的范围上抽取 %1 个蒙特卡洛样本（种子 %2）的 P10–P90；每条带中的点线是其中位数（P50）。</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>GridShare report: %1 · %2</source>
            <translation>GridShare 报告：%1 · %2</translation>
        </message>
        <message>
            <source>What this scenario implies</source>
            <translation>本情景意味着什么</translation>
        </message>
        <message>
            <source>In things people can check, beside the figures they know. %1</source>
            <translation>以人们可以核对的数量表示，并列出人们熟知的数字。%1</translation>
        </message>
        <message>
            <source>Which uncertainty matters</source>
            <translation>哪项不确定性最重要</translation>
        </message>
        <message>
            <source>How much of the spread of AI's %1 share in the shaded bands (its variance) each range explains: alone, and together with its interactions with the other ranges. Sobol indices from %2 rows of samples, each ± its standard error.</source>
            <translation>阴影带中人工智能 %1 年占比的离散程度（方差）有多少由各范围解释：单独解释的部分，以及连同与其他范围交互作用的部分。Sobol 指数基于 %2 行样本，每项附其标准误差。</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Explains alone</source>
            <translation>单独解释</translation>
        </message>
        <message>
            <source>With interactions</source>
            <translation>含交互作用</translation>
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
            <translation>该电网上全部人工智能工作量（对话、搜索、推荐、企业应用、闲置容量），折合成下方所设规模的典型请求。它不是某一项服务的提问次数。</translation>
        </message>
        <message>
            <source>In %1: %2 requests and %3 generated tokens a day</source>
            <translation>%1 年：每天 %2 次请求、生成 %3 个词元</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>a file with these values could not be opened again: %1. Change them, then save; nothing was written</source>
            <translation>含有这些值的文件将无法再次打开：%1。请先修改这些值再保存；未写入任何内容</translation>
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
            <translation>CSL-JSON，用于 Zotero、Mendeley 和 pandoc (*.json)</translation>
        </message>
        <message>
            <source>RIS for EndNote and Zotero (*.ris)</source>
            <translation>RIS，用于 EndNote 和 Zotero (*.ris)</translation>
        </message>
        <message>
            <source>Export Sour&amp;ces…</source>
            <translation>导出来源(&amp;C)…</translation>
        </message>
        <message>
            <source>Save every cited source for a reference manager: BibTeX, CSL-JSON or RIS</source>
            <translation>为文献管理软件保存所有引用来源：BibTeX、CSL-JSON 或 RIS</translation>
        </message>
        <message>
            <source>Export Sources</source>
            <translation>导出来源</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>StartupNotices</name>
        <message>
            <source>An autosaved scenario cannot be read</source>
            <translation>无法读取一个自动保存的情景</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. It is kept; delete it if it holds nothing you need.</source>
            <translation>无法读取 %1：%2。它已保留；如果其中没有你需要的内容，可以删除它。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>no values changed</source>
            <translation>没有更改任何值</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1，另有 %2 项</translation>
        </message>
        <message>
            <source>Some of your data files are not used</source>
            <translation>你的部分数据文件未被使用</translation>
        </message>
        <message>
            <source>GridShare uses its built-in data in place of these files of yours in %1. Fix or remove them; they are never overwritten.</source>
            <translation>GridShare 使用内置数据代替你在 %1 中的这些文件。请修正或删除它们；它们永远不会被覆盖。</translation>
        </message>
        <message>
            <source>Autosave is off</source>
            <translation>自动保存已停止</translation>
        </message>
        <message>
            <source>Unsaved changes cannot be autosaved: %1. They would be lost in a crash; save your work to keep it.</source>
            <translation>无法自动保存未保存的更改：%1。程序崩溃时这些更改会丢失；请保存你的工作。</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>从未保存</translation>
        </message>
        <message>
            <source>GridShare did not close normally. Recover the unsaved changes to "%1" (%2), autosaved %3?</source>
            <translation>GridShare 未正常关闭。是否恢复对“%1”（%2）的未保存更改（自动保存于 %3）？</translation>
        </message>
        <message>
            <source>Other autosaved scenarios (%1) are offered at the next start.</source>
            <translation>其他自动保存的情景（%1 个）将在下次启动时提供恢复。</translation>
        </message>
        <message>
            <source>Recover unsaved changes?</source>
            <translation>恢复未保存的更改？</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
    </context>
    <context>
        <name>UserRegions</name>
        <message>
            <source>Cannot read %1: %2. Nothing was changed.</source>
            <translation>无法读取 %1：%2。未做任何更改。</translation>
        </message>
        <message>
            <source>%1 is not a regions file (%2), so it is not overwritten. Fix or move it, then save again.</source>
            <translation>%1 不是地区文件（%2），因此不会被覆盖。请修正或移走该文件，然后再保存。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1. Nothing was changed.</source>
            <translation>无法创建文件夹 %1。未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::AssumptionRow</name>
        <message>
            <source>Valid range</source>
            <translation>有效范围</translation>
        </message>
        <message>
            <source>Reset %1 to its default</source>
            <translation>将%1重置为默认值</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>重置%1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::Autosaver</name>
        <message>
            <source>the folder %1 cannot be created</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>%1 cannot be written</source>
            <translation>无法写入 %1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ChartPage</name>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Pinned: %1</source>
            <translation>已固定：%1</translation>
        </message>
        <message>
            <source>P10–P90 range</source>
            <translation>P10–P90 范围</translation>
        </message>
        <message>
            <source>Median (P50)</source>
            <translation>中位数（P50）</translation>
        </message>
        <message>
            <source>[%1] (yours)</source>
            <translation>[%1]（您的）</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::CitationsPanel</name>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::CompareMenu</name>
        <message>
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <source>Unpin "%1"</source>
            <translation>取消固定“%1”</translation>
        </message>
        <message>
            <source>Unpin &amp;All</source>
            <translation>全部取消固定(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ControlsPanel</name>
        <message>
            <source>Growth per year</source>
            <translation>年增长率</translation>
        </message>
        <message>
            <source>Growth, assumptions and uncertainty</source>
            <translation>增长、假设与不确定性</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>核心指标</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>不确定性</translation>
        </message>
        <message>
            <source>Monte Carlo samples</source>
            <translation>蒙特卡洛样本数</translation>
        </message>
        <message>
            <source>How many scenarios are drawn from the ranges for the P10–P90 bands</source>
            <translation>为绘制 P10–P90 区间从各范围中抽取的情景数</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>The same seed and samples give the same bands</source>
            <translation>相同的种子和样本数会得到相同的区间</translation>
        </message>
        <message>
            <source>Give a parameter a range with ± to draw P10–P90 bands. The seed makes them repeatable; both are saved with the scenario.</source>
            <translation>用 ± 为参数设定范围即可绘制 P10–P90 区间。种子使结果可重复；二者均随情景一起保存。</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::CostChartPage</name>
        <message>
            <source>AI electricity cost</source>
            <translation>人工智能电费</translation>
        </message>
        <message>
            <source>%1 per year</source>
            <translation>%1/年</translation>
        </message>
        <message>
            <source>What AI's electricity costs each year</source>
            <translation>人工智能每年的电费</translation>
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
            <translation>打开情景</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>保存情景</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Save the changes to "%1" first?</source>
            <translation>是否先保存对“%1”的更改？</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Cannot open %1</source>
            <translation>无法打开 %1</translation>
        </message>
        <message>
            <source>The scenario open now is unchanged.

%1</source>
            <translation>当前打开的情景未更改。

%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Cannot revert</source>
            <translation>无法还原</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>%1 no longer exists.</source>
            <translation>%1 已不存在。</translation>
        </message>
        <message>
            <source>Keep the saved values</source>
            <translation>保留保存时的数值</translation>
        </message>
        <message>
            <source>Use the new values</source>
            <translation>使用新数值</translation>
        </message>
        <message>
            <source>an assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>new source: %1 (%2)</source>
            <translation>新来源：%1（%2）</translation>
        </message>
        <message>
            <source>an earlier edition of GridShare's data</source>
            <translation>GridShare 较早版本的数据</translation>
        </message>
        <message>
            <source>GridShare's data of %1</source>
            <translation>GridShare %1 的数据</translation>
        </message>
        <message>
            <source>Keep the saved values to reproduce the file's numbers (one step that Undo takes back), or use the new values.</source>
            <translation>保留保存时的数值可重现文件中的结果（撤销可一步退回），也可使用新数值。</translation>
        </message>
        <message>
            <source>Defaults have moved since this file was saved</source>
            <translation>此文件保存后默认值已有变化</translation>
        </message>
        <message>
            <source>This file was saved with %1. The data now is edition %2, as of %3. Defaults the file used that have moved since (%4):</source>
            <translation>此文件保存时使用的是%1。现在的数据是版本 %2，截至 %3。此文件所用的默认值中，此后有变化的（%4 项）：</translation>
        </message>
        <message>
            <source>%1 was not saved: %2.</source>
            <translation>%1 未保存：%2。</translation>
        </message>
        <message>
            <source>Re&amp;vert to Saved</source>
            <translation>还原到已保存版本(&amp;V)</translation>
        </message>
        <message>
            <source>GridShare scenarios (*.gridshare.json);;JSON files (*.json);;All files (*)</source>
            <translation>GridShare 情景 (*.gridshare.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::EnergyChartPage</name>
        <message>
            <source>Other data centres</source>
            <translation>其他数据中心</translation>
        </message>
        <message>
            <source>AI training</source>
            <translation>人工智能训练</translation>
        </message>
        <message>
            <source>AI serving requests</source>
            <translation>人工智能推理请求</translation>
        </message>
        <message>
            <source>TWh per year</source>
            <translation>太瓦时/年</translation>
        </message>
        <message>
            <source>Data-centre electricity by use</source>
            <translation>数据中心用电量（按用途）</translation>
        </message>
        <message>
            <source>%1 · serving %2 · training %3 · other %4 TWh</source>
            <translation>%1 · 推理 %2 · 训练 %3 · 其他 %4 太瓦时</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ExchangeRatesDialog</name>
        <message>
            <source>&amp;Restore cited rates</source>
            <translation>恢复引用的汇率(&amp;R)</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>Costs in another currency are converted at these rates. A rate you change becomes your own assumption: it is used at once and saved in %1. A price you typed stays as typed, in its currency.</source>
            <translation>以其他货币显示的费用按这些汇率换算。你修改的汇率即成为你自己的假设：立即生效，并保存在 %1。你输入的价格保持原样，仍以其货币计。</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Per US dollar</source>
            <translation>每 1 美元</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>1 (the reference)</source>
            <translation>1（基准货币）</translation>
        </message>
        <message>
            <source>%1 per US dollar</source>
            <translation>每 1 美元兑 %1</translation>
        </message>
        <message>
            <source>Put back the rates built into GridShare, with their sources; OK then removes your saved rates</source>
            <translation>恢复 GridShare 内置的汇率及其来源；点击“确定”后将删除你保存的汇率</translation>
        </message>
        <message>
            <source>%1 per US dollar is empty; type a rate above 0, for example %2</source>
            <translation>每 1 美元兑 %1 为空；请输入大于 0 的汇率，例如 %2</translation>
        </message>
        <message>
            <source>%1 per US dollar: "%2" is not a number</source>
            <translation>每 1 美元兑 %1：“%2”不是数字</translation>
        </message>
        <message>
            <source>The rates were not saved: %1</source>
            <translation>汇率未保存：%1</translation>
        </message>
        <message>
            <source>E&amp;xchange Rates…</source>
            <translation>汇率(&amp;X)…</translation>
        </message>
        <message>
            <source>Rates…</source>
            <translation>汇率…</translation>
        </message>
        <message>
            <source>See where each exchange rate comes from, and change it</source>
            <translation>查看每个汇率的来源并修改</translation>
        </message>
        <message>
            <source>%1 per US dollar: %2 is outside the valid range %3 to %4</source>
            <translation>每美元兑 %1：%2 超出有效范围 %3 至 %4</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ExportActions</name>
        <message>
            <source>&amp;Export Chart…</source>
            <translation>导出图表(&amp;E)…</translation>
        </message>
        <message>
            <source>Write the chart as PNG, SVG or PDF, with a footer naming its sources (Ctrl+E)</source>
            <translation>将图表导出为 PNG、SVG 或 PDF，页脚注明数据来源（Ctrl+E）</translation>
        </message>
        <message>
            <source>Export &amp;Table (CSV)…</source>
            <translation>导出表格（CSV）(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Copy Chart</source>
            <translation>复制图表(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG vector image (*.svg);;PDF vector document (*.pdf)</source>
            <translation>PNG 图像 (*.png);;SVG 矢量图像 (*.svg);;PDF 矢量文档 (*.pdf)</translation>
        </message>
        <message>
            <source>%1: the name must end in .png, .svg or .pdf, which picks the format.</source>
            <translation>%1：文件名必须以 .png、.svg 或 .pdf 结尾，扩展名决定导出格式。</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>%1: the report is a PDF; the name must end in .pdf.</source>
            <translation>%1：报告为 PDF 格式，文件名必须以 .pdf 结尾。</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>导出表格</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2.</source>
            <translation>无法写入 %1：%2。</translation>
        </message>
        <message>
            <source>E&amp;xport Report…</source>
            <translation>导出报告(&amp;X)…</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ExportDialog</name>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>&amp;Size</source>
            <translation>尺寸(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Width</source>
            <translation>宽度(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Height</source>
            <translation>高度(&amp;H)</translation>
        </message>
        <message>
            <source>S&amp;cale (PNG pixels per pixel)</source>
            <translation>缩放比例（每像素对应的 PNG 像素数）(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Resolution written in the PNG</source>
            <translation>写入 PNG 的分辨率(&amp;R)</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>PNG: %1 × %2 pixels, %3 × %4 mm when printed. SVG and PDF are vectors at this size.</source>
            <translation>PNG：%1 × %2 像素，打印尺寸为 %3 × %4 毫米。SVG 和 PDF 为此尺寸的矢量图。</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ForecastsChartPage</name>
        <message>
            <source>Target &amp;year</source>
            <translation>目标年份(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translation>度量(&amp;M)</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>目标年份</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>度量</translation>
        </message>
        <message>
            <source>Energy (TWh)</source>
            <translation>电量（太瓦时）</translation>
        </message>
        <message>
            <source>Power (GW)</source>
            <translation>功率（吉瓦）</translation>
        </message>
        <message>
            <source>Published: %1, %2</source>
            <translation>已发布：%1，%2</translation>
        </message>
        <message>
            <source>Published: %1</source>
            <translation>已发布：%1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Published as a share: %1 with this scenario's national consumption.</source>
            <translation>以份额发布：按本情景的全国用电量折合为 %1。</translation>
        </message>
        <message>
            <source>Verification: %1</source>
            <translation>核实等级：%1</translation>
        </message>
        <message>
            <source>One publisher's editions, joined</source>
            <translation>同一机构的历次版本（连线）</translation>
        </message>
        <message>
            <source>GW</source>
            <translation>吉瓦</translation>
        </message>
        <message>
            <source>TWh</source>
            <translation>太瓦时</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>This scenario, all data centres</source>
            <translation>本情景：全部数据中心</translation>
        </message>
        <message>
            <source>This scenario, AI</source>
            <translation>本情景：人工智能</translation>
        </message>
        <message>
            <source>This scenario's average load</source>
            <translation>本情景的平均负荷</translation>
        </message>
        <message>
            <source>GW in %1</source>
            <translation>%1 年吉瓦</translation>
        </message>
        <message>
            <source>TWh in %1</source>
            <translation>%1 年太瓦时</translation>
        </message>
        <message>
            <source>Data-centre power</source>
            <translation>数据中心功率</translation>
        </message>
        <message>
            <source>Data-centre electricity</source>
            <translation>数据中心用电量</translation>
        </message>
        <message>
            <source>How forecasts moved — %1</source>
            <translation>预测如何变化 — %1</translation>
        </message>
        <message>
            <source>%1 in %2 · no published projection for this year</source>
            <translation>%2 年%1 · 该年份没有已发布的预测</translation>
        </message>
        <message>
            <source>%1 in %2 · lines join a publisher's editions · numbers in brackets are sources</source>
            <translation>%2 年%1 · 连线连接同一机构的历次版本 · 方括号中的数字为来源</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ImplicationsPanel</name>
        <message>
            <source>What this implies</source>
            <translation>这意味着什么</translation>
        </message>
        <message>
            <source>What this scenario implies (%1), beside figures people know. %2</source>
            <translation>本情景意味着什么（%1），与人们熟知的数字并列。%2</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::KeyFiguresStrip</name>
        <message>
            <source>In
%1</source>
            <translation>年份
%1</translation>
        </message>
        <message>
            <source>%1 vs pinned</source>
            <translation>较已固定基准 %1</translation>
        </message>
        <message>
            <source>%1 compared with %2</source>
            <translation>较 %2 %1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
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
            <translation>拖动以更改%1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PerQueryChartPage</name>
        <message>
            <source>Energy per request (this scenario)</source>
            <translation>每次请求能耗（本情景）</translation>
        </message>
        <message>
            <source>Wh per request (log scale)</source>
            <translation>每次请求瓦时（对数刻度）</translation>
        </message>
        <message>
            <source>Electricity per AI request</source>
            <translation>每次人工智能请求的用电量</translation>
        </message>
        <message>
            <source>Published: measured</source>
            <translation>已发布：实测</translation>
        </message>
        <message>
            <source>Published: estimated</source>
            <translation>已发布：估算</translation>
        </message>
        <message>
            <source>Published: a company's statement, no method</source>
            <translation>已发布：公司声明，无方法说明</translation>
        </message>
        <message>
            <source>Published %1; about %2</source>
            <translation>发布于 %1；针对 %2 年</translation>
        </message>
        <message>
            <source>Verification: %1</source>
            <translation>核实等级：%1</translation>
        </message>
        <message>
            <source>%1 · %2 Wh per request</source>
            <translation>%1 · 每次请求 %2 瓦时</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PlaylistDialog</name>
        <message>
            <source>Presentation playlist</source>
            <translation>演示列表</translation>
        </message>
        <message>
            <source>Scenarios in the playlist</source>
            <translation>演示列表中的情景</translation>
        </message>
        <message>
            <source>Preset to add</source>
            <translation>要添加的预设</translation>
        </message>
        <message>
            <source>Add &amp;preset</source>
            <translation>添加预设(&amp;P)</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>添加文件(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>Presentation mode shows the open scenario first, then these in order.</source>
            <translation>演示模式先显示当前打开的情景，再依次显示以下情景。</translation>
        </message>
        <message>
            <source>Add scenarios</source>
            <translation>添加情景</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PowerChartPage</name>
        <message>
            <source>Data-centre capacity (this scenario)</source>
            <translation>数据中心装机容量（本情景）</translation>
        </message>
        <message>
            <source>Data-centre average load (this scenario)</source>
            <translation>数据中心平均负荷（本情景）</translation>
        </message>
        <message>
            <source>AI average load (this scenario)</source>
            <translation>人工智能平均负荷（本情景）</translation>
        </message>
        <message>
            <source>Gigawatts (GW)</source>
            <translation>吉瓦</translation>
        </message>
        <message>
            <source>%1 · %2–%3 · capacity is the average load ÷ load factor %4</source>
            <translation>%1 · %2–%3 · 装机容量 = 平均负荷 ÷ 负荷率 %4</translation>
        </message>
        <message>
            <source>%1 · numbers in brackets are sources</source>
            <translation>%1 · 方括号内数字为来源编号</translation>
        </message>
        <message>
            <source>%1 · no published projection in GW for %2</source>
            <translation>%1 · %2 没有以吉瓦发布的预测</translation>
        </message>
        <message>
            <source>Data-centre power — %1</source>
            <translation>数据中心功率 — %1</translation>
        </message>
        <message>
            <source>AI %1</source>
            <translation>人工智能%1</translation>
        </message>
        <message>
            <source>Published: %1</source>
            <translation>已发布：%1</translation>
        </message>
        <message>
            <source>Replaced edition (faded)</source>
            <translation>已被取代的版本（淡色）</translation>
        </message>
        <message>
            <source>%1 · capacity %2 · average load %3 · AI %4</source>
            <translation>%1 · 装机容量 %2 · 平均负荷 %3 · 人工智能 %4</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PresentationActions</name>
        <message>
            <source>P&amp;resent</source>
            <translation>演示(&amp;R)</translation>
        </message>
        <message>
            <source>Full screen with the playlist: PageDown/PageUp step, P shows projections, Esc leaves (F5)</source>
            <translation>全屏播放演示列表：PageDown/PageUp 翻页，P 显示预测，Esc 退出（F5）</translation>
        </message>
        <message>
            <source>Presentation Pl&amp;aylist…</source>
            <translation>演示列表(&amp;A)…</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::PresentationWindow</name>
        <message>
            <source>GridShare presentation</source>
            <translation>GridShare 演示</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 / %2 · cannot show: %3</source>
            <translation>%1 / %2 · 无法显示：%3</translation>
        </message>
        <message>
            <source>%1 (modified) · %2</source>
            <translation>%1（已修改）· %2</translation>
        </message>
        <message>
            <source>Sources: %1</source>
            <translation>来源：%1</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ProblemBanner</name>
        <message>
            <source>These values cannot be evaluated: %1. The charts show the last valid scenario.</source>
            <translation>以下数值无法计算：%1。图表显示的是上一个有效情景。</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::QuantityEdit</name>
        <message>
            <source>%1. From %2 to %3 %4.</source>
            <translation>%1。范围：%2 至 %3 %4。</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>2.5B, 200M or 2.5e9</source>
            <translation>2.5B、200M 或 2.5e9</translation>
        </message>
        <message>
            <source>12 or 12%</source>
            <translation>12 或 12%</translation>
        </message>
        <message>
            <source>"%1" is not a number; type for example %2</source>
            <translation>“%1”不是数字；请输入例如 %2</translation>
        </message>
        <message>
            <source>%1 is outside the valid range %2 to %3</source>
            <translation>%1 超出有效范围 %2 至 %3</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::RangeEditor</name>
        <message>
            <source>Give %1 an uncertainty range (P10–P90 bands)</source>
            <translation>为%1设置不确定范围（P10–P90 区间）</translation>
        </message>
        <message>
            <source>Uncertainty range of %1</source>
            <translation>%1的不确定范围</translation>
        </message>
        <message>
            <source>Low end of %1</source>
            <translation>%1的下限</translation>
        </message>
        <message>
            <source>High end of %1</source>
            <translation>%1的上限</translation>
        </message>
        <message>
            <source>range</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>The range must contain the current value %1.</source>
            <translation>范围必须包含当前值 %1。</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::RegionDialog</name>
        <message>
            <source>Regions</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Make a region of your own from any region: change its values and say where each comes from, a source or an assumption with its reason. It is saved in %1 and listed under Your regions; a scenario that uses it carries its values.</source>
            <translation>以任一地区为起点，建立你自己的地区：修改数值，并说明每个数值的出处——来源，或附理由的假设。它保存在 %1，列在“你的地区”下；使用它的情景文件会带上这些数值。</translation>
        </message>
        <message>
            <source>&amp;Start from</source>
            <translation>起点(&amp;S)</translation>
        </message>
        <message>
            <source>A short id for files and the command line, such as Ireland-high</source>
            <translation>用于文件和命令行的简短标识，例如 Ireland-high</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>标识(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Name (English)</source>
            <translation>名称（英文）(&amp;N)</translation>
        </message>
        <message>
            <source>Optional; shown when GridShare speaks Chinese</source>
            <translation>可选；GridShare 使用中文时显示</translation>
        </message>
        <message>
            <source>Name (&amp;Chinese)</source>
            <translation>名称（中文）(&amp;C)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>货币(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Data year</source>
            <translation>数据年份(&amp;D)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>核实等级</translation>
        </message>
        <message>
            <source>Why (an assumption) or note</source>
            <translation>理由（假设）或备注</translation>
        </message>
        <message>
            <source>A household's use (kWh a year)</source>
            <translation>一户家庭的用电量（度/年）</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Source of %1</source>
            <translation>%1 的来源</translation>
        </message>
        <message>
            <source>Verification level of %1</source>
            <translation>%1 的核实等级</translation>
        </message>
        <message>
            <source>Why or note for %1</source>
            <translation>%1 的理由或备注</translation>
        </message>
        <message>
            <source>Why this value (required)</source>
            <translation>为何取此值（必填）</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>备注（可选）</translation>
        </message>
        <message>
            <source>%1: "%2" is not a number</source>
            <translation>%1：“%2”不是数字</translation>
        </message>
        <message>
            <source>%1: %2 is outside the valid range %3 to %4</source>
            <translation>%1：%2 超出有效范围 %3 至 %4</translation>
        </message>
        <message>
            <source>%1: choose its source, or say why it is assumed</source>
            <translation>%1：请选择来源，或说明假设的理由</translation>
        </message>
        <message>
            <source>Id: give the region a short id of its own</source>
            <translation>标识：请给该地区一个独有的简短标识</translation>
        </message>
        <message>
            <source>Name (English): give the region a name</source>
            <translation>名称（英文）：请为该地区命名</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>另有 %1 项</translation>
        </message>
        <message>
            <source>The region was not saved: %1</source>
            <translation>地区未保存：%1</translation>
        </message>
        <message>
            <source>Re&amp;gions…</source>
            <translation>地区(&amp;G)…</translation>
        </message>
        <message>
            <source>Regions…</source>
            <translation>地区…</translation>
        </message>
        <message>
            <source>Make a region of your own from any region, each value with its source</source>
            <translation>以任一地区为起点建立你自己的地区，每个数值都注明出处</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::RegionsChartPage</name>
        <message>
            <source>In %1</source>
            <translation>%1 年</translation>
        </message>
        <message>
            <source>%1 (%2: %3)</source>
            <translation>%1（%2 年：%3）</translation>
        </message>
        <message>
            <source>AI share of each region's electricity (%)</source>
            <translation>人工智能占各地区用电比例（%）</translation>
        </message>
        <message>
            <source>Data-centre share of each region's electricity (%)</source>
            <translation>数据中心占各地区用电比例（%）</translation>
        </message>
        <message>
            <source>AI's share of electricity in %1, region by region</source>
            <translation>%1 年人工智能用电占比：各地区对比</translation>
        </message>
        <message>
            <source>Data centres' share of electricity in %1, region by region</source>
            <translation>%1 年数据中心用电占比：各地区对比</translation>
        </message>
        <message>
            <source>Left out: %1 (these settings would give data centres more than the region's electricity)</source>
            <translation>未列出：%1（按这些设置，数据中心用电将超过该地区的全部用电）</translation>
        </message>
        <message>
            <source>This scenario's region</source>
            <translation>本情景所在地区</translation>
        </message>
        <message>
            <source>The assumptions of %1 for every region: each keeps its own consumption, data centres, AI use in %2, prices and carbon; growth and per-request settings are the scenario's</source>
            <translation>“%1”的假设用于每个地区：各地区保留自己的用电量、数据中心、%2 年人工智能用量、电价和碳排放；增长率和单次请求设置取自本情景</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ScenarioDocument</name>
        <message>
            <source>Change %1</source>
            <translation>更改%1</translation>
        </message>
        <message>
            <source>Range of %1</source>
            <translation>%1的范围</translation>
        </message>
        <message>
            <source>Remove the range of %1</source>
            <translation>移除%1的范围</translation>
        </message>
        <message>
            <source>Uncertainty samples and seed</source>
            <translation>不确定性抽样次数与随机种子</translation>
        </message>
        <message>
            <source>Reset all values</source>
            <translation>重置所有数值</translation>
        </message>
        <message>
            <source>Load preset %1</source>
            <translation>加载预设“%1”</translation>
        </message>
        <message>
            <source>Switch to %1</source>
            <translation>切换到%1</translation>
        </message>
        <message>
            <source>%1 defaults</source>
            <translation>%1默认值</translation>
        </message>
        <message>
            <source>Costs in %1</source>
            <translation>成本以%1计</translation>
        </message>
        <message>
            <source>Keep the values saved in the file</source>
            <translation>保留文件中保存的数值</translation>
        </message>
        <message>
            <source>%1 %2 is outside the uncertainty range %3–%4 %2; widen or remove the range first (±).</source>
            <translation>%1 %2 超出不确定范围 %3–%4 %2；请先放宽或移除该范围（±）。</translation>
        </message>
        <message>
            <source>Values from the command line</source>
            <translation>来自命令行的值</translation>
        </message>
        <message>
            <source>The range must contain the current value %1.</source>
            <translation>范围必须包含当前值 %1。</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ScenarioToolBar</name>
        <message>
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>The currency of prices and costs; rates are cited in the tooltip of each</source>
            <translation>价格与成本所用的货币；各汇率的来源见对应的提示信息</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>地区(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Preset</source>
            <translation>预设(&amp;P)</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>货币(&amp;U)</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>全部重置</translation>
        </message>
        <message>
            <source>Return every value to the preset or region defaults (Ctrl+Shift+R)</source>
            <translation>将所有数值恢复为预设或地区默认值（Ctrl+Shift+R）</translation>
        </message>
        <message>
            <source>Pin as baseline</source>
            <translation>固定为基准</translation>
        </message>
        <message>
            <source>Keep this scenario on the charts as a dashed line to compare with (Ctrl+B); up to %1</source>
            <translation>将此情景以虚线保留在图表上，用于比较（Ctrl+B）；最多 %1 个</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::SensitivityChartPage</name>
        <message>
            <source>Parameter at its low end</source>
            <translation>参数取下限</translation>
        </message>
        <message>
            <source>Parameter at its high end</source>
            <translation>参数取上限</translation>
        </message>
        <message>
            <source>AI share of national electricity in %1 (%)</source>
            <translation>人工智能占全国用电比例（%1，%）</translation>
        </message>
        <message>
            <source>What moves AI's share in %1</source>
            <translation>哪些因素影响人工智能占比（%1）</translation>
        </message>
        <message>
            <source>%1 · now %2 · * no range set: levels ±20%, growth rates ±10 points</source>
            <translation>%1 · 当前 %2 · * 未设范围：水平值 ±20%，增长率 ±10 个百分点</translation>
        </message>
        <message>
            <source>The range on “%1” explains %2 of the spread of AI's %3 share</source>
            <translation>“%1”的取值范围解释了 %3 年 AI 占比离散程度的 %2</translation>
        </message>
        <message>
            <source>%1 of the spread, %2 with interactions</source>
            <translation>解释离散程度的 %1，含交互作用 %2</translation>
        </message>
        <message>
            <source>%1 of the spread</source>
            <translation>解释离散程度的 %1</translation>
        </message>
        <message>
            <source>AI share of the region's electricity in %1 (%)</source>
            <translation>人工智能占该地区用电比例（%1，%）</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ShareChartPage</name>
        <message>
            <source>All data centres (this scenario)</source>
            <translation>全部数据中心（本情景）</translation>
        </message>
        <message>
            <source>AI (this scenario)</source>
            <translation>人工智能（本情景）</translation>
        </message>
        <message>
            <source>Share of national electricity (%)</source>
            <translation>占全国用电比例（%）</translation>
        </message>
        <message>
            <source>Share of electricity used by AI and data centres — %1</source>
            <translation>人工智能与数据中心用电占比 — %1</translation>
        </message>
        <message>
            <source>%1 · %2–%3 · numbers in brackets are sources</source>
            <translation>%1 · %2–%3 · 方括号内数字为来源编号</translation>
        </message>
        <message>
            <source>Published: all data centres</source>
            <translation>已发布：全部数据中心</translation>
        </message>
        <message>
            <source>Published: AI only</source>
            <translation>已发布：仅人工智能</translation>
        </message>
        <message>
            <source>Published in TWh only: placed at %1 with this scenario's national consumption of %2 in %3.</source>
            <translation>仅以太瓦时发布：按本情景 %3 年全国用电量 %2 定位于 %1。</translation>
        </message>
        <message>
            <source>Published range: AI only</source>
            <translation>已发布区间：仅人工智能</translation>
        </message>
        <message>
            <source>Published range: all data centres</source>
            <translation>已发布区间：全部数据中心</translation>
        </message>
        <message>
            <source>%1 · AI %2 · all data centres %3</source>
            <translation>%1 · 人工智能 %2 · 全部数据中心 %3</translation>
        </message>
        <message>
            <source>Replaced edition (faded)</source>
            <translation>已被取代的版本（淡色）</translation>
        </message>
        <message>
            <source>Published in TWh only (placed)</source>
            <translation>仅以太瓦时发布（已换算定位）</translation>
        </message>
        <message>
            <source>Share of the region's electricity (%)</source>
            <translation>占该地区用电比例（%）</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::SidePanels</name>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>What it takes</source>
            <translation>反推所需条件</translation>
        </message>
        <message>
            <source>Implies</source>
            <translation>意味着什么</translation>
        </message>
        <message>
            <source>What this implies: accelerators, tokens, requests and GW beside figures people know</source>
            <translation>这意味着什么：加速器、词元、请求和功率，与人们熟知的数字并列</translation>
        </message>
        <message>
            <source>Sources, what it takes and what this implies</source>
            <translation>来源、反推所需条件与这意味着什么</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::ViewActions</name>
        <message>
            <source>Published &amp;projections</source>
            <translation>已发布的预测(&amp;P)</translation>
        </message>
        <message>
            <source>Key Figures in &amp;GW</source>
            <translation>关键数字以功率显示(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>高对比度(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;System (%1)</source>
            <translation>跟随系统（%1）(&amp;S)</translation>
        </message>
        <message>
            <source>The language changes when GridShare next starts.</source>
            <translation>语言将在下次启动 GridShare 时更改。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::WaterChartPage</name>
        <message>
            <source>Water (left axis)</source>
            <translation>用水（左轴）</translation>
        </message>
        <message>
            <source>CO₂ (right axis)</source>
            <translation>CO₂（右轴）</translation>
        </message>
        <message>
            <source>Water, million m³ per year</source>
            <translation>用水，百万立方米/年</translation>
        </message>
        <message>
            <source>CO₂, million tonnes per year</source>
            <translation>CO₂，百万吨/年</translation>
        </message>
        <message>
            <source>Water and CO₂ of AI's electricity</source>
            <translation>人工智能用电的用水与 CO₂ 排放</translation>
        </message>
        <message>
            <source>%1 · water %2 million m³ · CO₂ %3 Mt</source>
            <translation>%1 · 用水 %2 百万立方米 · CO₂ %3 百万吨</translation>
        </message>
    </context>
    <context>
        <name>gridshare::gui::WhatItTakesPanel</name>
        <message>
            <source>Apply this value</source>
            <translation>采用此值</translation>
        </message>
        <message>
            <source>AI share of electricity (%)</source>
            <translation>人工智能用电占比（%）</translation>
        </message>
        <message>
            <source>Data-centre share (%)</source>
            <translation>数据中心占比（%）</translation>
        </message>
        <message>
            <source>AI electricity (TWh)</source>
            <translation>人工智能用电量（太瓦时）</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>reaches</source>
            <translation>达到</translation>
        </message>
        <message>
            <source>in</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>by changing</source>
            <translation>需调整</translation>
        </message>
        <message>
            <source>&lt;h3&gt;What it takes&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;反推所需条件&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b style="font-size:large"&gt;%1: %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Now %3; %4.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b style="font-size:large"&gt;%1：%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;当前 %3；%4。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No value of %1 reaches it.&lt;/b&gt; Across its valid range the result in %2 stays between %3 and %4.&lt;/p&gt;&lt;p&gt;Now %5; %6.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1取任何值都无法达到该目标。&lt;/b&gt;在其有效范围内，%2的结果始终介于 %3 与 %4 之间。&lt;/p&gt;&lt;p&gt;当前 %5；%6。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What each published projection needs&lt;/b&gt; of %1, everything else as it is now:&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;各项已发布的预测所需的%1&lt;/b&gt;（其他条件保持当前值）：&lt;/p&gt;</translation>
        </message>
        <message>
            <source>AI</source>
            <translation>人工智能</translation>
        </message>
        <message>
            <source>data centres</source>
            <translation>数据中心</translation>
        </message>
        <message>
            <source>outside %1–%2</source>
            <translation>超出 %1–%2</translation>
        </message>
        <message>
            <source>out of reach (%1 to %2 possible)</source>
            <translation>无法达到（可达范围 %1 至 %2）</translation>
        </message>
        <message>
            <source>%1 TWh</source>
            <translation>%1 太瓦时</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>“%1”不是数字。</translation>
        </message>
    </context>
</TS>
