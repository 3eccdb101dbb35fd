#include "FindingsPanel.h"

#include "gui/FindingText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace speelveld::gui {

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent)
{
    governance_ = new QLabel(this);
    governance_->setObjectName(QStringLiteral("governance"));
    governance_->setWordWrap(true);
    governance_->setTextFormat(Qt::RichText);
    governance_->setFrameShape(QFrame::StyledPanel);
    governance_->setMargin(6);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("findings"));
    list_->setWordWrap(true);
    list_->setAlternatingRowColors(true);
    list_->setToolTip(tr("Double-click or press Enter to show the actors and relations behind a finding."));
    showMe_ = new QPushButton(tr("&Show me"), this);
    showMe_->setToolTip(tr("Pick out the actors and relations behind this finding; everything else fades."));
    showMe_->setEnabled(false);
    showAll_ = new QPushButton(tr("Show &everything"), this);
    showAll_->setToolTip(tr("End “show me”: the whole map again (Esc)."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(showMe_);
    buttons->addWidget(showAll_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(governance_);
    layout->addWidget(summary_);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) { showMe_->setEnabled(row >= 0); });
    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { showFinding(list_->row(item)); });
    connect(showMe_, &QPushButton::clicked, this, [this] { showFinding(list_->currentRow()); });
    connect(showAll_, &QPushButton::clicked, this, &FindingsPanel::showAll);
}

void FindingsPanel::setResult(std::shared_ptr<const MetricsResult> result, const Network& network)
{
    const int current = list_->currentRow();
    result_ = std::move(result);
    list_->clear();
    if (!result_) {
        governance_->clear();
        summary_->clear();
        return;
    }
    const Governance& g = result_->governance;
    governance_->setText(
        tr("<b>Governance mode: %1</b> <i>(heuristic)</i><br>%2")
            .arg(governanceName(g.mode).toHtmlEscaped(), governanceExplanation(g, network).toHtmlEscaped()));
    const RoleClarityResult& clarity = result_->roleClarity;
    summary_->setText(tr("Role clarity index %1 · %n finding(s)", nullptr, static_cast<int>(clarity.findings.size()))
                          .arg(QLocale().toString(clarity.networkIndex, 'f', 2)));
    for (const Finding& finding : clarity.findings) {
        auto* item = new QListWidgetItem(checkName(finding.check) + QStringLiteral(" — ") + describe(finding, network));
        item->setToolTip(checkExplanation(finding.check));
        list_->addItem(item);
    }
    if (current >= 0 && current < list_->count()) {
        list_->setCurrentRow(current);
    }
}

void FindingsPanel::showFinding(int row)
{
    if (!result_ || row < 0 || row >= static_cast<int>(result_->roleClarity.findings.size())) {
        return;
    }
    const Finding& finding = result_->roleClarity.findings[static_cast<std::size_t>(row)];
    emit showMe(finding.actors, finding.relations);
}

} // namespace speelveld::gui
