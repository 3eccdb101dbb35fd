// speelveld: the window, or a job on the command line. Argument parsing and wiring only.

#include "Commands.h"
#include "ConvertCommand.h"
#include "DiffCommand.h"
#include "ImportCommand.h"
#include "MetricsCommand.h"
#include "ReportCommand.h"
#include "ValidateCommand.h"
#include "gui/Translations.h"

#include <CLI/CLI.hpp>
#include <QApplication>
#include <cstdlib>
#include <cstring>

namespace {

constexpr int kNoDisplay = 3;

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool wantsWindow(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* job : {"export", "generate", "metrics", "diff", "validate", "report", "import", "convert",
                                "--help", "-h", "--version"}) {
            if (std::strcmp(argv[i], job) == 0) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    const bool window = wantsWindow(argc, argv);
    const bool noDisplay = window && !hasDisplay();
    if ((!window || noDisplay) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Jobs without a window need no display; without one Qt would abort before we could explain.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Speelveld"));
    QApplication::setOrganizationName(QStringLiteral("Speelveld"));
    QApplication::setApplicationVersion(QStringLiteral(SPEELVELD_VERSION));

    CLI::App cli{"Speelveld maps the governance network of the Dutch social domain: who holds which role\n"
                 "(commissioner, contractor, funder, supervisor, gatekeeper...), who depends on whom, and\n"
                 "where roles are unclear.\n\n"
                 "Without a command it opens the window on FILE (a .speelveld project or Speelveld JSON),\n"
                 "or on the shipped Delft example.",
                 "speelveld"};
    cli.footer("Exit codes: 0 done, 1 bad input (the message names the file and the place), 2 wrong usage,\n"
               "3 no display for the window (use 'speelveld export' instead).");
    cli.set_version_flag("--version", SPEELVELD_VERSION);
    std::string file;
    std::string snapshot;
    std::string layout;
    std::string language;
    cli.add_option("FILE", file, "Project (.speelveld) or Speelveld JSON file to open");
    cli.add_option("--snapshot", snapshot, "Show this snapshot first (for example \"Delft 2010\")");
    cli.add_option("--layout", layout, "Lay the map out with: dot, neato, fdp, sfdp, circo, twopi");
    cli.add_option("--language", language, "Interface language: nl or en (default: the system's)");

    speelveld::app::ExportRequest exportRequest;
    std::string exportFile, exportFormat, exportOutput, exportLayout, exportSnapshot, exportTitle;
    bool noLegend = false;
    CLI::App* exportCommand =
        cli.add_subcommand("export", "Write the map as a drawing (SVG, PDF, PNG: the same drawing the window shows, "
                                     "with stored positions or a fresh layout), or the network as data for another "
                                     "program: GraphML and GEXF (Gephi, yEd), DOT (Graphviz), CSV (Kumu, "
                                     "spreadsheets: two files, NAME.csv and NAME-connections.csv), Speelveld JSON, "
                                     "or the measures as an Excel workbook (xlsx). Colours, positions and every "
                                     "measure go along as attributes.");
    exportCommand->add_option("FILE", exportFile, "A project, or any file 'speelveld import' reads")->required();
    exportCommand->add_option("--format,-f", exportFormat, "svg, pdf, png, graphml, gexf, dot, json, csv or xlsx")
        ->required();
    exportCommand->add_option("-o,--output", exportOutput, "The file to write")->required();
    exportCommand->add_option("--layout", exportLayout, "dot, neato, fdp, sfdp, circo or twopi");
    exportCommand->add_option("--snapshot", exportSnapshot, "Which snapshot (default: the one saved as current)");
    exportCommand->add_option("--title", exportTitle, "Title above the map (default: the snapshot's name)");
    exportCommand->add_option("--dpi", exportRequest.dpi, "Resolution of PNG pictures (36-600, default 150)")
        ->check(CLI::Range(36, 600));
    exportCommand->add_flag("--no-legend", noLegend, "Leave the legend out");
    exportCommand->add_flag("--table", exportRequest.table,
                            "Print the main measures of every actor below the map (in- and out-degree, "
                            "betweenness, closeness, PageRank, role clarity)");
    exportCommand->add_flag("--findings", exportRequest.findings,
                            "Print the governance mode and the role-clarity findings below the map");

    speelveld::app::ReportRequest reportRequest;
    std::string reportFile, reportOutput, reportSnapshot, reportTitle, reportLayout, reportLanguage;
    CLI::App* reportCommand = cli.add_subcommand(
        "report", "Write a report of one snapshot as a PDF (A4): the map with its legend, the governance mode, the "
                  "role-clarity findings in plain language, every actor's measures and what they mean.");
    reportCommand->add_option("FILE", reportFile, "A project, or any file 'speelveld import' reads")->required();
    reportCommand->add_option("-o,--output", reportOutput, "The PDF file to write")->required();
    reportCommand->add_option("--snapshot", reportSnapshot, "Which snapshot (default: the one saved as current)");
    reportCommand->add_option("--title", reportTitle, "Title on the first page (default: the project's title)");
    reportCommand->add_option("--layout", reportLayout, "dot, neato, fdp, sfdp, circo or twopi");
    reportCommand->add_option("--language", reportLanguage, "Language of the report: nl or en")
        ->check(CLI::IsMember({"nl", "en"}));
    for (CLI::App* command : {exportCommand, reportCommand}) {
        command->footer("Exit codes: 0 done, 1 bad input (the message names the file and the place), 2 wrong "
                        "usage.");
    }

    speelveld::app::MetricsRequest metricsRequest;
    std::string metricsFile, metricsSnapshot, metricsFormat = "table", metricsOutput, metricsConflicts;
    CLI::App* metricsCommand = cli.add_subcommand(
        "metrics", "Print every measure per actor (degree, betweenness, closeness, PageRank, brokerage, role "
                   "clarity...), the figures of the whole network, the governance mode and the role-clarity "
                   "findings. docs/METRICS.md explains each.");
    metricsCommand->add_option("FILE", metricsFile, "A project, or any file 'speelveld import' reads")->required();
    metricsCommand->add_option("--format,-f", metricsFormat,
                               "table (default), csv, json or xlsx (an Excel workbook; needs -o)");
    metricsCommand->add_option("-o,--output", metricsOutput, "Write to this file instead of the screen");
    metricsCommand->add_option("--snapshot", metricsSnapshot, "Which snapshot (default: the one saved as current)");
    metricsCommand->add_flag("--findings", metricsRequest.findings,
                             "With --format csv: the role-clarity findings (check, finding, actors) instead of the "
                             "measures");
    metricsCommand->add_flag("--undirected", metricsRequest.undirected, "Ignore the direction of relations");
    metricsCommand->add_flag("--weighted", metricsRequest.weighted,
                             "Use relation strength: strong ties count more and are shorter routes");
    metricsCommand
        ->add_option("--pivots", metricsRequest.pivots,
                     "Estimate betweenness from this many sampled actors (0: exact; default: exact up "
                     "to about 10,000 actors, 1000 beyond)")
        ->check(CLI::NonNegativeNumber);
    metricsCommand->add_option("--conflicts", metricsConflicts,
                               "Role-conflict table to use instead of the project's own (a file like "
                               "data/role-conflicts.json)");

    speelveld::app::GenerateRequest generateRequest;
    std::string generateOutput;
    CLI::App* generateCommand = cli.add_subcommand(
        "generate", "Make a large fictional network (municipalities, regions, providers, contracts) for tests and "
                    "benchmarks. The same --actors and --seed always give the same network.");
    generateCommand->add_option("--actors,-n", generateRequest.actors, "About how many actors (at least 20)")
        ->required()
        ->check(CLI::Range(std::size_t{20}, std::size_t{2'000'000}));
    generateCommand->add_option("--seed,-s", generateRequest.seed, "Seed (default 1)");
    generateCommand->add_option("-o,--output", generateOutput, "The file to write (.speelveld, or .json)")->required();

    speelveld::app::DiffRequest diffRequest;
    std::string diffFile, diffFile2, diffFrom, diffTo, diffFormat = "text", diffOutput;
    CLI::App* diffCommand = cli.add_subcommand(
        "diff", "List what changed: actors and relations added, removed or changed. Between two snapshots of one "
                "project (by default its first and its last), or between two files (their current snapshots; "
                "actors are matched by name).");
    diffCommand->add_option("FILE", diffFile, "A project, or any file 'speelveld import' reads")->required();
    diffCommand->add_option("FILE2", diffFile2, "A second file to compare FILE with");
    diffCommand->add_option("--from", diffFrom, "The earlier snapshot (of FILE)");
    diffCommand->add_option("--to", diffTo, "The later snapshot (of FILE2 when given, else of FILE)");
    diffCommand->add_option("--format,-f", diffFormat, "text (default) or json");
    diffCommand->add_option("-o,--output", diffOutput, "Write to this file instead of the screen");

    speelveld::app::ImportRequest importRequest;
    std::string importFile, importConnections, importMapping, importOutput, importTitle;
    CLI::App* importCommand = cli.add_subcommand(
        "import", "Make a Speelveld project from another program's file: GraphML (yEd, Gephi, NetworkX, igraph), "
                  "GEXF (Gephi), DOT (Graphviz), or a Kumu-style pair of CSV files (elements and connections). "
                  "Known columns become kinds, relation types, domains, roles, strengths...; everything else is "
                  "kept as free attributes. It says what it mapped and what it kept. docs/FORMATS.md has the "
                  "details.");
    importCommand->add_option("IN", importFile, "The file to read")->required();
    importCommand->add_option("CONNECTIONS", importConnections, "With a CSV elements file: its connections file");
    importCommand->add_option("-o,--output", importOutput, "The project to write (.speelveld, or .json)")->required();
    importCommand->add_option("--map", importMapping,
                              "CSV headings of your own: \"Naam=label,Soort=type,Van=from,Naar=to\"");
    importCommand->add_option("--title", importTitle, "Title of the project (default: the file's name)");

    speelveld::app::ConvertRequest convertRequest;
    std::string convertFile, convertConnections, convertMapping, convertOutput, convertTitle, convertFormat,
        convertSnapshot;
    CLI::App* convertCommand = cli.add_subcommand(
        "convert", "Turn any file Speelveld reads (a project, Speelveld JSON, GraphML, GEXF, DOT, a Kumu-style CSV "
                   "pair) into any format it writes (GraphML, GEXF, Speelveld JSON, DOT, CSV, an xlsx workbook of the "
                   "measures) or into a project: 'import' and 'export' in one step. The format comes from OUT's "
                   "extension unless --format names it. It says what it mapped and kept, as 'import' does.");
    convertCommand->add_option("IN", convertFile, "The file to read")->required();
    convertCommand->add_option("CONNECTIONS", convertConnections, "With a CSV elements file: its connections file");
    convertCommand->add_option("-o,--output", convertOutput, "The file to write")->required();
    convertCommand->add_option("--format,-f", convertFormat,
                               "graphml, gexf, json, dot, csv, xlsx or speelveld (default: from OUT's extension)");
    convertCommand->add_option("--snapshot", convertSnapshot,
                               "For graphml, gexf, dot, csv and xlsx: which snapshot (default: the current one); "
                               "json and speelveld take every snapshot");
    convertCommand->add_option("--map", convertMapping,
                               "CSV headings of your own: \"Naam=label,Soort=type,Van=from,Naar=to\"");
    convertCommand->add_option("--title", convertTitle, "Title of the project (default: the file's name)");
    convertCommand->footer("Exit codes: 0 done, 1 bad input (the message names the file and the place), 2 wrong "
                           "usage (an unknown format, or an OUT whose extension names none).");

    std::string validateFile;
    CLI::App* validateCommand = cli.add_subcommand(
        "validate", "Check whether a file is a sound Speelveld project: exit 0 and a summary when it is; exit 1 "
                    "and what is wrong (damaged, from another program or a newer Speelveld, a broken reference) "
                    "when it is not. The file is only read.");
    validateCommand->add_option("FILE", validateFile, "Project (.speelveld) or Speelveld JSON file")->required();

    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = cli.exit(error);
        return code == 0 ? 0 : speelveld::app::Usage;
    }
    speelveld::gui::installTranslations(
        app, QString::fromStdString(*reportCommand && !reportLanguage.empty() ? reportLanguage : language));

    if (*exportCommand) {
        exportRequest.file = QString::fromStdString(exportFile);
        exportRequest.format = QString::fromStdString(exportFormat);
        exportRequest.output = QString::fromStdString(exportOutput);
        exportRequest.layout = QString::fromStdString(exportLayout);
        exportRequest.snapshot = QString::fromStdString(exportSnapshot);
        exportRequest.title = QString::fromStdString(exportTitle);
        exportRequest.legend = !noLegend;
        return speelveld::app::runExport(exportRequest);
    }
    if (*reportCommand) {
        reportRequest.file = QString::fromStdString(reportFile);
        reportRequest.output = QString::fromStdString(reportOutput);
        reportRequest.snapshot = QString::fromStdString(reportSnapshot);
        reportRequest.title = QString::fromStdString(reportTitle);
        reportRequest.layout = QString::fromStdString(reportLayout);
        return speelveld::app::runReport(reportRequest);
    }
    if (*metricsCommand) {
        metricsRequest.file = QString::fromStdString(metricsFile);
        metricsRequest.snapshot = QString::fromStdString(metricsSnapshot);
        metricsRequest.format = QString::fromStdString(metricsFormat);
        metricsRequest.output = QString::fromStdString(metricsOutput);
        metricsRequest.conflicts = QString::fromStdString(metricsConflicts);
        return speelveld::app::runMetrics(metricsRequest);
    }
    if (*diffCommand) {
        diffRequest.file = QString::fromStdString(diffFile);
        diffRequest.file2 = QString::fromStdString(diffFile2);
        diffRequest.from = QString::fromStdString(diffFrom);
        diffRequest.to = QString::fromStdString(diffTo);
        diffRequest.format = QString::fromStdString(diffFormat);
        diffRequest.output = QString::fromStdString(diffOutput);
        return speelveld::app::runDiff(diffRequest);
    }
    if (*importCommand) {
        importRequest.file = QString::fromStdString(importFile);
        importRequest.connections = QString::fromStdString(importConnections);
        importRequest.mapping = QString::fromStdString(importMapping);
        importRequest.output = QString::fromStdString(importOutput);
        importRequest.title = QString::fromStdString(importTitle);
        return speelveld::app::runImport(importRequest);
    }
    if (*convertCommand) {
        convertRequest.input.file = QString::fromStdString(convertFile);
        convertRequest.input.connections = QString::fromStdString(convertConnections);
        convertRequest.input.mapping = QString::fromStdString(convertMapping);
        convertRequest.input.output = QString::fromStdString(convertOutput);
        convertRequest.input.title = QString::fromStdString(convertTitle);
        convertRequest.format = QString::fromStdString(convertFormat);
        convertRequest.snapshot = QString::fromStdString(convertSnapshot);
        return speelveld::app::runConvert(convertRequest);
    }
    if (*validateCommand) {
        return speelveld::app::runValidate(QString::fromStdString(validateFile));
    }
    if (*generateCommand) {
        generateRequest.output = QString::fromStdString(generateOutput);
        return speelveld::app::runGenerate(generateRequest);
    }
    if (noDisplay) {
        std::fprintf(stderr,
                     "speelveld: there is no display to open the window on (DISPLAY is not set).\n"
                     "To get a picture of the map without a window, run for example:\n"
                     "  speelveld export %s --format svg -o map.svg\n",
                     file.empty() ? qPrintable(speelveld::app::defaultExample()) : file.c_str());
        return kNoDisplay;
    }
    return speelveld::app::runWindow(QString::fromStdString(file), QString::fromStdString(snapshot),
                                     QString::fromStdString(layout));
}
